"""The admin's user management, over the API and the admin page's forms, on SQLite and PostgreSQL:
role and region scope, password reset (shown once), deactivation; every write audited, every
other role refused with 403 and the refusal audited (issue 4)."""

import re

import pytest

from .conftest import PASSWORD, audit_actions, target_id

HTML = {"accept": "text/html"}
OTHERS = ["reviewer", "pengjiang", "viewer"]


def user_id(client, name: str) -> int:
    return next(u["id"] for u in client.get("/api/users").json()["data"] if u["name"] == name)


def form(client, url: str, **fields):
    return client.post(url, data={"csrf_token": client.csrf, **fields}, headers=HTML, follow_redirects=False)


# ---- API ---------------------------------------------------------------------------------------


def test_list_shows_role_regions_and_active(login):
    rows = {u["name"]: u for u in login("admin").get("/api/users").json()["data"]}
    assert rows["pengjiang"]["role"] == "reporter" and rows["pengjiang"]["regions"] == ["440703"]
    assert all(u["active"] for u in rows.values())


def test_change_role_and_region_scope_takes_effect_at_once(login, web_ledger):
    admin, xinhui = login("admin"), login("xinhui")
    tid = target_id(web_ledger, "440703")
    body = {"target_id": tid, "period": "2023-09", "value": "80亿元"}
    assert xinhui.write("POST", "/api/progress", json=body).status_code == 403
    r = admin.write("PATCH", f"/api/users/{user_id(admin, 'xinhui')}", json={"regions": ["440705", "440703"]})
    assert r.status_code == 200 and r.json()["regions"] == ["440703", "440705"]
    assert xinhui.write("POST", "/api/progress", json=body).status_code == 201  # same session, new scope
    r = admin.write("PATCH", f"/api/users/{user_id(admin, 'xinhui')}", json={"role": "reviewer", "regions": []})
    assert r.json()["role"] == "reviewer" and xinhui.get("/api/auth/me").json()["role"] == "reviewer"
    edits = [e for e in audit_actions(web_ledger, "edit") if e.entity == "user"]
    assert [(e.who, e.before["regions"], e.after["regions"]) for e in edits] == [
        ("admin", ["440705"], ["440703", "440705"]),
        ("admin", ["440703", "440705"], []),
    ]


def test_reset_password_is_shown_once_and_ends_sessions_and_tokens(login, anon, web_ledger):
    admin, viewer = login("admin"), login("viewer")
    token = viewer.write("POST", "/api/tokens", json={"label": "cron"}).json()["token"]
    r = admin.write("POST", f"/api/users/{user_id(admin, 'viewer')}/password")
    assert r.status_code == 200 and r.json()["name"] == "viewer"
    new = r.json()["password"]
    assert len(new) >= 12
    assert viewer.get("/api/auth/me").status_code == 401
    assert anon.get("/api/auth/me", headers={"Authorization": f"Bearer {token}"}).status_code == 401
    assert anon.post("/api/auth/login", json={"name": "viewer", "password": PASSWORD}).status_code == 401
    assert anon.post("/api/auth/login", json={"name": "viewer", "password": new}).status_code == 200
    entries = [e for e in audit_actions(web_ledger, "passwd")]
    assert [e.who for e in entries] == ["admin"] and new not in str([(e.before, e.after) for e in entries])


def test_deactivate_ends_everything_and_keeps_the_history(login, anon, web_ledger):
    admin, pengjiang = login("admin"), login("pengjiang")
    token = pengjiang.write("POST", "/api/tokens", json={"label": "sheet"}).json()["token"]
    uid = user_id(admin, "pengjiang")
    r = admin.write("POST", f"/api/users/{uid}/deactivate")
    assert r.status_code == 200 and r.json()["active"] is False and r.json()["regions"] == ["440703"]
    assert pengjiang.get("/api/auth/me").status_code == 401
    assert anon.get("/api/targets", headers={"Authorization": f"Bearer {token}"}).status_code == 401
    assert anon.post("/api/auth/login", json={"name": "pengjiang", "password": PASSWORD}).status_code == 401
    assert anon.post("/api/auth/tokens", json={"name": "pengjiang", "password": PASSWORD}).status_code == 401
    assert admin.write("POST", f"/api/users/{uid}/deactivate").status_code == 422  # already
    [entry] = audit_actions(web_ledger, "deactivate")
    assert (entry.who, entry.entity_id, entry.before["active"], entry.after["active"]) == ("admin", uid, True, False)
    # a password reset makes them active again
    new = admin.write("POST", f"/api/users/{uid}/password").json()["password"]
    assert anon.post("/api/auth/login", json={"name": "pengjiang", "password": new}).status_code == 200
    assert {u["name"]: u["active"] for u in admin.get("/api/users").json()["data"]}["pengjiang"] is True


