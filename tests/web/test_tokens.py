"""Script tokens on SQLite and PostgreSQL: list mine (name, created, last used), create one (shown
once), revoke one; an admin sees and revokes anyone's; over the API and the tokens page (issue 4)."""

import re
from datetime import datetime, timedelta

import pytest

from .conftest import audit_actions

HTML = {"accept": "text/html"}


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_create_list_use_and_revoke(login, anon, web_ledger):
    c = login("reviewer")
    assert c.get("/api/tokens").json() == {"data": [], "count": 0}
    r = c.write("POST", "/api/tokens", json={"label": "nightly import"})
    assert r.status_code == 201
    made = r.json()
    assert made["token"].startswith("tz_") and made["label"] == "nightly import" and made["user"] == "reviewer"
    assert made["last_used_at"] is None
    listed = c.get("/api/tokens").json()
    assert listed["count"] == 1 and "token" not in listed["data"][0]
    assert listed["data"][0]["id"] == made["id"] and listed["data"][0]["last_used_at"] is None
    # using it notes when
    assert anon.get("/api/auth/me", headers=bearer(made["token"])).json()["name"] == "reviewer"
    used = c.get("/api/tokens").json()["data"][0]["last_used_at"]
    assert used is not None and abs(
        datetime.fromisoformat(used) - datetime.fromisoformat(made["created_at"])
    ) < timedelta(minutes=1)
    # revoked: gone at once
    assert c.write("DELETE", f"/api/tokens/{made['id']}").status_code == 204
    assert anon.get("/api/auth/me", headers=bearer(made["token"])).status_code == 401
    assert c.get("/api/tokens").json()["count"] == 0
    assert c.write("DELETE", f"/api/tokens/{made['id']}").status_code == 404
    [added] = [e for e in audit_actions(web_ledger, "add") if e.entity == "api_token"]
    [revoked] = audit_actions(web_ledger, "revoke")
    assert (added.who, added.after) == ("reviewer", {"label": "nightly import", "user": "reviewer"})
    assert (revoked.who, revoked.entity_id, revoked.before["label"]) == ("reviewer", made["id"], "nightly import")
    assert made["token"] not in str([(e.before, e.after) for e in audit_actions(web_ledger, "add")])


def test_last_use_is_written_at_most_once_a_minute(login, anon, web_ledger):
    from taizhang.ledger.users import ApiToken

    c = login("viewer")
    made = c.write("POST", "/api/tokens", json={"label": "x"}).json()
    anon.get("/api/auth/me", headers=bearer(made["token"]))
    first = c.get("/api/tokens").json()["data"][0]["last_used_at"]
    anon.get("/api/auth/me", headers=bearer(made["token"]))
    assert c.get("/api/tokens").json()["data"][0]["last_used_at"] == first
    with web_ledger.session(write=True) as s:
        s.get(ApiToken, made["id"]).last_used_at -= timedelta(minutes=5)
    anon.get("/api/auth/me", headers=bearer(made["token"]))
    assert datetime.fromisoformat(c.get("/api/tokens").json()["data"][0]["last_used_at"]) >= datetime.fromisoformat(
        first
    )


def test_each_user_sees_only_their_own(login):
    a, b = login("pengjiang"), login("xinhui")
    a.write("POST", "/api/tokens", json={"label": "a"})
    b.write("POST", "/api/tokens", json={"label": "b"})
    assert [t["label"] for t in a.get("/api/tokens").json()["data"]] == ["a"]
    assert [t["label"] for t in b.get("/api/tokens").json()["data"]] == ["b"]


@pytest.mark.parametrize("who", ["reviewer", "pengjiang", "viewer"])
def test_others_cannot_revoke_or_list_someone_elses_and_that_is_audited(login, anon, web_ledger, who):
    owner = login("xinhui") if who != "xinhui" else login("pengjiang")
    made = owner.write("POST", "/api/tokens", json={"label": "theirs"}).json()
    c = login(who)
    assert c.get("/api/tokens?all=true").status_code == 403
    r = c.write("DELETE", f"/api/tokens/{made['id']}")
    assert r.status_code == 403 and r.json()["error"]["code"] == "E403"
    [denied] = audit_actions(web_ledger, "denied")
    assert (denied.who, denied.entity, denied.entity_id) == (who, "api_token", made["id"])
    assert anon.get("/api/auth/me", headers=bearer(made["token"])).status_code == 200
    # nor through the page
    form = c.post(f"/tokens/{made['id']}/revoke", data={"csrf_token": c.csrf}, headers=HTML)
    assert form.status_code == 403 and "无权操作" in form.text
    assert anon.get("/api/auth/me", headers=bearer(made["token"])).status_code == 200


def test_admin_lists_and_revokes_anyones(login, anon, web_ledger):
    mine = login("pengjiang").write("POST", "/api/tokens", json={"label": "sheet"}).json()
    admin = login("admin")
    assert admin.get("/api/tokens").json()["count"] == 0
    everyone = admin.get("/api/tokens?all=true").json()["data"]
    assert [(t["user"], t["label"]) for t in everyone] == [("pengjiang", "sheet")]
    assert admin.write("DELETE", f"/api/tokens/{mine['id']}").status_code == 204
    assert anon.get("/api/auth/me", headers=bearer(mine["token"])).status_code == 401
    [revoked] = audit_actions(web_ledger, "revoke")
    assert (revoked.who, revoked.before) == ("admin", {"label": "sheet", "user": "pengjiang"})


