"""Database fixtures: the same ledger tests run on SQLite and on PostgreSQL.

``ledger`` is parametrised over a fresh SQLite file (copied from one migrated template) and a
PostgreSQL schema created for this test session on 127.0.0.1:5432 (user postgres, database
``test``), emptied before each test and dropped at the end. Without a reachable server the
PostgreSQL cases skip with one line; with CI=true they fail instead.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

PG_SERVER = os.environ.get("TAIZHANG_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from taizhang.ledger.database import open_ledger

    path = tmp_path_factory.mktemp("template") / "template.db"
    ledger = open_ledger(f"sqlite:///{path}")
    with ledger.engine.connect() as c:
        c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    ledger.close()
    return path


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    import psycopg
    from sqlalchemy.engine import make_url

    url = make_url(PG_SERVER)
    try:
        admin = psycopg.connect(
            host=url.host,
            port=url.port or 5432,
            user=url.username,
            dbname=url.database,
            connect_timeout=3,
            autocommit=True,
        )
    except psycopg.Error as exc:
        reason = f"PostgreSQL not reachable at {url.host}:{url.port}: {str(exc).splitlines()[0]}"
        if os.environ.get("CI") == "true":
            pytest.fail(reason + " (CI=true: the PostgreSQL suite must run)")
        pytest.skip(reason)
    schema = f"taizhang_test_{uuid.uuid4().hex[:12]}"
    admin.execute(f'CREATE SCHEMA "{schema}"')
    full = url.update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False)
    from taizhang.ledger.database import open_ledger

    open_ledger(full).close()
    try:
        yield full
    finally:
        admin.execute(f'DROP SCHEMA "{schema}" CASCADE')
        admin.close()


def _empty_postgres(url: str) -> None:
    from sqlalchemy import create_engine

    from taizhang.ledger.models import Base

    engine = create_engine(url)
    names = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    with engine.begin() as c:
        c.exec_driver_sql(f"TRUNCATE {names} RESTART IDENTITY CASCADE")
    engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A URL to an empty, migrated ledger database of each kind."""
    if request.param == "sqlite":
        path = tmp_path / "ledger.db"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        return f"sqlite:///{path}"
    url: str = request.getfixturevalue("pg_url")
    _empty_postgres(url)
    return url


@pytest.fixture
def ledger(db_url: str) -> Iterator[object]:
    """An open :class:`taizhang.ledger.database.Ledger` on an empty database."""
    from taizhang.ledger.database import open_ledger

    opened = open_ledger(db_url)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def sqlite_url(tmp_path: Path, sqlite_template: Path) -> str:
    """An empty, migrated SQLite ledger file (for tests of SQLite-only behaviour)."""
    path = tmp_path / "ledger.db"
    shutil.copy(sqlite_template, path)
    return f"sqlite:///{path}"
