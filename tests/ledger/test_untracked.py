"""Untracked import rows are summarised, not listed one per line; a file holds them all (issue 13)."""

from __future__ import annotations

import csv
from datetime import date

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from taizhang.cli import app
from taizhang.ledger.models import Progress, ProgressImport
from taizhang.ledger.progress import import_progress
from taizhang.ledger.service import ingest_document
from taizhang.ledger.untracked import EXAMPLES, UNTRACKED_REASONS, summarize_untracked

from .helpers import extractor_of, target

HEADER = "region_code,indicator,period,value,unit\n"
# 400 rows of a region without targets, 300 in a unit no target of 440703 takes, 300 naming an
# indicator 440703 has no target for, and 2 rows that do match: 1,000 untracked of 1,002.
EXPECTED = {"no_target": 400, "unit": 300, "indicator": 300}


def big_sheet() -> str:
    lines = [HEADER, "440703,工业投资,2023-06,56亿元,\n", "440703,固定资产投资,2023-06,3.2%,\n"]
    lines += [f"440799,工业投资{i},2023-06,{i},元\n" for i in range(400)]
    lines += [f"440703,工业投资,2023-06,{i},个\n" for i in range(299)]
    lines += ['440703,=HYPERLINK("http://x"),2023-06,1,个\n']
    lines += [f"440703,税收收入{i},2023-06,{i}亿元,\n" for i in range(300)]
    return "".join(lines)


@pytest.fixture
def sheet(ledger, tmp_path):
    targets = [target(), target("固定资产投资", "8", start=10, end=12, unit="%", measure="growth")]
    with ledger.session(write=True) as s:
        ingest_document(s, "t", who="t", date=date(2023, 1, 20), extractor=extractor_of(*targets))
    path = tmp_path / "big.csv"
    path.write_text(big_sheet(), encoding="utf-8")
    return path


def count(ledger, model):
    with ledger.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_each_untracked_row_has_its_reason(ledger, sheet):
    with ledger.session(write=True) as s:
        result = import_progress(s, sheet, who="r")
    summary = summarize_untracked(result)
    assert (result.rows, len(result.matched), summary.count) == (1002, 2, 1000)
    assert summary.by_reason == EXPECTED and next(iter(summary.by_reason)) == "no_target"
    assert [o.row for o, _ in summary.examples] == list(range(4, 4 + EXAMPLES))
    assert result.reasons[404] == result.reasons[703] == "unit"
    assert result.reasons[704] == result.reasons[1003] == "indicator"


def test_cli_prints_a_summary_and_writes_every_row_on_request(ledger, sheet, db_url, tmp_path):
    out = tmp_path / "untracked.csv"
    r = CliRunner().invoke(app, ["progress", "import", str(sheet), "--untracked", str(out), "--db", db_url])
    assert r.exit_code == 0, r.output
    lines = r.stdout.splitlines()
    assert len(lines) < 20
    assert "1000 行没有对应的目标" in r.stdout
    for reason, n in EXPECTED.items():
        assert any(line.split() == [str(n), UNTRACKED_REASONS[reason]] for line in lines)
    assert sum(line.startswith("  未对应的第 ") for line in lines) == EXAMPLES
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 1000 and {int(row["row"]) for row in rows} == set(range(4, 1004))
    by_row = {int(row["row"]): row for row in rows}
    assert by_row[4]["reason"] == UNTRACKED_REASONS["no_target"] and by_row[4]["region_code"] == "440799"
    assert by_row[703]["indicator"] == '\'=HYPERLINK("http://x")'  # escaped like the export


def test_cli_without_the_file_says_how_to_get_every_row(ledger, sheet, db_url):
    r = CliRunner().invoke(app, ["progress", "import", str(sheet), "--db", db_url])
    assert r.exit_code == 0 and "另有 990 行；用 --untracked 文件 可全部写出" in r.stdout


def test_an_untracked_file_that_cannot_be_written_undoes_the_import(ledger, sheet, db_url, tmp_path):
    out = tmp_path / "no-such-dir" / "u.csv"
    r = CliRunner().invoke(app, ["progress", "import", str(sheet), "--untracked", str(out), "--db", db_url])
    assert r.exit_code == 2 and r.stderr.startswith("[E201]") and "no-such-dir" in r.stderr
    assert count(ledger, Progress) == 0 and count(ledger, ProgressImport) == 0