def test_the_last_active_admin_is_neither_demoted_nor_deactivated(login):
    admin = login("admin")
    me = user_id(admin, "admin")
    r = admin.write("PATCH", f"/api/users/{me}", json={"role": "viewer"})
    assert r.status_code == 422 and "最后一位在用的管理员" in r.json()["error"]["message"]
    assert admin.write("POST", f"/api/users/{me}/deactivate").status_code == 422
    # with a second admin, the first may step down
    admin.write("PATCH", f"/api/users/{user_id(admin, 'reviewer')}", json={"role": "admin"})
    assert admin.write("PATCH", f"/api/users/{me}", json={"role": "viewer"}).json()["role"] == "viewer"


def test_bad_input_is_422_and_unknown_user_404(login):
    admin = login("admin")
    uid = user_id(admin, "viewer")
    assert admin.write("PATCH", f"/api/users/{uid}", json={"role": "reporter"}).status_code == 422  # no region
    assert admin.write("PATCH", f"/api/users/{uid}", json={"regions": ["4407"]}).status_code == 422
    assert admin.write("PATCH", f"/api/users/{uid}", json={"role": "boss"}).status_code == 422
    for path in ("/api/users/999999/password", "/api/users/999999/deactivate", "/api/users/999999"):
        assert admin.write("PATCH" if path.endswith("999999") else "POST", path, json={}).status_code == 404, path


@pytest.mark.parametrize("who", OTHERS)
def test_only_admins_reset_or_deactivate_and_refusals_are_audited(login, web_ledger, who):
    c = login(who)
    assert c.write("POST", "/api/users/2/password").status_code == 403
    assert c.write("POST", "/api/users/2/deactivate").status_code == 403
    assert c.write("PATCH", "/api/users/2", json={"regions": ["440703"]}).status_code == 403
    denied = audit_actions(web_ledger, "denied")
    assert [(d.who, d.after["path"]) for d in denied] == [
        (who, "/api/users/2/password"),
        (who, "/api/users/2/deactivate"),
        (who, "/api/users/2"),
    ]
    assert audit_actions(web_ledger, "passwd") == audit_actions(web_ledger, "deactivate") == []


def test_a_script_token_of_an_admin_needs_no_csrf(login, anon):
    token = login("admin").write("POST", "/api/tokens", json={"label": "ops"}).json()["token"]
    h = {"Authorization": f"Bearer {token}"}
    uid = next(u["id"] for u in anon.get("/api/users", headers=h).json()["data"] if u["name"] == "viewer")
    assert anon.post(f"/api/users/{uid}/deactivate", headers=h).json()["active"] is False


def test_cookie_writes_need_the_csrf_token(login):
    admin = login("admin")
    r = admin.post(f"/api/users/{user_id(admin, 'viewer')}/deactivate")
    assert r.status_code == 403 and r.json()["error"]["code"] == "E419"


def test_openapi_lists_the_user_operations(anon):
    paths = anon.get("/openapi.json").json()["paths"]
    assert {"post"} <= set(paths["/api/users/{user_id}/password"]) and "post" in paths[
        "/api/users/{user_id}/deactivate"
    ]
    assert not any(p.startswith("/admin") for p in paths)


# ---- the admin page ----------------------------------------------------------------------------


def test_page_lists_users_with_role_regions_and_a_form_each(login):
    admin = login("admin")
    html = admin.get("/admin", headers=HTML).text
    row = re.search(r'<tr data-user="pengjiang".*?</tr>', html, re.S).group(0)
    assert 'value="reporter" selected' in row and 'value="440703"' in row and "启用" in row
    for action in ("role", "password", "deactivate"):
        assert f'/admin/users/{user_id(admin, "pengjiang")}/{action}"' in row
    assert 'href="/tokens?all=true"' in html


