"""Migrations from an empty database, on SQLite and PostgreSQL (issue 3)."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from taizhang.ledger.database import current_revision, head_revision, open_ledger, upgrade
from taizhang.ledger.models import Base


def test_fresh_database_is_migrated_to_head_and_matches_the_models(ledger):
    assert current_revision(ledger.engine) == head_revision()
    with ledger.engine.connect() as c:
        diffs = compare_metadata(MigrationContext.configure(c, opts={"compare_type": True}), Base.metadata)
    assert diffs == []


def test_upgrade_is_idempotent(ledger):
    upgrade(ledger.engine)
    assert current_revision(ledger.engine) == head_revision()


def test_empty_sqlite_file_is_created_on_first_use(tmp_path):
    path = tmp_path / "new.db"
    ledger = open_ledger(str(path))
    try:
        assert path.exists() and current_revision(ledger.engine) == head_revision()
        with ledger.engine.connect() as c:
            assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert c.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
    finally:
        ledger.close()


def test_database_url_from_environment(monkeypatch, tmp_path):
    from taizhang.ledger.database import database_url

    monkeypatch.setenv("TAIZHANG_DATABASE_URL", "postgresql+psycopg://u@h/db")
    assert database_url() == "postgresql+psycopg://u@h/db"
    assert database_url("x.db") == "sqlite:///x.db"
    monkeypatch.delenv("TAIZHANG_DATABASE_URL")
    assert database_url() == "sqlite:///taizhang.db"
