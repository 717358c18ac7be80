"""Duplicates and bulk review on the API and the pages, over the demo (issue 12): 蓬江区's 工业投资 is
read from the city report and from the county page; the overview must count it once after a merge,
and a review queue's page is confirmed in one go with one audit entry per target."""

from __future__ import annotations

from .conftest import audit_actions

HTML = {"accept": "text/html"}


def _pengjiang_pair(c) -> tuple[int, int]:
    found = {d["id"]: d["duplicates"] for d in c.get("/api/duplicates").json()["data"]}
    pairs = []
    for tid, others in found.items():
        t = c.get(f"/api/targets/{tid}").json()
        if t["region_code"] == "440703" and t["indicator_id"] == "industrial_investment":
            pairs.append((tid, others))
    assert pairs, found
    city, others = min(pairs)
    return city, others[0]


def _status_ids(c) -> list[int]:
    return [r["id"] for r in c.get("/api/status?region=440703").json()["data"]]


def test_the_demo_pair_is_shown_as_possible_duplicate(login):
    c = login("reviewer")
    city, county = _pengjiang_pair(c)
    a, b = c.get(f"/api/targets/{city}").json(), c.get(f"/api/targets/{county}").json()
    assert a["document_id"] != b["document_id"] and a["year"] == b["year"] == 2023
    page = c.get(f"/targets/{city}", headers=HTML).text
    assert "可能重复" in page and f'data-target="{county}"' in page and "并入" in page
    queue = c.get(f"/documents/{a['document_id']}", headers=HTML).text
    assert queue.count("可能重复") >= 2 and f'data-duplicates="{county}"' in queue
    assert "左侧" not in queue and "右侧" not in queue  # the layout stacks on a phone


def test_merge_counts_once_keeps_both_sources_and_is_undone(login, web_ledger):
    c = login("reviewer")
    city, county = _pengjiang_pair(c)
    both = _status_ids(c)
    assert city in both and county in both
    r = c.write("POST", f"/api/targets/{city}/merge", json={"into": county})
    assert r.status_code == 200, r.text
    assert (r.json()["state"], r.json()["merged_into"]) == ("merged", county)
    once = _status_ids(c)
    assert city not in once and county in once and len(once) == len(both) - 1
    kept = c.get(f"/targets/{county}", headers=HTML).text
    assert 'id="sources"' in kept and f'href="/targets/{city}"' in kept
    merged = c.get(f"/targets/{city}", headers=HTML).text
    assert 'id="merged"' in merged and 'id="unmerge"' in merged and 'id="confirm"' not in merged
    assert [e.entity_id for e in audit_actions(web_ledger, "merge")] == [city]

    again = c.write("POST", f"/api/targets/{county}/merge", json={"into": city})
    assert again.status_code == 422 and again.json()["error"]["code"] == "E304"  # into a merged target

    r = c.write("POST", f"/api/targets/{city}/unmerge")
    assert r.status_code == 200 and r.json()["merged_into"] is None
    assert sorted(_status_ids(c)) == sorted(both)
    assert [e.entity_id for e in audit_actions(web_ledger, "unmerge")] == [city]


def test_merge_from_the_page_and_refused_to_a_viewer(login):
    c = login("reviewer")
    city, county = _pengjiang_pair(c)
    viewer = login("viewer")
    assert viewer.write("POST", f"/api/targets/{city}/merge", json={"into": county}).status_code == 403
    form = {"into": str(county), "back": f"/targets/{county}", "csrf_token": c.csrf}
    r = c.post(f"/targets/{city}/merge", data=form, headers=HTML, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith(f"/targets/{county}?msg=")
    assert c.get(f"/api/targets/{city}").json()["state"] == "merged"


def test_bulk_confirm_a_queue_page_one_audit_entry_per_target(login, web_ledger):
    c = login("reviewer")
    queue = c.get("/documents/1", headers=HTML).text
    assert 'id="select-all"' in queue and 'id="bulk-confirm"' in queue
    ids = [t["id"] for t in c.get("/api/targets?document_id=1&state=proposed&limit=1000").json()["data"]]
    assert len(ids) > 10
    before = len(audit_actions(web_ledger, "confirm"))
    form = {"csrf_token": c.csrf, "back": "/documents/1", "action": "confirm", "ids": [str(i) for i in ids]}
    r = c.post("/review", data=form, headers=HTML, follow_redirects=False)
    assert r.status_code == 303 and "/documents/1?msg=" in r.headers["location"]
    assert c.get("/api/targets?document_id=1&state=proposed").json()["count"] == 0
    confirmed = [e.entity_id for e in audit_actions(web_ledger, "confirm")[before:]]
    assert sorted(confirmed) == sorted(ids)


def test_bulk_review_api_is_all_or_nothing(login, web_ledger):
    c = login("reviewer")
    ids = [t["id"] for t in c.get("/api/targets?document_id=2&state=proposed&limit=3").json()["data"]]
    r = c.write("POST", "/api/review", json={"ids": [*ids, 2**31 - 1], "action": "reject"})
    assert r.status_code == 404 and r.json()["error"]["code"] == "E302"
    assert all(c.get(f"/api/targets/{i}").json()["state"] == "proposed" for i in ids)
    r = c.write("POST", "/api/review", json={"ids": ids, "action": "reject", "reason": "重复"})
    assert r.status_code == 200 and [t["state"] for t in r.json()["data"]] == ["rejected"] * len(ids)
    assert login("viewer").write("POST", "/api/review", json={"ids": ids, "action": "confirm"}).status_code == 403
    assert c.write("POST", "/api/review", json={"ids": ids, "action": "delete"}).status_code == 422
