"""Hostile uploads through the API (issue 13): a 4xx with the [E1xx] code, nothing written.

The files are those of tests/ledger/test_hostile_files.py; here the point is the edge: the API
answers with its one error shape and the ledger is unchanged.
"""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from taizhang.ledger.models import Document, Progress, ProgressImport
from tests.bombs import docx_bomb, xlsx_with_dimension
from tests.ledger.test_hostile_files import BAD_SHEETS, ROWS


def count(ledger, model):
    with ledger.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_docx_bomb_upload_is_refused(login, web_ledger):
    documents = count(web_ledger, Document)
    files = {"file": ("bomb.docx", docx_bomb(3_000_000), "application/octet-stream")}
    r = login("reviewer").write("POST", "/api/documents", files=files)
    assert r.status_code == 422, r.text
    error = r.json()["error"]
    assert error["code"] == "E105" and error["message"].startswith("bomb.docx：")
    assert count(web_ledger, Document) == documents


@pytest.mark.parametrize(("name", "data", "error", "words"), BAD_SHEETS)
def test_bad_sheet_upload_is_refused(login, web_ledger, name, data, error, words):
    before = count(web_ledger, Progress), count(web_ledger, ProgressImport)
    r = login("admin").write("POST", "/api/progress/import", files={"file": (name, data, "application/octet-stream")})
    assert r.status_code == 422, r.text
    body = r.json()["error"]
    assert body["code"] == error.code and body["message"].startswith(name) and words in body["message"]
    assert (count(web_ledger, Progress), count(web_ledger, ProgressImport)) == before


def test_bad_sheet_from_a_reporter_is_refused_before_the_region_check(login, web_ledger):
    name, data, error, _ = BAD_SHEETS[0].values
    r = login("pengjiang").write("POST", "/api/progress/import", files={"file": (name, data, "text/csv")})
    assert (r.status_code, r.json()["error"]["code"]) == (422, error.code)


def test_lying_dimension_upload_imports_every_row(login):
    rows = [ROWS[0], *(["440703", "工业投资", f"2023-1{m}", f"{m}0亿元"] for m in range(0, 3))]
    files = {"file": ("lying.xlsx", xlsx_with_dimension(rows, "A1:B2"), "application/octet-stream")}
    r = login("pengjiang").write("POST", "/api/progress/import", files=files)
    assert r.status_code == 201, r.text
    assert r.json()["rows"] == 3
