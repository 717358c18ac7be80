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
