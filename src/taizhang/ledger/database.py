"""Opening a ledger: the engine factory, SQLite pragmas, sessions and migrations.

Nothing is built at import. :func:`open_ledger` takes a URL (or ``TAIZHANG_DATABASE_URL``, or
the default ``sqlite:///taizhang.db``), builds the engine, and migrates the database to the
newest revision (a fresh database is created on first use). SQLite gets WAL, foreign keys and a
bounded busy timeout, PostgreSQL no JIT and a lock_timeout; write sessions begin with ``BEGIN IMMEDIATE`` so two writers
queue on the lock instead of failing halfway through.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from taizhang.errors import InputError, LedgerBusyError, LedgerMissingError
from taizhang.messages import M

__all__ = [
    "BUSY_ENV_VAR",
    "DEFAULT_URL",
    "ENV_VAR",
    "Ledger",
    "busy_error",
    "busy_timeout",
    "database_url",
    "open_ledger",
    "upgrade",
]

log = logging.getLogger(__name__)

ENV_VAR = "TAIZHANG_DATABASE_URL"
DEFAULT_URL = "sqlite:///taizhang.db"
BUSY_ENV_VAR = "TAIZHANG_BUSY_TIMEOUT"
DEFAULT_BUSY_TIMEOUT = 10.0
"""Seconds a writer waits for another's lock (SQLite busy_timeout, PostgreSQL lock_timeout) before
LedgerBusyError: bounded, so a stuck writer is reported instead of hanging every request."""
MIGRATIONS = Path(__file__).with_name("migrations")


def database_url(explicit: str | None = None) -> str:
    """The URL to use: ``explicit``, else ``$TAIZHANG_DATABASE_URL``, else ``./taizhang.db``.

    A bare path (``ledger.db``) is read as a SQLite file.
    """
    url = explicit or os.environ.get(ENV_VAR) or DEFAULT_URL
    if "://" not in url:
        url = f"sqlite:///{url}"
    return url


def _require_file(url: str) -> None:
    """E308 when ``url`` is a SQLite file that does not exist (other databases are servers)."""
    parsed = make_url(url)
    path = parsed.database
    if parsed.get_backend_name() == "sqlite" and path and path != ":memory:" and not Path(path).exists():
        raise LedgerMissingError(M("ledger.missing", path=path))


def busy_timeout(explicit: float | None = None) -> float:
    """Seconds to wait for a lock: ``explicit``, else ``$TAIZHANG_BUSY_TIMEOUT``, else 10."""
    if explicit is not None:
        return explicit
    raw = os.environ.get(BUSY_ENV_VAR)
    if not raw:
        return DEFAULT_BUSY_TIMEOUT
    try:
        seconds = float(raw)
    except ValueError:
        seconds = -1.0
    if not 0 < seconds < 86400:
        raise InputError(M("ledger.busy_timeout", name=BUSY_ENV_VAR, value=raw))
    return seconds


def busy_error(exc: DBAPIError) -> LedgerBusyError | None:
    """The LedgerBusyError for a driver error that means "another writer holds the lock", else None.

    SQLite: "database is locked" after busy_timeout; PostgreSQL: lock_timeout (55P03) or a
    deadlock the server broke (40P01). Either way the transaction was rolled back whole.
    """
    sqlstate = getattr(exc.orig, "sqlstate", None)
    text = str(exc.orig).lower()
    if sqlstate in ("55P03", "40P01") or "database is locked" in text or "database table is locked" in text:
        return LedgerBusyError(M("ledger.busy"))
    return None


def _sqlite_pragmas(dbapi_connection: Any, _record: Any, *, timeout_ms: int) -> None:
    # The driver's own transaction handling is turned off; SQLAlchemy's "begin" event emits BEGIN.
    dbapi_connection.isolation_level = None
    cur = dbapi_connection.cursor()
    cur.execute(f"PRAGMA busy_timeout = {timeout_ms}")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA synchronous = NORMAL")
    cur.close()


def _postgres_settings(dbapi_connection: Any, _record: Any, *, timeout_ms: int) -> None:
    # No JIT: the planner compiles any query it costs above jit_above_cost, which the ledger's
    # scans of 100,000 targets and seeks per series reach; compiling takes longer than they run.
    with dbapi_connection.cursor() as cur:
        cur.execute("SET jit = off")
        cur.execute(f"SET lock_timeout = {timeout_ms}")
    dbapi_connection.commit()  # a SET rolled back with its transaction would be undone


def _sqlite_begin(conn: Any) -> None:
    mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


POOL_SIZE = 20  # connections kept open: one per concurrent request of a busy web server
REPORTS_KEPT = 16  # computed reports a ledger keeps (an all-regions status of 100,000 targets is tens of MB)


def make_engine(url: str, *, busy_seconds: float | None = None, **kwargs: Any) -> Engine:
    """An engine for ``url`` with taizhang's connection settings (``busy_seconds``: see :func:`busy_timeout`)."""
    timeout_ms = max(1, round(busy_timeout(busy_seconds) * 1000))
    if make_url(url).database not in (None, "", ":memory:"):
        # Not the in-memory SQLite database, which lives in one connection. A pool smaller than the
        # web server's concurrency opens and closes a connection (and its pragmas) per request.
        kwargs.setdefault("pool_size", POOL_SIZE)
    engine = create_engine(url, **kwargs)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", partial(_sqlite_pragmas, timeout_ms=timeout_ms))
        event.listen(engine, "begin", _sqlite_begin)
    elif engine.dialect.name == "postgresql":
        event.listen(engine, "connect", partial(_postgres_settings, timeout_ms=timeout_ms))
    return engine


