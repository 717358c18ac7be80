"""People, sessions, script tokens and ledger-wide settings: the repository the web layer and CLI use.

Passwords are stored as argon2id hashes (argon2-cffi's defaults). A browser session and a script
token are random strings given to the client once; the database keeps only their SHA-256, so a
copy of the database lets nobody log in. Changing a password ends every session and token of
that user. Every change is written to the audit log; a hash never is.

A deactivated user keeps their name, role and history but has no password, no session and no
token, so nobody can act as them; an admin's password reset makes them active again. The last
active admin can be neither demoted nor deactivated, so a ledger never locks its admins out.

Roles: ``admin`` (everything), ``reviewer`` (uploads documents, confirms, edits, rejects),
``reporter`` (reports progress for the region codes in ``User.regions`` only) and ``viewer``
(reads).
"""

from __future__ import annotations

import hashlib
import logging
import secrets
from collections.abc import Collection
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, String, delete, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from taizhang.errors import InputError, NotFoundError
from taizhang.ledger.audit import record
from taizhang.ledger.inputs import row_by_id
from taizhang.ledger.models import Base, User
from taizhang.messages import M
from taizhang.vocab import ASSIGNABLE_ROLES, ROLE_WORDS, label

__all__ = [
    "ROLES",
    "ApiToken",
    "AppSetting",
    "WebSession",
    "authenticate",
    "create_session",
    "create_token",
    "create_user",
    "deactivate_user",
    "end_session",
    "get_setting",
    "get_token",
    "get_user",
    "get_user_by_id",
    "hash_password",
    "is_active",
    "issue_token",
    "list_tokens",
    "list_users",
    "reset_password",
    "revoke_token",
    "session_user",
    "set_password",
    "set_setting",
    "token_user",
    "update_user",
    "verify_password",
]

log = logging.getLogger(__name__)

ROLES = ASSIGNABLE_ROLES  # data/roles.tsv
MIN_PASSWORD = 8
TOKEN_PREFIX = "tz_"
LAST_USED_GRANULARITY = timedelta(minutes=1)  # a token's last use is written at most once a minute


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class WebSession(Base):
    """A logged-in browser: the SHA-256 of its cookie, its CSRF token, and when it ends."""

    __tablename__ = "web_sessions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=_now)
    expires_at: Mapped[datetime] = mapped_column(DateTime)


class ApiToken(Base):
    """A token for scripts (``Authorization: Bearer tz_…``): only its SHA-256 is stored."""

    __tablename__ = "api_tokens"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    label: Mapped[str] = mapped_column(String(100))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=_now)
    last_used_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class AppSetting(Base):
    """A ledger-wide setting an admin changes at run time (``public_read``)."""

    __tablename__ = "app_settings"
    key: Mapped[str] = mapped_column(String(50), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON, nullable=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=_now, onupdate=_now)
    updated_by: Mapped[str] = mapped_column(String(100))


@cache
def _hasher() -> Any:
    from argon2 import PasswordHasher

    return PasswordHasher()


def hash_password(password: str) -> str:
    """An argon2id hash of ``password``; raises InputError for one shorter than 8 characters."""
    if len(password) < MIN_PASSWORD:
        raise InputError(M("user.password_short", length=MIN_PASSWORD))
    return str(_hasher().hash(password))


def verify_password(password_hash: str | None, password: str) -> bool:
    """Whether ``password`` matches ``password_hash`` (False for a user with no password)."""
    from argon2.exceptions import InvalidHashError, VerificationError

    if not password_hash:
        return False
    try:
        return bool(_hasher().verify(password_hash, password))
    except (VerificationError, InvalidHashError):
        return False


@cache
def _dummy_hash() -> str:
    return str(_hasher().hash(secrets.token_urlsafe(16)))


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _check_role(role: str, regions: Collection[str], *, has_units: bool = False) -> list[str]:
    if role not in ROLES:
        raise InputError(M("user.role", roles=", ".join(ROLES), role=role))
    codes = sorted({r.strip() for r in regions if r.strip()})
    bad = [c for c in codes if not (len(c) == 6 and c.isdigit())]
    if bad:
        raise InputError(M("user.region_codes", codes=", ".join(bad)))
    if ROLE_WORDS[role].report == "own" and not codes and not has_units:
        raise InputError(M("user.reporter_region", role=label("role", role)))
    return codes


def _public(user: User) -> dict[str, Any]:
    return {"name": user.name, "role": user.role, "regions": list(user.regions or []), "active": is_active(user)}


def is_active(user: User) -> bool:
    """Whether ``user`` can log in (a deactivated user has no password)."""
    return bool(user.password_hash)


def get_user(session: Session, name: str) -> User:
    """The user called ``name``; raises NotFoundError."""
    user = session.scalars(select(User).where(User.name == name)).one_or_none()
    if user is None:
        raise NotFoundError(M("user.no_name", name=name))
    return user


