"""The reviewer's and the reporter's flows in Chromium (issue 12): a review queue's page confirmed at
once, a duplicate merged and counted once; two reports in one month drawn as one point with the
later value; the admin's buttons within reach on a phone; and no page showing an error sentence
in English only.

Needs /usr/bin/chromium (``make browser``); skipped without it, failed under CI=true.
"""

from __future__ import annotations

import re

import pytest

from . import test_browser
from .conftest import PASSWORD, target_id

pytestmark = pytest.mark.browser

# The browser fixtures (Debian's chromium, the app on a real port) are test_browser's own.
chromium = test_browser.chromium
server = test_browser.server

# A line of a page that is a sentence in English alone: three or more words of Latin letters and
# nothing else but ASCII (an error message not translated). Names and codes (XLSX, pengjiang,
# 2023-09, [E302]) are single words among Chinese and never match.
ENGLISH_SENTENCE = re.compile(
    r"^[\x20-\x7e]*[A-Za-z]{2,}[\x20-\x7e]*\s[A-Za-z]{2,}[\x20-\x7e]*\s[A-Za-z]{2,}[\x20-\x7e]*$"
)


def _login(browser, base: str, name: str, width: int = 1360):
    context = browser.new_context(locale="zh-CN", viewport={"width": width, "height": 900})
    page = context.new_page()
    page.goto(f"{base}/login")
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/")
    return page


def _no_english_sentence(page) -> None:
    lines = [line.strip() for line in page.inner_text("body").splitlines() if line.strip()]
    english = [line for line in lines if ENGLISH_SENTENCE.match(line)]
    assert english == [], (page.url, english)


def _region_total(page, name: str) -> int:
    row = page.locator("#regions tbody tr", has_text=name).first
    return int(row.locator("td.num").last.inner_text())


def test_reviewer_confirms_a_page_at_once_and_merges_a_duplicate(chromium, server):
    base, ledger = server
    page = _login(chromium, base, "reviewer")
    _no_english_sentence(page)
    before = _region_total(page, "蓬江区")

    # the review queue: 可能重复 marked, every proposed target ticked by 全选本页, confirmed in one go
    page.goto(f"{base}/documents/1")
    _no_english_sentence(page)
    assert page.locator("#queue .tag.dup").count() >= 1
    pending = page.locator("#queue article.state-proposed").count()
    assert pending > 10
    page.check("#select-all")
    assert page.locator("#queue input[name=ids]:checked").count() == pending
    page.click("#bulk-confirm")
    page.wait_for_url("**/documents/1?msg=*")
    assert f"已确认 {pending} 条目标" in page.inner_text(".notice.ok")
    assert page.locator("#queue article.state-proposed").count() == 0
    _no_english_sentence(page)

    # nothing ticked: a Chinese error, nothing changed
    page.goto(f"{base}/documents/2")
    page.click("#bulk-reject")
    page.wait_for_url("**/documents/2?err=*")
    assert "没有选中" in page.inner_text(".notice.bad")
    _no_english_sentence(page)

    # 蓬江区's 工业投资 of the city report (confirmed above) merged into the county page's
    city = min(_pengjiang_investment(ledger))
    page.goto(f"{base}/targets/{city}")
    dup = page.locator("#duplicates li").first
    county = int(dup.get_attribute("data-target"))
    dup.locator("button.merge-there").click()
    page.wait_for_url(f"**/targets/{county}?msg=*")
    assert "已并入" in page.inner_text(".notice.ok")
    assert page.locator(f"#sources a[href='/targets/{city}']").count() == 1
    _no_english_sentence(page)
    page.goto(f"{base}/targets/{city}")
    assert "已并入" in page.inner_text("#merged")
    page.goto(f"{base}/")
    assert _region_total(page, "蓬江区") == before - 1  # counted once

    # undone from the merged target's page
    page.goto(f"{base}/targets/{city}")
    page.click("#unmerge")
    page.wait_for_url(f"**/targets/{city}?msg=*")
    page.goto(f"{base}/")
    assert _region_total(page, "蓬江区") == before