def _alembic_config(connection: Any) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


@contextmanager
def migration_connection(engine: Engine) -> Iterator[Any]:
    """A connection in one transaction for Alembic to migrate on.

    On SQLite, foreign keys are switched off for the migration (outside the transaction, where the
    pragma takes effect) so that a batch operation can copy and drop a table that other tables point
    to, as SQLite's own procedure for changing a table asks; ``PRAGMA foreign_key_check`` then runs
    inside the transaction and a dangling reference rolls the whole migration back.
    """
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        if sqlite:
            _outside_transaction(connection, "PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                yield connection
                if sqlite:
                    dangling = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if dangling:
                        raise RuntimeError(f"migration left dangling references: {dangling[:5]}")
        finally:
            if sqlite:
                _outside_transaction(connection, "PRAGMA foreign_keys = ON")


def _outside_transaction(connection: Any, pragma: str) -> None:
    # Straight to the driver: through SQLAlchemy the statement would open a transaction first (the
    # "begin" event), inside which SQLite ignores a change of foreign_keys.
    cursor = connection.connection.driver_connection.cursor()
    cursor.execute(pragma)
    cursor.close()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Migrate the database behind ``engine`` to ``revision`` (default: the newest)."""
    from alembic import command

    with migration_connection(engine) as connection:
        command.upgrade(_alembic_config(connection), revision)


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at, or None for an empty database."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str | None:
    """The newest revision shipped with this version of taizhang."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(MIGRATIONS)).get_current_head()


@dataclass
class Ledger:
    """An open ledger: its engine and a session factory. Close it when done."""

    engine: Engine
    url: str

    def __post_init__(self) -> None:
        from taizhang.ledger.version import VersionedCache, track_writes

        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._write_engine = self.engine.execution_options(sqlite_begin="IMMEDIATE")
        self._write_sessions = sessionmaker(self._write_engine, expire_on_commit=False)
        for factory in (self._sessions, self._write_sessions):
            track_writes(factory)
        self.reports = VersionedCache(REPORTS_KEPT)
        """Computed reports (status) of this ledger, each kept for the data version it was computed at."""

    @property
    def dialect(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return self.engine.dialect.name

    @contextmanager
    def session(self, *, write: bool = False) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on any error.

        ``write=True`` takes SQLite's write lock at the start (BEGIN IMMEDIATE), so a writer
        waits for another rather than failing after it has read. A wait past the busy timeout
        raises LedgerBusyError (E307), with nothing written.
        """
        factory = self._write_sessions if write else self._sessions
        try:
            with factory() as session, session.begin():
                yield session
        except OperationalError as exc:
            busy = busy_error(exc)
            if busy is None:
                raise
            raise busy from exc

    def reader(self) -> Session:
        """A read session whose transactions the caller ends: it begins one when first used; the
        caller commits (which may be followed by another) and closes it (rolling back what is left).

        For a web request's one session, which commits after a token's use is noted so the rest
        of the request holds no write lock.
        """
        return self._sessions()

    def close(self) -> None:
        """Release every connection."""
        self.engine.dispose()


def open_ledger(
    url: str | None = None,
    *,
    migrate: bool = True,
    busy_seconds: float | None = None,
    create: bool = True,
    **engine_kwargs: Any,
) -> Ledger:
    """Open the ledger at ``url`` (see :func:`database_url`), migrating it to the newest revision.

    ``migrate=False`` opens without touching the schema (for ``db upgrade`` and the tests).
    ``busy_seconds`` bounds a writer's wait for another's lock (default :func:`busy_timeout`).
    ``create=False`` refuses (E308) a SQLite file that does not exist instead of creating it: a
    command that only reads must not answer from a new empty ledger.
    """
    resolved = database_url(url)
    if not create:
        _require_file(resolved)
    engine = make_engine(resolved, busy_seconds=busy_seconds, **engine_kwargs)
    if migrate and current_revision(engine) != head_revision():
        log.info("migrating %s", engine.url.render_as_string(hide_password=True))
        upgrade(engine)
    return Ledger(engine, resolved)
