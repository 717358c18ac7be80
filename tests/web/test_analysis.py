"""The CLI, the API and the /analysis page show the same escalation analytics (issue 10): one
function behind all three; the XLSX download holds the same table."""

from __future__ import annotations

import io
import json
import re

import pytest
from typer.testing import CliRunner

from taizhang.cli import app as cli_app
from taizhang.ledger.analysis import display_rows, displayed, tables_of

YI = 100_000_000
KINDS = ["escalation", "sums", "yoy"]


def _cli(url: str, *args: str) -> dict:
    result = CliRunner().invoke(cli_app, ["analyse", *args, "--db", url, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _cells(html: str, table_id: str) -> list[list[str]]:
    body = re.search(rf'<table class="grid" id="{table_id}">.*?<tbody>(.*?)</tbody>', html, re.S)
    assert body is not None, table_id
    rows = re.findall(r"<tr>(.*?)</tr>", body.group(1), re.S)
    return [
        [re.sub(r"<[^>]+>", "", c).replace("&amp;", "&") for c in re.findall(r"<td>(.*?)</td>", r, re.S)] for r in rows
    ]


@pytest.mark.parametrize("kind", KINDS)
def test_cli_api_and_page_agree(login, web_ledger, kind: str) -> None:
    client = login("viewer")
    api = client.get(f"/api/analysis/{kind}")
    assert api.status_code == 200, api.text
    assert _cli(web_ledger.url, kind) == api.json()
    page = client.get(f"/analysis?kind={kind}")
    assert page.status_code == 200
    main, detail = (displayed(cols) for cols in tables_of(kind))
    rows = api.json()["rows"]
    if rows:
        assert _cells(page.text, "analysis-table") == display_rows(rows, main)
    if api.json()["detail"]:
        assert _cells(page.text, "analysis-detail") == display_rows(api.json()["detail"], detail)


def test_the_sums_row_of_jiangmens_industrial_investment_everywhere(login, web_ledger) -> None:
    client = login("viewer")
    query = "indicator=industrial_investment&year=2023"
    (row,) = client.get(f"/api/analysis/sums?{query}").json()["rows"]
    # 蓬江 百亿 + 江海 100亿 + 新会 320亿 + 开平 140亿 = 660亿 of 江门's 千亿: 66%
    assert (row["region"], row["children_sum"], row["share"], row["flag"]) == ("江门市", 660 * YI, 66, "below")
    page = client.get(f"/analysis?kind=sums&{query}").text
    (cells,) = _cells(page, "analysis-table")
    assert "660亿元" in cells and "1,000亿元" in cells and "66%" in cells and "低于本级" in cells
    chart = json.loads(re.search(r'id="analysis-chart-data">(.*?)</script>', page, re.S).group(1))
    assert chart["values"] == [66] and chart["line"] == 100
    assert f'href="/api/analysis/sums/xlsx?{query.replace("&", "&amp;")}"' in page


def test_the_xlsx_download_holds_the_api_table(login) -> None:
    from openpyxl import load_workbook

    client = login("viewer")
    rows = client.get("/api/analysis/sums").json()["rows"]
    response = client.get("/api/analysis/sums/xlsx")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/vnd.openxmlformats")
    book = load_workbook(io.BytesIO(response.content))
    sheet = book.worksheets[0]
    header = [c.value for c in sheet[1]]
    main, _ = tables_of("sums")
    assert header == [c.label for c in main]
    cells = [[c.value for c in r] for r in sheet.iter_rows(min_row=2)]
    assert len(cells) == len(rows)
    share = header.index("合计占本级（%）")
    assert [r[share] for r in cells] == [r["share"] for r in rows]
    assert len(book.worksheets) == 2  # the detail: each child's share


def test_the_pages_form_may_leave_indicator_and_year_empty(login) -> None:
    client = login("viewer")
    everything = client.get("/analysis?kind=sums").text
    assert client.get("/analysis?kind=sums&indicator=&year=").text == everything
    assert client.get("/analysis?kind=sums&year=20x3").status_code == 422


def test_an_unknown_analysis_is_refused_everywhere(login, web_ledger) -> None:
    client = login("viewer")
    assert client.get("/api/analysis/nonsense").status_code == 422
    result = CliRunner().invoke(cli_app, ["analyse", "nonsense", "--db", web_ledger.url])
    assert result.exit_code == 2 and "[E201]" in result.output