def test_a_token_can_manage_tokens_without_csrf_but_a_cookie_needs_it(login, anon):
    c = login("viewer")
    assert c.post("/api/tokens", json={"label": "x"}).json()["error"]["code"] == "E419"
    first = c.write("POST", "/api/tokens", json={"label": "first"}).json()
    second = anon.post("/api/tokens", json={"label": "second"}, headers=bearer(first["token"]))
    assert second.status_code == 201 and second.json()["user"] == "viewer"
    assert anon.delete(f"/api/tokens/{first['id']}", headers=bearer(second.json()["token"])).status_code == 204


def test_login_needed_and_bad_input(anon, login):
    assert anon.get("/api/tokens").status_code == 401
    assert anon.post("/api/tokens", json={"label": "x"}).status_code == 401
    assert anon.delete("/api/tokens/1").status_code == 401
    c = login("viewer")
    assert c.write("POST", "/api/tokens", json={"label": ""}).status_code == 422
    assert c.write("POST", "/api/tokens", json={"label": "x", "user": "admin"}).status_code == 422
    assert c.write("DELETE", "/api/tokens/0").status_code == 422


def test_openapi_documents_the_token_operations(anon):
    paths = anon.get("/openapi.json").json()["paths"]
    assert set(paths["/api/tokens"]) == {"get", "post"} and set(paths["/api/tokens/{token_id}"]) == {"delete"}
    assert paths["/api/tokens"]["post"]["tags"] == ["tokens"]
    assert not any(p.startswith("/tokens") for p in paths)


# ---- the tokens page ---------------------------------------------------------------------------


def test_page_creates_a_token_shown_once_lists_and_revokes_it(login, anon):
    c = login("pengjiang")
    assert "还没有令牌" in c.get("/tokens", headers=HTML).text
    r = c.post("/tokens", data={"csrf_token": c.csrf, "label": "每晚导入"}, headers=HTML)
    assert r.status_code == 200 and r.headers["cache-control"] == "no-store"
    token = re.search(r'<code id="secret" class="secret">([^<]+)</code>', r.text).group(1)
    assert anon.get("/api/auth/me", headers=bearer(token)).json()["name"] == "pengjiang"
    page = c.get("/tokens", headers=HTML).text
    row = re.search(r'<tr data-token="(\d+)">.*?</tr>', page, re.S)
    assert "每晚导入" in row.group(0) and token not in page
    for f in re.findall(r"<form[^>]*method=\"post\".*?</form>", page, re.S):
        assert f'name="csrf_token" value="{c.csrf}"' in f
    gone = c.post(f"/tokens/{row.group(1)}/revoke", data={"csrf_token": c.csrf}, headers=HTML, follow_redirects=False)
    assert gone.status_code == 303 and gone.headers["location"].startswith("/tokens?msg=")
    assert anon.get("/api/auth/me", headers=bearer(token)).status_code == 401


def test_page_forms_need_the_form_token_and_a_name(login):
    c = login("viewer")
    assert c.post("/tokens", data={"label": "x"}, headers=HTML).status_code == 403
    r = c.post("/tokens", data={"csrf_token": c.csrf, "label": " "}, headers=HTML, follow_redirects=False)
    assert r.status_code == 303 and "err=" in r.headers["location"]


def test_admin_page_shows_everyones_tokens(login):
    login("xinhui").write("POST", "/api/tokens", json={"label": "xinhui-sheet"})
    admin = login("admin")
    page = admin.get("/tokens?all=true", headers=HTML).text
    assert "所有用户的脚本令牌" in page and "xinhui-sheet" in page and "<td>xinhui</td>" in page
    assert login("viewer").get("/tokens?all=true", headers=HTML).status_code == 403


def test_a_use_that_cannot_be_recorded_still_serves_the_request(sqlite_url, caplog):
    """SQLite: a read transaction cannot write after another connection committed (SQLITE_BUSY_SNAPSHOT),
    as when concurrent requests with one token cross the minute together; the token still works."""
    from sqlalchemy import select

    from taizhang.ledger.database import open_ledger
    from taizhang.ledger.users import ApiToken, create_user, issue_token, token_user

    ledger = open_ledger(sqlite_url)
    try:
        with ledger.session(write=True) as s:
            token, row = issue_token(s, create_user(s, "li", role="viewer", password="pw-12345678", who="t"), label="x")
            token_id = row.id
        with ledger.session() as reader:
            reader.execute(select(ApiToken.id)).all()  # the read snapshot starts here
            with ledger.session(write=True) as writer:
                create_user(writer, "wang", role="viewer", password="pw-12345678", who="t")
            with caplog.at_level("INFO", logger="taizhang.ledger.users"):
                assert token_user(reader, token).name == "li"
            assert "not recorded this time" in caplog.text
        with ledger.session() as s:
            assert s.get(ApiToken, token_id).last_used_at is None
            assert token_user(s, token).name == "li"
        with ledger.session() as s:
            assert s.get(ApiToken, token_id).last_used_at is not None
    finally:
        ledger.close()
