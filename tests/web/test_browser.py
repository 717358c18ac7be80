"""The dashboard in Debian's Chromium, driven by Playwright (issue 4).

A reviewer logs in, uploads a document, confirms a target and edits another; a reporter reports
progress and sees the status colour change; another county's reporter fails to report for the
first county. The overview is saved to docs/overview.png for the README.

Needs /usr/bin/chromium (``make browser``); skipped with one line without it, failed under CI=true.
Playwright only drives that binary: no ``playwright install``, no download.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import AS_OF, PASSWORD, load_examples, target_id

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOT = Path(__file__).resolve().parents[2] / "docs" / "overview.png"

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def chromium() -> Iterator[object]:
    if not CHROMIUM.exists():
        reason = f"{CHROMIUM} not found (make browser installs Debian's chromium)"
        if os.environ.get("CI") == "true":
            pytest.fail(reason + " (CI=true: the browser tests must run)")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        yield browser
        browser.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def server(sqlite_url: str) -> Iterator[tuple[str, object]]:
    """The app on a real port (uvicorn in a thread) over a SQLite ledger with the demo data."""
    yield from _serve(sqlite_url, official=False)


@pytest.fixture
def official_server(sqlite_url: str) -> Iterator[tuple[str, object]]:
    """:func:`server` with the illustrative 1-9月 经济运行 text's official figures too (issue 9)."""
    yield from _serve(sqlite_url, official=True)


def _serve(sqlite_url: str, *, official: bool) -> Iterator[tuple[str, object]]:
    import uvicorn

    from taizhang.ledger.database import open_ledger
    from taizhang.web.app import create_app
    from taizhang.web.settings import Settings

    ledger = open_ledger(sqlite_url)
    load_examples(ledger, official=official)
    app = create_app(Settings(database_url=sqlite_url, as_of=AS_OF), ledger=ledger)
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", ledger
    srv.should_exit = True
    thread.join(10)
    ledger.close()


def _login(browser, base: str, name: str):
    context = browser.new_context(locale="zh-CN", viewport={"width": 1360, "height": 900})
    page = context.new_page()
    page.goto(f"{base}/")
    assert "/login" in page.url
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/")
    return page


def test_reviewer_uploads_confirms_and_edits(chromium, server, tmp_path):
    base, _ledger = server
    page = _login(chromium, base, "reviewer")
    doc = tmp_path / "江海区要点.txt"
    doc.write_bytes(
        "江海区2023年工作要点\n今年力争全区工业投资突破120亿元，确保新增高新技术企业50家以上。\n".encode("gb18030")
    )
    page.click("text=文件与审核")
    page.set_input_files("#upload-form input[type=file]", str(doc))
    page.fill("#upload-form input[name=region]", "江海区")
    page.fill("#upload-form input[name=published]", "2023-02-01")
    page.click("#upload-form button")
    page.wait_for_url("**/documents/*")
    assert "新增" in page.inner_text(".notice.ok")
    items = page.locator("#queue article.state-proposed")
    assert items.count() >= 1
    first = items.first.get_attribute("data-target")
    items.first.locator("button.confirm").click()
    page.wait_for_url("**/documents/*")
    assert "已确认" in page.inner_text(".notice.ok")
    assert page.locator(f"#queue article[data-target='{first}']").get_attribute("class").endswith("state-confirmed")
    # edit the confirmed target on its own page: the value span is highlighted in its source
    page.goto(f"{base}/targets/{first}")
    assert page.inner_text("#source mark")
    page.fill("#edit-form input[name=value]", "13000000000")
    page.fill("#edit-form input[name=value_text]", "130亿元")
    page.click("#save-edit")
    assert "已修改" in page.inner_text(".notice.ok")
    assert "130亿元" in page.inner_text("dl.record")
    assert "edit" in page.inner_text("#audit")


def _row_status(page, tid: int) -> str:
    return page.locator(f"#progress-targets tr[data-target='{tid}'] .light").get_attribute("data-status")


def test_reporter_reports_and_the_light_turns_green(chromium, server):
    base, ledger = server
    tid = target_id(ledger, "440703")
    page = _login(chromium, base, "pengjiang")
    page.click("text=进度填报")
    assert _row_status(page, tid) == "yellow"
    row = page.locator(f"#progress-targets tr[data-target='{tid}']")
    row.locator("input[name=value]").fill("80亿元")
    row.locator("button").click()
    page.wait_for_url("**/progress?region=440703*")
    assert "已填报" in page.inner_text(".notice.ok")
    assert _row_status(page, tid) == "green"
    page.goto(f"{base}/regions/440703")
    assert page.locator(f"#targets tr[data-target='{tid}'] .light").get_attribute("data-status") == "green"


def test_another_countys_reporter_cannot_report_for_the_first(chromium, server):
    base, ledger = server
    tid = target_id(ledger, "440703")
    page = _login(chromium, base, "xinhui")
    page.click("text=进度填报")
    assert page.locator(f"#progress-targets tr[data-target='{tid}']").count() == 0
    # tamper with one of their own forms to point at 蓬江区's target
    form = page.locator("#progress-targets form.report").first
    form.locator("input[name=target_id]").evaluate(f"el => el.value = '{tid}'")
    form.locator("input[name=value]").fill("999亿元")
    form.locator("button").click()
    page.wait_for_load_state()
    assert "无权操作" in page.inner_text("h1")
    assert "440703" in page.inner_text(".notice.bad")
    from .conftest import audit_actions

    assert [(d.who, d.entity_id) for d in audit_actions(ledger, "denied")] == [("xinhui", tid)]


def test_overview_screenshot(chromium, server):
    base, _ = server
    page = _login(chromium, base, "viewer")
    page.wait_for_selector("html[data-charts=ready]")
    assert page.locator("#regions tbody tr").count() >= 8
    assert page.locator(".chart svg").count() >= 1
    SCREENSHOT.parent.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOT), full_page=True)
    assert SCREENSHOT.stat().st_size > 10_000


def test_admin_widens_a_reporters_region_and_the_reporter_reports_there(chromium, server):
    base, ledger = server
    tid = target_id(ledger, "440704")  # 江海区: not xinhui's county yet
    page = _login(chromium, base, "admin")
    page.click("text=用户管理")
    row = page.locator("#users tr[data-user='xinhui']")
    picker = row.locator("select[name=regions]")
    assert picker.evaluate("el => [...el.selectedOptions].map(o => o.value)") == ["440705"]
    picker.select_option(label=["新会区（440705）", "江海区（440704）"])  # picked by name, issue 12
    row.locator("button.save-role").click()
    page.wait_for_url("**/admin?msg=*")
    assert "440704" in page.inner_text(".notice.ok")
    picker = page.locator("#users tr[data-user='xinhui'] select[name=regions]")
    assert picker.evaluate("el => [...el.selectedOptions].map(o => o.value)") == ["440704", "440705"]
    reporter = _login(chromium, base, "xinhui")
    reporter.goto(f"{base}/progress?region=440704")
    target_row = reporter.locator(f"#progress-targets tr[data-target='{tid}']")
    assert target_row.count() == 1
    target_row.locator("input[name=value]").fill("60亿元")
    target_row.locator("button").click()
    reporter.wait_for_url("**/progress?region=440704*")
    assert "已填报" in reporter.inner_text(".notice.ok")
    from .conftest import audit_actions

    assert [(e.who, e.after["regions"]) for e in audit_actions(ledger, "edit") if e.entity == "user"] == [
        ("admin", ["440704", "440705"])
    ]
    assert audit_actions(ledger, "denied") == []
