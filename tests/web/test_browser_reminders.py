"""The 我的提醒 panel on a 390 px phone in Chromium (issue 11): a unit's reporter logs in and sees,
above the overview, its targets past their deadline and due soon, with no sideways scrolling.

Needs /usr/bin/chromium (``make browser``); skipped without it, failed under CI=true.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from taizhang.ledger.models import User
from taizhang.ledger.units import assign_units, create_unit, set_user_units

from . import test_browser, test_browser_review
from .conftest import target_id

pytestmark = pytest.mark.browser

chromium = test_browser.chromium
server = test_browser.server


def test_a_unit_reporter_sees_the_reminders_panel_on_a_phone(chromium, server):
    base, ledger = server
    late, soon = target_id(ledger, "440703"), target_id(ledger, "440705")
    with ledger.session(write=True) as s:
        unit = create_unit(s, "江门市工业和信息化局（市中小企业局）", email="gxj@example.org", who="t").id
        assign_units(s, late, lead=unit, deadline=date(2023, 9, 15), actor="t")  # past at 2023-09-30
        assign_units(s, soon, lead=unit, deadline=date(2023, 10, 10), actor="t")  # due within 14 days
        user = s.scalars(select(User).where(User.name == "pengjiang")).one()
        set_user_units(s, user.id, [unit], who="t")
    page = test_browser_review._login(chromium, base, "pengjiang", width=390)
    panel = page.locator("#my-reminders")
    assert panel.is_visible()
    items = panel.locator("li")
    assert items.count() == 2
    assert "超过完成时限" in items.nth(0).inner_text() and "临近完成时限" in items.nth(1).inner_text()
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, width
    for i in range(items.count()):
        box = items.nth(i).bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 390, box
    test_browser_review._no_english_sentence(page)
