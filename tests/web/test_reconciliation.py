"""Official figures on the web (issue 9): /api/reconciliation, /api/observations, the 核对 page,
an observation's page with its sentence highlighted or its upload row, the target page showing
both figures, and the 核对 sheet of the XLSX export; on SQLite and PostgreSQL."""

from __future__ import annotations

import io
import re
from typing import Any

import pytest

from . import test_browser
from .conftest import AS_OF, PASSWORD, Client, load_examples

# The browser fixtures (Debian's chromium, the app on a real port) are test_browser's own.
chromium = test_browser.chromium
official_server = test_browser.official_server

JIANGHAI = "440704"


@pytest.fixture
def official_app(db_url: str) -> Any:
    from taizhang.ledger.database import open_ledger
    from taizhang.web.app import create_app
    from taizhang.web.settings import Settings

    ledger = open_ledger(db_url)
    load_examples(ledger, official=True)
    try:
        yield create_app(Settings(database_url=db_url, as_of=AS_OF, secret_key="test"), ledger=ledger), ledger
    finally:
        ledger.close()


def _client(app: Any, name: str) -> Client:
    client = Client(app)
    r = client.post("/api/auth/login", json={"name": name, "password": PASSWORD})
    assert r.status_code == 200, r.text
    client.csrf = r.json()["csrf_token"]
    return client


def _flagged(body: dict[str, Any]) -> list[dict[str, Any]]:
    return [row for row in body["data"] if row["flagged"]]


def test_api_lists_the_pairs_and_flags_the_disagreeing_one(official_app):
    app, _ = official_app
    viewer = _client(app, "viewer")
    body = viewer.get("/api/reconciliation", params={"as_of": "2023-09-30"}).json()
    assert body["tolerance"] == {"rate": 0.5, "level": 1}
    # one pair of figures disagrees; 江海区 has the same target in the city report and the county page
    rows = _flagged(body)
    assert {(r["region_code"], r["reported"]["id"], r["official"]["id"]) for r in rows} == {
        (JIANGHAI, rows[0]["reported"]["id"], rows[0]["official"]["id"])
    }
    flagged = rows[0]
    assert flagged["kind"] == "level"
    assert (flagged["reported"]["value"], flagged["official"]["value"]) == (7850000000, 7530000000)
    assert flagged["relative"] == 4.25 and flagged["difference"] == 320000000
    assert flagged["official"]["link"] == f"/observations/{flagged['official']['id']}"
    assert flagged["reported"]["sheet_row"] == 8  # the sheet's row of 440704 工业投资 78.5亿元 (header = 1)
    only = viewer.get("/api/reconciliation", params={"as_of": "2023-09-30", "region": "江海区"}).json()
    assert {row["region_code"] for row in only["data"]} == {JIANGHAI}
    schema = viewer.get("/openapi.json").json()
    ok = schema["paths"]["/api/reconciliation"]["get"]["responses"]["200"]["content"]["application/json"]
    assert ok["schema"]["$ref"].endswith("/ReconciliationPublic")


def test_pages_show_both_figures_and_lead_to_their_sources(official_app):
    app, _ = official_app
    viewer = _client(app, "viewer")
    page = viewer.get("/reconciliation").text
    assert "不一致" in page and "78.5亿元" in page and "75.3亿元" in page
    overview = viewer.get("/").text
    block = overview[overview.index('id="reconcile-overview"') :]
    assert "78.5亿元" in block and "75.3亿元" in block and "江海区" in block
    flagged = _flagged(viewer.get("/api/reconciliation").json())[0]
    official = viewer.get(flagged["official"]["link"]).text
    assert "<mark>75.3亿元</mark>" in official and "官方统计" in official
    reported = viewer.get(flagged["reported"]["link"]).text
    assert re.search(r"jiangmen-2023-q3-actuals-illustrative\.csv.*第 <b>8</b> 行", reported, re.S)
    target = viewer.get(f"/targets/{flagged['target_id']}").text
    assert "官方统计" in target and "75.3亿元" in target and "78.5亿元" in target


