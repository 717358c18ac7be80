"""/api/users and the admin page's user forms: people, their roles and region scope (admins only).

Every write here is audited by ``taizhang.ledger.users``; anyone else gets 403, and a refused
write is audited as ``denied``. A reset password is returned once and never stored in clear.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request, Response
from fastapi.responses import HTMLResponse, RedirectResponse
from pydantic import BaseModel, Field

from taizhang.errors import TaizhangError
from taizhang.ledger.models import User
from taizhang.ledger.users import (
    create_user,
    deactivate_user,
    is_active,
    list_users,
    reset_password,
    set_password,
    update_user,
)
from taizhang.messages import text
from taizhang.vocab import label
from taizhang.web.deps import AdminUser, LedgerDep, State
from taizhang.web.pages.common import redirect, render
from taizhang.web.routes import ERRORS, IdPath
from taizhang.web.schemas import Role, UserCreate, UserUpdate, UtcDateTime

router = APIRouter()
api = APIRouter(prefix="/api/users", tags=["users"], responses=ERRORS)
pages = APIRouter(prefix="/admin/users", tags=["pages"], include_in_schema=False)


class UserAccountPublic(BaseModel):
    id: int
    name: str
    role: str
    regions: list[str]
    units: list[int] = Field(default_factory=list, description="Ids of the units a reporter reports for.")
    active: bool = Field(description="False once deactivated: no password, no session, no token.")
    created_at: UtcDateTime


class UserAccountsPublic(BaseModel):
    data: list[UserAccountPublic]
    count: int


class PasswordResetPublic(BaseModel):
    name: str
    password: str = Field(description="Shown once: give it to the user; their sessions and tokens have ended.")


def user_public(u: User, s: Any) -> UserAccountPublic:
    from taizhang.ledger.units import user_unit_ids

    return UserAccountPublic(
        id=u.id,
        name=u.name,
        role=u.role,
        regions=list(u.regions or []),
        units=sorted(user_unit_ids(s, u.id)),
        active=is_active(u),
        created_at=u.created_at,
    )


@api.get("", response_model=UserAccountsPublic)
def users(ledger: LedgerDep, _: AdminUser) -> UserAccountsPublic:
    """Every user, by name, deactivated ones included."""
    with ledger.session() as s:
        rows = [user_public(u, s) for u in list_users(s)]
    return UserAccountsPublic(data=rows, count=len(rows))


@api.post("", response_model=UserAccountPublic, status_code=201)
def add_user(body: UserCreate, ledger: LedgerDep, admin: AdminUser) -> UserAccountPublic:
    """Add a user (a reporter needs at least one region code or unit)."""
    with ledger.session(write=True) as s:
        user = create_user(
            s, body.name, role=body.role, password=body.password, regions=body.regions, units=body.units, who=admin.name
        )
        return user_public(user, s)


@api.patch("/{user_id}", response_model=UserAccountPublic)
def change_user(user_id: IdPath, body: UserUpdate, ledger: LedgerDep, admin: AdminUser) -> UserAccountPublic:
    """Change a user's role, regions or password (a new password ends their sessions and tokens).

    The last active admin cannot be demoted (422)."""
    with ledger.session(write=True) as s:
        user = update_user(s, user_id, who=admin.name, role=body.role, regions=body.regions, units=body.units)
        if body.password is not None:
            user = set_password(s, user.name, body.password, who=admin.name)
        return user_public(user, s)


@api.post("/{user_id}/password", response_model=PasswordResetPublic)
def reset(user_id: IdPath, ledger: LedgerDep, admin: AdminUser) -> PasswordResetPublic:
    """Reset a user's password to a random one, returned once; ends their sessions and tokens and
    makes a deactivated user active again."""
    with ledger.session(write=True) as s:
        user, password = reset_password(s, user_id, who=admin.name)
        return PasswordResetPublic(name=user.name, password=password)


@api.post("/{user_id}/deactivate", response_model=UserAccountPublic)
def deactivate(user_id: IdPath, ledger: LedgerDep, admin: AdminUser) -> UserAccountPublic:
    """Deactivate a user: no more logins, sessions or tokens; name and history stay.

    The last active admin cannot be deactivated (422)."""
    with ledger.session(write=True) as s:
        return user_public(deactivate_user(s, user_id, who=admin.name), s)


# ---- the admin page's forms (GET /admin lists the users; the add form posts to /admin/users) ----


def region_codes(values: list[str] | None) -> list[str]:
    """The region codes of the admin forms: one per picked option (a picker by name gives codes),
    or several in one typed value separated by commas, 、 or spaces."""
    text = ",".join(values or [])
    return [c for c in text.replace("，", ",").replace("、", ",").replace(" ", ",").split(",") if c]


def _back(*, msg: str | None = None, err: str | None = None) -> RedirectResponse:
    return redirect("/admin", msg=msg, err=err)


@pages.post("/{user_id}/role")
def role_form(
    user_id: IdPath,
    ledger: LedgerDep,
    admin: AdminUser,
    role: Annotated[Role, Form()],
    regions: Annotated[list[str] | None, Form(max_length=500)] = None,
    units: Annotated[list[int] | None, Form(max_length=500)] = None,
    units_shown: Annotated[str, Form(max_length=1)] = "",
) -> RedirectResponse:
    """Set the role and exactly the regions given (and the units, when the form offered them)."""
    picked = (units or []) if units_shown else None
    try:
        with ledger.session(write=True) as s:
            user = update_user(s, user_id, who=admin.name, role=role, regions=region_codes(regions), units=picked)
            name, codes = user.name, "、".join(user.regions or []) or text("cli.no_regions")
    except TaizhangError as exc:
        return _back(err=exc.message)
    return _back(msg=text("page.user_changed", name=name, role=label("role", role), regions=codes))


@pages.post("/{user_id}/password", response_class=HTMLResponse)
def password_form(request: Request, user_id: IdPath, state: State, admin: AdminUser) -> Response:
    """Reset the password and show it on this one response (never in a URL, never again)."""
    try:
        with state.ledger.session(write=True) as s:
            user, password = reset_password(s, user_id, who=admin.name)
            name = user.name
    except TaizhangError as exc:
        return _back(err=exc.message)
    return render(
        request, "admin_secret.html", admin, title=f"{name} 的新密码", secret=password, back="/admin",
        note=f"请把新密码交给 {name}。它只显示这一次；{name} 原有的登录和令牌已全部失效。",
    )  # fmt: skip


@pages.post("/{user_id}/deactivate")
def deactivate_form(user_id: IdPath, ledger: LedgerDep, admin: AdminUser) -> RedirectResponse:
    try:
        with ledger.session(write=True) as s:
            name = deactivate_user(s, user_id, who=admin.name).name
    except TaizhangError as exc:
        return _back(err=exc.message)
    return _back(msg=text("page.user_deactivated", name=name))


router.include_router(api)
router.include_router(pages)
