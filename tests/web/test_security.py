"""CSRF on cookie-authenticated writes and forms, the login rate limit, headers (issue 4)."""

import re

from .conftest import PASSWORD, target_id


def test_cookie_write_without_or_with_a_wrong_token_is_refused(login, web_ledger):
    c = login("reviewer")
    tid = target_id(web_ledger, "440703")
    assert c.post(f"/api/targets/{tid}/confirm").json()["error"]["code"] == "E419"
    assert c.post(f"/api/targets/{tid}/confirm", headers={"X-CSRF-Token": "guess"}).status_code == 403
    assert c.write("POST", f"/api/targets/{tid}/confirm").status_code == 200


def test_form_posts_need_the_form_token(login, web_ledger):
    c = login("reviewer")
    tid = target_id(web_ledger, "440703")
    html = {"accept": "text/html"}
    assert c.post(f"/targets/{tid}/confirm", data={}, headers=html).status_code == 403
    r = c.post(f"/targets/{tid}/confirm", data={"csrf_token": c.csrf}, headers=html, follow_redirects=False)
    assert r.status_code == 303


def test_every_form_on_every_page_carries_the_token(login, web_ledger):
    tid = target_id(web_ledger, "440703")
    for who, pages in (
        ("admin", ["/", "/admin", "/progress", f"/targets/{tid}", "/documents", "/documents/1"]),
        ("pengjiang", ["/progress", f"/targets/{tid}"]),
    ):
        c = login(who)
        for page in pages:
            html = c.get(page, headers={"accept": "text/html"}).text
            forms = re.findall(r"<form[^>]*method=\"post\".*?</form>", html, re.S)
            assert forms, page
            for form in forms:
                assert f'name="csrf_token" value="{c.csrf}"' in form, (page, form[:200])


def test_login_form_needs_its_cookie_token(anon):
    page = anon.get("/login")
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
    ok = anon.post("/login", data={"name": "viewer", "password": PASSWORD, "csrf_token": token}, follow_redirects=False)
    assert ok.status_code == 303 and ok.headers["location"] == "/"
    other = type(anon)(anon.app)  # no login cookie: a cross-site post
    forged = other.post("/login", data={"name": "viewer", "password": PASSWORD, "csrf_token": token})
    assert forged.status_code == 403


def test_login_rate_limit_per_user_and_address(anon):
    for _ in range(3):
        assert anon.post("/api/auth/login", json={"name": "viewer", "password": "wrong"}).status_code == 401
    limited = anon.post("/api/auth/login", json={"name": "viewer", "password": PASSWORD})
    assert limited.status_code == 429 and int(limited.headers["retry-after"]) > 0
    assert limited.json()["error"]["code"] == "E429"
    assert anon.post("/api/auth/tokens", json={"name": "viewer", "password": PASSWORD}).status_code == 429
    # another user from the same address is not affected
    assert anon.post("/api/auth/login", json={"name": "reviewer", "password": PASSWORD}).status_code == 200


def test_security_headers_and_no_cdn(login):
    r = login("viewer").get("/", headers={"accept": "text/html"})
    assert "default-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["x-frame-options"] == "DENY" and r.headers["x-content-type-options"] == "nosniff"
    assert not re.search(r"(src|href)=\"(https?:)?//", r.text)
    assert login("viewer").get("/static/vendor/echarts.min.js").status_code == 200


def test_pages_redirect_to_login(anon):
    r = anon.get("/regions/440703", headers={"accept": "text/html"}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/login?next=/regions/440703")


def test_passwords_are_argon2(web_ledger):
    from taizhang.ledger.users import get_user

    with web_ledger.session() as s:
        assert get_user(s, "viewer").password_hash.startswith("$argon2id$")
