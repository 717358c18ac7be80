"""/api/auth: log in (a session cookie), log out, who am I, and tokens for scripts.

Failed logins are limited per user name and client address (429 with Retry-After).
"""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from taizhang.ledger.users import authenticate, create_session, create_token, end_session
from taizhang.messages import M
from taizhang.web.deps import Member, State, Writer
from taizhang.web.errors import NotLoggedInError
from taizhang.web.routes import ERRORS
from taizhang.web.schemas import LoginRequest, MePublic, TokenCreate, TokenPublic
from taizhang.web.security import SESSION_COOKIE, Principal

router = APIRouter(
    prefix="/api/auth",
    tags=["auth"],
    responses={**ERRORS, 429: ERRORS[401] | {"description": "Too many failed logins"}},
)


def client_address(request: Request) -> str:
    return request.client.host if request.client else "?"


def check_password(state: State, request: Request, name: str, password: str) -> object:
    """The user, or NotLoggedInError. The attempt is counted against the rate limit before the
    password is checked (RateLimitedError once the limit is used up); a success clears the count."""
    address = client_address(request)
    state.limiter.reserve(name, address)
    with state.ledger.session() as s:
        user = authenticate(s, name, password)
    if user is None:
        raise NotLoggedInError(M("web.wrong_password"))
    state.limiter.succeeded(name, address)
    return user


def start_session(state: State, response: Response, user: object) -> str:
    """Create the session, set its cookie; returns the CSRF token."""
    with state.ledger.session(write=True) as s:
        token, row = create_session(s, user, lifetime=state.session_lifetime)  # type: ignore[arg-type]
        csrf = row.csrf_token
    response.set_cookie(
        SESSION_COOKIE,
        token,
        max_age=int(state.session_lifetime.total_seconds()),
        httponly=True,
        samesite="lax",
        secure=state.settings.cookie_secure,
        path="/",
    )
    return csrf


@router.post("/login", response_model=MePublic)
def login(body: LoginRequest, request: Request, response: Response, state: State) -> MePublic:
    """Log in: sets an HttpOnly, SameSite=Lax session cookie; returns the CSRF token for writes."""
    user = check_password(state, request, body.name, body.password)
    csrf = start_session(state, response, user)
    return MePublic(name=user.name, role=user.role, regions=list(user.regions or []), via="session", csrf_token=csrf)  # type: ignore[attr-defined]


@router.post("/logout", status_code=204, response_class=Response)
def logout(request: Request, state: State, _: Writer) -> Response:
    """End this session."""
    cookie = request.cookies.get(SESSION_COOKIE)
    if cookie:
        with state.ledger.session(write=True) as s:
            end_session(s, cookie)
    response = Response(status_code=204)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@router.get("/me", response_model=MePublic)
def me(user: Member) -> MePublic:
    """Who is logged in."""
    return _me(user)


def _me(user: Principal) -> MePublic:
    return MePublic(
        name=user.name,
        role=user.role,
        regions=sorted(user.regions),
        units=sorted(user.units),
        via=user.via,
        csrf_token=user.csrf_token,
    )


@router.post("/tokens", response_model=TokenPublic, status_code=201)
def new_token(body: TokenCreate, request: Request, state: State) -> TokenPublic:
    """A token for scripts, from a name and password: send it as ``Authorization: Bearer <token>``."""
    user = check_password(state, request, body.name, body.password)
    with state.ledger.session(write=True) as s:
        token = create_token(s, user, label=body.label)  # type: ignore[arg-type]
    return TokenPublic(token=token, label=body.label)
