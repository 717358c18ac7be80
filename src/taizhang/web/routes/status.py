"""/api/status: every tracked target's light at a date."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from taizhang.ledger.regions import resolve_region_codes
from taizhang.ledger.status import StatusReport
from taizhang.web.deps import AsOf, DbSession, Reader, State
from taizhang.web.routes import ERRORS
from taizhang.web.schemas import StatusPublic, StatusRowPublic

router = APIRouter(prefix="/api/status", tags=["status"], responses=ERRORS)


def status_public(report: StatusReport) -> StatusPublic:
    counts: dict[str, dict[str, int]] = {}
    for row in report.rows:
        key = row.target.region_code or "?"
        bucket = counts.setdefault(key, {})
        bucket[row.assessment.status] = bucket.get(row.assessment.status, 0) + 1
    data = [StatusRowPublic(**r.to_dict()) for r in report.rows]
    return StatusPublic(as_of=report.as_of, data=data, count=len(data), counts=counts)


@router.get("", response_model=StatusPublic)
def status(
    state: State,
    _: Reader,
    s: DbSession,
    as_of: AsOf,
    region: Annotated[str | None, Query(max_length=100, description="Region code or name.")] = None,
) -> StatusPublic:
    """Completion, time progress and light of every tracked target (of one region, if given)."""
    codes = resolve_region_codes(s, region) if region else None
    return status_public(state.status.status(s, as_of, codes))