def test_page_changes_role_and_scope(login, web_ledger):
    admin = login("admin")
    uid = user_id(admin, "xinhui")
    r = form(admin, f"/admin/users/{uid}/role", role="reporter", regions="440705，440704")
    assert r.status_code == 303 and "msg=" in r.headers["location"]
    assert {u["name"]: u["regions"] for u in admin.get("/api/users").json()["data"]}["xinhui"] == ["440704", "440705"]
    bad = form(admin, f"/admin/users/{uid}/role", role="reporter", regions="")
    assert bad.status_code == 303 and "err=" in bad.headers["location"]
    page = admin.get(bad.headers["location"], headers=HTML).text
    assert "region" in page and 'class="notice bad"' in page


def test_page_resets_a_password_and_shows_it_once(login, anon):
    admin = login("admin")
    r = form(admin, f"/admin/users/{user_id(admin, 'viewer')}/password")
    assert r.status_code == 200 and r.headers["cache-control"] == "no-store"
    new = re.search(r'<code id="secret" class="secret">([^<]+)</code>', r.text).group(1)
    assert new not in admin.get("/admin", headers=HTML).text
    assert anon.post("/api/auth/login", json={"name": "viewer", "password": new}).status_code == 200


def test_page_deactivates(login, anon):
    admin = login("admin")
    r = form(admin, f"/admin/users/{user_id(admin, 'viewer')}/deactivate")
    assert r.status_code == 303
    row = re.search(r'<tr data-user="viewer".*?</tr>', admin.get("/admin", headers=HTML).text, re.S).group(0)
    assert "已停用" in row and "重设密码并启用" in row and "/deactivate" not in row
    assert anon.post("/api/auth/login", json={"name": "viewer", "password": PASSWORD}).status_code == 401
    last = form(admin, f"/admin/users/{user_id(admin, 'admin')}/deactivate")
    assert last.status_code == 303 and "err=" in last.headers["location"]


def test_page_forms_need_the_form_token(login):
    admin = login("admin")
    uid = user_id(admin, "viewer")
    for action in ("role", "password", "deactivate"):
        r = admin.post(f"/admin/users/{uid}/{action}", data={"role": "viewer"}, headers=HTML)
        assert r.status_code == 403, action


@pytest.mark.parametrize("who", OTHERS)
def test_page_is_admin_only_and_refused_forms_are_audited(login, web_ledger, who):
    c = login(who)
    assert c.get("/admin", headers=HTML).status_code == 403
    for action, fields in (("role", {"role": "admin"}), ("password", {}), ("deactivate", {})):
        r = form(c, f"/admin/users/1/{action}", **fields)
        assert r.status_code == 403 and "无权操作" in r.text, action
    assert [d.after["path"] for d in audit_actions(web_ledger, "denied") if d.who == who] == [
        "/admin/users/1/role",
        "/admin/users/1/password",
        "/admin/users/1/deactivate",
    ]
    assert audit_actions(web_ledger, "passwd") == [] and audit_actions(web_ledger, "deactivate") == []


def test_page_picks_regions_by_name_with_code(login):
    """Issue 12: an admin picks a reporter's regions by name (with the code), not by typing codes."""
    admin = login("admin")
    html = admin.get("/admin", headers=HTML).text
    row = re.search(r'<tr data-user="pengjiang".*?</tr>', html, re.S).group(0)
    picker = re.search(r'<select name="regions" multiple.*?</select>', row, re.S).group(0)
    assert '<option value="440703" selected>蓬江区（440703）</option>' in picker
    assert '<option value="440705" >新会区（440705）</option>' in picker
    assert 'name="regions" value=' not in html  # no field for raw codes
    uid = user_id(admin, "xinhui")
    r = form(admin, f"/admin/users/{uid}/role", role="reporter", regions=["440705", "440703"])
    assert r.status_code == 303 and "msg=" in r.headers["location"]
    assert {u["name"]: u["regions"] for u in admin.get("/api/users").json()["data"]}["xinhui"] == ["440703", "440705"]
