"""Official figures: the reconciliation page (核对) and an observation's page (its sentence
highlighted, or its upload row), with confirm, edit and reject for reviewers (the services the
API and ``taizhang observations`` call)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from starlette.concurrency import run_in_threadpool

from taizhang.errors import TaizhangError
from taizhang.ledger.models import Document, Progress, ProgressImport
from taizhang.ledger.names import region_names
from taizhang.ledger.observations import (
    confirm_observation,
    edit_observation,
    get_observation,
    observation_record,
    reject_observation,
)
from taizhang.ledger.reconcile import reconcile, tolerance_from
from taizhang.ledger.regions import resolve_region_codes
from taizhang.messages import field_label, text
from taizhang.track.figures import format_quantity
from taizhang.web.deps import AsOf, DbSession, Reader, ReviewerUser, State
from taizhang.web.pages.common import redirect, render
from taizhang.web.pages.filters import source_parts
from taizhang.web.routes import IdPath
from taizhang.web.routes.reconciliation import reconciliation_public

router = APIRouter(tags=["pages"], include_in_schema=False)

EDIT_FIELDS = ("value", "period", "region_code", "indicator")
"""What a reviewer may change on the page (the value as people write it: 7.5%, 160亿元)."""


def _shown(row: Progress) -> dict[str, str]:
    """The edit form's fields as the page shows them: the value in the units people read."""
    return {
        "value": format_quantity(row.value, row.unit),
        "period": row.period,
        "region_code": row.region_code,
        "indicator": row.indicator,
    }


@router.get("/reconciliation", response_class=HTMLResponse)
def reconciliation_page(
    request: Request,
    state: State,
    user: Reader,
    s: DbSession,
    as_of: AsOf,
    region: Annotated[str | None, Query(max_length=100)] = None,
) -> HTMLResponse:
    codes = resolve_region_codes(s, region) if region else None
    result = reconcile(s, as_of=as_of, region_codes=codes, tolerance=tolerance_from(state.settings))
    body = reconciliation_public(result)
    return render(request, "reconciliation.html", user, r=body, region=region or "", regions=region_names(s))


@router.get("/observations/{observation_id}", response_class=HTMLResponse)
def observation_page(request: Request, user: Reader, s: DbSession, observation_id: IdPath) -> HTMLResponse:
    row = get_observation(s, observation_id)
    o = observation_record(row)
    doc = s.get(Document, o["document_id"]) if o["document_id"] else None
    source = source_parts(doc.text, o["start"], o["end"]) if doc and o["start"] is not None else None
    upload = s.get(ProgressImport, o["import_id"]) if o["import_id"] else None
    shown = _shown(row)
    fields = [(f, field_label(f), shown[f]) for f in EDIT_FIELDS]
    return render(
        request,
        "observation.html",
        user,
        o=o,
        doc=doc,
        source=source,
        upload=upload,
        sheet_row=row.sheet_row,
        edit_fields=fields,
    )


@router.post("/observations/{observation_id}/confirm")
def confirm(state: State, user: ReviewerUser, observation_id: IdPath) -> RedirectResponse:
    with state.ledger.session(write=True) as s:
        confirm_observation(s, observation_id, who=user.name)
    return redirect(f"/observations/{observation_id}", msg=text("page.observation_confirmed", id=observation_id))


@router.post("/observations/{observation_id}/reject")
def reject(
    state: State, user: ReviewerUser, observation_id: IdPath, reason: Annotated[str, Form(max_length=500)] = ""
) -> RedirectResponse:
    with state.ledger.session(write=True) as s:
        reject_observation(s, observation_id, who=user.name, reason=reason or None)
    return redirect(f"/observations/{observation_id}", msg=text("page.observation_rejected", id=observation_id))


@router.post("/observations/{observation_id}/edit")
async def edit(request: Request, state: State, user: ReviewerUser, observation_id: IdPath) -> RedirectResponse:
    """The fields the reviewer changed (against what the page showed), through ``edit_observation``."""
    form = await request.form()
    back = f"/observations/{observation_id}"

    def run() -> RedirectResponse:
        with state.ledger.session(write=True) as s:
            shown = _shown(get_observation(s, observation_id))
            changes: dict[str, str] = {}
            for field in EDIT_FIELDS:
                raw = form.get(field)
                if isinstance(raw, str) and raw.strip() != shown[field]:
                    changes[field] = raw.strip()
            if not changes:
                return redirect(back, msg=text("page.unchanged"))
            try:
                edit_observation(s, observation_id, changes, who=user.name)
            except TaizhangError as exc:
                return redirect(back, err=exc.message)
        return redirect(back, msg=text("page.edited", fields="、".join(map(field_label, changes))))

    return await run_in_threadpool(run)
