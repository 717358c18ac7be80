"""CSV and XLSX exports never hand a spreadsheet a formula (issue 13, OWASP CSV injection)."""

from __future__ import annotations

import csv
from datetime import date

import pytest
from openpyxl import load_workbook

from taizhang.ledger.export import export_ledger
from taizhang.ledger.service import ingest_document

from .helpers import extractor_of, target

AS_OF = date(2023, 9, 30)
HYPERLINK = '=HYPERLINK("http://example.com/x","点击")'


@pytest.fixture
def exported(ledger, tmp_path):
    """The ledger with two targets whose indicators look like formulas, one of a negative value."""
    targets = [
        target(HYPERLINK, "1e10", start=0, end=5),
        target("-1+2", "-5", start=10, end=12, unit="%", measure="growth", value_text="-5%"),
        target("@SUM(A1)", "3", start=20, end=22, unit="个", text="\t=1+1 的来源原文"),
    ]
    with ledger.session(write=True) as s:
        ingest_document(s, "t", who="t", date=date(2023, 1, 20), extractor=extractor_of(*targets))

    def export(fmt):
        path = tmp_path / f"ledger.{fmt}"
        with ledger.session() as s:
            export_ledger(s, path, format=fmt, as_of=AS_OF)
        return path

    return export


def _by_indicator(rows):
    return {r["指标"]: r for r in rows}


def test_csv_escapes_formula_text_and_keeps_numbers(exported):
    with exported("csv").open(encoding="utf-8-sig", newline="") as f:
        rows = _by_indicator(csv.DictReader(f))
    assert set(rows) == {"'" + HYPERLINK, "'-1+2", "'@SUM(A1)"}
    negative = rows["'-1+2"]
    assert negative["目标值（基本单位）"] == "-5"  # a number: no apostrophe
    assert negative["目标值（原文）"] == "'-5%"  # text that starts with "-"
    assert rows["'@SUM(A1)"]["来源原文"] == "'\t=1+1 的来源原文"
    assert rows["'" + HYPERLINK]["目标值（基本单位）"] == "10000000000"


def test_xlsx_stores_formula_text_as_text_and_numbers_as_numbers(exported):
    book = load_workbook(exported("xlsx"))
    sheet = book["蓬江区"]
    header = [c.value for c in sheet[1]]
    cells = {row[2].value: dict(zip(header, row, strict=True)) for row in sheet.iter_rows(min_row=2)}
    assert set(cells) == {"'" + HYPERLINK, "'-1+2", "'@SUM(A1)"}
    for row in cells.values():
        assert row["指标"].data_type == "s"  # never "f", a formula
    negative = cells["'-1+2"]["目标值（基本单位）"]
    assert negative.data_type == "n" and negative.value == -5
    assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)
