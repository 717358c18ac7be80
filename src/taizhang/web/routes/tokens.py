"""/api/tokens and the tokens page: a user's script tokens, listed, created (shown once) and revoked.

Anyone logged in manages their own tokens; an admin also sees and revokes everyone's. A token is
sent as ``Authorization: Bearer tz_…``; the ledger keeps only its SHA-256, so a lost token is
revoked and replaced, never shown again. (``POST /api/auth/tokens`` still gives a script its
first token from a name and password.)
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Query, Request, Response
from fastapi.responses import HTMLResponse, RedirectResponse
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.orm import Session

from taizhang.errors import NotFoundError, TaizhangError
from taizhang.ledger.users import ApiToken, get_token, get_user_by_id, issue_token, list_tokens, revoke_token
from taizhang.messages import text
from taizhang.web.deps import LedgerDep, Member, State, Writer
from taizhang.web.errors import ForbiddenError
from taizhang.web.pages.common import redirect, render
from taizhang.web.routes import ERRORS, IdPath
from taizhang.web.schemas import UtcDateTime
from taizhang.web.security import Principal

router = APIRouter()
api = APIRouter(prefix="/api/tokens", tags=["tokens"], responses=ERRORS)
pages = APIRouter(prefix="/tokens", tags=["pages"], include_in_schema=False)


class ApiTokenCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    label: str = Field(min_length=1, max_length=100, examples=["nightly import"], description="A name for it.")


class ApiTokenPublic(BaseModel):
    id: int
    label: str
    user: str = Field(description="Whose token it is.")
    created_at: UtcDateTime
    last_used_at: UtcDateTime | None = Field(description="To the minute; null if never used.")


class ApiTokensPublic(BaseModel):
    data: list[ApiTokenPublic]
    count: int


class ApiTokenCreatedPublic(ApiTokenPublic):
    token: str = Field(description="Shown once: send as Authorization: Bearer <token>.")


def _public(row: ApiToken, owner: str) -> ApiTokenPublic:
    return ApiTokenPublic(
        id=row.id, label=row.label, user=owner, created_at=row.created_at, last_used_at=row.last_used_at
    )


def _visible(session: Session, user: Principal, everyone: bool) -> list[ApiTokenPublic]:
    if everyone:
        user.require(user.can_manage, "list_tokens")
        return [_public(t, owner) for t, owner in list_tokens(session)]
    return [_public(t, owner) for t, owner in list_tokens(session, get_user_by_id(session, _user_id(user)))]


def _user_id(user: Principal) -> int:
    user.require(user.user_id is not None, "have_tokens")
    assert user.user_id is not None
    return user.user_id


def create_for(session: Session, user: Principal, label: str) -> ApiTokenCreatedPublic:
    """A new token for the user making the request."""
    owner = get_user_by_id(session, _user_id(user))
    token, row = issue_token(session, owner, label=label)
    return ApiTokenCreatedPublic(**_public(row, owner.name).model_dump(), token=token)


def revoke_for(session: Session, user: Principal, token_id: int) -> ApiToken:
    """Revoke one of the user's tokens, or (for an admin) anyone's; others get 403, audited."""
    row = get_token(session, token_id)
    if row.user_id != user.user_id and not user.can_manage:
        raise ForbiddenError(
            user.refusal("revoke_token"),
            who=user.name, entity="api_token", entity_id=token_id,
        )  # fmt: skip
    return revoke_token(session, token_id, who=user.name)


@api.get("", response_model=ApiTokensPublic)
def tokens(
    ledger: LedgerDep,
    user: Member,
    all_users: Annotated[bool, Query(alias="all", description="Every user's tokens (admins only).")] = False,
) -> ApiTokensPublic:
    """My tokens (name, created, last used), newest first; never the tokens themselves."""
    with ledger.session() as s:
        rows = _visible(s, user, all_users)
    return ApiTokensPublic(data=rows, count=len(rows))


@api.post("", response_model=ApiTokenCreatedPublic, status_code=201)
def create(body: ApiTokenCreate, ledger: LedgerDep, user: Writer) -> ApiTokenCreatedPublic:
    """A new named token for me, shown once in this response."""
    with ledger.session(write=True) as s:
        return create_for(s, user, body.label)


@api.delete("/{token_id}", status_code=204, response_class=Response)
def revoke(token_id: IdPath, ledger: LedgerDep, user: Writer) -> Response:
    """Revoke one of my tokens (an admin: anyone's); it stops working at once."""
    with ledger.session(write=True) as s:
        revoke_for(s, user, token_id)
    return Response(status_code=204)


# ---- the tokens page ----------------------------------------------------------------------------


@pages.get("", response_class=HTMLResponse)
def tokens_page(
    request: Request, state: State, user: Member, all_users: Annotated[bool, Query(alias="all")] = False
) -> HTMLResponse:
    with state.ledger.session() as s:
        rows = _visible(s, user, all_users)
    return render(request, "admin_tokens.html", user, tokens=rows, everyone=all_users)


@pages.post("", response_class=HTMLResponse)
def create_form(
    request: Request, state: State, user: Writer, label: Annotated[str, Form(max_length=100)] = ""
) -> Response:
    """Create a token and show it on this one response (never in a URL, never again)."""
    if not label.strip():
        return redirect("/tokens", err=text("page.token_unnamed"))
    try:
        with state.ledger.session(write=True) as s:
            created = create_for(s, user, label)
    except TaizhangError as exc:
        return redirect("/tokens", err=exc.message)
    return render(
        request, "admin_secret.html", user, title=f"新令牌：{created.label}", secret=created.token, back="/tokens",
        note="令牌只显示这一次，请立即复制保存。脚本请求时发送 Authorization: Bearer <令牌>。",
    )  # fmt: skip


@pages.post("/{token_id}/revoke")
def revoke_form(
    token_id: IdPath, state: State, user: Writer, back: Annotated[str, Form(max_length=20)] = "/tokens"
) -> RedirectResponse:
    back = back if back in ("/tokens", "/tokens?all=true") else "/tokens"
    try:
        with state.ledger.session(write=True) as s:
            label = revoke_for(s, user, token_id).label
    except NotFoundError as exc:
        return redirect(back, err=exc.message)
    return redirect(back, msg=text("page.token_revoked", label=label))


router.include_router(api)
router.include_router(pages)
