"""FastAPI dependencies, as ``Annotated`` types the routes declare.

``Reader`` is anyone allowed to read (a logged-in user, or the public while public read-only is
on); ``Member`` a logged-in user; ``Writer`` a logged-in user whose unsafe request passed the
CSRF check; ``ReviewerUser``, ``AdminUser`` and ``AuditReader`` add a role check.

``DbSession`` is the request's one read session: the login check, the data version and the
data itself are read through it (a write still opens its own write session).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import suppress
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Annotated, Any

from fastapi import Depends, Query, Request
from pydantic import BeforeValidator
from pydantic_core import PydanticCustomError
from sqlalchemy.orm import Session

from taizhang.ledger.database import Ledger
from taizhang.ledger.version import has_written
from taizhang.messages import M
from taizhang.web.cache import StatusCache
from taizhang.web.errors import NotLoggedInError
from taizhang.web.security import SESSION_COOKIE, LoginLimiter, Principal
from taizhang.web.settings import Settings

__all__ = [
    "AdminUser",
    "AppState",
    "AsOf",
    "AsOfQuery",
    "AuditReader",
    "DbSession",
    "LedgerDep",
    "Member",
    "Reader",
    "ReviewerUser",
    "State",
    "Writer",
    "public_read_enabled",
    "refuse_nul",
]

_UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}


@dataclass
class AppState:
    """What one app instance holds: its settings, ledger, login limiter, status cache, templates."""

    settings: Settings
    ledger: Ledger
    limiter: LoginLimiter
    status: StatusCache
    templates: Any

    def as_of(self, given: date | None = None) -> date:
        return given or self.settings.as_of or date.today()

    @property
    def session_lifetime(self) -> timedelta:
        return timedelta(hours=self.settings.session_hours)


def _state(request: Request) -> AppState:
    state: AppState = request.app.state.web
    return state


State = Annotated[AppState, Depends(_state)]


def _ledger(state: State) -> Ledger:
    return state.ledger


LedgerDep = Annotated[Ledger, Depends(_ledger)]


def _db(state: State) -> Iterator[Session]:
    session = state.ledger.reader()
    try:
        yield session
        session.commit()
    finally:
        session.close()


DbSession = Annotated[Session, Depends(_db)]


def public_read_enabled(state: AppState, session: Session) -> bool:
    """The admin's setting in the ledger, else the configured default."""
    from taizhang.ledger.users import get_setting

    return bool(get_setting(session, "public_read", state.settings.public_read))


def _principal(request: Request, state: State, s: DbSession) -> Principal | None:
    from taizhang.ledger.users import session_user, token_user

    auth = request.headers.get("authorization", "")
    scheme, _, token = auth.partition(" ")
    if scheme.lower() == "bearer" and token:
        user = token_user(s, token.strip())
        if has_written(s):  # the token's use was noted: commit, so the rest of the request holds no lock
            s.commit()
        if user is None:
            raise NotLoggedInError(M("web.bad_token"))
        return Principal(
            user.name, user.role, frozenset(user.regions or ()), "token", user.id, units=_units(s, user.id)
        )
    cookie = request.cookies.get(SESSION_COOKIE)
    if cookie:
        found = session_user(s, cookie)
        if found is not None:
            user, row = found
            return Principal(
                user.name,
                user.role,
                frozenset(user.regions or ()),
                "session",
                user.id,
                row.csrf_token,
                _units(s, user.id),
            )
    return None


def _units(s: Any, user_id: int) -> frozenset[int]:
    from taizhang.ledger.units import user_unit_ids

    return user_unit_ids(s, user_id)


OptionalPrincipal = Annotated[Principal | None, Depends(_principal)]


def _reader(principal: OptionalPrincipal, state: State, s: DbSession) -> Principal:
    if principal is not None:
        return principal
    if public_read_enabled(state, s):
        return Principal("public", "public", frozenset(), "public")
    raise NotLoggedInError(M("web.login_first"))


Reader = Annotated[Principal, Depends(_reader)]


def _member(principal: OptionalPrincipal) -> Principal:
    if principal is None:
        raise NotLoggedInError(M("web.login_first"))
    return principal


Member = Annotated[Principal, Depends(_member)]


async def _writer(request: Request, principal: Member) -> Principal:
    if request.method in _UNSAFE and principal.via == "session":
        presented = request.headers.get("x-csrf-token")
        if presented is None and request.headers.get("content-type", "").startswith(
            ("multipart/form-data", "application/x-www-form-urlencoded")
        ):
            form = await request.form()
            value = form.get("csrf_token")
            presented = value if isinstance(value, str) else None
        principal.check_csrf(presented)
    return principal


Writer = Annotated[Principal, Depends(_writer)]


def _reviewer(principal: Writer) -> Principal:
    principal.require(principal.can_review, "review")
    return principal


ReviewerUser = Annotated[Principal, Depends(_reviewer)]


def _admin(principal: Writer) -> Principal:
    principal.require(principal.can_manage, "admin")
    return principal


AdminUser = Annotated[Principal, Depends(_admin)]


def _auditor(principal: Member) -> Principal:
    principal.require(principal.can_audit, "audit")
    return principal


AuditReader = Annotated[Principal, Depends(_auditor)]


FIRST_DAY, LAST_DAY = date(1949, 1, 1), date(2100, 12, 31)
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _as_of_day(value: object) -> object:
    """A YYYY-MM-DD text of a real day from 1949 to 2100 (pydantic alone reads ``0`` as 1970-01-01)."""
    if value is None or isinstance(value, date):
        return value
    text = str(value)
    try:
        day = date.fromisoformat(text) if _ISO_DAY.fullmatch(text) else None
    except ValueError:
        day = None
    if day is None:
        raise PydanticCustomError("as_of", str(M("web.as_of_format", value="{value}")), {"value": text[:40]})
    if not FIRST_DAY <= day <= LAST_DAY:
        raise PydanticCustomError("as_of", str(M("web.as_of_range", value="{value}")), {"value": text})
    return day


AsOfQuery = Annotated[
    date | None,
    BeforeValidator(_as_of_day),
    Query(
        description="The date statuses are computed at, YYYY-MM-DD from 1949-01-01 to 2100-12-31; "
        "the server's date (or its configured as_of) when not given."
    ),
]
"""The ``as_of`` query parameter: a calendar date in taizhang's years, or nothing."""


def _as_of(state: State, as_of: AsOfQuery = None) -> date:
    return state.as_of(as_of)


AsOf = Annotated[date, Depends(_as_of)]


def _strings(value: Any, name: str) -> Iterator[tuple[str, str]]:
    """(field name, text) of every string in a parsed JSON body, named by its key."""
    if isinstance(value, str):
        yield name, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, str(key))
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item, name)


async def refuse_nul(request: Request) -> None:
    """Refuse (E204, naming the field) a NUL in any path, query, form or JSON field of any request,
    before a route queries with it: PostgreSQL cannot store or even compare text holding one."""
    from taizhang.ledger.inputs import check_text

    fields: list[tuple[str, str]] = [*request.path_params.items(), *request.query_params.multi_items()]
    kind = request.headers.get("content-type", "") if request.method in _UNSAFE else ""
    if kind.startswith("application/json"):
        with suppress(ValueError):  # not JSON: the route's own validation answers
            fields.extend(_strings(await request.json(), "body"))
    elif kind.startswith(("multipart/form-data", "application/x-www-form-urlencoded")):
        form = await request.form()
        fields.extend((k, v) for k, v in form.multi_items() if isinstance(v, str))
    for name, text in fields:
        if "\x00" in text:
            check_text(name, text)
