"""The JSON API, endpoint by endpoint, on SQLite and PostgreSQL, including every 403 (issue 4)."""

import io

import pytest

from .conftest import PASSWORD, audit_actions, target_id

# ---- reading ---------------------------------------------------------------------------------


def test_openapi_lists_every_resource(anon):
    spec = anon.get("/openapi.json").json()
    tags = {t for item in spec["paths"].values() for op in item.values() for t in op.get("tags", [])}
    assert tags >= {
        "targets",
        "documents",
        "progress",
        "status",
        "compare",
        "regions",
        "audit",
        "export",
        "users",
        "auth",
    }


def test_nothing_readable_without_login(anon):
    for path in ("/api/targets", "/api/documents", "/api/status", "/api/regions", "/api/compare/indicators",
                 "/api/export?format=csv", "/api/targets/1"):  # fmt: skip
        assert anon.get(path).status_code == 401, path


def test_targets_list_filters_and_pages(login):
    c = login("viewer")
    everything = c.get("/api/targets?limit=1000").json()
    assert everything["count"] == len(everything["data"]) > 50
    page = c.get("/api/targets?limit=5&offset=5").json()
    assert [t["id"] for t in page["data"]] == [t["id"] for t in everything["data"][5:10]]
    pj = c.get("/api/targets?region=440703&indicator=industrial_investment").json()
    assert pj["count"] >= 1 and all(t["region_code"] == "440703" for t in pj["data"])
    assert c.get("/api/targets?region=蓬江区&indicator=工业投资").json()["count"] == pj["count"]
    assert c.get("/api/targets?state=confirmed").json()["count"] == 0


def test_target_get(login, web_ledger):
    tid = target_id(web_ledger, "440703")
    t = login("viewer").get(f"/api/targets/{tid}").json()
    assert (t["region"], t["indicator_id"], t["value"], t["unit"]) == ("蓬江区", "industrial_investment", 10**10, "元")


def test_documents_list_and_get(login):
    c = login("viewer")
    docs = c.get("/api/documents").json()
    assert docs["count"] == 2 and all(d["targets"] > 0 for d in docs["data"])
    one = c.get(f"/api/documents/{docs['data'][0]['id']}").json()
    assert one["text"].strip() and len(one["target_list"]) == one["targets"]
    t = one["target_list"][0]
    assert one["text"][t["start"] : t["end"]]


def test_status_regions_and_region(login):
    c = login("viewer")
    status = c.get("/api/status").json()
    assert status["as_of"] == "2023-09-30" and status["count"] == len(status["data"]) > 0
    pj = [r for r in status["data"] if r["region_code"] == "440703" and r["indicator_id"] == "industrial_investment"]
    assert pj and pj[0]["status"] == "yellow" and pj[0]["completion"] == 71.2
    regions = c.get("/api/regions").json()
    assert {"440700", "440703", "440705"} <= {r["code"] for r in regions["data"]}
    region = c.get("/api/regions/440705").json()
    assert region["name"] == "新会区" and region["status"]["count"] > 0
    assert c.get("/api/regions/999999").status_code == 404
    assert c.get("/api/status?region=新会区").json()["count"] == region["status"]["count"]


def test_compare_sums_counties_against_the_city(login):
    c = login("viewer")
    used = c.get("/api/compare/indicators").json()
    assert "industrial_investment" in [i["indicator_id"] for i in used["data"]]
    result = c.get("/api/compare?indicator=industrial_investment").json()
    assert result["name"] == "工业投资"
    year = next(y for y in result["years"] if y["year"] == 2023 and y["unit"] == "元")
    rollup = year["rollups"][0]
    assert rollup["region"] == "江门市" and rollup["own"] == 10**11
    assert set(rollup["children"]) == {"蓬江区", "江海区", "新会区", "开平市"}
    assert rollup["children_sum"] == (100 + 100 + 320 + 140) * 10**8
    assert rollup["share"] == 66.0


