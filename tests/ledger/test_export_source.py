"""The exported 来源原文 is the sentence a target was read from, so its region stays (issue 12).

Before: 蓬江区's row read "江海区各突破100亿元", cut from "蓬江区、江海区各突破100亿元" at the 、.
"""

import csv
import datetime as dt

import pytest
from openpyxl import load_workbook

from taizhang.extract.segments import sentence_around
from taizhang.ledger.documents import ingest_document
from taizhang.ledger.export import export_ledger

TEXT = (
    "江门市2023年政府工作报告\n"
    "今年全市工业投资增长10%以上，其中蓬江区、江海区各突破100亿元；新会区新增规上企业30家。\n"
    "二、下一部分\n"
)
SENTENCE = "今年全市工业投资增长10%以上，其中蓬江区、江海区各突破100亿元；新会区新增规上企业30家。"


@pytest.mark.parametrize(
    ("text", "inside", "expected"),
    [
        (TEXT, "100亿元", SENTENCE),
        ("第一句。 蓬江区工业投资突破100亿元！第三句。", "100亿元", "蓬江区工业投资突破100亿元！"),
        ("没有句号的一行：蓬江区工业投资突破100亿元\n下一行", "100亿元", "没有句号的一行：蓬江区工业投资突破100亿元"),
        ("蓬江区工业投资突破100亿元", "100亿元", "蓬江区工业投资突破100亿元"),
    ],
    ids=["clause-with-semicolon", "exclamation", "line-end", "whole-text"],
)
def test_sentence_around(text, inside, expected):
    at = text.index(inside)
    assert sentence_around(text, at, at + len(inside)).of(text) == expected


def test_xlsx_and_csv_source_text_keep_the_region(ledger, tmp_path):
    with ledger.session(write=True) as s:
        ingest_document(s, TEXT, who="t", region="江门市", date=dt.date(2023, 1, 10))
    xlsx, table = tmp_path / "台账.xlsx", tmp_path / "台账.csv"
    with ledger.session() as s:
        export_ledger(s, xlsx, format="xlsx", as_of=dt.date(2023, 6, 30))
        export_ledger(s, table, format="csv", as_of=dt.date(2023, 6, 30))
    sheet = load_workbook(xlsx)["蓬江区"]
    header = [c.value for c in sheet[1]]
    rows = [dict(zip(header, (c.value for c in r), strict=True)) for r in sheet.iter_rows(min_row=2)]
    assert [r["来源原文"] for r in rows] == [SENTENCE]
    with table.open(encoding="utf-8-sig") as f:
        sources = {r["地区"]: r["来源原文"] for r in csv.DictReader(f)}
    assert sources["蓬江区"] == SENTENCE, sources
