"""Migrations from an empty database, on SQLite and PostgreSQL (issue 3)."""

import importlib
import importlib.util

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect as sa_inspect
from sqlalchemy import text

from taizhang.ledger.database import (
    _alembic_config,
    current_revision,
    head_revision,
    make_engine,
    open_ledger,
    upgrade,
)
from taizhang.ledger.models import Base


def _all_tables():
    """Base's metadata with every module that declares tables loaded (the web's users.py: 0003)."""
    if importlib.util.find_spec("taizhang.ledger.users") is not None:
        importlib.import_module("taizhang.ledger.users")
    return Base.metadata


def test_fresh_database_is_migrated_to_head_and_matches_the_models(ledger):
    assert current_revision(ledger.engine) == head_revision()
    with ledger.engine.connect() as c:
        diffs = compare_metadata(MigrationContext.configure(c, opts={"compare_type": True}), _all_tables())
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


def test_0002_fills_the_latest_observation_of_each_series_and_downgrades(db_url):
    """progress_latest is built from the history already stored (issue 3, status speed)."""
    engine = make_engine(db_url)
    try:
        with engine.begin() as c:
            command.downgrade(_alembic_config(c), "0001")
        rows = [
            (1, "440785", "低效用地", "2023-06", "10", True),
            (2, "440785", "低效用地", "2023-09", "20", True),
            (3, "440785", "低效用地", "2023-09", "21", True),  # a correction in the same month
            (4, "440785", "低效用地", "2023-08", "5", False),
            (5, "440703", "工业投资", "2023-03", "7", True),
        ]
        with engine.begin() as c:
            for id_, code, ind, period, value, cum in rows:
                c.execute(
                    text(
                        "INSERT INTO progress (id, region_code, indicator, period, value, unit, cumulative,"
                        " reported_by, reported_at) VALUES (:id, :code, :ind, :period, :value, '公顷', :cum,"
                        " 't', CURRENT_TIMESTAMP)"
                    ),
                    {"id": id_, "code": code, "ind": ind, "period": period, "value": value, "cum": cum},
                )
        upgrade(engine)
        with engine.connect() as c:
            got = c.execute(text("SELECT progress_id, period, value FROM progress_latest ORDER BY progress_id")).all()
        assert [tuple(r) for r in got] == [(3, "2023-09", "21"), (4, "2023-08", "5"), (5, "2023-03", "7")]
        with engine.begin() as c:
            command.downgrade(_alembic_config(c), "0001")
        upgrade(engine)
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()


def test_0012_marks_existing_figures_reported_and_downgrade_drops_official_ones(db_url):
    """Issue 9: every stored observation is a reported one; progress_latest keys by source."""
    engine = make_engine(db_url)
    insert = (
        "INSERT INTO progress (id, region_code, indicator, period, value, unit, cumulative, reported_by, reported_at)"
        " VALUES (:id, '440703', '工业投资', :period, :value, '元', true, 't', CURRENT_TIMESTAMP)"
    )
    try:
        with engine.begin() as c:
            command.downgrade(_alembic_config(c), "0011_document_date_source")
            c.execute(
                text(insert),
                [{"id": 1, "period": "2023-06", "value": "5"}, {"id": 2, "period": "2023-09", "value": "7"}],
            )
        upgrade(engine)
        with engine.connect() as c:
            assert c.execute(text("SELECT id, source, state FROM progress ORDER BY id")).all() == [
                (1, "reported", "proposed"),
                (2, "reported", "proposed"),
            ]
            latest = c.execute(text("SELECT progress_id, source, value FROM progress_latest")).all()
            assert [tuple(r) for r in latest] == [(2, "reported", "7")]
        with engine.begin() as c:
            c.execute(
                text(
                    "INSERT INTO progress (id, region_code, indicator, period, value, unit, cumulative, reported_by,"
                    " reported_at, source, state) VALUES (3, '440703', '工业投资', '2023-09', '6', '元', true, 't',"
                    " CURRENT_TIMESTAMP, 'official', 'proposed')"
                )
            )
            command.downgrade(_alembic_config(c), "0011_document_date_source")
        with engine.connect() as c:
            assert [r[0] for r in c.execute(text("SELECT id FROM progress ORDER BY id"))] == [1, 2]
            assert [tuple(r) for r in c.execute(text("SELECT progress_id, value FROM progress_latest"))] == [(2, "7")]
        upgrade(engine)
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()


def test_0013_fills_the_seasonal_profiles_from_the_official_figures(db_url):
    """Issue 9 (speed): each official cumulative series' profile per year served, filled from progress."""
    engine = make_engine(db_url)
    insert = (
        "INSERT INTO progress (id, region_code, indicator, period, value, unit, cumulative, reported_by, reported_at,"
        " source, state) VALUES (:id, '440703', '工业投资', :period, :value, '元', true, 't', CURRENT_TIMESTAMP,"
        " :source, :state)"
    )
    rows = [
        {"id": 1, "period": "2022-06", "value": "4", "source": "official", "state": "confirmed"},
        {"id": 2, "period": "2022-12", "value": "10", "source": "official", "state": "proposed"},
        {"id": 3, "period": "2022-06", "value": "9", "source": "official", "state": "rejected"},  # not in force
        {"id": 4, "period": "2021-06", "value": "1", "source": "reported", "state": "proposed"},  # not official
        {"id": 5, "period": "2021-12", "value": "10", "source": "reported", "state": "proposed"},
    ]
    try:
        with engine.begin() as c:
            command.downgrade(_alembic_config(c), "0012_official_observations")
            c.execute(text(insert), rows)
        upgrade(engine)
        with engine.connect() as c:
            stored = c.execute(text("SELECT year, shares FROM seasonal_profiles ORDER BY year")).all()
        assert [year for year, _ in stored] == [2023, 2024, 2025]
        shares = stored[0][1].split(",")
        assert (shares[5], shares[11], len(shares)) == ("40.000000", "100", 12)  # 1-6月 was 40 % of the year
        with engine.begin() as c:
            command.downgrade(_alembic_config(c), "0012_official_observations")
            assert "seasonal_profiles" not in sa_inspect(c).get_table_names()
        upgrade(engine)
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()
