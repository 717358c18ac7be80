"""The /analysis page in Chromium on a phone (issue 10): no horizontal scroll, the chart drawn with
the bars the API gives, the filters working.

Needs /usr/bin/chromium (``make browser``); skipped without it, failed under CI=true.
"""

from __future__ import annotations

import pytest

from . import test_browser
from .conftest import PASSWORD

pytestmark = pytest.mark.browser

# The browser fixtures (Debian's chromium, the app on a real port) are test_browser's own.
chromium = test_browser.chromium
server = test_browser.server


@pytest.mark.parametrize("kind", ["sums", "escalation"])
def test_the_analysis_page_fits_a_phone_and_draws_its_chart(chromium, server, kind):
    base, _ = server
    context = chromium.new_context(locale="zh-CN", viewport={"width": 390, "height": 800})
    page = context.new_page()
    page.goto(f"{base}/login")
    page.fill("input[name=name]", "viewer")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/")
    page.click("nav >> text=层层加码")
    page.select_option("select[name=kind]", kind)
    page.click("form.filters button")
    page.wait_for_url(f"**/analysis?kind={kind}**")
    page.wait_for_selector("html[data-charts=ready]")
    widths = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert widths[0] <= widths[1], widths
    chart = page.locator("#analysis-chart")
    assert chart.locator("svg, canvas").count() >= 1
    box = chart.bounding_box()
    assert box is not None and box["width"] > 0 and box["height"] > 0 and box["x"] + box["width"] <= 390
    bars = page.evaluate(
        "() => echarts.getInstanceByDom(document.getElementById('analysis-chart')).getOption().series[0].data.length"
    )
    api = page.evaluate(f"() => fetch('/api/analysis/{kind}').then(r => r.json())")
    expected = [r for r in api["rows"] if kind == "sums" or r["margin_parent"] is not None]
    assert bars == len(expected[:30]) > 0
    context.close()
