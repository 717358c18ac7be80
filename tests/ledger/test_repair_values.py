"""Migration 0008 repairs values stored before the value rule, and audits each repair (issue 13).

A ledger is filled at head, taken back to 0006, given the probe's values with raw SQL (an edit
to 1e999999 written out in a million digits, an extracted NaN, observations of 1e-30, -1e308 and
NaN), then upgraded: the bad edit is dropped, the bad target rejected, the bad observations
removed, the audit log's long value compacted, and status, export and the target page work.
"""

import json
from datetime import date

from alembic import command
from sqlalchemy import select, text

from taizhang.ledger.database import (
    _alembic_config,
    current_revision,
    head_revision,
    make_engine,
    migration_connection,
    open_ledger,
)
from taizhang.ledger.models import AuditEntry, Progress, ProgressLatest, Target
from taizhang.ledger.progress import add_progress
from taizhang.ledger.review import edit_target
from taizhang.ledger.service import ingest_document
from taizhang.ledger.status import ledger_status

from .helpers import extractor_of, target

HUGE = "1" + "0" * 999_999  # 1e999999 as format(value, "f") stored it
TINY = "0." + "0" * 29 + "1"  # 1e-30


def _fill(db_url):
    targets = [
        target(),
        target("地区生产总值", "6", start=10, end=12, unit="%", measure="growth"),
        target("社会消费品零售总额", "2e10", start=20, end=25),
    ]
    ledger = open_ledger(db_url)
    try:
        with ledger.session(write=True) as s:
            a, b, c = ingest_document(s, "t", who="t", date=date(2023, 1, 20), extractor=extractor_of(*targets)).added
            ok = add_progress(s, a, period="2023-07", value="50亿元", who="li")
            bad_a = add_progress(s, a, period="2023-08", value="60亿元", who="li")
            bad_b = add_progress(s, b, period="2023-08", value="5%", who="li")
            bad_c = add_progress(s, c, period="2023-08", value="150亿元", who="li")
            edit_target(s, a, {"value": "12000000000", "comparator": "="}, who="li")
            edit_target(s, c, {"value": "25000000000"}, who="li")
    finally:
        ledger.close()
    return a, b, c, ok, (bad_a, bad_b, bad_c)


def _corrupt(engine, a, b, bad):
    with engine.begin() as c:
        edited = json.dumps({"value": HUGE, "comparator": "="})
        c.execute(text("UPDATE targets SET edited = :e WHERE id = :t"), {"e": edited, "t": a})
        c.execute(text("UPDATE targets SET value = 'NaN' WHERE id = :t"), {"t": b})
        for pid, value in zip(bad, (TINY, "-1E+308", "NaN"), strict=True):
            c.execute(text("UPDATE progress SET value = :v WHERE id = :p"), {"v": value, "p": pid})
            c.execute(text("UPDATE progress_latest SET value = :v WHERE progress_id = :p"), {"v": value, "p": pid})
        c.execute(
            text(
                "INSERT INTO audit_log (at, who, action, entity, entity_id, before, after) "
                "VALUES (:at, 'li', 'edit', 'target', :t, :b, :a)"
            ),
            {"at": "2023-09-01 10:00:00", "t": a, "b": '{"value": "12000000000"}', "a": json.dumps({"value": HUGE})},
        )


def test_0008_repairs_values_and_pages_render(db_url):
    a, b, c, ok, bad = _fill(db_url)
    engine = make_engine(db_url)
    try:
        with migration_connection(engine) as conn:
            command.downgrade(_alembic_config(conn), "0006")
        assert current_revision(engine) == "0006"
        _corrupt(engine, a, b, bad)
        with migration_connection(engine) as conn:
            command.upgrade(_alembic_config(conn), "head")
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()

    ledger = open_ledger(db_url)
    try:
        with ledger.session() as s:
            assert s.get(Target, a).edited == {"comparator": "="}  # the bad value edit dropped, the rest kept
            assert s.get(Target, b).state == "rejected"
            assert (
                s.get(Target, c).edited == {"value": "25000000000", "value_text": "25000000000元"}
                and s.get(Target, c).state == "proposed"
            )
            assert s.scalars(select(Progress.id).order_by(Progress.id)).all() == [ok]
            latest = s.execute(select(ProgressLatest.target_id, ProgressLatest.progress_id)).all()
            assert latest == [(a, ok)]  # rebuilt from what remains

            repairs = s.scalars(select(AuditEntry).where(AuditEntry.action == "repair").order_by(AuditEntry.id)).all()
            assert [(r.who, r.entity, r.entity_id) for r in repairs] == [
                ("taizhang", "target", a),
                ("taizhang", "target", b),
                *(("taizhang", "progress", pid) for pid in bad),
                ("taizhang", "audit_log", None),
            ]
            assert repairs[0].before == {"value": "1E+999999"} and "撤销" in repairs[0].after["reason"]
            assert repairs[1].after["state"] == "rejected" and "不是有限的数" in repairs[1].after["reason"]
            assert [r.before["value"] for r in repairs[2:5]] == [TINY, "-1E+308", "NaN"]
            assert all(len(json.dumps(r.before)) + len(json.dumps(r.after)) < 400 for r in repairs)
            edits = s.scalars(select(AuditEntry).where(AuditEntry.entity_id == a, AuditEntry.action == "edit")).all()
            assert max(len(json.dumps(e.after)) for e in edits) < 100
            assert repairs[-1].before == {"entries": [edits[-1].id]}

            rows = {r.target.id: r.assessment.status for r in ledger_status(s, as_of=date(2023, 9, 30)).rows}
            # a: 50亿 of the extracted 100亿 by July, red; c: its one observation was removed, overdue
            assert b not in rows and rows[a] == "red" and rows[c] == "overdue"
    finally:
        ledger.close()

    _pages_render(db_url, a)


def _pages_render(db_url, tid):
    from fastapi.testclient import TestClient

    from taizhang.ledger.users import create_user
    from taizhang.web.app import create_app
    from taizhang.web.settings import Settings

    ledger = open_ledger(db_url)
    try:
        with ledger.session(write=True) as s:
            create_user(s, "admin", role="admin", password="correct-horse-1", who="t")
        settings = Settings(database_url=db_url, as_of=date(2023, 9, 30), secret_key="test")
        client = TestClient(create_app(settings, ledger=ledger))
        assert client.post("/api/auth/login", json={"name": "admin", "password": "correct-horse-1"}).status_code == 200
        page = client.get(f"/targets/{tid}", headers={"accept": "text/html"})
        assert page.status_code == 200 and "修复" in page.text and "撤销" in page.text
        assert len(page.text) < 200_000
        for path in ("/api/export?format=xlsx", "/api/status", f"/api/targets/{tid}", "/api/audit"):
            assert client.get(path).status_code == 200, path
        assert client.get("/", headers={"accept": "text/html"}).status_code == 200
    finally:
        ledger.close()


def test_0008_on_a_clean_ledger_writes_nothing(db_url):
    _fill(db_url)
    engine = make_engine(db_url)
    try:
        with migration_connection(engine) as conn:
            command.downgrade(_alembic_config(conn), "0006")
            before = conn.execute(text("SELECT COUNT(*), MAX(id) FROM audit_log")).one()
            version = conn.execute(text("SELECT version FROM ledger_version")).scalar()
        with migration_connection(engine) as conn:
            command.upgrade(_alembic_config(conn), "head")
            assert conn.execute(text("SELECT COUNT(*), MAX(id) FROM audit_log")).one() == before
            assert conn.execute(text("SELECT version FROM ledger_version")).scalar() == version
    finally:
        engine.dispose()
