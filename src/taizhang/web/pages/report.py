"""The progress page: a reporter's form and CSV/XLSX upload for the targets of their regions."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, Form, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse
from starlette.concurrency import run_in_threadpool

from taizhang.errors import InputError, NotFoundError, ReviewError
from taizhang.ledger.names import region_names
from taizhang.messages import text
from taizhang.web.deps import DbSession, Member, State, Writer
from taizhang.web.errors import ForbiddenError
from taizhang.web.pages.common import redirect, render
from taizhang.web.routes._upload import read_upload
from taizhang.web.routes.progress import SUFFIXES, add_for, import_for
from taizhang.web.schemas import ProgressCreate

router = APIRouter(tags=["pages"], include_in_schema=False)


@router.get("/progress", response_class=HTMLResponse)
def progress_page(
    request: Request,
    state: State,
    user: Member,
    s: DbSession,
    region: Annotated[str | None, Query(max_length=6)] = None,
) -> HTMLResponse:
    user.require(user.can_report, "report")
    day = state.as_of()
    names = region_names(s)
    mine = sorted(names) if user.reports_everywhere else sorted(user.regions)
    chosen = region if region in mine else (mine[0] if mine else None)
    if user.unit_scoped:  # a unit's reporter: the targets of their units, wherever they are
        from taizhang.ledger.units import unit_target_ids

        own = unit_target_ids(s, user.units)
        rows = [r.to_dict() for r in state.status.status(s, day, None).rows if r.target.id in own]
        mine, chosen = [], None
    else:
        report = state.status.status(s, day, {chosen}) if chosen else None
        rows = [r.to_dict() for r in report.rows] if report else []
    regions = [(c, names[c].name if c in names else c) for c in mine]
    return render(
        request, "progress.html", user, rows=rows, regions=regions, chosen=chosen,
        period=f"{day.year:04d}-{day.month:02d}", suffixes=" ".join(SUFFIXES),
    )  # fmt: skip


@router.post("/progress")
def add(
    state: State,
    user: Writer,
    target_id: Annotated[int, Form(ge=1)],
    period: Annotated[str, Form(max_length=20)],
    value: Annotated[str, Form(max_length=64)],
    cumulative: Annotated[str, Form(max_length=10)] = "",
    back: Annotated[str, Form(max_length=200)] = "/progress",
) -> RedirectResponse:
    back = back if back.startswith("/") and not back.startswith("//") else "/progress"
    body = ProgressCreate(target_id=target_id, period=period, value=value, cumulative=bool(cumulative))
    try:
        add_for(state, user, body)
    except ForbiddenError:
        raise
    except (InputError, ReviewError, NotFoundError) as exc:
        return redirect(back, err=exc.message)
    return redirect(back, msg=text("page.reported", id=target_id, period=period, value=value))


@router.post("/progress/import")
async def upload(state: State, user: Writer, file: Annotated[UploadFile, File()]) -> RedirectResponse:
    try:
        name, data = await read_upload(file, suffixes=SUFFIXES, limit=state.settings.max_upload_bytes)
        result = await run_in_threadpool(import_for, state, user, name, data)
    except ForbiddenError:
        raise
    except InputError as exc:
        return redirect("/progress", err=exc.message)
    except Exception as exc:
        from taizhang.errors import TaizhangError

        if not isinstance(exc, TaizhangError):
            raise
        detail = "；".join(getattr(exc, "errors", [])[:5])
        return redirect("/progress", err=f"{exc.message} {detail}".strip())
    return redirect("/progress", msg=text("page.imported", rows=result.rows, matched=result.matched))