def test_export_downloads(login):
    c = login("viewer")
    xlsx = c.get("/api/export?format=xlsx")
    assert xlsx.status_code == 200 and xlsx.content[:2] == b"PK"
    assert "attachment" in xlsx.headers["content-disposition"]
    csv = c.get("/api/export?format=csv&region=440703")
    assert csv.status_code == 200 and "工业投资" in csv.content.decode("utf-8-sig")
    assert c.get("/api/export?format=exe").status_code == 422


def test_public_read_only(anon, login):
    admin = login("admin")
    assert admin.get("/api/settings").json() == {"public_read": False}
    assert admin.write("PUT", "/api/settings", json={"public_read": True}).json() == {"public_read": True}
    assert anon.get("/api/targets").status_code == 200
    assert anon.get("/", headers={"accept": "text/html"}).status_code == 200
    assert anon.post("/api/targets/1/confirm").status_code == 401
    assert anon.get("/api/audit").status_code == 401
    assert login("reviewer").write("PUT", "/api/settings", json={"public_read": False}).status_code == 403
    admin.write("PUT", "/api/settings", json={"public_read": False})
    assert anon.get("/api/targets").status_code == 401


# ---- reviewing -------------------------------------------------------------------------------


def test_reviewer_confirms_edits_rejects_and_each_is_audited(login, web_ledger):
    c = login("reviewer")
    tid = target_id(web_ledger, "440703")
    assert c.write("POST", f"/api/targets/{tid}/confirm").json()["state"] == "confirmed"
    edited = c.write("PATCH", f"/api/targets/{tid}", json={"value": "12e9", "value_text": "120亿元"}).json()
    assert (edited["value"], edited["edited"]) == (12 * 10**9, ["value", "value_text"])
    other = target_id(web_ledger, "440704")
    rejected = c.write("POST", f"/api/targets/{other}/reject", json={"reason": "重复"}).json()
    assert rejected["state"] == "rejected"
    entries = login("reviewer").get(f"/api/audit?entity=target&entity_id={tid}").json()
    assert [e["action"] for e in entries["data"]][:2] == ["edit", "confirm"]
    assert entries["data"][0]["who"] == "reviewer"


def test_edit_refuses_unknown_fields(login):
    r = login("reviewer").write("PATCH", "/api/targets/1", json={"start": 3})
    assert r.status_code == 422


@pytest.mark.parametrize("who", ["viewer", "pengjiang"])
def test_only_reviewers_review(login, web_ledger, who):
    c = login(who)
    before = len(audit_actions(web_ledger, "denied"))
    assert c.write("POST", "/api/targets/1/confirm").status_code == 403
    assert c.write("PATCH", "/api/targets/1", json={"year": 2024}).status_code == 403
    assert c.write("POST", "/api/targets/1/reject", json={}).status_code == 403
    files = {"file": ("a.txt", "力争工业投资突破100亿元。".encode(), "text/plain")}
    assert c.write("POST", "/api/documents", files=files).status_code == 403
    denied = audit_actions(web_ledger, "denied")
    assert len(denied) == before + 4 and {d.who for d in denied[before:]} == {who}


# ---- documents -------------------------------------------------------------------------------


def test_upload_any_encoding(login):
    c = login("reviewer")
    text = "蓬江区2023年工作要点\n今年力争全区工业投资突破120亿元，确保新引进亿元以上项目45个以上。\n"
    files = {"file": ("要点.txt", text.encode("gb18030"), "text/plain")}
    r = c.write("POST", "/api/documents", files=files, data={"region": "蓬江区", "published": "2023-02-01"})
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["created"] and len(body["added"]) >= 1
    doc = c.get(f"/api/documents/{body['document_id']}").json()
    assert doc["encoding"] == "gb18030" and "工业投资" in doc["text"]
    again = c.write("POST", "/api/documents", files=files, data={"region": "蓬江区"}).json()
    assert not again["created"] and again["added"] == []


