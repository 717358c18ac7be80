"""Unit pages (issue 11): the list of units, a unit's targets with their lights, setting a target's
units on its page, and setting the lead unit and deadline of many targets at once."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from starlette.concurrency import run_in_threadpool

from taizhang.errors import TaizhangError
from taizhang.ledger.reminders import my_reminders
from taizhang.ledger.units import KEEP, assign_by_name, create_unit, get_unit, list_units, unit_target_counts
from taizhang.messages import text
from taizhang.web.deps import DbSession, Reader, ReviewerUser, State
from taizhang.web.pages.common import redirect, render, safe_next
from taizhang.web.routes import IdPath
from taizhang.web.routes.units import check_unit, unit_status_rows

router = APIRouter(tags=["pages"], include_in_schema=False)


@router.get("/units", response_class=HTMLResponse)
def units_page(request: Request, user: Reader, s: DbSession) -> HTMLResponse:
    counts = unit_target_counts(s)
    rows = [(u, counts.get(u.id, 0)) for u in list_units(s)]
    if user.unit_scoped:
        rows = [(u, n) for u, n in rows if u.id in user.units]
    return render(request, "units.html", user, rows=rows)


@router.post("/units")
def add_unit(
    state: State, user: ReviewerUser,
    name: Annotated[str, Form(max_length=200)], region_code: Annotated[str, Form(max_length=6)] = "",
    email: Annotated[str, Form(max_length=254)] = "",
) -> RedirectResponse:  # fmt: skip
    try:
        with state.ledger.session(write=True) as s:
            create_unit(s, name, region_code=region_code or None, email=email or None, who=user.name)
    except TaizhangError as exc:
        return redirect("/units", err=exc.message)
    return redirect("/units", msg=text("page.unit_added", name=name.strip()))


@router.get("/units/{unit_id}", response_class=HTMLResponse)
def unit_page(request: Request, state: State, user: Reader, s: DbSession, unit_id: IdPath) -> HTMLResponse:
    unit = get_unit(s, unit_id)
    check_unit(user, unit_id)
    rows = unit_status_rows(state, s, unit_id)
    counts: dict[str, int] = {}
    for r in rows:
        if r.get("status"):
            counts[r["status"]] = counts.get(r["status"], 0) + 1
    day, within = state.as_of(), state.settings.remind_within
    reminders = my_reminders(s, state.status.status(s, day), {unit_id}, within=within)
    return render(
        request, "unit.html", user, unit=unit, rows=rows, counts=counts, as_of=day, reminders=reminders, within=within
    )


@router.post("/targets/{target_id}/units")
async def assign(request: Request, state: State, user: ReviewerUser, target_id: IdPath) -> RedirectResponse:
    """The target page's form: lead unit, assisting units (one per line or separated by 、), person, deadline."""
    form = await request.form()

    def field(name: str) -> Any:
        raw = form.get(name)
        return raw.strip() if isinstance(raw, str) else KEEP

    assisting = field("assisting")
    if assisting is not KEEP:
        assisting = [n.strip() for n in assisting.replace("、", "\n").replace(",", "\n").splitlines() if n.strip()]

    def run() -> RedirectResponse:
        try:
            with state.ledger.session(write=True) as s:
                assign_by_name(s, target_id, lead=field("lead"), assisting=assisting, person=field("person"),
                               deadline=field("deadline"), actor=user.name)  # fmt: skip
        except TaizhangError as exc:
            return redirect(f"/targets/{target_id}", err=exc.message)
        return redirect(f"/targets/{target_id}", msg=text("page.assigned", id=target_id))

    return await run_in_threadpool(run)


@router.post("/units/assign")
async def assign_many(request: Request, state: State, user: ReviewerUser) -> RedirectResponse:
    """The target list's bulk form: the lead unit and/or deadline of every ticked target, all or none."""
    form = await request.form()
    back = safe_next(str(form.get("back") or "/targets"))
    try:
        ids = [int(str(v)) for v in form.getlist("ids")]
    except ValueError:
        return redirect(back, err=text("page.bad_ids"))
    lead = str(form.get("lead") or "").strip()
    deadline = str(form.get("deadline") or "").strip()
    if not ids or not (lead or deadline):
        return redirect(back, err=text("page.assign_nothing"))

    def run() -> RedirectResponse:
        try:  # one transaction: an error leaves every target as it was
            with state.ledger.session(write=True) as s:
                for tid in ids:
                    assign_by_name(s, tid, lead=lead or KEEP, deadline=deadline or KEEP, actor=user.name)
        except TaizhangError as exc:
            return redirect(back, err=exc.message)
        return redirect(back, msg=text("page.assigned_many", count=len(ids)))

    return await run_in_threadpool(run)
