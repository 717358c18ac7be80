"""/docs works offline and within the app's CSP (issue 12): Swagger UI is served from the vendored
swagger-ui-dist, never a CDN, and started by a script file rather than an inline script."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient


def _docs(bare_client: TestClient) -> str:
    r = bare_client.get("/docs")
    assert r.status_code == 200
    assert "script-src 'self'" in r.headers["content-security-policy"]
    return r.text


def test_docs_reference_only_local_assets(bare_client: TestClient) -> None:
    page = _docs(bare_client)
    urls = re.findall(r'(?:src|href)="([^"]*)"', page)
    assert any(u.endswith("swagger-ui-bundle.js") for u in urls)
    assert any(u.endswith("swagger-ui.css") for u in urls)
    assert all(u.startswith("/") or u.startswith("data:") for u in urls), urls
    assert "cdn" not in page.lower()


def test_docs_have_no_inline_script(bare_client: TestClient) -> None:
    """The CSP blocks inline scripts: every <script> must load a file."""
    page = _docs(bare_client)
    scripts = re.findall(r"<script([^>]*)>(.*?)</script>", page, flags=re.S)
    assert scripts
    assert all('src="' in attrs and not body.strip() for attrs, body in scripts)


def test_docs_assets_are_served(bare_client: TestClient) -> None:
    page = _docs(bare_client)
    for url in re.findall(r'(?:src|href)="(/[^"]*)"', page):
        r = bare_client.get(url)
        assert r.status_code == 200, url
        assert len(r.content) > 100, url
    assert "SwaggerUIBundle" in bare_client.get("/static/swagger-init.js").text
    assert "Apache License" in bare_client.get("/static/vendor/swagger-ui/LICENSE").text
