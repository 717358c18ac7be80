"""Security headers on every response, errors included, and 413 for any oversized body (issue 13).

The probe found a 413 and a 500 without the headers, and a chunked body over the limit answered 400.
"""

from __future__ import annotations

import re

import pytest

from .conftest import PASSWORD

OVER = 200  # chunks of 1000 bytes: 200 KB, over bare_client's 1000-byte limit and its 64 KiB form allowance


@pytest.fixture
def client(bare_client):
    def boom() -> None:
        raise RuntimeError("a bug")

    bare_client.app.add_api_route("/api/boom", boom)
    bare_client.app.add_api_route("/boom", boom)
    return bare_client


def _chunks():
    for _ in range(OVER):
        yield b"x" * 1000


HTML = {"accept": "text/html"}
REQUESTS = {
    "200 api": ("GET", "/api/auth/me", {}, None, 200),
    "404 api": ("GET", "/api/nothing-here", {}, None, 404),
    "404 page": ("GET", "/nothing-here", HTML, None, 404),
    "404 static": ("GET", "/static/nothing.js", {}, None, 404),
    "405": ("DELETE", "/api/targets", {}, None, 405),
    "204 options": ("OPTIONS", "/api/targets", {}, None, 204),
    "413 declared": ("POST", "/api/documents", {"content-length": "999999"}, b"x", 413),
    "413 chunked json": ("POST", "/api/auth/login", {"content-type": "application/json"}, "chunks", 413),
    "413 chunked upload": (
        "POST",
        "/api/documents",
        {"content-type": "multipart/form-data; boundary=zz"},
        "chunks",
        413,
    ),
    "413 chunked form": (
        "POST",
        "/login",
        {**HTML, "content-type": "application/x-www-form-urlencoded"},
        "chunks",
        413,
    ),
    "422": ("GET", "/api/targets?limit=0", {}, None, 422),
    "500 api": ("GET", "/api/boom", {}, None, 500),
    "500 page": ("GET", "/boom", HTML, None, 500),
}


@pytest.mark.parametrize("case", REQUESTS.values(), ids=REQUESTS.keys())
def test_every_response_carries_the_security_headers(client, case):
    method, url, headers, body, status = case
    content = _chunks() if body == "chunks" else body
    r = client.request(method, url, headers=headers, content=content)
    assert r.status_code == status, r.text[:300]
    assert "default-src 'self'" in r.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["x-frame-options"] == "DENY"
    assert r.headers["referrer-policy"] == "same-origin"
    if not url.startswith("/static"):
        assert r.headers["cache-control"] == "no-store"
    if status >= 400 and "json" in r.headers["content-type"]:
        assert r.json()["error"]["code"] in (f"E{status}", "E302", "E422")


def test_a_chunked_body_over_the_limit_is_413_with_the_error_shape(client):
    r = client.post("/api/auth/login", headers={"content-type": "application/json"}, content=_chunks())
    assert r.status_code == 413
    assert r.json()["error"]["code"] == "E413" and "KiB" in r.json()["error"]["message"]


def test_a_chunked_body_under_the_limit_is_read(client):
    body = f'{{"name": "admin", "password": "{PASSWORD}"}}'.encode()
    r = client.post(
        "/api/auth/login", headers={"content-type": "application/json"}, content=iter([body[:10], body[10:]])
    )
    assert r.status_code == 200, r.text


def test_the_500_answer_hides_the_exception(client):
    r = client.get("/api/boom")
    assert r.json()["error"]["code"] == "E500" and "a bug" not in r.text


def test_options_and_405_name_every_method_of_the_path(client):
    spec = client.get("/openapi.json").json()
    assert len(spec["paths"]) > 20
    for path, operations in spec["paths"].items():
        url = re.sub(r"\{\w+\}", "1", path)
        methods = {m.upper() for m in operations}
        allow = client.options(url)
        assert allow.status_code == 204, path
        assert set(allow.headers["allow"].split(", ")) == methods | {"OPTIONS"}, path
        unused = next(m for m in ("PUT", "DELETE", "PATCH", "POST") if m not in methods)
        refused = client.request(unused, url)
        assert refused.status_code == 405, (path, unused)
        assert set(refused.headers["allow"].split(", ")) == methods | {"OPTIONS"}, path
        assert refused.json()["error"]["code"] == "E405"


def test_options_of_a_page_with_a_form_and_of_an_unknown_path(client):
    assert client.options("/login").headers["allow"] == "GET, POST, OPTIONS"
    assert client.options("/nothing-here").status_code == 404
    assert client.options("/static/app.css").status_code == 405  # StaticFiles answers for itself
