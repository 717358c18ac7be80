"""The application factory: ``create_app(settings)`` builds one FastAPI app around one ledger.

Nothing happens at import: the engine, the settings and the templates are made here. JSON API
under /api (OpenAPI at /openapi.json, docs at /docs), Chinese pages at /, assets at /static —
all served by the app itself, no CDN.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request, Response
from fastapi.staticfiles import StaticFiles

from taizhang import __version__
from taizhang.web.errors import TooLargeError, error_body, install_error_handlers
from taizhang.web.settings import Settings

__all__ = ["create_app"]

HERE = Path(__file__).parent
FORM_OVERHEAD = 64 * 1024  # multipart boundaries and fields around the file itself

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
}


def _templates() -> Any:
    from fastapi.templating import Jinja2Templates

    from taizhang.web.pages.filters import install_filters

    templates = Jinja2Templates(directory=str(HERE / "templates"))
    install_filters(templates.env)
    return templates


class BodyLimit:
    """Refuse a request body over the limit, whether or not it declares its length (pure ASGI)."""

    def __init__(self, app: Any, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(
        self, scope: dict[str, Any], receive: Callable[[], Awaitable[dict[str, Any]]], send: Any
    ) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for key, value in scope.get("headers", ()):
            if key == b"content-length" and value.isdigit() and int(value) > self.limit:
                await _too_large(scope, send, self.limit)
                return
        seen = 0

        async def counted() -> dict[str, Any]:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.limit:
                raise TooLargeError(f"request body larger than {self.limit // 1024} KiB")
            return message

        await self.app(scope, counted, send)


async def _too_large(scope: dict[str, Any], send: Any, limit: int) -> None:
    from fastapi.responses import JSONResponse

    body = error_body("E413", f"request body larger than {limit // 1024} KiB")
    await JSONResponse(body, status_code=413)(scope, _empty_receive, send)


async def _empty_receive() -> dict[str, Any]:
    return {"type": "http.request", "body": b"", "more_body": False}


def create_app(settings: Settings | None = None, *, ledger: Any = None) -> FastAPI:
    """The web application for ``settings`` (default: read from ``TAIZHANG_*`` environment variables).

    ``ledger`` is an already open :class:`~taizhang.ledger.database.Ledger` to use instead of
    opening ``settings.database_url`` (the caller then closes it).
    """
    import taizhang.ledger.users  # noqa: F401  (registers the web tables on the ledger's metadata)
    from taizhang.ledger.database import open_ledger
    from taizhang.web import pages
    from taizhang.web.deps import AppState
    from taizhang.web.reports import StatusCache
    from taizhang.web.routes import audit, auth, compare, documents, export, progress, regions, status, targets, tokens
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

    app = FastAPI(
        lifespan=lifespan,
        title="taizhang 目标台账",
        version=__version__,
        description="Quantified targets from Chinese government texts, their review and their progress.",
        openapi_url="/openapi.json",
        docs_url="/docs",
        redoc_url=None,
    )
    templates = _templates()
    app.state.templates = templates
    app.state.web = AppState(
        settings=settings,
        ledger=opened,
        limiter=LoginLimiter(settings.login_attempts, settings.login_window_seconds),
        status=StatusCache(settings.status_cache, opened.reports),
        templates=templates,
    )
    install_error_handlers(app)
    for module in (targets, documents, progress, status, compare, regions, audit, export, users_routes, auth,
                   settings_routes, tokens):  # fmt: skip
        app.include_router(module.router)
    for router in pages.routers():
        app.include_router(router)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        for key, value in SECURITY_HEADERS.items():
            response.headers.setdefault(key, value)
        if not request.url.path.startswith("/static"):
            response.headers.setdefault("Cache-Control", "no-store")
        return response

    app.add_middleware(BodyLimit, limit=settings.max_upload_bytes + FORM_OVERHEAD)
    return app
