"""Units on the web (issue 11), on SQLite and PostgreSQL: the API, the pages, and a unit reporter who
sees and reports for their units' targets only (403 and an audit entry otherwise)."""

from __future__ import annotations

import re

import pytest

from taizhang.ledger.units import assign_units, create_unit
from taizhang.ledger.users import create_user

from .conftest import PASSWORD, audit_actions, target_id


@pytest.fixture
def units(web_ledger):
    """市商务局 leads 蓬江区's industrial investment target, 市发展改革局 新会区's; a reporter of 市商务局."""
    mine, other = target_id(web_ledger, "440703"), target_id(web_ledger, "440705")
    with web_ledger.session(write=True) as s:
        shangwu = create_unit(s, "市商务局", region_code="440700", email="swj@example.org", who="t").id
        fagai = create_unit(s, "市发展改革局", who="t").id
        assign_units(s, mine, lead=shangwu, assisting=[fagai], person="张三", actor="t")
        assign_units(s, other, lead=fagai, actor="t")
        create_user(s, "swj", role="reporter", password=PASSWORD, units=[shangwu], who="t")
    return {"mine": mine, "other": other, "shangwu": shangwu, "fagai": fagai}


def test_units_api_lists_adds_and_assigns(login, units):
    c = login("reviewer")
    listed = c.get("/api/units").json()
    assert listed["count"] == 2
    assert {u["name"]: u["targets"] for u in listed["data"]} == {"市商务局": 1, "市发展改革局": 2}
    r = c.write("POST", "/api/units", json={"name": "市统计局", "email": "tjj@example.org"})
    assert r.status_code == 201 and r.json()["name"] == "市统计局"
    assert c.write("POST", "/api/units", json={"name": "市统计局"}).json()["error"]["code"] == "E201"
    r = c.write(
        "PATCH", f"/api/targets/{units['other']}/units", json={"assisting": ["市统计局"], "deadline": "6月底前"}
    )
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["lead"]["name"] == "市发展改革局" and [u["name"] for u in body["assisting"]] == ["市统计局"]
    assert body["deadline"] == "2023-06-30"
    bad = c.write("PATCH", f"/api/targets/{units['other']}/units", json={"deadline": "2023-02-30"})
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "E206"
    assert c.get(f"/api/targets/{units['other']}/units").json()["deadline"] == "2023-06-30"  # unchanged
    detail = c.get(f"/api/units/{units['fagai']}").json()
    assert {(t["id"], t["role"]) for t in detail["targets"]} == {(units["mine"], "assist"), (units["other"], "lead")}
    assert all(t["status"] for t in detail["targets"])


def test_only_a_reviewer_assigns(login, units):
    r = login("viewer").write("PATCH", f"/api/targets/{units['mine']}/units", json={"lead": "市发展改革局"})
    assert r.status_code == 403


def test_a_unit_reporter_sees_and_reports_its_own_targets_only(login, units, web_ledger):
    c = login("swj")
    assert c.get("/api/auth/me").json()["units"] == [units["shangwu"]]
    listed = c.get("/api/targets", params={"limit": 1000}).json()
    assert [t["id"] for t in listed["data"]] == [units["mine"]]
    assert c.get(f"/api/targets/{units['mine']}").status_code == 200
    refused = c.get(f"/api/targets/{units['other']}")
    assert refused.status_code == 403 and refused.json()["error"]["code"] == "E403"
    assert c.get(f"/api/units/{units['fagai']}").status_code == 403
    ok = c.write("POST", "/api/progress", json={"target_id": units["mine"], "period": "2023-09", "value": "80亿元"})
    assert ok.status_code == 201, ok.text
    no = c.write("POST", "/api/progress", json={"target_id": units["other"], "period": "2023-09", "value": "80亿元"})
    assert no.status_code == 403
    denied = [(e.who, e.entity, e.entity_id) for e in audit_actions(web_ledger, "denied")]
    assert ("swj", "target", units["other"]) in denied and ("swj", "unit", units["fagai"]) in denied
    assert denied.count(("swj", "target", units["other"])) == 2  # the read and the report
    html = {"accept": "text/html"}
    assert c.get(f"/targets/{units['other']}", headers=html).status_code == 403
    page = c.get("/targets", headers=html).text
    assert f'data-target="{units["mine"]}"' in page and f'data-target="{units["other"]}"' not in page
    progress = c.get("/progress", headers=html).text
    assert f"/targets/{units['mine']}" in progress or f'value="{units["mine"]}"' in progress


def test_a_region_reporter_is_not_narrowed(login, units):
    c = login("pengjiang")
    assert c.get(f"/api/targets/{units['other']}").status_code == 200
    assert c.get("/api/targets", params={"limit": 5}).json()["count"] > 2


def test_unit_pages_and_overview_by_unit(login, units):
    c = login("viewer")
    listing = c.get("/units").text
    assert "市商务局" in listing and "swj@example.org" in listing and f'href="/units/{units["shangwu"]}"' in listing
    page = c.get(f"/units/{units['fagai']}").text
    rows = re.findall(r'data-target="(\d+)"', page)
    assert sorted(map(int, rows)) == sorted([units["mine"], units["other"]])
    assert "牵头" in page and "配合" in page and "张三" in page
    overview = c.get("/?by=unit&as_of=2023-06-30").text
    assert "截至 2023-06-30" in overview and "as_of=2023-06-30&amp;by=region" in overview  # the toggle keeps the date
    assert "各牵头单位目标状态" in overview and f'href="/units/{units["fagai"]}"' in overview
    assert "未分配牵头单位" in overview
    assert "各地区目标状态" in c.get("/").text


