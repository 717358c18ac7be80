"""The value rule through the web: API PATCH and POST (422 E203), the HTML forms, sheet import (issue 13).

The probe: ``PATCH /api/targets/18 {"value":"1e999999"}`` answered 200 and then the overview,
the export and the target page answered 500; ``POST /api/progress {"value":"1e-999999"}`` stored a
1,000,001-character value. Each is refused now, and every page still renders.
"""

from decimal import Decimal
from urllib.parse import unquote

import pytest
from sqlalchemy import func, select

from taizhang.ledger.models import Progress

from .conftest import target_id

HTML = {"accept": "text/html"}
PROBES = ["1e999999", "9" * 60, "-1e308", "1e-30", "1e-999999", "NaN", "Infinity"]


def _progress_rows(ledger):
    with ledger.session() as s:
        return s.scalar(select(func.count()).select_from(Progress))


def _pages_render(c, tid):
    for path in ("/", f"/targets/{tid}", "/regions/440703", "/api/export?format=xlsx", "/api/status"):
        assert c.get(path, headers=HTML if not path.startswith("/api") else {}).status_code == 200, path


@pytest.mark.parametrize("text", PROBES, ids=lambda t: t[:12])
def test_api_patch_and_post_refuse_with_e203(login, web_ledger, text):
    c = login("admin")
    tid = target_id(web_ledger, "440703")
    before = c.get(f"/api/targets/{tid}").json()
    rows = _progress_rows(web_ledger)
    r = c.write("PATCH", f"/api/targets/{tid}", json={"value": text})
    assert r.status_code == 422 and r.json()["error"]["code"] == "E203", r.text
    assert r.json()["error"]["message"].startswith("字段「数值」（value）的值「")
    r = c.write("POST", "/api/progress", json={"target_id": tid, "period": "2023-09", "value": text})
    assert r.status_code == 422 and r.json()["error"]["code"] == "E203", r.text
    assert c.get(f"/api/targets/{tid}").json() == before and _progress_rows(web_ledger) == rows
    _pages_render(c, tid)


def test_html_forms_refuse_with_the_message_and_write_nothing(login, web_ledger):
    c = login("admin")
    tid = target_id(web_ledger, "440703")
    rows = _progress_rows(web_ledger)
    r = c.post(
        f"/targets/{tid}/edit",
        data={"csrf_token": c.csrf, "value": "1e999999"},
        headers=HTML,
        follow_redirects=False,
    )
    assert r.status_code == 303 and "字段「数值」（value）的值「1e999999」无效" in unquote(r.headers["location"])
    r = c.post(
        "/progress",
        data={"csrf_token": c.csrf, "target_id": tid, "period": "2023-09", "value": "1e-999999"},
        headers=HTML,
        follow_redirects=False,
    )
    assert r.status_code == 303 and "小数超过 8 位" in unquote(r.headers["location"])
    assert c.get(f"/api/targets/{tid}").json()["edited"] == [] and _progress_rows(web_ledger) == rows
    _pages_render(c, tid)


def test_sheet_import_lists_the_bad_value_row(login, web_ledger):
    sheet = (
        "region_code,indicator,period,value,unit\n"
        "440703,工业投资,2023-10,81亿元,\n"
        "440703,工业投资,2023-11,1e999999,元\n"
    )
    rows = _progress_rows(web_ledger)
    r = login("admin").write("POST", "/api/progress/import", files={"file": ("bad.csv", sheet.encode(), "text/csv")})
    assert r.status_code == 422 and r.json()["error"]["code"] == "E303"
    assert [d.split("，")[0] for d in r.json()["error"]["details"]] == ["bad.csv：第 3 行"]
    assert "数值" in r.json()["error"]["details"][0] and _progress_rows(web_ledger) == rows


ODD = ["NaN", "sNaN", "Infinity", "-Infinity", "1e999999", "1e-999999", "-1e308", "1e-30", "0E-30"]


