"""/api/targets: list with filters, get, confirm, edit, reject, merge, unmerge; /api/review (many at
once) and /api/duplicates."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from taizhang.extract.record import STRENGTHS
from taizhang.ledger.duplicates import find_duplicates, merge_target, review_targets, unmerge_target
from taizhang.ledger.listing import SORTS, STATES, TargetFilter, matching_ids, page_targets
from taizhang.ledger.records import target_record
from taizhang.ledger.review import confirm_target, edit_target, get_target, reject_target
from taizhang.web.deps import DbSession, LedgerDep, Reader, ReviewerUser, State
from taizhang.web.routes import ERRORS, IdPath, choice
from taizhang.web.schemas import (
    DuplicatePublic,
    DuplicatesPublic,
    TargetMerge,
    TargetPublic,
    TargetReject,
    TargetsPublic,
    TargetsReview,
    TargetUpdate,
)
from taizhang.web.scope import check_target, scoped_filter

router = APIRouter()
api = APIRouter(prefix="/api/targets", tags=["targets"], responses=ERRORS)
# Actions on many targets: not under /api/targets/, where a word would be read as a target id.
many = APIRouter(prefix="/api", tags=["targets"], responses=ERRORS)


@api.get("", response_model=TargetsPublic)
def list_targets(
    app_state: State,
    user: Reader,
    s: DbSession,
    region: Annotated[str | None, Query(max_length=100, description="Region code or name.")] = None,
    indicator: Annotated[str | None, Query(max_length=200, description="Indicator text or canonical id.")] = None,
    q: Annotated[str | None, Query(max_length=200, description="Words of the indicator or of its sentence.")] = None,
    year: Annotated[int | None, Query(ge=1949, le=2100)] = None,
    state: Annotated[str | None, Query(pattern=choice(STATES))] = None,
    strength: Annotated[str | None, Query(pattern=choice(STRENGTHS))] = None,
    document_id: Annotated[int | None, Query(ge=1, le=2**31 - 1)] = None,
    unit: Annotated[
        int | None, Query(ge=1, le=2**31 - 1, description="A unit's id: the targets it leads or assists.")
    ] = None,
    sort: Annotated[str, Query(pattern=choice(SORTS), description="id, or confidence (least sure first).")] = "id",
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    offset: Annotated[int, Query(ge=0, le=10**9)] = 0,
) -> TargetsPublic:
    """Targets matching every filter, in id order (or the least sure first), one page at a time."""
    f = TargetFilter(
        region=region, indicator=indicator, text=q, year=year, state=state, strength=strength, document_id=document_id,
        units=None if unit is None else (unit,),
    )  # fmt: skip
    f = scoped_filter(user, f)
    ids = app_state.status.get(s, ("targets", f, sort), lambda: matching_ids(s, f, sort=sort))
    rows, count = page_targets(s, f, limit=limit, offset=offset, ids=ids)
    return TargetsPublic(data=[TargetPublic(**r) for r in rows], count=count)


@many.get("/duplicates", response_model=DuplicatesPublic)
def duplicates(_: Reader, s: DbSession) -> DuplicatesPublic:
    """Every live target that has possible duplicates ("可能重复"), with their ids."""
    found = find_duplicates(s)
    data = [DuplicatePublic(id=i, duplicates=d) for i, d in sorted(found.items())]
    return DuplicatesPublic(data=data, count=len(data))


@many.post("/review", response_model=TargetsPublic)
def review_many(body: TargetsReview, ledger: LedgerDep, user: ReviewerUser) -> TargetsPublic:
    """Confirm or reject the targets ``ids`` (a review queue's page): one audit entry per target,
    all or nothing."""
    with ledger.session(write=True) as s:
        rows = review_targets(s, body.ids, body.action, who=user.name, reason=body.reason)
    return TargetsPublic(data=[TargetPublic(**r) for r in rows], count=len(rows))


@api.get("/{target_id}", response_model=TargetPublic)
def read_target(target_id: IdPath, user: Reader, s: DbSession) -> TargetPublic:
    """One target, edits applied (a unit reporter: one of their units' targets only)."""
    get_target(s, target_id)
    check_target(s, user, target_id)
    return TargetPublic(**target_record(get_target(s, target_id)))


@api.post("/{target_id}/confirm", response_model=TargetPublic)
def confirm(target_id: IdPath, ledger: LedgerDep, user: ReviewerUser) -> TargetPublic:
    """Confirm a target: a re-ingest will never change it."""
    with ledger.session(write=True) as s:
        return TargetPublic(**confirm_target(s, target_id, who=user.name))


@api.patch("/{target_id}", response_model=TargetPublic)
def edit(target_id: IdPath, changes: TargetUpdate, ledger: LedgerDep, user: ReviewerUser) -> TargetPublic:
    """Override fields; the extractor's reading is kept beside the edit."""
    with ledger.session(write=True) as s:
        return TargetPublic(**edit_target(s, target_id, changes.model_dump(exclude_unset=True), who=user.name))


@api.post("/{target_id}/reject", response_model=TargetPublic)
def reject(target_id: IdPath, body: TargetReject, ledger: LedgerDep, user: ReviewerUser) -> TargetPublic:
    """Reject a target (kept, left out of status)."""
    with ledger.session(write=True) as s:
        return TargetPublic(**reject_target(s, target_id, who=user.name, reason=body.reason))


@api.post("/{target_id}/merge", response_model=TargetPublic)
def merge(target_id: IdPath, body: TargetMerge, ledger: LedgerDep, user: ReviewerUser) -> TargetPublic:
    """Merge a duplicate into target ``into``, which keeps both sources; the merged one leaves status."""
    with ledger.session(write=True) as s:
        return TargetPublic(**merge_target(s, target_id, into=body.into, who=user.name))


@api.post("/{target_id}/unmerge", response_model=TargetPublic)
def unmerge(target_id: IdPath, ledger: LedgerDep, user: ReviewerUser) -> TargetPublic:
    """Undo a merge: the target's state before it comes back, with the progress that moved."""
    with ledger.session(write=True) as s:
        return TargetPublic(**unmerge_target(s, target_id, who=user.name))


router.include_router(api)
router.include_router(many)
