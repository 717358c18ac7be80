"""The ledger's data version: a counter bumped in the transaction of every write that changes what
reports show, and a small cache of computed reports keyed by it.

A write marks its session (:func:`mark_changed`; :func:`taizhang.ledger.audit.record` does it for
every audited change except logins, logouts, refusals and script tokens, which no report shows).
Just before the transaction commits, the mark becomes one upsert of the single ``ledger_version``
row. Taking that row's lock last, at commit, orders the versions of concurrent writers as their
commits (on PostgreSQL the second writer waits on the row until the first has committed) and
cannot deadlock with locks the write took earlier. A reader reads the version first and the data
after it, so whatever it computes is at least as new as the version it is cached under: a cache
keyed by the version is exact, which the newest audit-log id was not (two PostgreSQL writers can
commit out of id order).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from sqlalchemy import event, select
from sqlalchemy.orm import Session, SessionTransaction, sessionmaker

from taizhang.ledger.models import LedgerVersion

__all__ = ["VersionedCache", "data_version", "has_written", "mark_changed", "track_writes"]

T = TypeVar("T")
_CHANGED = "taizhang.changed"
_WRITTEN = "taizhang.written"
ROW = 1  # the id of the one row of ledger_version


def mark_changed(session: Session) -> None:
    """Note that this transaction changes the ledger's data: its commit bumps the version."""
    session.info[_CHANGED] = True


def has_written(session: Session) -> bool:
    """Whether the session's transaction has written anything yet (any flush, data or not)."""
    return bool(session.info.get(_WRITTEN))


def data_version(session: Session) -> int:
    """The version of the data this session reads (0 for a ledger never written to)."""
    found = session.scalar(select(LedgerVersion.version).where(LedgerVersion.id == ROW))
    return int(found or 0)


def _insert(dialect: str) -> Any:
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert


def _bump(session: Session) -> None:
    if session.in_nested_transaction() or not session.info.pop(_CHANGED, False):
        return  # a savepoint's commit: the version is bumped when the transaction itself commits
    insert = _insert(session.get_bind().dialect.name)
    stmt = insert(LedgerVersion).values(id=ROW, version=1)
    session.execute(stmt.on_conflict_do_update(index_elements=["id"], set_={"version": LedgerVersion.version + 1}))


def _flushed(session: Session, _context: Any) -> None:
    session.info[_WRITTEN] = True


def _ended(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None:  # the transaction itself (not a savepoint) committed or rolled back
        session.info.pop(_CHANGED, None)
        session.info.pop(_WRITTEN, None)


def track_writes(factory: sessionmaker[Session]) -> None:
    """Make every session of ``factory`` bump the version when it commits a marked change (and
    note whether its transaction has written, for :func:`has_written`)."""
    event.listen(factory, "before_commit", _bump)
    event.listen(factory, "after_flush", _flushed)
    event.listen(factory, "after_transaction_end", _ended)


class VersionedCache:
    """A small LRU of computed values, each valid for the data version it was computed at."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[Hashable, tuple[int, Any]] = OrderedDict()
        self._lock = threading.Lock()

    def peek(self, session: Session, key: Hashable) -> Any:
        """The value cached under ``key`` for the current version, or None."""
        version = data_version(session)
        with self._lock:
            hit = self._items.get(key)
        return hit[1] if hit is not None and hit[0] == version else None

    def get(self, session: Session, key: Hashable, compute: Callable[[], T]) -> T:
        """The value under ``key`` at the current version, computed (from ``session``) when missing."""
        version = data_version(session)
        with self._lock:
            hit = self._items.get(key)
            if hit is not None and hit[0] == version:
                self._items.move_to_end(key)
                return hit[1]  # type: ignore[no-any-return]
        value = compute()
        if self.size:
            with self._lock:
                held = self._items.get(key)
                if held is None or held[0] <= version:  # a slower reader never replaces a newer value
                    self._items[key] = (version, value)
                    self._items.move_to_end(key)
                while len(self._items) > self.size:
                    self._items.popitem(last=False)
        return value

    def clear(self) -> None:
        """Forget every value."""
        with self._lock:
            self._items.clear()
