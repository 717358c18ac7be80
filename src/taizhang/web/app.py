"""The application factory: ``create_app(settings)`` builds one FastAPI app around one ledger.

Nothing happens at import: the engine, the settings and the templates are made here. JSON API
under /api (OpenAPI at /openapi.json, docs at /docs), Chinese pages at /, assets at /static —
all served by the app itself, no CDN.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import Depends, FastAPI
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp

from taizhang import __version__
from taizhang.web.errors import install_error_handlers
from taizhang.web.middleware import AllowedMethods, BodyLimit, SecurityHeaders
from taizhang.web.settings import Settings

__all__ = ["create_app"]

HERE = Path(__file__).parent
FORM_OVERHEAD = 64 * 1024  # multipart boundaries and fields around the file itself


def _templates() -> Any:
    from fastapi.templating import Jinja2Templates

    from taizhang.web.pages.filters import install_filters

    templates = Jinja2Templates(directory=str(HERE / "templates"))
    install_filters(templates.env)
    return templates


class _App(FastAPI):
    """FastAPI with :class:`SecurityHeaders` and :class:`AllowedMethods` outside Starlette's error
    middleware, so even a 500 for an unhandled exception carries the headers."""

    def build_middleware_stack(self) -> ASGIApp:
        return SecurityHeaders(AllowedMethods(super().build_middleware_stack(), self.router))

    def openapi(self) -> dict[str, Any]:
        if self.openapi_schema is None:
            _document_body_errors(super().openapi())
        return self.openapi_schema  # type: ignore[return-value]


BODY_ERRORS = {
    "400": "The body could not be read (not UTF-8, a multipart body without its boundary)",
    "413": "The body is larger than the upload limit",
}
UPLOAD_ERRORS = {"415": "A file type that is not accepted"}


def _document_body_errors(schema: dict[str, Any]) -> None:
    """Every operation with a body can answer 400 and 413, an upload also 415 (FastAPI documents
    neither: they come from reading the body, before the route's own responses)."""
    error = {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorPublic"}}}
    for item in schema.get("paths", {}).values():
        for operation in item.values():
            body = operation.get("requestBody")
            if not body:
                continue
            codes = BODY_ERRORS | (UPLOAD_ERRORS if "multipart/form-data" in body.get("content", {}) else {})
            for code, text in codes.items():
                operation["responses"].setdefault(code, {"description": text, "content": error})


SWAGGER = "/static/vendor/swagger-ui"
# The API's interactive docs from the vendored Swagger UI (static/vendor/README.md): local files
# only and no inline script, since the CSP allows scripts from 'self' alone; /docs works offline.
DOCS_PAGE = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>taizhang 目标台账 · API 文档</title>
<link rel="stylesheet" href="{SWAGGER}/swagger-ui.css">
<link rel="icon" href="data:,">
</head>
<body>
<div id="swagger-ui"></div>
<script src="{SWAGGER}/swagger-ui-bundle.js"></script>
<script src="/static/swagger-init.js"></script>
</body>
</html>
"""


def _swagger_ui() -> HTMLResponse:
    return HTMLResponse(DOCS_PAGE)


def create_app(settings: Settings | None = None, *, ledger: Any = None) -> FastAPI:
    """The web application for ``settings`` (default: read from ``TAIZHANG_*`` environment variables).

    ``ledger`` is an already open :class:`~taizhang.ledger.database.Ledger` to use instead of
    opening ``settings.database_url`` (the caller then closes it).
    """
    import taizhang.ledger.users  # noqa: F401  (registers the web tables on the ledger's metadata)
    from taizhang.ledger.database import open_ledger
    from taizhang.web import pages
    from taizhang.web.cache import StatusCache
    from taizhang.web.deps import AppState, refuse_nul
    from taizhang.web.routes import (
        analysis,
        audit,
        auth,
        compare,
        documents,
        export,
        observations,
        progress,
        reconciliation,
        regions,
        status,
        targets,
        tokens,
        units,
    )
    from taizhang.web.routes import settings as settings_routes
    from taizhang.web.routes import users as users_routes
    from taizhang.web.security import LoginLimiter

    settings = settings or Settings()
    owned = ledger is None
    opened = ledger if ledger is not None else open_ledger(settings.database_url, busy_seconds=settings.busy_timeout)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        if owned:
            opened.close()

    app = _App(
        lifespan=lifespan,
        title="taizhang 目标台账",
        version=__version__,
        description="Quantified targets from Chinese government texts, their review and their progress.",
        openapi_url="/openapi.json",
        docs_url=None,  # served below from the vendored Swagger UI, within the CSP
        redoc_url=None,
        dependencies=[Depends(refuse_nul)],
    )
    templates = _templates()
    app.state.templates = templates
    app.state.web = AppState(
        settings=settings,
        ledger=opened,
        limiter=LoginLimiter(opened, settings.login_attempts, settings.login_window_seconds),
        status=StatusCache(settings.status_cache, opened.reports, source=settings.status_source),
        templates=templates,
    )
    install_error_handlers(app)
    for module in (targets, documents, progress, status, compare, analysis, regions, audit, export, users_routes,
                   auth, settings_routes, tokens, observations, reconciliation, units):  # fmt: skip
        app.include_router(module.router)
    for router in pages.routers():
        app.include_router(router)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.add_api_route("/docs", _swagger_ui, include_in_schema=False, response_class=HTMLResponse)

    app.add_middleware(BodyLimit, limit=settings.max_upload_bytes + FORM_OVERHEAD)
    return app
