"""The admin page: users and public read-only access."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from sqlalchemy import select

from taizhang.errors import TaizhangError
from taizhang.ledger.models import Region
from taizhang.ledger.units import list_units, user_unit_ids
from taizhang.ledger.users import create_user, list_users, set_setting
from taizhang.messages import text
from taizhang.web.deps import AdminUser, DbSession, State, public_read_enabled
from taizhang.web.pages.common import redirect, render
from taizhang.web.routes.users import region_codes

router = APIRouter(tags=["pages"], include_in_schema=False)


@router.get("/admin", response_class=HTMLResponse)
def admin_page(request: Request, state: State, user: AdminUser, s: DbSession) -> HTMLResponse:
    users = list_users(s)
    regions = [(r.code, r.name) for r in s.scalars(select(Region).order_by(Region.code))]
    user_units = {u.id: user_unit_ids(s, u.id) for u in users}
    return render(
        request, "admin.html", user, users=users, regions=regions, public_read=public_read_enabled(state, s),
        units=list_units(s), user_units=user_units,
    )  # fmt: skip


@router.post("/admin/users")
def add_user(
    state: State,
    admin: AdminUser,
    name: Annotated[str, Form(max_length=100)],
    role: Annotated[str, Form(max_length=20)],
    password: Annotated[str, Form(max_length=200)],
    regions: Annotated[list[str] | None, Form(max_length=500)] = None,
    units: Annotated[list[int] | None, Form(max_length=500)] = None,
) -> RedirectResponse:
    codes = region_codes(regions)
    try:
        with state.ledger.session(write=True) as s:
            create_user(s, name, role=role, password=password, regions=codes, units=units or (), who=admin.name)
    except TaizhangError as exc:
        return redirect("/admin", err=exc.message)
    return redirect("/admin", msg=text("page.user_added", name=name))


@router.post("/admin/public-read")
def public_read(state: State, admin: AdminUser, on: Annotated[str, Form(max_length=5)] = "") -> RedirectResponse:
    with state.ledger.session(write=True) as s:
        set_setting(s, "public_read", on == "on", who=admin.name)
    return redirect("/admin", msg=text("cli.public_read_on" if on == "on" else "cli.public_read_off"))