@pytest.mark.parametrize(
    ("name", "path"),
    [
        ("reviewer", "/targets/99999999"),
        ("reviewer", "/documents/99999999"),
        ("reviewer", "/progress"),  # 403 pages: the refusal in the catalogue's Chinese (issue 12)
        ("viewer", "/admin"),
        ("pengjiang", "/progress?region=440705"),
    ],
)
def test_error_pages_speak_chinese(chromium, server, name, path):
    base, _ = server
    page = _login(chromium, base, name)
    page.goto(f"{base}{path}")
    assert page.locator(".notice.bad, .error").count() >= 1 or "?" in path
    _no_english_sentence(page)


def _pengjiang_investment(ledger) -> list[int]:
    from sqlalchemy import select

    from taizhang.ledger.models import Target

    with ledger.session() as s:
        return list(
            s.scalars(
                select(Target.id).where(Target.region_code == "440703", Target.indicator_id == "industrial_investment")
            )
        )


def _chart_points(page) -> tuple[list[str], list[float]]:
    page.wait_for_selector("html[data-charts=ready]")
    option = page.evaluate(
        """() => {
            const o = echarts.getInstanceByDom(document.getElementById('history-chart')).getOption();
            return {x: o.xAxis[0].data, y: o.series[0].data, axis: o.yAxis[0].name};
        }"""
    )
    assert option["axis"] == "亿元"
    return option["x"], option["y"]


def test_reporter_reports_twice_in_a_month_and_the_chart_shows_the_later(chromium, server):
    base, ledger = server
    tid = target_id(ledger, "440703")
    page = _login(chromium, base, "pengjiang")
    for value in ("71.2亿元", "75.5亿元"):
        page.goto(f"{base}/targets/{tid}")
        page.fill("#report-form input[name=period]", "2023-09")
        page.fill("#report-form input[name=value]", value)
        page.click("#report-form button")
        page.wait_for_url(f"**/targets/{tid}?msg=*")
        _no_english_sentence(page)
    periods, values = _chart_points(page)
    assert len(periods) == len(set(periods))  # one point per month
    assert values[periods.index("2023-09")] == 75.5  # the later report
    history = page.inner_text("#history-chart ~ .table-scroll")
    assert "71.2亿元" in history and "75.5亿元" in history  # the history table keeps both

    # a value the ledger refuses: the error is Chinese
    page.fill("#report-form input[name=value]", "很多")
    page.click("#report-form button")
    page.wait_for_load_state()
    _no_english_sentence(page)


def test_admin_buttons_within_reach_on_a_phone(chromium, server):
    base, _ = server
    page = _login(chromium, base, "admin", width=390)
    page.goto(f"{base}/admin")
    for selector in ("#users button.reset-password", "#users button.deactivate"):
        buttons = page.locator(selector)
        assert buttons.count() >= 1
        for i in range(buttons.count()):
            box = buttons.nth(i).bounding_box()
            assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 390, (selector, box)
    _no_english_sentence(page)


def test_api_docs_render_offline_within_the_csp(chromium, server):
    """/docs draws Swagger UI from the vendored files; the page may reach no other host."""
    base, _ = server
    context = chromium.new_context(locale="zh-CN")
    page = context.new_page()
    outside: list[str] = []
    page.on("request", lambda r: None if r.url.startswith((base, "data:")) else outside.append(r.url))
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(f"{base}/docs")
    page.wait_for_selector(".swagger-ui .info .title", timeout=15_000)
    assert "taizhang" in page.inner_text(".swagger-ui .info .title")
    assert page.locator(".opblock-tag").count() >= 5
    assert outside == []
    assert not [e for e in errors if "Content Security Policy" in e], errors
