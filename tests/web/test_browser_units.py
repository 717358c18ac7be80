"""A unit's page on a 390 px phone in Chromium (issue 11): no sideways scrolling, every target's
light and deadline in view, and the overview's 按单位 toggle reaching it.

Needs /usr/bin/chromium (``make browser``); skipped without it, failed under CI=true.
"""

from __future__ import annotations

import pytest

from taizhang.ledger.units import assign_units, create_unit

from . import test_browser, test_browser_review
from .conftest import target_id

pytestmark = pytest.mark.browser

chromium = test_browser.chromium
server = test_browser.server


def test_unit_page_fits_a_phone(chromium, server):
    base, ledger = server
    ids = [target_id(ledger, code) for code in ("440703", "440705")]
    with ledger.session(write=True) as s:
        unit = create_unit(s, "江门市工业和信息化局（市中小企业局）", email="gxj@example.org", who="t").id
        for tid in ids:
            assign_units(s, tid, lead=unit, person="张三", actor="t")
    page = test_browser_review._login(chromium, base, "viewer", width=390)
    page.click("#group-by a")  # 按 单位 分组
    page.wait_for_load_state()
    page.click(f'#regions a[href="/units/{unit}"]')
    page.wait_for_url(f"{base}/units/{unit}")
    rows = page.locator("#targets tbody tr")
    assert rows.count() == len(ids)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, width
    for i in range(rows.count()):
        for cell in ("td[data-label=状态] .light, td[data-label=状态] span", "td[data-label=完成时限]"):
            box = rows.nth(i).locator(cell).first.bounding_box()
            assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 390, (cell, box)
    test_browser_review._no_english_sentence(page)