def get_user_by_id(session: Session, user_id: int) -> User:
    """The user with id ``user_id``; raises NotFoundError."""
    user = row_by_id(session, User, user_id)
    if user is None:
        raise NotFoundError(M("user.no_id", id=user_id))
    return user


def _check_admins_remain(session: Session, user: User, what: str) -> None:
    """Refuse to take away the last active admin (a role that may manage, roles.tsv)."""
    if not ROLE_WORDS[user.role].manage or not is_active(user):
        return
    managers = [r for r, w in ROLE_WORDS.items() if w.manage]
    others = session.scalars(select(User).where(User.role.in_(managers), User.id != user.id)).all()
    if not any(is_active(u) for u in others):
        raise InputError(M("user.last_admin", name=user.name, what=M(f"user.what_{what}")))


def list_users(session: Session) -> list[User]:
    """Every user, by name."""
    return list(session.scalars(select(User).order_by(User.name)))


def create_user(
    session: Session,
    name: str,
    *,
    role: str,
    password: str,
    regions: Collection[str] = (),
    units: Collection[int] = (),
    who: str,
) -> User:
    """Add a user; raises InputError for a taken name, an unknown role or a reporter with neither
    regions nor units (unit ids, :mod:`taizhang.ledger.units`)."""
    name = name.strip()
    if not name or len(name) > 100:
        raise InputError(M("user.name_length"))
    codes = _check_role(role, regions, has_units=bool(units))
    if session.scalars(select(User.id).where(User.name == name)).first() is not None:
        raise InputError(M("user.exists", name=name))
    user = User(name=name, role=role, regions=codes, password_hash=hash_password(password))
    session.add(user)
    session.flush()
    record(session, who, "add", "user", user.id, None, _public(user))
    if units:
        from taizhang.ledger.units import set_user_units

        set_user_units(session, user.id, units, who=who)
    return user


def update_user(
    session: Session,
    user_id: int,
    *,
    who: str,
    role: str | None = None,
    regions: Collection[str] | None = None,
    units: Collection[int] | None = None,
) -> User:
    """Change a user's role, regions or units (None: keep); audited. The last active admin stays admin."""
    from taizhang.ledger.units import set_user_units, user_unit_ids

    user = get_user_by_id(session, user_id)
    before = _public(user)
    new_role = role or user.role
    has_units = bool(user_unit_ids(session, user.id) if units is None else units)
    codes = _check_role(new_role, user.regions if regions is None else regions, has_units=has_units)
    if not ROLE_WORDS[new_role].manage:
        _check_admins_remain(session, user, "demoted")
    user.regions = codes
    user.role = new_role
    session.flush()
    record(session, who, "edit", "user", user.id, before, _public(user))
    if units is not None:
        set_user_units(session, user.id, units, who=who)
    return user


def set_password(session: Session, name: str, password: str, *, who: str) -> User:
    """Set a new password and end every session and token of the user."""
    user = get_user(session, name)
    user.password_hash = hash_password(password)
    session.execute(delete(WebSession).where(WebSession.user_id == user.id))
    session.execute(delete(ApiToken).where(ApiToken.user_id == user.id))
    record(session, who, "passwd", "user", user.id, None, {"name": user.name})
    session.flush()
    return user


def reset_password(session: Session, user_id: int, *, who: str) -> tuple[User, str]:
    """Give the user a new random password, returned once (and activate a deactivated user)."""
    user = get_user_by_id(session, user_id)
    password = secrets.token_urlsafe(12)
    return set_password(session, user.name, password, who=who), password


def deactivate_user(session: Session, user_id: int, *, who: str) -> User:
    """Take away the user's password, sessions and tokens; their name and history stay. Audited."""
    user = get_user_by_id(session, user_id)
    if not is_active(user):
        raise InputError(M("user.already_inactive", name=user.name))
    _check_admins_remain(session, user, "deactivated")
    before = _public(user)
    user.password_hash = None
    session.execute(delete(WebSession).where(WebSession.user_id == user.id))
    session.execute(delete(ApiToken).where(ApiToken.user_id == user.id))
    session.flush()
    record(session, who, "deactivate", "user", user.id, before, _public(user))
    return user


def authenticate(session: Session, name: str, password: str) -> User | None:
    """The user if ``password`` is theirs, else None (taking as long for an unknown name)."""
    user = session.scalars(select(User).where(User.name == name)).one_or_none()
    if user is None or not user.password_hash:
        verify_password(_dummy_hash(), password)
        return None
    return user if verify_password(user.password_hash, password) else None


