"""Target page (record, source, history, audit, review forms), documents and the review queue."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, File, Form, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse
from starlette.concurrency import run_in_threadpool

from taizhang.errors import InputError, TaizhangError
from taizhang.extract.record import STRENGTHS
from taizhang.ledger.audit import audit_page
from taizhang.ledger.duplicates import find_duplicates, merge_target, merged_sources, review_targets, unmerge_target
from taizhang.ledger.history import monthly_points, target_history
from taizhang.ledger.listing import (
    STATES,
    TargetFilter,
    document_detail,
    get_document,
    matching_ids,
    page_documents,
    page_targets,
)
from taizhang.ledger.records import target_record
from taizhang.ledger.review import confirm_target, edit_target, get_target, reject_target
from taizhang.ledger.units import assignment, list_units, target_unit_ids
from taizhang.ledger.uploads import ingest_upload
from taizhang.messages import M, field_label, text
from taizhang.text.dates import date_note
from taizhang.web.deps import DbSession, Reader, ReviewerUser, State
from taizhang.web.pages.common import redirect, render, safe_next
from taizhang.web.pages.filters import source_parts
from taizhang.web.routes import IdPath, choice
from taizhang.web.routes._upload import read_upload
from taizhang.web.routes.documents import SUFFIXES
from taizhang.web.scope import check_target, scoped_filter

router = APIRouter(tags=["pages"], include_in_schema=False)

EDIT_FIELDS = ("indicator", "value", "unit", "value_text", "comparator", "strength", "measure", "year", "region_code")


TARGETS_PAGE = 200


@router.get("/targets", response_class=HTMLResponse)
def targets_page(
    request: Request,
    state: State,
    user: Reader,
    s: DbSession,
    region: Annotated[str | None, Query(max_length=100)] = None,
    q: Annotated[str | None, Query(max_length=200)] = None,
    year: Annotated[int | None, Query(ge=1949, le=2100)] = None,
    target_state: Annotated[str | None, Query(alias="state", pattern=choice(STATES))] = None,
    strength: Annotated[str | None, Query(pattern=choice(STRENGTHS))] = None,
    unit: Annotated[int | None, Query(ge=1, le=2**31 - 1)] = None,
    page: Annotated[int, Query(ge=1, le=10**6)] = 1,
) -> HTMLResponse:
    """Every target passing the filters, as /api/targets and ``taizhang targets list`` give them."""
    units = None if unit is None else (unit,)
    f = TargetFilter(
        region=region or None, text=q or None, year=year, state=target_state, strength=strength, units=units
    )
    f = scoped_filter(user, f)
    ids = state.status.get(s, ("targets", f, "id"), lambda: matching_ids(s, f))
    rows, count = page_targets(s, f, limit=TARGETS_PAGE, offset=(page - 1) * TARGETS_PAGE, ids=ids)
    more = count > page * TARGETS_PAGE
    next_page = urlencode({**request.query_params, "page": page + 1}) if more else None
    return render(
        request, "targets.html", user, rows=rows, count=count, f=f, next_page=next_page,
        states=STATES, strengths=STRENGTHS, unit_choices=list_units(s) if user.can_review else [],
    )  # fmt: skip


@router.get("/targets/{target_id}", response_class=HTMLResponse)
def target_page(request: Request, state: State, user: Reader, s: DbSession, target_id: IdPath) -> HTMLResponse:
    rec = target_record(get_target(s, target_id))
    check_target(s, user, target_id)
    doc = get_document(s, rec["document_id"])
    source = source_parts(doc.text, rec["start"], rec["end"])
    history = target_history(s, target_id)
    duplicates = [_brief(s, i) for i in find_duplicates(s, [target_id]).get(target_id, [])]
    sources = [_brief(s, r["id"]) for r in merged_sources(s, target_id)]
    audit: list[Any] = []
    if user.logged_in:
        audit, _ = audit_page(s, entity="target", entity_id=target_id, who=None, limit=100, offset=0)
    report = state.status.status(s, state.as_of(), {rec["region_code"]} if rec["region_code"] else None)
    status = next((r.to_dict() for r in report.rows if r.target.id == target_id), None)
    points = monthly_points(history, state.status.source)
    chart = {"periods": [h["period"] for h in points], "values": [h["value"] for h in points],
             "target": rec["value"], "unit": rec["unit"]}  # fmt: skip
    return render(
        request, "target.html", user, t=rec, doc=doc, source=source, history=history, audit=audit,
        status=status, chart=chart, edit_fields=EDIT_FIELDS, duplicates=duplicates, sources=sources,
        may_report=user.may_report_target(rec["region_code"], target_unit_ids(s, target_id)),
        assigned=assignment(s, target_id), unit_choices=list_units(s) if user.can_review else [],
    )  # fmt: skip


def _brief(s: DbSession, target_id: int) -> dict[str, Any]:
    """Another target as the target page lists it: its record, its document and its source words."""
    rec = target_record(get_target(s, target_id))
    doc = get_document(s, rec["document_id"])
    return {**rec, "doc": doc, "source": source_parts(doc.text, rec["start"], rec["end"], context=80)}


def _back(request: Request, target_id: int) -> str:
    referer = request.headers.get("referer", "")
    return (
        "/documents/" + referer.rsplit("/documents/", 1)[1].split("?")[0]
        if "/documents/" in referer
        else (f"/targets/{target_id}")
    )


@router.post("/targets/{target_id}/confirm")
def confirm(request: Request, state: State, user: ReviewerUser, target_id: IdPath) -> RedirectResponse:
    with state.ledger.session(write=True) as s:
        confirm_target(s, target_id, who=user.name)
    return redirect(_back(request, target_id), msg=text("page.confirmed", id=target_id))


@router.post("/targets/{target_id}/reject")
def reject(
    request: Request, state: State, user: ReviewerUser, target_id: IdPath,
    reason: Annotated[str, Form(max_length=500)] = "",
) -> RedirectResponse:  # fmt: skip
    with state.ledger.session(write=True) as s:
        reject_target(s, target_id, who=user.name, reason=reason or None)
    return redirect(_back(request, target_id), msg=text("page.rejected", id=target_id))


@router.post("/review")
async def review_many(request: Request, state: State, user: ReviewerUser) -> RedirectResponse:
    """The review queue's bulk form: confirm or reject every ticked target, one audit entry each."""
    form = await request.form()
    back = safe_next(str(form.get("back") or "/documents"))
    action = str(form.get("action") or "")
    reason = str(form.get("reason") or "").strip()[:500] or None
    try:
        ids = [int(str(v)) for v in form.getlist("ids")]
    except ValueError:
        return redirect(back, err=text("page.bad_ids"))

    def run() -> RedirectResponse:
        try:  # outside the session: an error rolls back every target of the batch
            with state.ledger.session(write=True) as s:
                done = review_targets(s, ids, action, who=user.name, reason=reason if action == "reject" else None)
        except TaizhangError as exc:
            return redirect(back, err=exc.message)
        return redirect(back, msg=text("cli.confirmed" if action == "confirm" else "cli.rejected", count=len(done)))

    return await run_in_threadpool(run)