def test_upload_html_is_read_as_text_never_served_raw(login):
    c = login("reviewer")
    html = "<html><body><script>alert(1)</script><p>今年力争全区工业投资突破130亿元。</p></body></html>"
    r = c.write("POST", "/api/documents", files={"file": ("page.html", html.encode(), "text/html")})
    assert r.status_code == 201, r.text
    doc = c.get(f"/api/documents/{r.json()['document_id']}").json()
    assert "<script>" not in doc["text"] and "130亿元" in doc["text"]
    page = c.get(f"/documents/{r.json()['document_id']}", headers={"accept": "text/html"}).text
    assert "<script>alert" not in page


def test_upload_limits(login):
    c = login("reviewer")
    exe = c.write("POST", "/api/documents", files={"file": ("x.exe", b"MZ", "application/octet-stream")})
    assert (exe.status_code, exe.json()["error"]["code"]) == (415, "E104")
    big = c.write("POST", "/api/documents", files={"file": ("big.txt", "目标".encode() * 200_000, "text/plain")})
    assert (big.status_code, big.json()["error"]["code"]) == (413, "E413")
    empty = c.write("POST", "/api/documents", files={"file": ("e.txt", b"", "text/plain")})
    assert empty.status_code == 422


# ---- progress --------------------------------------------------------------------------------


def test_reporter_reports_for_own_region(login, web_ledger):
    tid = target_id(web_ledger, "440703")
    c = login("pengjiang")
    r = c.write("POST", "/api/progress", json={"target_id": tid, "period": "2023-09", "value": "80亿元"})
    assert r.status_code == 201, r.text
    row = next(x for x in c.get("/api/status?region=440703").json()["data"] if x["id"] == tid)
    assert (row["actual"], row["status"]) == (8 * 10**9, "green")


def test_reporter_for_another_region_is_refused_and_audited(login, web_ledger):
    tid = target_id(web_ledger, "440703")
    before = len(audit_actions(web_ledger, "denied"))
    r = login("xinhui").write("POST", "/api/progress", json={"target_id": tid, "period": "2023-09", "value": "80亿元"})
    assert r.status_code == 403 and "440703" in r.json()["error"]["message"]
    denied = audit_actions(web_ledger, "denied")[before:]
    assert [(d.who, d.entity, d.entity_id) for d in denied] == [("xinhui", "target", tid)]
    assert (
        login("viewer")
        .write("POST", "/api/progress", json={"target_id": tid, "period": "2023-09", "value": "1"})
        .status_code
        == 403
    )


def test_admin_reports_anywhere_and_bad_values_are_422(login, web_ledger):
    c = login("admin")
    tid = target_id(web_ledger, "440705")
    assert (
        c.write("POST", "/api/progress", json={"target_id": tid, "period": "2023-08", "value": "250亿元"}).status_code
        == 201
    )
    bad = c.write("POST", "/api/progress", json={"target_id": tid, "period": "13月", "value": "x"})
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "E205"  # the period, checked first
    assert (
        c.write("POST", "/api/progress", json={"target_id": 999999, "period": "2023-08", "value": "1"}).status_code
        == 404
    )


SHEET = "region_code,indicator,period,value,unit,cumulative,source_text\n440703,工业投资,2023-10,81亿元,,true,十月\n"


def test_import_csv_for_own_region(login):
    r = login("pengjiang").write(
        "POST", "/api/progress/import", files={"file": ("oct.csv", SHEET.encode(), "text/csv")}
    )
    assert r.status_code == 201, r.text
    assert (r.json()["rows"], r.json()["matched"]) == (1, 1)


def test_import_xlsx(login):
    from openpyxl import Workbook

    book = Workbook()
    for line in SHEET.splitlines():
        book.active.append(line.split(","))
    buf = io.BytesIO()
    book.save(buf)
    files = {"file": ("oct.xlsx", buf.getvalue(), "application/octet-stream")}
    r = login("admin").write("POST", "/api/progress/import", files=files)
    assert r.status_code == 201, r.text


def test_import_with_another_regions_rows_is_refused_whole(login, web_ledger):
    sheet = SHEET + "440705,工业投资,2023-10,260亿元,,true,\n"
    before = len(audit_actions(web_ledger, "denied"))
    r = login("pengjiang").write("POST", "/api/progress/import", files={"file": ("m.csv", sheet.encode(), "text/csv")})
    assert r.status_code == 403 and "440705" in r.json()["error"]["message"]
    assert len(audit_actions(web_ledger, "denied")) == before + 1
    assert not audit_actions(web_ledger, "import")[1:]  # only the fixture's import