@pytest.mark.parametrize("odd", ODD)
def test_formatters_never_raise(odd):
    import json

    from taizhang.web.pages.filters import _bar, _json_dumps, _pct, fmt_value

    value = Decimal(odd)
    for unit in ("元", "%", "个", "", None):
        shown = fmt_value(value, unit)
        assert 0 < len(shown) <= 40, shown
    assert len(_pct(value)) <= 40 and 0.0 <= _bar(value) <= 100.0
    assert fmt_value(float(value) if not value.is_snan() else None, "元")
    json.loads(_json_dumps({"values": [float("nan"), float("inf"), 1.5], "target": 2}))  # strict JSON


def test_formatters_keep_ordinary_figures():
    from taizhang.web.pages.filters import _pct, fmt_value

    assert fmt_value(12_000_000_000, "元") == "120亿元" and fmt_value(Decimal("3.5"), "%") == "3.5%"
    assert fmt_value(Decimal("1e999999"), "元") == "1E+999999元" and fmt_value(Decimal("NaN"), "%") == "NaN%"
    assert _pct(Decimal("81.3")) == "81.3%" and _pct(Decimal("Infinity")) == "—"


@pytest.mark.parametrize("odd", ["NaN", "-Infinity", "1e999999", "1e-999999", "1e-30"])
def test_pages_render_over_stored_odd_values(login, web_ledger, odd):
    """Values stored before the rule: the overview, region, target, compare pages and the exports
    answer 200, the chart data is strict JSON, and a target that cannot be judged says 无法计算."""
    import json
    import re

    from sqlalchemy import text

    tid, other = target_id(web_ledger, "440703"), target_id(web_ledger, "440705")
    with web_ledger.session(write=True) as s:
        s.execute(text("UPDATE targets SET value = :v WHERE id = :t"), {"v": odd, "t": tid})
        s.execute(text("UPDATE targets SET edited = :e WHERE id = :t"), {"e": f'{{"value": "{odd}"}}', "t": other})
        s.execute(text("UPDATE progress SET value = :v WHERE region_code = '440703'"), {"v": odd})
        s.execute(text("UPDATE progress_latest SET value = :v WHERE region_code = '440703'"), {"v": odd})
        s.execute(text("UPDATE ledger_version SET version = version + 1"))
    c = login("admin")
    _pages_render(c, tid)
    for path in (f"/targets/{other}", "/regions/440705", "/compare?indicator=industrial_investment", "/progress"):
        assert c.get(path, headers=HTML).status_code == 200, path
    page = c.get(f"/targets/{tid}", headers=HTML).text
    chart = re.search(r'id="history-chart-data">(.*?)</script>', page, re.S).group(1)
    json.loads(chart, parse_constant=lambda name: pytest.fail(f"{name} in chart JSON"))
    if odd in ("NaN", "-Infinity"):
        assert "无法计算" in page


def test_api_patch_and_form_take_human_units_and_keep_the_amount_whole(login, web_ledger):
    """Issue 12: 160亿元 in 原文数值 sets the value too; 3%以内 sets unit and comparator; errors in Chinese."""
    c = login("admin")
    tid = target_id(web_ledger, "440703")
    r = c.write("PATCH", f"/api/targets/{tid}", json={"value": "突破160亿元"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert (body["value"], body["value_text"], body["unit"], body["comparator"]) == (16 * 10**9, "160亿元", "元", ">=")
    r = c.post(f"/targets/{tid}/edit", data={"csrf_token": c.csrf, "value_text": "3%以内"}, headers=HTML)
    body = c.get(f"/api/targets/{tid}").json()
    assert (body["value"], body["unit"], body["comparator"]) == (3, "%", "<=")
    r = c.write("PATCH", f"/api/targets/{tid}", json={"value": "160亿元", "value_text": "150亿元"})
    assert r.status_code == 422 and r.json()["error"]["code"] == "E203" and "不一致" in r.json()["error"]["message"]
