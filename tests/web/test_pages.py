"""The Chinese pages render what the ledger holds (issue 4)."""

from .conftest import target_id

HTML = {"accept": "text/html"}


def test_overview_regions_statuses_and_charts(login):
    page = login("viewer").get("/", headers=HTML).text
    assert 'id="regions"' in page and "蓬江区" in page and "江门市" in page
    assert "黄灯" in page and "逾期未报" in page and 'data-chart="bars"' in page
    assert "/api/export?format=xlsx" in page


def test_region_page_filters(login):
    c = login("viewer")
    everything = c.get("/regions/440705", headers=HTML).text
    yellow = c.get("/regions/440705?status=overdue", headers=HTML).text
    assert everything.count('<tr class="row-') > yellow.count('<tr class="row-') >= 1
    assert 'class="row-green"' not in yellow


def test_target_page_highlights_the_value_in_its_source(login, web_ledger):
    tid = target_id(web_ledger, "440703")
    page = login("reviewer").get(f"/targets/{tid}", headers=HTML).text
    assert "<mark>" in page and 'id="edit-form"' in page and 'id="history-chart"' in page
    assert 'id="edit-form"' not in login("viewer").get(f"/targets/{tid}", headers=HTML).text


def test_compare_page_sets_the_counties_against_the_city(login):
    page = login("viewer").get("/compare?indicator=industrial_investment", headers=HTML).text
    assert "所辖" in page and "660亿元" in page and "66.0%" in page


def test_documents_and_review_queue(login):
    c = login("reviewer")
    assert 'id="upload-form"' in c.get("/documents", headers=HTML).text
    queue = c.get("/documents/1", headers=HTML).text
    assert queue.count('class="item state-proposed"') > 10 and "<mark>" in queue


def test_progress_page_lists_only_the_reporters_region(login, web_ledger):
    page = login("pengjiang").get("/progress?region=440705", headers=HTML).text
    assert f'data-target="{target_id(web_ledger, "440703")}"' in page
    assert f'data-target="{target_id(web_ledger, "440705")}"' not in page
    assert login("viewer").get("/progress", headers=HTML).status_code == 403


def test_overview_rolls_regions_up_by_prefecture_with_drill_down(login, monkeypatch):
    from taizhang.ledger import overview

    monkeypatch.setattr(overview, "REGIONS_LISTED", 1)  # as if the ledger held thousands of regions
    c = login("viewer")
    page = c.get("/", headers=HTML).text
    assert 'href="/?prefecture=4407"' in page and "/regions/440703" not in page
    drill = c.get("/?prefecture=4407", headers=HTML).text
    assert 'href="/regions/440703"' in drill and "蓬江区" in drill and "返回总览" in drill
    assert c.get("/?prefecture=44x7", headers=HTML).status_code == 422


def test_overview_collapses_a_long_overdue_list(login):
    """Issue 12: 62 overdue items took over the page; the first ten show, the rest fold away."""
    import re

    page = login("viewer").get("/", headers=HTML).text
    section = re.search(r"<h2>逾期未报.*?</section>", page, re.S).group(0)
    total = int(re.search(r"（共 (\d+) 项）", section).group(1))
    tile = int(re.search(r'<div class="total s-overdue"><b>(\d+)</b>', page).group(1))
    assert total == tile > 10  # the count is of every overdue target, not of those listed
    first, rest = section.split('<details class="more"', 1)
    listed = first.count("<li>") + rest.count("<li>")
    assert first.count("<li>") == 10 and listed <= total
    assert f"展开其余 {listed - 10} 项" in rest
    if listed < total:
        assert f"另有 {total - listed} 项见各地区页面" in rest


def test_chart_titles_state_the_unit_of_their_axis(login):
    """Issue 12: a chart of 工业投资 in 亿元 was titled 元."""
    import json
    import re

    c = login("viewer")
    page = c.get("/", headers=HTML).text
    caption = re.search(r"<figcaption><a href=\"/compare\?indicator=industrial_investment\">.*?</figcaption>", page)
    assert caption and "亿元" in caption.group(0) and "，元" not in caption.group(0)
    compare = c.get("/compare?indicator=industrial_investment", headers=HTML).text
    assert re.search(r"<h2>[^<]*（亿元）</h2>", compare) and "（元）</h2>" not in compare
    data = json.loads(re.search(r'id="compare-1-data">(.*?)</script>', compare).group(1))
    assert data["axis"] == {"div": 100000000, "label": "亿元"}
