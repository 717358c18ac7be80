"""One rule for a target's year, the same in extract, ingest and upload (issue 12).

A year written in the text wins; then the document's own date found in the text; then the date a
person gives (--date, 发布日期); the file's modification date only as a guess that is said and
flagged on the document, for a reviewer to set. Before: `taizhang ingest` of the Jiangmen city
report without --date stored 61 of 62 targets without a year; 2024年主要预期目标 was overridden by
--date 2025-01-15 or by a .docx's mtime (2026).
"""

import datetime as dt
import os

import pytest
import typer
from sqlalchemy import select
from typer.testing import CliRunner

from taizhang.cli_ledger import register
from taizhang.ledger.documents import ingest_document, set_document_date
from taizhang.ledger.models import AuditEntry, Document, Target
from taizhang.text.dates import document_date

from .jiangmen import CITY

DATED = (
    "某某市2023年政府工作报告\n——2023年1月10日在市人民代表大会上\n"
    "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。\n"
)
UNDATED = "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。\n"
TEXT_YEAR = "2024年主要预期目标：地区生产总值增长5%左右。\n"
TEXT_YEAR_DATED = "发布时间：2025-01-15\n2024年主要预期目标：地区生产总值增长5%左右。\n"
GIVEN = dt.date(2025, 1, 15)
MTIME = dt.date(2026, 3, 1)

# text, --date, file mtime → the target's year, the document's date, its date_source, flagged
RULE = [
    ("text-date", DATED, None, None, 2023, dt.date(2023, 1, 10), "text", False),
    ("text-date-beats-given", DATED, GIVEN, None, 2023, dt.date(2023, 1, 10), "text", False),
    ("text-date-beats-mtime", DATED, None, MTIME, 2023, dt.date(2023, 1, 10), "text", False),
    ("given", UNDATED, GIVEN, None, 2025, GIVEN, "given", False),
    ("given-beats-mtime", UNDATED, GIVEN, MTIME, 2025, GIVEN, "given", False),
    ("mtime-is-a-flagged-guess", UNDATED, None, MTIME, 2026, MTIME, "file", True),
    ("nothing-flagged", UNDATED, None, None, None, None, None, True),
    ("text-year-beats-given", TEXT_YEAR, GIVEN, None, 2024, GIVEN, "given", False),
    ("text-year-beats-mtime", TEXT_YEAR, None, MTIME, 2024, MTIME, "file", True),
    ("text-year-without-date", TEXT_YEAR, None, None, 2024, None, None, True),
    ("text-year-beats-text-date", TEXT_YEAR_DATED, None, None, 2024, GIVEN, "text", False),
]


@pytest.mark.parametrize(
    ("text", "given", "mtime", "year", "day", "source", "guessed"), [r[1:] for r in RULE], ids=[r[0] for r in RULE]
)
def test_the_year_rule(ledger, text, given, mtime, year, day, source, guessed):
    chosen = document_date(text, given=given, file_date=mtime)
    assert (chosen.date, chosen.source, chosen.guessed) == (day, source, guessed)
    with ledger.session(write=True) as s:
        r = ingest_document(s, text, who="t", region="江门市", date=given, file_date=mtime)
        doc = s.get(Document, r.document_id)
        years = s.scalars(select(Target.year).where(Target.document_id == doc.id)).all()
    assert years == [year]
    assert (doc.date, doc.date_source, r.dated.guessed) == (day, source, guessed)


def test_a_reviewer_sets_a_guessed_date_and_the_targets_are_read_again(ledger):
    with ledger.session(write=True) as s:
        r = ingest_document(s, UNDATED, who="t", region="江门市", file_date=MTIME)
        assert r.dated.guessed
        again = set_document_date(s, r.document_id, dt.date(2023, 2, 1), who="审核员")
        doc = s.get(Document, r.document_id)
        years = s.scalars(select(Target.year).where(Target.document_id == doc.id)).all()
        audit = s.scalars(select(AuditEntry).where(AuditEntry.action == "date")).one()
    assert (doc.date, doc.date_source, again.dated.guessed) == (dt.date(2023, 2, 1), "given", False)
    assert years == [2023] and again.updated
    assert audit.before == {"date": "2026-03-01", "date_source": "file"} and audit.who == "审核员"


def test_a_reingest_with_a_given_date_replaces_a_guess(ledger):
    with ledger.session(write=True) as s:
        first = ingest_document(s, UNDATED, who="t", region="江门市")
        second = ingest_document(s, UNDATED, who="t", region="江门市", date=GIVEN)
        doc = s.get(Document, first.document_id)
        years = s.scalars(select(Target.year).where(Target.document_id == doc.id)).all()
    assert second.document_id == first.document_id
    assert (doc.date, doc.date_source, years) == (GIVEN, "given", [2025])


@pytest.fixture
def cli(db_url):
    app = typer.Typer()
    register(app)
    runner = CliRunner()
    return lambda *args: runner.invoke(app, [*args, "--db", db_url])


def test_cli_ingest_of_the_city_report_without_date_reads_its_years(cli, ledger, tmp_path):
    path = tmp_path / "city.txt"
    path.write_bytes((CITY / "doc.txt").read_bytes())
    r = cli("ingest", str(path), "--region", "江门市")
    assert r.exit_code == 0, r.output
    assert "使用文中的日期 2023-01-10" in r.stderr
    with ledger.session() as s:
        years = s.scalars(select(Target.year)).all()
    assert len(years) > 50 and sum(y is None for y in years) <= 3 and 2023 in years


def test_cli_ingest_says_when_the_year_is_a_guess(cli, ledger, tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text(UNDATED, encoding="utf-8")
    noon = dt.datetime(2026, 3, 1, 12, 0).timestamp()
    os.utime(path, (noon, noon))
    r = cli("ingest", str(path), "--region", "江门市")
    assert r.exit_code == 0, r.output
    assert "年份为推测" in r.stderr and "2026-03-01" in r.stderr
    with ledger.session() as s:
        assert s.scalars(select(Document.date_source)).one() == "file"