def test_reviewer_edits_an_observation_a_viewer_may_not(official_app):
    app, _ = official_app
    flagged = _flagged(_client(app, "viewer").get("/api/reconciliation").json())[0]
    oid = flagged["official"]["id"]
    r = _client(app, "viewer").write("PATCH", f"/api/observations/{oid}", json={"value": "78.5亿元"})
    assert r.status_code == 403
    reviewer = _client(app, "reviewer")
    r = reviewer.write("PATCH", f"/api/observations/{oid}", json={"value": "78.5亿元"})
    assert r.status_code == 200, r.text
    assert r.json()["value"] == 7850000000 and r.json()["state"] == "confirmed"
    assert float(r.json()["extracted"]["value"]) == 7530000000
    assert _flagged(reviewer.get("/api/reconciliation").json()) == []
    listed = reviewer.get("/api/observations", params={"source": "official", "unmatched": "true"}).json()
    assert any("利润总额" in o["indicator"] and o["reason"] for o in listed["data"])


def test_reviewer_edits_confirms_and_rejects_an_observation_on_its_page(official_app):
    from urllib.parse import unquote

    from taizhang.messages import text

    app, _ = official_app
    html = {"accept": "text/html"}
    flagged = _flagged(_client(app, "viewer").get("/api/reconciliation").json())[0]
    oid = flagged["official"]["id"]
    viewer = _client(app, "viewer")
    assert 'id="edit-form"' not in viewer.get(f"/observations/{oid}").text
    refused = viewer.post(f"/observations/{oid}/edit", data={"csrf_token": viewer.csrf, "value": "78.5亿元"})
    assert refused.status_code == 403
    reviewer = _client(app, "reviewer")
    page = reviewer.get(f"/observations/{oid}").text
    assert 'id="edit-form"' in page and 'value="75.3亿元"' in page  # the figure in the units people read

    def post(action: str, **form: str) -> str:
        r = reviewer.post(
            f"/observations/{oid}/{action}",
            data={"csrf_token": reviewer.csrf, **form},
            headers=html,
            follow_redirects=False,
        )
        assert r.status_code == 303, r.text
        return unquote(r.headers["location"])

    assert text("page.unchanged") in post("edit", value="75.3亿元")  # as shown: nothing changes
    bad = post("edit", value="很多")
    assert "字段「数值」（value）的值「很多」无效" in bad
    assert reviewer.get(f"/api/observations/{oid}").json()["value"] == 7530000000
    assert "数值" in post("edit", value="78.5亿元", period="2023-09")
    edited = reviewer.get(f"/api/observations/{oid}").json()
    assert (edited["value"], edited["state"]) == (7850000000, "confirmed")
    assert float(edited["extracted"]["value"]) == 7530000000  # the extractor's reading is kept
    assert _flagged(reviewer.get("/api/reconciliation").json()) == []
    audit = reviewer.get("/api/audit", params={"entity": "observation", "entity_id": oid}).json()["data"]
    assert any(a["action"] == "edit" and a["who"] == "reviewer" for a in audit)
    post("reject", reason="口径不同")
    assert reviewer.get(f"/api/observations/{oid}").json()["state"] == "rejected"
    post("confirm")
    assert reviewer.get(f"/api/observations/{oid}").json()["state"] == "confirmed"
    assert 'value="78.5亿元"' in reviewer.get(f"/observations/{oid}").text


