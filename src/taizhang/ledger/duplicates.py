"""Duplicate targets: finding them, merging them (and undoing a merge), reviewing many at once.

The same target is often read twice: a city's work report and the county's own page state 蓬江区's
工业投资 for the year, or a report's headline repeats a figure of its body. Two live targets are
*possible duplicates* ("可能重复") when they agree, after edits, on region, canonical indicator,
year, unit, measure, qualifier and subject, and their values differ by at most :data:`TOLERANCE`
of the larger. A reviewer merges one into the other: the merged one gets state ``merged`` and
``merged_into`` (the other keeps both sources and the progress reported for either), and leaves
status, so it is counted once. Every merge and undo is one audit entry per target changed.
"""

from __future__ import annotations

from collections.abc import Collection
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from taizhang.errors import ReviewError
from taizhang.ledger.audit import record
from taizhang.ledger.latest import refresh_latest
from taizhang.ledger.models import AuditEntry, Progress, ProgressLatest, Target
from taizhang.ledger.records import target_record
from taizhang.ledger.review import _target_for_update, confirm_target, reject_target
from taizhang.messages import M

__all__ = [
    "BULK_ACTIONS",
    "TOLERANCE",
    "find_duplicates",
    "merge_target",
    "merged_sources",
    "review_targets",
    "unmerge_target",
]

TOLERANCE = Decimal("0.01")
"""Two values are "the same" when they differ by at most this share of the larger (1 %)."""

LIVE = ("proposed", "confirmed")
BULK_ACTIONS = ("confirm", "reject")
BULK_LIMIT = 500
# What two readings of one target agree on (after edits); the value is compared within TOLERANCE.
_KEY = ("region_code", "indicator_id", "year", "unit", "measure", "qualifier", "subject")


def _close(a: Decimal, b: Decimal) -> bool:
    if not (a.is_finite() and b.is_finite()):  # a stored NaN or Infinity is like nothing
        return False
    return abs(a - b) <= TOLERANCE * max(abs(a), abs(b))


def _live_records(session: Session) -> list[dict[str, Any]]:
    query = select(Target).where(Target.retired_at.is_(None), Target.state.in_(LIVE)).order_by(Target.id)
    return [target_record(row) for row in session.scalars(query)]


def find_duplicates(session: Session, target_ids: Collection[int] | None = None) -> dict[int, list[int]]:
    """Target id → the ids of its possible duplicates (live targets only; ``target_ids`` limits
    the keys, not the targets they are compared with). Targets without a region or a canonical
    indicator have none: there is nothing sure to compare them by."""
    groups: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    for rec in _live_records(session):
        if rec["region_code"] and rec["indicator_id"]:
            groups.setdefault(tuple(rec[k] for k in _KEY), []).append(rec)
    wanted = None if target_ids is None else set(target_ids)
    out: dict[int, list[int]] = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        for rec in members:
            if wanted is not None and rec["id"] not in wanted:
                continue
            value = Decimal(str(rec["value"]))
            same = [o["id"] for o in members if o["id"] != rec["id"] and _close(value, Decimal(str(o["value"])))]
            if same:
                out[rec["id"]] = same
    return out


def _move_progress(session: Session, ids: list[int], to: int, stale: list[int]) -> None:
    """Tie the progress rows ``ids`` to target ``to`` and rebuild the latest observations of the
    targets in ``stale`` (their series are keyed by target)."""
    if ids:
        session.execute(update(Progress).where(Progress.id.in_(ids)).values(target_id=to))
    session.execute(delete(ProgressLatest).where(ProgressLatest.target_key.in_(stale)))
    refresh_latest(session, Progress.target_id.in_(stale))


def merge_target(session: Session, target_id: int, *, into: int, who: str) -> dict[str, Any]:
    """Merge target ``target_id`` into target ``into``, which keeps both sources.

    Both must be live (proposed or confirmed, not retired, not merged) and read the same region,
    canonical indicator, year and unit. The progress reported for the merged target moves to the
    kept one. Raises ReviewError (nothing changes) otherwise.
    """
    if target_id == into:
        raise ReviewError(M("merge.self", id=target_id))
    first, second = sorted((target_id, into))  # lock in id order: two opposite merges queue, never deadlock
    rows = {first: _target_for_update(session, first), second: _target_for_update(session, second)}
    merged, kept = rows[target_id], rows[into]
    for row in (merged, kept):
        if row.retired_at is not None or row.state not in LIVE:
            raise ReviewError(M("merge.unavailable", id=row.id))
    a, b = target_record(merged), target_record(kept)
    differ = [k for k in ("region_code", "indicator_id", "year", "unit") if a[k] != b[k]]
    if differ or not a["indicator_id"]:
        raise ReviewError(M("merge.different", id=target_id, into=into))
    moved = list(session.scalars(select(Progress.id).where(Progress.target_id == target_id).order_by(Progress.id)))
    before_state = merged.state
    merged.state, merged.merged_into = "merged", into
    session.flush()
    _move_progress(session, moved, into, [target_id, into])
    record(session, who, "merge", "target", target_id, {"state": before_state},
           {"state": "merged", "merged_into": into, "progress_moved": moved})  # fmt: skip
    session.flush()
    return target_record(merged)


def unmerge_target(session: Session, target_id: int, *, who: str) -> dict[str, Any]:
    """Undo the merge of ``target_id``: its state before the merge comes back, and the progress
    that moved with it returns. Raises ReviewError if it is not merged."""
    row = _target_for_update(session, target_id)
    if row.state != "merged" or row.merged_into is None:
        raise ReviewError(M("merge.not_merged", id=target_id))
    last = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.entity == "target", AuditEntry.entity_id == target_id, AuditEntry.action == "merge")
        .order_by(AuditEntry.id.desc())
        .limit(1)
    ).first()
    before = (last.before or {}) if last is not None else {}
    after = (last.after or {}) if last is not None else {}
    state = before.get("state") if before.get("state") in LIVE else "proposed"
    kept = row.merged_into
    moved = [int(i) for i in after.get("progress_moved") or []]
    row.state, row.merged_into = state, None
    session.flush()
    _move_progress(session, moved, target_id, [target_id, kept])
    record(session, who, "unmerge", "target", target_id, {"state": "merged", "merged_into": kept},
           {"state": state, "progress_moved": moved})  # fmt: skip
    session.flush()
    return target_record(row)


def merged_sources(session: Session, target_id: int) -> list[dict[str, Any]]:
    """The records of the targets merged into ``target_id`` (whose sources it keeps)."""
    rows = session.scalars(select(Target).where(Target.merged_into == target_id).order_by(Target.id))
    return [target_record(row) for row in rows]


def review_targets(
    session: Session, target_ids: Collection[int], action: str, *, who: str, reason: str | None = None
) -> list[dict[str, Any]]:
    """Confirm or reject many targets at once (a review queue's page): one audit entry per target,
    all or nothing (a retired or unknown target refuses the whole batch)."""
    if action not in BULK_ACTIONS:
        raise ReviewError(M("bulk.action", actions="、".join(BULK_ACTIONS), action=action))
    ids = list(dict.fromkeys(target_ids))
    if not ids:
        raise ReviewError(M("bulk.none"))
    if len(ids) > BULK_LIMIT:
        raise ReviewError(M("bulk.too_many", limit=BULK_LIMIT, count=len(ids)))
    if action == "confirm":
        return [confirm_target(session, i, who=who) for i in ids]
    return [reject_target(session, i, who=who, reason=reason) for i in ids]
