"""One error shape for every error the web layer returns, and the exceptions only it raises.

Every error is ``{"error": {"code": "E302", "message": "…", "details": […]}}`` with an HTTP
status: the ledger's :class:`~taizhang.errors.TaizhangError` codes, plus E4xx codes for HTTP-level
refusals. An HTML page gets the same code and message in a page instead (and a login redirect
for E401).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from sqlalchemy.exc import OperationalError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from taizhang.errors import (
    DuplicateImportError,
    ImportRejectedError,
    InputError,
    LedgerBusyError,
    NotFoundError,
    ReadError,
    TaizhangError,
    UnsupportedFormatError,
)
from taizhang.messages import Message, catalogue, text

__all__ = [
    "CsrfError",
    "ForbiddenError",
    "NotLoggedInError",
    "RateLimitedError",
    "TooLargeError",
    "error_body",
    "install_error_handlers",
]

log = logging.getLogger(__name__)

RETRY_BUSY_SECONDS = 5  # Retry-After of a 503 for a ledger busy with another writer (E307)


class WebError(TaizhangError):
    """A refusal of the web layer; ``status`` is its HTTP status."""

    code = "E400"
    status = 400


class NotLoggedInError(WebError):
    """No valid session or token."""

    code, status = "E401", 401


class ForbiddenError(WebError):
    """The user's role, regions or units do not allow this. A refused write is audited as ``denied``,
    and so is a refused read when ``audit`` (a unit reporter asking for another unit's target)."""

    code, status = "E403", 403

    def __init__(
        self,
        message: str | Message,
        *,
        who: str | None = None,
        entity: str | None = None,
        entity_id: int | None = None,
        audit: bool = False,
    ) -> None:
        super().__init__(message)
        self.who, self.entity, self.entity_id, self.audit = who, entity, entity_id, audit


class CsrfError(WebError):
    """A cookie-authenticated write without the session's CSRF token."""

    code, status = "E419", 403


class TooLargeError(WebError):
    """An upload over the size limit."""

    code, status = "E413", 413


class RateLimitedError(WebError):
    """Too many failed logins for this user from this address."""

    code, status = "E429", 429

    def __init__(self, message: str | Message, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after


_STATUS: tuple[tuple[type[TaizhangError], int], ...] = (
    (NotFoundError, 404),
    (DuplicateImportError, 409),
    (LedgerBusyError, 503),
    (UnsupportedFormatError, 415),
    (ImportRejectedError, 422),
    (ReadError, 422),
    (InputError, 422),
    (TaizhangError, 422),
)


def error_body(code: str, message: str, details: list[Any] | None = None) -> dict[str, Any]:
    """The one error shape."""
    return {"error": {"code": code, "message": message, "details": details or []}}


def _wants_html(request: Request) -> bool:
    path = request.url.path
    if path.startswith("/api") or path.startswith("/openapi") or path.startswith("/static"):
        return False
    return "text/html" in request.headers.get("accept", "")


def _respond(request: Request, status: int, code: str, message: str, details: list[Any] | None = None,
             headers: dict[str, str] | None = None) -> Response:  # fmt: skip
    if _wants_html(request):
        if status == 401:
            return RedirectResponse(f"/login?next={request.url.path}", status_code=303)
        templates = request.app.state.templates
        return templates.TemplateResponse(
            request,
            "error.html",
            {"code": code, "message": message, "details": details or [], "status": status, "user": None},
            status_code=status,
            headers=headers,
        )
    return JSONResponse(error_body(code, message, details), status_code=status, headers=headers)


async def _taizhang_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, TaizhangError)
    headers = None
    if isinstance(exc, WebError):
        status = exc.status
        if isinstance(exc, RateLimitedError):
            headers = {"Retry-After": str(exc.retry_after)}
        if isinstance(exc, ForbiddenError) and (exc.audit or request.method not in ("GET", "HEAD", "OPTIONS")):
            await run_in_threadpool(_audit_denied, request, exc)
    else:
        status = next(s for cls, s in _STATUS if isinstance(exc, cls))
        if isinstance(exc, LedgerBusyError):
            headers = {"Retry-After": str(RETRY_BUSY_SECONDS)}
    details = list(getattr(exc, "errors", []) or [])
    return _respond(request, status, exc.code, exc.message, details, headers)


def _audit_denied(request: Request, exc: ForbiddenError) -> None:
    from taizhang.ledger.audit import record

    after = {"method": request.method, "path": request.url.path[:300], "reason": exc.message}
    with request.app.state.web.ledger.session(write=True) as s:
        record(s, exc.who or "anonymous", "denied", exc.entity or "request", exc.entity_id, None, after)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    if isinstance(exc.__cause__, TaizhangError):  # e.g. the body limit, hit while FastAPI parsed a form
        return await _taizhang_error(request, exc.__cause__)
    message = http_message(exc.status_code)
    return _respond(request, exc.status_code, f"E{exc.status_code}", message, None, dict(exc.headers or {}))


def http_message(status: int) -> str:
    """The catalogue's sentence for an HTTP refusal Starlette raises itself (404, 405, …)."""
    key = f"http.{status}"
    return text(key) if key in catalogue() else text("http.other", status=status)


def validation_message(error: Mapping[str, Any]) -> str:
    """One problem of a request FastAPI's validation found, in the catalogue's words.

    Pydantic's error ``type`` picks the entry (``missing`` → 缺少此项); its ``ctx`` fills the
    placeholders. A ``value_error`` carries a message of ours (already in the catalogue's words);
    a type the catalogue does not list falls back to a general sentence with pydantic's own text.
    """
    kind = str(error.get("type", ""))
    ctx = {k: v for k, v in (error.get("ctx") or {}).items() if isinstance(v, str | int | float)}
    msg = str(error.get("msg", ""))
    if kind == "value_error":
        return msg.removeprefix("Value error, ")
    key = f"pydantic.{kind}"
    if key in catalogue():
        try:
            return text(key, **ctx)
        except (KeyError, IndexError):
            pass
    if kind in ("as_of",):  # our own PydanticCustomError, written from the catalogue
        return msg
    return text("pydantic.other", reason=msg)


async def _validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    details = [{"loc": [str(p) for p in e.get("loc", ())], "message": validation_message(e)} for e in exc.errors()]
    return _respond(request, 422, "E422", text("web.invalid_request"), details)


async def _database_error(request: Request, exc: Exception) -> Response:
    """A lock wait past the busy timeout outside ``Ledger.session`` (a request's read session): 503."""
    from taizhang.ledger.database import busy_error

    assert isinstance(exc, OperationalError)
    busy = busy_error(exc)
    if busy is None:
        return await _server_error(request, exc)
    return await _taizhang_error(request, busy)


async def _server_error(request: Request, exc: Exception) -> Response:
    log.exception("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return _respond(request, 500, "E500", text("web.internal"))


def install_error_handlers(app: FastAPI) -> None:
    """Translate every error to the one shape."""
    app.add_exception_handler(TaizhangError, _taizhang_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(OperationalError, _database_error)
    app.add_exception_handler(Exception, _server_error)
