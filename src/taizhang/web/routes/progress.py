"""/api/progress: add one actual, or import a CSV/XLSX sheet. Reporters write for their regions only."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, File, UploadFile
from starlette.concurrency import run_in_threadpool

from taizhang.extract.record import decimal_to_json
from taizhang.ledger.records import effective
from taizhang.ledger.review import get_target
from taizhang.messages import M
from taizhang.web.deps import State, Writer
from taizhang.web.errors import ForbiddenError
from taizhang.web.routes import ERRORS
from taizhang.web.routes._upload import read_upload
from taizhang.web.schemas import (
    ImportPublic,
    ObservationPublic,
    ProgressCreate,
    ProgressPublic,
    UntrackedReasonPublic,
)
from taizhang.web.scope import check_target
from taizhang.web.security import Principal

router = APIRouter(prefix="/api/progress", tags=["progress"], responses=ERRORS)

SUFFIXES = (".csv", ".xlsx")


def add_for(state: Any, user: Principal, body: ProgressCreate) -> ProgressPublic:
    """Record one actual, refusing (403, audited) a target outside the user's regions."""
    from taizhang.ledger.progress import add_progress

    user.require(user.can_report, "report")
    with state.ledger.session(write=True) as s:
        code = effective(get_target(s, body.target_id), "region_code")
        if user.unit_scoped:
            check_target(s, user, body.target_id, region_code=code, report=True)
        elif not user.may_report_for(code):
            raise ForbiddenError(
                M(
                    "web.report_region",
                    name=user.name,
                    regions=", ".join(sorted(user.regions)) or "-",
                    code=code,
                    id=body.target_id,
                ),
                who=user.name,
                entity="target",
                entity_id=body.target_id,
            )
        oid = add_progress(
            s,
            body.target_id,
            period=body.period,
            value=body.value,
            who=user.name,
            cumulative=body.cumulative,
            unit=body.unit,
            source_text=body.source_text,
        )
    return ProgressPublic(id=oid, target_id=body.target_id)


@router.post("", response_model=ProgressPublic, status_code=201)
def add(body: ProgressCreate, state: State, user: Writer) -> ProgressPublic:
    """Record one actual against a target (a value as written: 71.2亿元, 7120000000, 3.2%)."""
    return add_for(state, user, body)


def import_for(state: Any, user: Principal, name: str, data: bytes) -> ImportPublic:
    """Import a sheet, all or nothing, refusing (403, audited) any row outside the user's regions."""
    from taizhang.ledger.progress import import_progress, sheet_region_codes
    from taizhang.ledger.untracked import UNTRACKED_REASONS, summarize_untracked

    user.require(user.can_report, "report")
    with state.ledger.session(write=True) as s:
        if not user.reports_everywhere:
            codes = sheet_region_codes(s, Path(name), data)
            outside = sorted(c or "?" for c in codes if not user.may_report_for(c))
            if outside:
                raise ForbiddenError(
                    M("web.import_outside", source=name, regions=", ".join(outside), name=user.name),
                    who=user.name,
                    entity="progress_import",
                )
        r = import_progress(s, Path(name), who=user.name, data=data)
    summary = summarize_untracked(r)
    return ImportPublic(
        import_id=r.import_id,
        filename=r.filename,
        rows=r.rows,
        matched=len(r.matched),
        untracked_count=summary.count,
        untracked_summary=[
            UntrackedReasonPublic(reason=reason, label=str(UNTRACKED_REASONS[reason]), count=n)
            for reason, n in summary.by_reason.items()
        ],
        untracked_examples=[
            ObservationPublic(
                row=o.row,
                region_code=o.region_code,
                indicator=o.indicator,
                period=o.period,
                value=decimal_to_json(o.value),
                unit=o.unit,
                reason=reason,
            )
            for o, reason in summary.examples
        ],
    )


@router.post("/import", response_model=ImportPublic, status_code=201)
async def import_sheet(
    state: State,
    user: Writer,
    file: Annotated[UploadFile, File(description="CSV or XLSX: region_code, indicator, period, value, …")],
) -> ImportPublic:
    """Import a progress sheet, all rows or none."""
    name, data = await read_upload(file, suffixes=SUFFIXES, limit=state.settings.max_upload_bytes)
    return await run_in_threadpool(import_for, state, user, name, data)
