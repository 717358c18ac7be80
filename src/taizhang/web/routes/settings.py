"""/api/settings: ledger-wide settings an admin changes at run time."""

from __future__ import annotations

from fastapi import APIRouter

from taizhang.ledger.users import set_setting
from taizhang.web.deps import AdminUser, DbSession, State, public_read_enabled
from taizhang.web.routes import ERRORS
from taizhang.web.schemas import SettingsPublic, SettingsUpdate

router = APIRouter(prefix="/api/settings", tags=["settings"], responses=ERRORS)


@router.get("", response_model=SettingsPublic)
def read_settings(state: State, _: AdminUser, s: DbSession) -> SettingsPublic:
    """Whether people may read without logging in."""
    return SettingsPublic(public_read=public_read_enabled(state, s))


@router.put("", response_model=SettingsPublic)
def change_settings(body: SettingsUpdate, state: State, admin: AdminUser) -> SettingsPublic:
    """Turn public read-only access on or off."""
    with state.ledger.session(write=True) as s:
        set_setting(s, "public_read", body.public_read, who=admin.name)
    return SettingsPublic(public_read=body.public_read)
