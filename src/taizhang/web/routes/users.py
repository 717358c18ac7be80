"""/api/users: people and their roles (admins only)."""

from __future__ import annotations

from fastapi import APIRouter

from taizhang.ledger.models import User
from taizhang.ledger.users import create_user, list_users, set_password, update_user
from taizhang.web.deps import AdminUser, LedgerDep
from taizhang.web.routes import ERRORS, IdPath
from taizhang.web.schemas import UserCreate, UserPublic, UsersPublic, UserUpdate

router = APIRouter(prefix="/api/users", tags=["users"], responses=ERRORS)


def user_public(u: User) -> UserPublic:
    return UserPublic(id=u.id, name=u.name, role=u.role, regions=list(u.regions or []), created_at=u.created_at)


@router.get("", response_model=UsersPublic)
def users(ledger: LedgerDep, _: AdminUser) -> UsersPublic:
    """Every user, by name."""
    with ledger.session() as s:
        rows = [user_public(u) for u in list_users(s)]
    return UsersPublic(data=rows, count=len(rows))


@router.post("", response_model=UserPublic, status_code=201)
def add_user(body: UserCreate, ledger: LedgerDep, admin: AdminUser) -> UserPublic:
    """Add a user (a reporter needs at least one region code)."""
    with ledger.session(write=True) as s:
        user = create_user(s, body.name, role=body.role, password=body.password, regions=body.regions, who=admin.name)
        return user_public(user)


@router.patch("/{user_id}", response_model=UserPublic)
def change_user(user_id: IdPath, body: UserUpdate, ledger: LedgerDep, admin: AdminUser) -> UserPublic:
    """Change a user's role, regions or password (a new password ends their sessions and tokens)."""
    with ledger.session(write=True) as s:
        user = update_user(s, user_id, who=admin.name, role=body.role, regions=body.regions)
        if body.password is not None:
            user = set_password(s, user.name, body.password, who=admin.name)
        return user_public(user)