@router.post("/targets/{target_id}/merge")
def merge(
    state: State, user: ReviewerUser, target_id: IdPath,
    into: Annotated[int, Form(ge=1, le=2**31 - 1)], back: Annotated[str, Form(max_length=200)] = "",
) -> RedirectResponse:  # fmt: skip
    """Merge a possible duplicate into ``into``, which keeps both sources."""
    try:
        with state.ledger.session(write=True) as s:
            merge_target(s, target_id, into=into, who=user.name)
    except TaizhangError as exc:
        return redirect(safe_next(back or f"/targets/{target_id}"), err=exc.message)
    return redirect(safe_next(back or f"/targets/{into}"), msg=text("page.merged", id=target_id, into=into))


@router.post("/targets/{target_id}/unmerge")
def unmerge(state: State, user: ReviewerUser, target_id: IdPath) -> RedirectResponse:
    try:
        with state.ledger.session(write=True) as s:
            unmerge_target(s, target_id, who=user.name)
    except TaizhangError as exc:
        return redirect(f"/targets/{target_id}", err=exc.message)
    return redirect(f"/targets/{target_id}", msg=text("page.unmerged", id=target_id))


@router.post("/targets/{target_id}/edit")
async def edit(request: Request, state: State, user: ReviewerUser, target_id: IdPath) -> RedirectResponse:
    form = await request.form()

    def run() -> RedirectResponse:
        with state.ledger.session(write=True) as s:
            current = target_record(get_target(s, target_id))
            changes: dict[str, Any] = {}
            for field in EDIT_FIELDS:
                raw = form.get(field)
                if not isinstance(raw, str):
                    continue
                value: Any = raw.strip() or None
                shown = current[field]
                if str(shown if shown is not None else "") != (value or ""):
                    changes[field] = value
            if not changes:
                return redirect(f"/targets/{target_id}", msg=text("page.unchanged"))
            try:
                edit_target(s, target_id, changes, who=user.name)
            except TaizhangError as exc:
                return redirect(f"/targets/{target_id}", err=exc.message)
        return redirect(f"/targets/{target_id}", msg=text("page.edited", fields="、".join(map(field_label, changes))))

    return await run_in_threadpool(run)


