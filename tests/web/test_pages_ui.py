"""What a person sees on the pages (issue 4): audit history in words, a progress chart that shows a
single report, navigation to every page a role may use, and no page wider than a phone."""

from __future__ import annotations

import json
import re

import pytest

from . import test_browser
from .conftest import PASSWORD, target_id

HTML = {"accept": "text/html"}

# The browser fixtures (Debian's chromium, the app on a real port) are test_browser's own.
chromium = test_browser.chromium
server = test_browser.server


def _section(page: str, marker: str) -> str:
    """The HTML from ``marker`` to the end of its table."""
    start = page.index(marker)
    return page[start : page.index("</table>", start)]


def test_audit_history_shows_before_and_after_in_chinese_not_json(login, web_ledger):
    tid = target_id(web_ledger, "440703")
    reviewer = login("reviewer")
    r = reviewer.write("PATCH", f"/api/targets/{tid}", json={"indicator": "全区工业投资", "strength": "strive"})
    assert r.status_code == 200, r.text
    assert reviewer.write("POST", f"/api/targets/{tid}/reject", json={"reason": "与市级目标重复"}).status_code == 200

    page = login("viewer").get(f"/targets/{tid}", headers=HTML).text
    audit = _section(page, 'id="audit"')
    assert "\\u" not in page and '{"' not in audit and "&#34;" not in audit
    for words in ("指标", "力度", "状态", "驳回理由", "抽取", "修改", "驳回"):
        assert words in audit, words
    edit = re.search(r'<tr data-action="edit">.*?</tr>', audit, re.S)
    assert edit is not None
    assert re.search(r"<del>工业投资</del>.*?→.*?<ins>全区工业投资</ins>", edit.group(0), re.S)
    assert re.search(r"<del>计划</del>.*?<ins>力争</ins>", edit.group(0), re.S)
    assert "与市级目标重复" in audit and "已驳回" in audit


def test_progress_chart_data_has_the_target_and_time_progress_for_a_single_report(login, web_ledger):
    page = login("viewer").get(f"/targets/{target_id(web_ledger, '440703')}", headers=HTML).text
    data = json.loads(re.search(r'id="history-chart-data">(.*?)</script>', page, re.S).group(1))
    assert data["periods"] == ["2023-09"] and len(data["values"]) == 1
    assert data["target"] == 10_000_000_000 and data["target_label"] == "≥ 100亿元"
    assert data["time_progress"] == 75 and data["as_of_period"] == "2023-09"  # 30 September of 2023
    assert "时序进度（75%）" in page


@pytest.mark.parametrize(
    ("name", "present", "absent"),
    [
        ("viewer", ["/targets", "/tokens"], ["/admin", "/progress"]),
        ("pengjiang", ["/tokens", "/progress"], ["/admin"]),
        ("admin", ["/tokens", "/progress", "/admin"], []),
    ],
)
def test_navigation_links_by_role(login, name, present, absent):
    page = login(name).get("/compare", headers=HTML).text
    nav = page[page.index("<nav") : page.index("</nav>")]
    for href in present:
        assert f'href="{href}"' in nav, href
    for href in absent:
        assert f'href="{href}"' not in nav, href
    assert 'href="/compare" aria-current="page"' in nav


def test_login_page_has_no_navigation(anon):
    page = anon.get("/login", headers=HTML).text
    assert "<nav" not in page and 'href="/tokens"' not in page


@pytest.mark.browser
@pytest.mark.parametrize("width", [390, 1280])
def test_no_page_is_wider_than_the_screen_and_one_report_is_drawn(chromium, server, width):
    base, ledger = server
    tid = target_id(ledger, "440703")
    context = chromium.new_context(locale="zh-CN", viewport={"width": width, "height": 800})
    page = context.new_page()
    page.goto(f"{base}/login")
    page.fill("input[name=name]", "admin")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/")
    for path in ("/", "/regions/440705", "/targets", f"/targets/{tid}", "/documents", "/documents/1", "/progress",
                 "/compare?indicator=industrial_investment", "/admin", "/tokens"):  # fmt: skip
        page.goto(base + path)
        page.wait_for_selector("html[data-charts=ready]")
        widths = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        assert widths[0] <= widths[1], (path, widths)
    page.goto(f"{base}/targets/{tid}")
    page.wait_for_selector("html[data-charts=ready]")
    drawn = page.evaluate(
        """() => {
          const chart = echarts.getInstanceByDom(document.getElementById('history-chart'));
          const line = chart.getOption().series[0];
          const top = chart.getModel().getComponent('yAxis').axis.scale.getExtent()[1];
          return {symbols: line.showSymbol, top: top, target: line.markLine.data[0].yAxis};
        }"""
    )
    assert drawn["symbols"] is True and drawn["top"] >= drawn["target"] > 0, drawn
    context.close()
