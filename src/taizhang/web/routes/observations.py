"""/api/observations: reported and official figures — list, get, confirm, edit, reject."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from taizhang.ledger.observations import (
    confirm_observation,
    edit_observation,
    get_observation,
    list_observations,
    observation_record,
    reject_observation,
    unmatched_observations,
)
from taizhang.ledger.regions import resolve_region_codes
from taizhang.web.deps import DbSession, LedgerDep, Reader, ReviewerUser
from taizhang.web.routes import ERRORS, IdPath
from taizhang.web.schemas import ObservationRecordPublic, ObservationRecordsPublic, ObservationUpdate, TargetReject

router = APIRouter(prefix="/api/observations", tags=["observations"], responses=ERRORS)


@router.get("", response_model=ObservationRecordsPublic)
def list_(
    _: Reader,
    s: DbSession,
    source: Annotated[str | None, Query(pattern="^(official|reported)$")] = None,
    state: Annotated[str | None, Query(pattern="^(proposed|confirmed|rejected|ambiguous|retired)$")] = None,
    region: Annotated[str | None, Query(max_length=100, description="Region code or name.")] = None,
    document_id: Annotated[int | None, Query(ge=1, le=2**31 - 1)] = None,
    unmatched: Annotated[bool, Query(description="Only figures in force that match no target.")] = False,
) -> ObservationRecordsPublic:
    """Observations matching every filter (at most 1,000), oldest first."""
    codes = resolve_region_codes(s, region) if region else None
    if unmatched:
        rows = unmatched_observations(s, source=source, region_codes=codes)
    else:
        rows = list_observations(s, source=source, state=state, region_codes=codes, document_id=document_id)
    return ObservationRecordsPublic(data=[ObservationRecordPublic(**r) for r in rows], count=len(rows))


@router.get("/{observation_id}", response_model=ObservationRecordPublic)
def read(observation_id: IdPath, _: Reader, s: DbSession) -> ObservationRecordPublic:
    """One observation."""
    return ObservationRecordPublic(**observation_record(get_observation(s, observation_id)))


@router.post("/{observation_id}/confirm", response_model=ObservationRecordPublic)
def confirm(observation_id: IdPath, ledger: LedgerDep, user: ReviewerUser) -> ObservationRecordPublic:
    """Confirm an observation (of an ambiguous pair: pick it); a re-ingest never changes it."""
    with ledger.session(write=True) as s:
        return ObservationRecordPublic(**confirm_observation(s, observation_id, who=user.name))


@router.patch("/{observation_id}", response_model=ObservationRecordPublic)
def edit(
    observation_id: IdPath, changes: ObservationUpdate, ledger: LedgerDep, user: ReviewerUser
) -> ObservationRecordPublic:
    """Change the figure; the extractor's reading is kept and a re-ingest never undoes the edit."""
    values = {k: v for k, v in changes.model_dump(exclude_unset=True).items() if v is not None}
    with ledger.session(write=True) as s:
        return ObservationRecordPublic(**edit_observation(s, observation_id, values, who=user.name))


@router.post("/{observation_id}/reject", response_model=ObservationRecordPublic)
def reject(
    observation_id: IdPath, body: TargetReject, ledger: LedgerDep, user: ReviewerUser
) -> ObservationRecordPublic:
    """Reject an observation (kept, left out of status and reconciliation)."""
    with ledger.session(write=True) as s:
        return ObservationRecordPublic(**reject_observation(s, observation_id, who=user.name, reason=body.reason))