@router.get("/documents", response_class=HTMLResponse)
def documents_page(request: Request, user: Reader, s: DbSession, page: int = 1) -> HTMLResponse:
    page = max(1, min(page, 10**6))
    docs, count = page_documents(s, limit=50, offset=(page - 1) * 50)
    return render(request, "documents.html", user, docs=docs, count=count, page=page, suffixes=" ".join(SUFFIXES))


@router.post("/documents")
async def upload(
    state: State,
    user: ReviewerUser,
    file: Annotated[UploadFile, File()],
    region: Annotated[str, Form(max_length=100)] = "",
    published: Annotated[str, Form(max_length=20)] = "",
) -> RedirectResponse:
    try:
        day = date.fromisoformat(published) if published else None
        limit = state.settings.max_upload_bytes
        name, data = await read_upload(file, suffixes=SUFFIXES, limit=limit)
        result = await run_in_threadpool(
            lambda: ingest_upload(
                state.ledger, data, name=name, who=user.name, region=region or None, published=day, max_bytes=limit
            )
        )
    except (TaizhangError, ValueError) as exc:
        return redirect("/documents", err=getattr(exc, "message", str(exc)))
    note = text("page.uploaded", count=len(result.added)) if result.created else text("page.uploaded_before")
    said = date_note(result.dated, day)
    if said:
        note = text("page.with_date_note", note=note, date_note=said)
    return redirect(f"/documents/{result.document_id}", msg=note)


@router.post("/documents/{document_id}/date")
async def set_date(
    state: State, user: ReviewerUser, document_id: IdPath, published: Annotated[str, Form(max_length=20)] = ""
) -> RedirectResponse:
    from taizhang.ledger.documents import set_document_date

    def run() -> RedirectResponse:
        try:
            day = date.fromisoformat(published)
        except ValueError:
            return redirect(
                f"/documents/{document_id}",
                err=str(InputError(M("input.date", option=text("page.published"), value=published))),
            )
        try:
            with state.ledger.session(write=True) as s:
                r = set_document_date(s, document_id, day, who=user.name)
        except TaizhangError as exc:
            return redirect(f"/documents/{document_id}", err=exc.message)
        return redirect(f"/documents/{document_id}", msg=text("page.date_set", date=day, count=len(r.updated)))

    return await run_in_threadpool(run)


@router.get("/documents/{document_id}", response_class=HTMLResponse)
def document_page(request: Request, user: Reader, s: DbSession, document_id: IdPath) -> HTMLResponse:
    detail = document_detail(s, document_id)
    text = detail["text"]
    queue = []
    for t in detail["target_list"]:
        queue.append({**t, "source": source_parts(text, t["start"], t["end"], context=120)})
    # proposed first, the least sure of them first (issue 7), then in the order of the text
    queue.sort(key=lambda t: (t["state"] != "proposed", t.get("confidence") or 0.0, t["start"]))
    duplicates = find_duplicates(s, [t["id"] for t in queue])
    return render(request, "document.html", user, doc=detail, queue=queue, duplicates=duplicates)