def test_target_page_and_bulk_form_set_units(login, units, web_ledger):
    c = login("reviewer")
    html = {"accept": "text/html"}
    page = c.get(f"/targets/{units['mine']}", headers=html).text
    assert 'id="units-form"' in page and "市商务局" in page and "张三" in page
    form = {
        "csrf_token": c.csrf,
        "lead": "市发展改革局",
        "assisting": "市商务局",
        "person": "李四",
        "deadline": "三季度末",
    }
    r = c.post(f"/targets/{units['mine']}/units", data=form, headers=html, follow_redirects=False)
    assert r.status_code == 303 and "err=" not in r.headers["location"]
    detail = c.get(f"/api/targets/{units['mine']}/units").json()
    assert (detail["lead"]["name"], detail["responsible_person"], detail["deadline"]) == (
        "市发展改革局",
        "李四",
        "2023-09-30",
    )
    assert 'id="bulk-units"' in c.get("/targets", headers=html).text
    ids = [units["mine"], units["other"]]
    form = {
        "csrf_token": c.csrf,
        "ids": [str(i) for i in ids],
        "lead": "市商务局",
        "deadline": "年底前",
        "back": "/targets",
    }
    r = c.post("/units/assign", data=form, headers=html, follow_redirects=False)
    assert r.status_code == 303 and "msg=" in r.headers["location"]
    for i in ids:
        got = c.get(f"/api/targets/{i}/units").json()
        assert (got["lead"]["name"], got["deadline"]) == ("市商务局", "2023-12-31")
    # A bad deadline changes none of the ticked targets.
    form.update(lead="市发展改革局", deadline="2023-02-30")
    r = c.post("/units/assign", data=form, headers=html, follow_redirects=False)
    assert "err=" in r.headers["location"]
    assert c.get(f"/api/targets/{ids[0]}/units").json()["lead"]["name"] == "市商务局"
    assert len(audit_actions(web_ledger, "assign")) == 2 + 1 + 2  # the fixture's, the page's, the bulk form's


def test_an_admin_scopes_a_reporter_to_units_by_api(login, units):
    c = login("admin")
    r = c.write(
        "POST", "/api/users", json={"name": "fgj", "role": "reporter", "units": [units["fagai"]], "password": PASSWORD}
    )
    assert r.status_code == 201, r.text
    assert r.json()["units"] == [units["fagai"]] and r.json()["regions"] == []
    uid = r.json()["id"]
    r = c.write("PATCH", f"/api/users/{uid}", json={"units": [units["shangwu"]]})
    assert r.json()["units"] == [units["shangwu"]]
    assert c.write("PATCH", f"/api/users/{uid}", json={"units": []}).status_code == 422  # a reporter needs a scope


def test_the_unit_filter_is_the_same_on_cli_api_and_page(login, units, web_ledger):
    import json

    from typer.testing import CliRunner

    from taizhang.cli import app as cli_app

    want = sorted([units["mine"], units["other"]])
    args = ["targets", "list", "--db", web_ledger.url, "--format", "jsonl", "--unit", str(units["fagai"])]
    result = CliRunner().invoke(cli_app, args)
    assert result.exit_code == 0, result.output
    assert sorted(json.loads(line)["id"] for line in result.stdout.splitlines() if line.strip()) == want
    c = login("viewer")
    assert sorted(t["id"] for t in c.get("/api/targets", params={"unit": units["fagai"]}).json()["data"]) == want
    page = c.get("/targets", params={"unit": units["fagai"]}).text
    assert sorted(map(int, re.findall(r'<tr data-target="(\d+)"', page))) == want
    # A unit reporter asking for another unit's targets gets none (not even the one their unit leads).
    swj = login("swj")
    assert swj.get("/api/targets", params={"unit": units["fagai"]}).json()["count"] == 0
    assert [t["id"] for t in swj.get("/api/targets", params={"unit": units["shangwu"]}).json()["data"]] == [
        units["mine"]
    ]


def test_the_admin_page_gives_a_reporter_units(login, units, web_ledger):
    from taizhang.ledger.units import user_unit_ids
    from taizhang.ledger.users import get_user

    c = login("admin")
    html = {"accept": "text/html"}
    page = c.get("/admin", headers=html).text
    assert 'aria-label="swj 的填报单位"' in page and "市发展改革局" in page
    with web_ledger.session() as s:
        uid = get_user(s, "xinhui").id
    form = {
        "csrf_token": c.csrf,
        "role": "reporter",
        "regions": "440705",
        "units": str(units["fagai"]),
        "units_shown": "1",
    }
    r = c.post(f"/admin/users/{uid}/role", data=form, headers=html, follow_redirects=False)
    assert r.status_code == 303 and "err=" not in r.headers["location"], r.headers["location"]
    with web_ledger.session() as s:
        assert user_unit_ids(s, uid) == {units["fagai"]}
    form.pop("units")  # every unit unticked: none left
    c.post(f"/admin/users/{uid}/role", data=form, headers=html, follow_redirects=False)
    with web_ledger.session() as s:
        assert user_unit_ids(s, uid) == frozenset()
    new = {
        "csrf_token": c.csrf,
        "name": "tjj",
        "role": "reporter",
        "password": PASSWORD,
        "units": str(units["shangwu"]),
    }
    r = c.post("/admin/users", data=new, headers=html, follow_redirects=False)
    assert "err=" not in r.headers["location"], r.headers["location"]
    with web_ledger.session() as s:
        assert user_unit_ids(s, get_user(s, "tjj").id) == {units["shangwu"]}