def test_import_bad_rows_lists_them(login):
    sheet = "region_code,indicator,period,value\n440703,工业投资,2023-13,abc\n"
    r = login("pengjiang").write("POST", "/api/progress/import", files={"file": ("b.csv", sheet.encode(), "text/csv")})
    assert r.status_code == 422 and r.json()["error"]["code"] == "E303" and len(r.json()["error"]["details"]) == 2


# ---- users, auth -----------------------------------------------------------------------------


def test_admin_manages_users(login, anon):
    c = login("admin")
    names = [u["name"] for u in c.get("/api/users").json()["data"]]
    assert names == sorted(["admin", "reviewer", "pengjiang", "xinhui", "viewer"])
    new = c.write(
        "POST",
        "/api/users",
        json={"name": "jianghai", "role": "reporter", "regions": ["440704"], "password": "pw-jianghai"},
    )
    assert new.status_code == 201 and new.json()["regions"] == ["440704"]
    assert (
        c.write("POST", "/api/users", json={"name": "x", "role": "reporter", "password": "12345678"}).status_code == 422
    )
    changed = c.write(
        "PATCH", f"/api/users/{new.json()['id']}", json={"regions": ["440704", "440705"], "password": "new-password"}
    )
    assert changed.json()["regions"] == ["440704", "440705"]
    assert anon.post("/api/auth/login", json={"name": "jianghai", "password": "new-password"}).status_code == 200
    assert "password" not in str(login("reviewer").get("/api/audit?entity=user").json())


@pytest.mark.parametrize("who", ["reviewer", "pengjiang", "viewer"])
def test_only_admins_manage_users(login, who):
    c = login(who)
    assert c.get("/api/users").status_code == 403
    body = {"name": "mallory", "role": "admin", "password": "12345678"}
    assert c.write("POST", "/api/users", json=body).status_code == 403
    assert c.write("PATCH", "/api/users/1", json={"role": "admin"}).status_code == 403


@pytest.mark.parametrize("who", ["pengjiang", "viewer"])
def test_audit_is_for_reviewers_and_admins(login, who):
    assert login(who).get("/api/audit").status_code == 403
    assert login("admin").get("/api/audit?who=t&limit=5").json()["count"] > 0


def test_session_cookie_flags(anon):
    r = anon.post("/api/auth/login", json={"name": "viewer", "password": PASSWORD})
    cookie = r.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie and "path=/" in cookie
    assert anon.get("/api/auth/me").json()["name"] == "viewer"


def test_logout_ends_the_session(login):
    c = login("viewer")
    assert c.write("POST", "/api/auth/logout").status_code == 204
    assert c.get("/api/targets").status_code == 401


def test_token_for_scripts_needs_no_csrf(anon, web_ledger):
    r = anon.post("/api/auth/tokens", json={"name": "reviewer", "password": PASSWORD, "label": "nightly"})
    assert r.status_code == 201
    token = r.json()["token"]
    script = type(anon)(anon.app)
    h = {"Authorization": f"Bearer {token}"}
    assert script.get("/api/auth/me", headers=h).json()["via"] == "token"
    tid = target_id(web_ledger, "440705")
    assert script.post(f"/api/targets/{tid}/confirm", headers=h).json()["state"] == "confirmed"
    assert script.get("/api/targets", headers={"Authorization": "Bearer tz_wrong"}).status_code == 401


def test_wrong_password(anon):
    r = anon.post("/api/auth/login", json={"name": "viewer", "password": "nope"})
    assert r.status_code == 401 and "set-cookie" not in r.headers


def test_edit_cannot_empty_a_required_field(login):
    """Found by schemathesis: PATCH {"indicator": null} used to answer 500."""
    r = login("reviewer").write("PATCH", "/api/targets/1", json={"indicator": None})
    assert r.status_code == 422 and r.json()["error"]["code"] == "E422"
