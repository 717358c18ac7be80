"""The 导入台账 page on a phone in Chromium (issue 11): a sheet uploaded, a column's field corrected
with its select, the preview read again, the sheet imported; the controls stay within 390 px.

Needs /usr/bin/chromium (``make browser``); skipped without it, failed under CI=true.
"""

from __future__ import annotations

import pytest

from ..ledger.test_office_sheet import xlsx
from . import test_browser, test_browser_review

pytestmark = pytest.mark.browser

chromium = test_browser.chromium
server = test_browser.server

WIDTH = 390
SHEET = [
    ["序号", "名称", "年度目标", "责任单位", "完成时间"],
    [1, "工业投资", "突破120亿元", "市工业和信息化局", "6月底前"],
    [2, "城镇调查失业率", "3%以内", "市人力资源社会保障局", "年底前"],
]


def _within(page, selector: str) -> None:
    items = page.locator(selector)
    assert items.count() >= 1, selector
    for i in range(items.count()):
        box = items.nth(i).bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= WIDTH, (selector, box)


def test_preview_correct_a_column_and_import_on_a_phone(chromium, server, tmp_path):
    base, _ledger = server
    sheet = tmp_path / "2023年重点工作台账.xlsx"
    sheet.write_bytes(xlsx(SHEET))
    page = test_browser_review._login(chromium, base, "reviewer", width=WIDTH)
    page.goto(f"{base}/documents")
    page.click("#taizhang-link")
    page.set_input_files("#taizhang-upload input[type=file]", str(sheet))
    page.fill("#taizhang-upload input[name=region]", "江门市")
    page.check("#taizhang-upload input[name=create_units]")
    page.click("#taizhang-upload button")
    page.wait_for_selector("#mapping")
    # 名称 is no known heading: the sheet has no indicator yet, and cannot be imported
    assert "没有「指标/任务」列" in page.inner_text("#sheet-errors")
    assert page.locator("#commit").is_disabled()
    _within(page, "#mapping select")
    _within(page, "#mapping-form button")
    page.select_option("#mapping tr[data-column='2'] select", "indicator")
    page.click("#repreview")
    page.wait_for_selector("#sheet-preview tr[data-row='2']")
    assert page.locator("#sheet-errors").count() == 0
    assert page.locator("#mapping tr[data-column='2']").get_attribute("class") == "corrected"
    row = page.locator("#sheet-preview tr[data-row='2']")
    for shown in ("工业投资", "120亿元", "市工业和信息化局", "2023-06-30"):
        assert shown in row.inner_text(), shown
    assert "市人力资源社会保障局" in page.inner_text("#new-units")
    _within(page, "#sheet-preview tr[data-row='2'] td")
    test_browser_review._no_english_sentence(page)
    page.click("#commit")
    page.wait_for_url("**/documents/*")
    assert "已导入台账" in page.inner_text(".notice.ok")
    assert "工业投资" in page.inner_text("body")
