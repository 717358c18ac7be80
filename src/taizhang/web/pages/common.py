"""What every page handler shares: rendering with the user and a redirect after a form."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse

from taizhang.web.security import Principal

__all__ = ["redirect", "render", "safe_next"]


def render(request: Request, template: str, principal: Principal | None, **context: Any) -> HTMLResponse:
    state = request.app.state.web
    response: HTMLResponse = state.templates.TemplateResponse(
        request,
        template,
        {
            "user": principal,
            "as_of": state.as_of(),
            "msg": request.query_params.get("msg"),
            "err": request.query_params.get("err"),
            **context,
        },
    )
    return response


def redirect(path: str, *, msg: str | None = None, err: str | None = None) -> RedirectResponse:
    """303 to ``path`` with a one-line notice."""
    sep = "&" if "?" in path else "?"
    if msg:
        path += f"{sep}msg={quote(msg)}"
    elif err:
        path += f"{sep}err={quote(err)}"
    return RedirectResponse(path, status_code=303)


def safe_next(target: str | None) -> str:
    """A local path to go to after login; anything else becomes the overview."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return "/"
