"""Log in and out with a form (CSRF: a signed double-submit cookie before there is a session)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from taizhang.errors import TaizhangError
from taizhang.ledger.users import end_session
from taizhang.web.deps import State, Writer
from taizhang.web.pages.common import render, safe_next
from taizhang.web.routes.auth import check_password, start_session
from taizhang.web.security import LOGIN_CSRF_COOKIE, SESSION_COOKIE, check_login_csrf, login_csrf_token

router = APIRouter(tags=["pages"], include_in_schema=False)


def _form(
    request: Request, state: State, *, error: str | None = None, name: str = "", status: int = 200
) -> HTMLResponse:
    token = login_csrf_token(state.settings.secret_key.get_secret_value())
    response = render(
        request, "login.html", None, csrf_token=token, error=error, name=name,
        next=safe_next(request.query_params.get("next")),
    )  # fmt: skip
    response.status_code = status
    response.set_cookie(
        LOGIN_CSRF_COOKIE, token, httponly=True, samesite="strict", secure=state.settings.cookie_secure, path="/login"
    )
    return response


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, state: State) -> HTMLResponse:
    return _form(request, state)


@router.post("/login", response_model=None)
def login(
    request: Request,
    state: State,
    name: Annotated[str, Form(max_length=100)],
    password: Annotated[str, Form(max_length=200)],
    csrf_token: Annotated[str, Form(max_length=200)] = "",
    next: Annotated[str, Form(max_length=500)] = "/",
) -> Response:
    check_login_csrf(state.settings.secret_key.get_secret_value(), request.cookies.get(LOGIN_CSRF_COOKIE), csrf_token)
    try:
        user = check_password(state, request, name, password)
    except TaizhangError as exc:
        status = getattr(exc, "status", 401)
        message = "用户名或密码错误" if status == 401 else "登录失败次数过多，请稍后再试"
        return _form(request, state, error=message, name=name, status=status)
    response = RedirectResponse(safe_next(next), status_code=303)
    start_session(state, response, user)
    response.delete_cookie(LOGIN_CSRF_COOKIE, path="/login")
    return response


@router.post("/logout")
def logout(request: Request, state: State, _: Writer) -> RedirectResponse:
    cookie = request.cookies.get(SESSION_COOKIE)
    if cookie:
        with state.ledger.session(write=True) as s:
            end_session(s, cookie)
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response
