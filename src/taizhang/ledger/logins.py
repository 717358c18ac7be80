"""The login limit's count, kept in the ledger so every worker of a web server shares it.

An attempt is *reserved* before the password is checked: in one transaction the attempts of the
same (user name, client address) in the window are counted and, below the limit, one more is
written. Concurrent attempts therefore queue on the count, not after the slow password hash, so
no more than the limit ever reach the check. A successful login clears its pair's attempts.

The count is atomic on both databases: a SQLite write transaction holds the database's write
lock from its start (``BEGIN IMMEDIATE``); on PostgreSQL the pair's transaction-level advisory
lock serialises its reservations. Each reservation also deletes attempts older than the window
(of any pair), skipping rows another transaction holds, so the table never outgrows one window.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select, text
from sqlalchemy.orm import Session

from taizhang.ledger.models import LoginAttempt

__all__ = ["clear_attempts", "reserve_attempt"]

KEY_LENGTH = 100  # the columns' length: longer names and addresses are cut (they still count)


def _key(name: str, address: str) -> tuple[str, str]:
    return name.strip().lower()[:KEY_LENGTH], address[:KEY_LENGTH]


def _lock_pair(session: Session, name: str, address: str) -> None:
    """On PostgreSQL, hold the pair's advisory lock until the transaction ends."""
    if session.get_bind().dialect.name != "postgresql":
        return  # SQLite: the write transaction already holds the database's write lock
    digest = hashlib.sha256(f"login\0{name}\0{address}".encode()).digest()
    session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": int.from_bytes(digest[:8], "big", signed=True)})


def _prune(session: Session, cutoff: datetime) -> None:
    old = select(LoginAttempt.id).where(LoginAttempt.at <= cutoff).with_for_update(skip_locked=True)
    session.execute(delete(LoginAttempt).where(LoginAttempt.id.in_(old.scalar_subquery())))


def reserve_attempt(
    session: Session, name: str, address: str, *, attempts: int, window: timedelta, now: datetime
) -> timedelta | None:
    """Record one login attempt for (``name``, ``address``) unless ``attempts`` were made in the
    ``window`` before ``now`` (naive UTC). Returns None when recorded, else how long until the
    oldest of them leaves the window. Call it in a write session and commit before checking the
    password, so other workers see the attempt."""
    name, address = _key(name, address)
    _lock_pair(session, name, address)
    cutoff = now - window
    _prune(session, cutoff)
    recent = (LoginAttempt.name == name, LoginAttempt.address == address, LoginAttempt.at > cutoff)
    count, oldest = session.execute(select(func.count(), func.min(LoginAttempt.at)).where(*recent)).one()
    if count >= attempts:
        return max(oldest + window - now, timedelta(0))
    session.add(LoginAttempt(name=name, address=address, at=now))
    session.flush()
    return None


def clear_attempts(session: Session, name: str, address: str) -> None:
    """Forget the attempts of (``name``, ``address``): its login succeeded."""
    name, address = _key(name, address)
    _lock_pair(session, name, address)
    session.execute(delete(LoginAttempt).where(LoginAttempt.name == name, LoginAttempt.address == address))