def test_export_has_the_reconciliation_sheet(official_app):
    from openpyxl import load_workbook

    app, _ = official_app
    r = _client(app, "viewer").get("/api/export", params={"format": "xlsx"})
    assert r.status_code == 200
    sheet = load_workbook(io.BytesIO(r.content))["核对"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("目标编号", "地区", "指标")
    flagged = [row for row in rows[1:] if row[-1] == "不一致"]
    assert flagged and {(row[1], row[6], row[8]) for row in flagged} == {("江海区", 7850000000, 7530000000)}


def _chart_point(page: str, period: str) -> Any:
    import json

    chart = json.loads(re.search(r'id="history-chart-data">(.*?)</script>', page, re.S).group(1))
    return dict(zip(chart["periods"], chart["values"], strict=True))[period]


@pytest.mark.parametrize(("source", "expected"), [("official", 7530000000), ("reported", 7850000000)])
def test_history_chart_follows_the_status_source(db_url, source, expected):
    """September has both figures of 江海区's 工业投资: the chart plots the one status judges."""
    from taizhang.ledger.database import open_ledger
    from taizhang.web.app import create_app
    from taizhang.web.settings import Settings

    ledger = open_ledger(db_url)
    load_examples(ledger, official=True)
    try:
        settings = Settings(database_url=db_url, as_of=AS_OF, secret_key="test", status_source=source)
        viewer = _client(create_app(settings, ledger=ledger), "viewer")
        flagged = _flagged(viewer.get("/api/reconciliation").json())[0]
        page = viewer.get(f"/targets/{flagged['target_id']}").text
        assert _chart_point(page, "2023-09") == expected
        assert re.search(r'id="time-progress">75(\.0)?% <small class="schedule linear">按时间均匀</small>', page)
        rows = viewer.get("/api/status", params={"region": JIANGHAI}).json()["data"]
        assert rows and {r["schedule"] for r in rows} == {"linear"}  # the demo holds no earlier years
    finally:
        ledger.close()


def test_status_source_setting_is_typed_and_read_from_the_environment(monkeypatch):
    from pydantic import ValidationError

    from taizhang.web.settings import Settings

    monkeypatch.setenv("TAIZHANG_STATUS_SOURCE", "reported")
    assert Settings().status_source == "reported"
    monkeypatch.setenv("TAIZHANG_STATUS_SOURCE", "guess")
    with pytest.raises(ValidationError):
        Settings()


@pytest.mark.browser
@pytest.mark.parametrize("width", [390, 1280])
def test_reconciliation_page_in_a_browser_opens_each_source_highlighted(chromium, official_server, width):
    base, _ = official_server
    context = chromium.new_context(locale="zh-CN", viewport={"width": width, "height": 800})
    page = context.new_page()
    page.goto(f"{base}/login")
    page.fill("input[name=name]", "reviewer")  # a reviewer's pages also hold the review forms
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/")
    page.goto(f"{base}/reconciliation")
    flagged = page.locator("#reconciliation tr.flagged").first
    assert "78.5亿元" in flagged.inner_text() and "75.3亿元" in flagged.inner_text()
    for path in ("/reconciliation",):
        widths = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        assert widths[0] <= widths[1], (path, widths)
    flagged.locator("a.figure.official").click()
    page.wait_for_url(re.compile(r".*/observations/\d+$"))
    assert page.locator("#source mark").inner_text() == "75.3亿元"
    widths = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert widths[0] <= widths[1], ("observation", widths)
    page.go_back()
    page.locator("#reconciliation tr.flagged").first.locator("a.figure.reported").click()
    page.wait_for_url(re.compile(r".*/observations/\d+$"))
    assert "第 8 行" in page.locator("#upload-row").inner_text()
    page.go_back()
    page.locator("#reconciliation tr.flagged").first.locator("a[href^='/targets/']").click()
    page.wait_for_url(re.compile(r".*/targets/\d+$"))
    figures = page.locator("dd.figure").all_inner_texts()
    assert any("75.3亿元" in f for f in figures) and any("78.5亿元" in f for f in figures)
    for path in ("/targets/…", "/observations/… (edit form)"):
        if path.startswith("/observations"):
            page.locator("dd.figure.official a").first.click()
            page.wait_for_url(re.compile(r".*/observations/\d+$"))
            assert page.locator("#edit-form").is_visible()
        widths = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        assert widths[0] <= widths[1], (path, widths)
    context.close()


def test_demo_ingests_the_illustrative_bulletin_with_one_disagreeing_pair(tmp_path):
    from taizhang.cli_web import load_demo
    from taizhang.ledger.database import open_ledger
    from taizhang.ledger.models import Document
    from taizhang.ledger.reconcile import reconcile

    url = f"sqlite:///{tmp_path / 'demo.db'}"
    load_demo(url)
    ledger = open_ledger(url)
    try:
        with ledger.session() as s:
            titles = [d.text.splitlines()[0] for d in s.query(Document) if "economy" in (d.source or "")]
            assert len(titles) == 1 and "示例" in titles[0] and "非官方统计数据" in titles[0]
            pairs = reconcile(s, as_of=AS_OF).pairs
            assert len(pairs) >= 3
            flagged = [p for p in pairs if p.flagged]
            assert {p.target.region_code for p in flagged} == {JIANGHAI}
            assert len({(p.reported.id, p.official.id) for p in flagged}) == 1  # one pair, on two 江海 targets
    finally:
        ledger.close()
