"""``taizhang unit add|list`` and ``taizhang assign`` on SQLite and PostgreSQL (issue 11)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from taizhang.cli import app
from taizhang.ledger.database import open_ledger
from taizhang.ledger.models import AuditEntry
from taizhang.ledger.service import ingest_document
from taizhang.ledger.units import assignment, user_unit_ids
from taizhang.ledger.users import get_user

from .helpers import extractor_of, target


@pytest.fixture
def ledger_url(db_url):
    ledger = open_ledger(db_url)
    try:
        with ledger.session(write=True) as s:
            ids = ingest_document(s, "工业投资", who="t", date=date(2023, 1, 1), extractor=extractor_of(target())).added
    finally:
        ledger.close()
    return db_url, ids[0]


@pytest.fixture
def cli(ledger_url):
    runner = CliRunner()

    def run(*args: str, code: int = 0) -> str:
        result = runner.invoke(app, [*args, "--db", ledger_url[0]], env={"TAIZHANG_USER": "ops"})
        assert result.exit_code == code, result.output
        return result.output

    return run


def _read(db_url, fn):
    ledger = open_ledger(db_url)
    try:
        with ledger.session() as s:
            return fn(s)
    finally:
        ledger.close()


def test_units_are_added_listed_and_assigned(cli, ledger_url):
    db_url, tid = ledger_url
    assert "市工业和信息化局" in cli(
        "unit", "add", "市工业和信息化局", "--region", "440700", "--email", "gxj@example.org"
    )
    cli("unit", "add", "市发展改革局")
    cli("unit", "add", "市统计局")
    listed = cli("unit", "list")
    assert "gxj@example.org" in listed and "440700" in listed and "市统计局" in listed
    out = cli(
        "assign",
        str(tid),
        "--lead",
        "市工业和信息化局",
        "--assist",
        "市发展改革局",
        "--assist",
        "市统计局",
        "--person",
        "张三",
        "--deadline",
        "6月底前",
    )
    assert "2023-06-30" in out and "市发展改革局、市统计局" in out
    got = _read(db_url, lambda s: assignment(s, tid))
    assert got.lead.name == "市工业和信息化局" and [u.name for u in got.assisting] == ["市发展改革局", "市统计局"]
    assert (got.person, got.deadline) == ("张三", date(2023, 6, 30))
    cli("assign", str(tid), "--deadline", "三季度末")  # the rest stays
    got = _read(db_url, lambda s: assignment(s, tid))
    assert (got.lead.name, got.person, got.deadline) == ("市工业和信息化局", "张三", date(2023, 9, 30))
    who = _read(db_url, lambda s: [e.who for e in s.scalars(select(AuditEntry).where(AuditEntry.action == "assign"))])
    assert who == ["ops", "ops"]
    lines = [line for line in cli("unit", "list").splitlines() if "市统计局" in line]
    assert lines and lines[0].rstrip().endswith("1")


def test_bad_assignments_exit_2_and_write_nothing(cli, ledger_url):
    db_url, tid = ledger_url
    cli("unit", "add", "市商务局")
    out = cli("assign", str(tid), "--lead", "市商务局", "--deadline", "2023-02-30", code=2)
    assert "[E206]" in out and "2023-02-30" in out
    out = cli("assign", str(tid), "--lead", "市不存在局", code=2)
    assert "[E302]" in out and "市不存在局" in out
    assert "[E201]" in cli("unit", "add", "市商务局", code=2)
    assert _read(db_url, lambda s: assignment(s, tid)).lead is None


def test_a_reporter_is_given_units_by_name(cli, ledger_url):
    cli("unit", "add", "市商务局")
    cli("user", "add", "shangwu", "--role", "reporter", "--unit", "市商务局", "--password", "correct-horse-1")
    units = _read(ledger_url[0], lambda s: user_unit_ids(s, get_user(s, "shangwu").id))
    assert len(units) == 1
    cli("user", "role", "shangwu", "--role", "reporter", "--region", "440703", "--unit", "市商务局")
    assert "[E302]" in cli(
        "user", "add", "x", "--role", "reporter", "--unit", "无此单位", "--password", "p" * 10, code=2
    )
