"""The app's pure-ASGI wrappers: security headers on every response, Allow headers, the body limit.

:class:`SecurityHeaders` wraps the whole application, outside Starlette's error middleware, so a
500 for an unhandled exception, a 413 from the body limit, a 404 and a 405 carry the headers like
any page. :class:`BodyLimit` answers 413 for a body over the limit, whether it declares its length
or streams it in chunks: the app's own answer to the interrupted read (FastAPI's "error parsing
the body", 400) is replaced by the 413. :class:`AllowedMethods` answers OPTIONS with the methods a
path takes, and names all of them in a 405's Allow header (Starlette's names those of one route).
"""

from __future__ import annotations

from starlette.datastructures import MutableHeaders
from starlette.responses import Response
from starlette.routing import Match, Mount, Router
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from taizhang.messages import M
from taizhang.web.errors import TooLargeError, error_body

__all__ = ["SECURITY_HEADERS", "AllowedMethods", "BodyLimit", "SecurityHeaders"]

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
}


class SecurityHeaders:
    """Add :data:`SECURITY_HEADERS` (and ``Cache-Control: no-store`` outside /static) to every
    HTTP response that does not set them itself."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        cacheable = str(scope.get("path", "")).startswith("/static")

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for key, value in SECURITY_HEADERS.items():
                    headers.setdefault(key, value)
                if not cacheable:
                    headers.setdefault("Cache-Control", "no-store")
            await send(message)

        await self.app(scope, receive, with_headers)


class AllowedMethods:
    """OPTIONS answers 204 with ``Allow``; a 405 names every method of the path in ``Allow``.

    Mounted apps (/static) answer for themselves.
    """

    METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE")

    def __init__(self, app: ASGIApp, router: Router) -> None:
        self.app, self.router = app, router

    def allowed(self, scope: Scope) -> str:
        """The Allow header for this request's path ("" when no route has the path)."""
        methods = [
            method
            for method in self.METHODS
            if any(
                not isinstance(route, Mount) and route.matches({**scope, "method": method})[0] is Match.FULL
                for route in self.router.routes
            )
        ]
        return ", ".join([*methods, "OPTIONS"]) if methods else ""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope["method"] == "OPTIONS" and (allow := self.allowed(scope)):
            await Response(status_code=204, headers={"Allow": allow})(scope, receive, send)
            return

        async def with_allow(message: Message) -> None:
            start = message["type"] == "http.response.start"
            if start and message["status"] == 405 and (allow := self.allowed(scope)):
                MutableHeaders(scope=message)["Allow"] = allow
            await send(message)

        await self.app(scope, receive, with_allow)


class BodyLimit:
    """Refuse a request body over ``limit`` bytes with 413, declared or streamed."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for key, value in scope.get("headers", ()):
            if key == b"content-length" and value.isdigit() and int(value) > self.limit:
                await self._refuse(scope, send)
                return
        seen, over, started = 0, False, False

        async def counted() -> Message:
            nonlocal seen, over
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.limit:
                over = True
                raise TooLargeError(self._message())
            return message

        async def unless_over(message: Message) -> None:
            nonlocal started
            if over and not started:
                return  # the app's answer to the interrupted read: the 413 is sent instead
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted, unless_over)
        except Exception:
            if not over or started:
                raise
        if over and not started:
            await self._refuse(scope, send)

    def _message(self) -> str:
        return str(M("web.body_large", limit=self.limit // 1024))

    async def _refuse(self, scope: Scope, send: Send) -> None:
        from fastapi.responses import JSONResponse

        response = JSONResponse(error_body("E413", self._message()), status_code=413)
        await response(scope, _empty_receive, send)


async def _empty_receive() -> Message:
    return {"type": "http.request", "body": b"", "more_body": False}