def create_session(session: Session, user: User, *, lifetime: timedelta) -> tuple[str, WebSession]:
    """Start a browser session: (the cookie value, the row holding its CSRF token)."""
    token = secrets.token_urlsafe(32)
    now = _now()
    row = WebSession(
        user_id=user.id,
        token_hash=_digest(token),
        csrf_token=secrets.token_urlsafe(32),
        created_at=now,
        expires_at=now + lifetime,
    )
    session.add(row)
    session.execute(delete(WebSession).where(WebSession.expires_at < now))
    session.flush()
    record(session, user.name, "login", "user", user.id)
    return token, row


def session_user(session: Session, token: str) -> tuple[User, WebSession] | None:
    """The user and session of a cookie value, or None when unknown or expired."""
    row = session.scalars(select(WebSession).where(WebSession.token_hash == _digest(token))).one_or_none()
    if row is None or row.expires_at < _now():
        return None
    user = session.get(User, row.user_id)
    return None if user is None else (user, row)


def end_session(session: Session, token: str) -> None:
    """Log out: forget the session of this cookie value."""
    found = session_user(session, token)
    session.execute(delete(WebSession).where(WebSession.token_hash == _digest(token)))
    if found is not None:
        record(session, found[0].name, "logout", "user", found[0].id)


def issue_token(session: Session, user: User, *, label: str, who: str | None = None) -> tuple[str, ApiToken]:
    """A new script token for ``user``: (the token, shown once; its row, which keeps only the hash)."""
    if not is_active(user):
        raise InputError(M("user.inactive", name=user.name))
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    row = ApiToken(user_id=user.id, label=label.strip()[:100] or "script", token_hash=_digest(token), created_at=_now())
    session.add(row)
    session.flush()
    record(session, who or user.name, "add", "api_token", row.id, None, {"label": row.label, "user": user.name})
    return token, row


def create_token(session: Session, user: User, *, label: str) -> str:
    """A new script token for ``user``, returned once; only its hash is kept."""
    return issue_token(session, user, label=label)[0]


def token_user(session: Session, token: str) -> User | None:
    """The user a script token belongs to, or None; notes the token's use (at most once a minute)."""
    if not token.startswith(TOKEN_PREFIX):
        return None
    row = session.scalars(select(ApiToken).where(ApiToken.token_hash == _digest(token))).one_or_none()
    if row is None:
        return None
    now = _now()
    if row.last_used_at is None or now - row.last_used_at >= LAST_USED_GRANULARITY:
        _note_use(session, row, now)
    return session.get(User, row.user_id)


def _note_use(session: Session, row: ApiToken, now: datetime) -> None:
    """Write a token's last use in a savepoint of the caller's (read) transaction.

    On SQLite a read transaction cannot write once another connection has committed since it
    began (SQLITE_BUSY_SNAPSHOT), as happens when concurrent requests with one token cross the
    minute together; the request is then served all the same and the next one records the use.
    """
    from sqlalchemy.exc import OperationalError

    try:
        with session.begin_nested():
            row.last_used_at = now
    except OperationalError as exc:
        log.info("last use of token %s not recorded this time: %s", row.id, exc.orig)


def list_tokens(session: Session, user: User | None = None) -> list[tuple[ApiToken, str]]:
    """(token, owner's name) of ``user``'s tokens, or of everyone's, newest first."""
    query = select(ApiToken, User.name).join(User, User.id == ApiToken.user_id)
    if user is not None:
        query = query.where(ApiToken.user_id == user.id)
    rows = session.execute(query.order_by(ApiToken.created_at.desc(), ApiToken.id.desc()))
    return [(token, name) for token, name in rows]


def get_token(session: Session, token_id: int) -> ApiToken:
    """The token with id ``token_id``; raises NotFoundError."""
    row = row_by_id(session, ApiToken, token_id)
    if row is None:
        raise NotFoundError(M("token.no_id", id=token_id))
    return row


def revoke_token(session: Session, token_id: int, *, who: str) -> ApiToken:
    """Revoke a token: it stops working at once. Audited (who checks permission is the caller)."""
    row = get_token(session, token_id)
    owner = session.get(User, row.user_id)
    before = {"label": row.label, "user": owner.name if owner else None}
    session.delete(row)
    session.flush()
    record(session, who, "revoke", "api_token", token_id, before, None)
    return row


def get_setting(session: Session, key: str, default: Any = None) -> Any:
    """A ledger-wide setting, or ``default`` when never set."""
    row = session.get(AppSetting, key)
    return default if row is None else row.value


def set_setting(session: Session, key: str, value: Any, *, who: str) -> None:
    """Change a ledger-wide setting; audited."""
    row = session.get(AppSetting, key)
    before = None if row is None else {key: row.value}
    if row is None:
        session.add(AppSetting(key=key, value=value, updated_by=who))
    else:
        row.value, row.updated_by = value, who
    session.flush()
    record(session, who, "set", "setting", None, before, {key: value})
