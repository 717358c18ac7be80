"""Reviewing observations: list, show, confirm, edit, reject; and which match no target.

An official figure is reviewed like a target. Confirming keeps it from any re-ingest; rejecting
keeps it, out of status and reconciliation; an edit changes the figure in force and keeps the
extractor's reading of each changed field in ``Progress.extracted``, so a re-ingest never undoes
it. Confirming one of an *ambiguous* pair is how a reviewer picks the document's figure. Every
change goes to the audit log and rebuilds the latest row of the series it touches.
"""

from __future__ import annotations

from collections.abc import Collection
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from taizhang.errors import NotFoundError, ReviewError
from taizhang.extract.record import decimal_to_json
from taizhang.ledger.audit import jsonable, record
from taizhang.ledger.inputs import check_period, check_text, row_by_id
from taizhang.ledger.latest import rebuild_series, series_of
from taizhang.ledger.models import Progress
from taizhang.ledger.official import SOURCES
from taizhang.ledger.progress import Observation, match_observations
from taizhang.ledger.regions import check_region_code
from taizhang.ledger.values import read_quantity
from taizhang.messages import M

__all__ = [
    "OBSERVATION_STATES",
    "confirm_observation",
    "edit_observation",
    "get_observation",
    "list_observations",
    "observation_record",
    "reject_observation",
    "unmatched_observations",
]

OBSERVATION_STATES = ("proposed", "confirmed", "rejected", "ambiguous", "retired")
EDITABLE = ("region_code", "indicator", "period", "value", "unit", "cumulative")


def observation_record(row: Progress) -> dict[str, Any]:
    """An observation as JSON-ready fields (the figure in force; ``extracted`` the extractor's reading of
    edited fields)."""
    return {
        "id": row.id,
        "source": row.source,
        "state": row.state,
        "region_code": row.region_code,
        "indicator": row.indicator,
        "indicator_id": row.indicator_id,
        "period": row.period,
        "value": decimal_to_json(row.value),
        "unit": row.unit,
        "cumulative": row.cumulative,
        "source_text": row.source_text,
        "document_id": row.document_id,
        "start": row.span_start,
        "end": row.span_end,
        "import_id": row.import_id,
        "target_id": row.target_id,
        "reported_by": row.reported_by,
        "extracted": jsonable(row.extracted) if row.extracted else None,
    }


def get_observation(session: Session, observation_id: int, *, lock: bool = False) -> Progress:
    """The observation with ``observation_id``; raises NotFoundError (E302)."""
    row = row_by_id(session, Progress, observation_id, lock=lock)
    if row is None:
        raise NotFoundError(M("observation.not_found", id=observation_id))
    return row


def list_observations(
    session: Session,
    *,
    source: str | None = None,
    state: str | None = None,
    region_codes: Collection[str] | None = None,
    document_id: int | None = None,
    limit: int = 1000,
) -> list[dict[str, Any]]:
    """Observations matching every filter, oldest first (at most ``limit``)."""
    if source is not None and source not in SOURCES:
        raise ReviewError(M("observation.source", sources="、".join(SOURCES), value=source))
    if state is not None and state not in OBSERVATION_STATES:
        raise ReviewError(M("review.state", states="、".join(OBSERVATION_STATES), state=state))
    query = select(Progress).order_by(Progress.id).limit(limit)
    if source is not None:
        query = query.where(Progress.source == source)
    if state is not None:
        query = query.where(Progress.state == state)
    if region_codes is not None:
        query = query.where(Progress.region_code.in_(list(region_codes)))
    if document_id is not None:
        query = query.where(Progress.document_id == document_id)
    return [observation_record(row) for row in session.scalars(query)]


def _set_state(session: Session, observation_id: int, state: str, who: str, reason: str | None) -> dict[str, Any]:
    row = get_observation(session, observation_id, lock=True)
    if row.state == "retired":
        raise ReviewError(M("observation.retired_review", id=observation_id))
    before = {"state": row.state}
    row.state = state
    after: dict[str, Any] = {"state": state}
    if reason:
        after["reason"] = reason
    record(session, who, "confirm" if state == "confirmed" else "reject", "observation", row.id, before, after)
    rebuild_series(session, series_of(row))
    return observation_record(row)


def confirm_observation(session: Session, observation_id: int, *, who: str) -> dict[str, Any]:
    """Confirm an observation (of an ambiguous pair: pick it); a re-ingest never changes it."""
    return _set_state(session, observation_id, "confirmed", who, None)


def reject_observation(session: Session, observation_id: int, *, who: str, reason: str | None = None) -> dict[str, Any]:
    """Reject an observation: it is kept, and left out of status and reconciliation."""
    check_text("reason", reason)
    return _set_state(session, observation_id, "rejected", who, reason)


def edit_observation(session: Session, observation_id: int, changes: dict[str, Any], *, who: str) -> dict[str, Any]:
    """Change fields of an observation (``EDITABLE``) and audit it; the extractor's reading of each
    changed field is kept in ``extracted``. ``value`` may be written as in reports ("5.1%", "56亿元")."""
    if not changes:
        raise ReviewError(M("review.nothing"))
    unknown = sorted(set(changes) - set(EDITABLE))
    if unknown:
        raise ReviewError(M("review.not_editable", field=", ".join(unknown), editable=", ".join(EDITABLE)))
    row = get_observation(session, observation_id, lock=True)
    if row.state == "retired":
        raise ReviewError(M("observation.retired_edit", id=observation_id))
    checked: dict[str, Any] = {}
    for name, value in changes.items():
        if name == "region_code":
            checked[name] = check_region_code(str(value))
        elif name == "period":
            checked[name] = check_period(str(value))
        elif name == "cumulative":
            if str(value).lower() not in ("true", "false", "1", "0"):
                raise ReviewError(M("observation.cumulative", value=value))
            checked[name] = str(value).lower() in ("true", "1")
        elif name in ("indicator", "unit"):
            check_text(name, str(value))
            checked[name] = str(value)
    if "value" in changes:
        q = read_quantity(str(changes["value"]), checked.get("unit", row.unit))
        checked["value"] = q.value
        if q.unit and "unit" not in checked:
            checked["unit"] = q.unit
    checked = {name: value for name, value in checked.items() if getattr(row, name) != value}
    if not checked:
        raise ReviewError(M("observation.unchanged", id=observation_id))
    old_series = series_of(row)
    before = {name: getattr(row, name) for name in checked}
    extracted = dict(row.extracted or {})
    for name, value in checked.items():
        if name not in extracted:
            old = getattr(row, name)
            extracted[name] = format(old, "f") if isinstance(old, Decimal) else old
        setattr(row, name, value)
    row.extracted = extracted
    if row.state in ("proposed", "ambiguous"):
        row.state = "confirmed"  # a person's figure: the reviewer has decided
    record(session, who, "edit", "observation", row.id, before, {**checked, "state": row.state})
    rebuild_series(session, old_series)
    rebuild_series(session, series_of(row))
    return observation_record(row)


def unmatched_observations(
    session: Session, *, source: str | None = None, region_codes: Collection[str] | None = None
) -> list[dict[str, Any]]:
    """Observations in force that measure no tracked target, each with ``reason`` (a key of
    :data:`taizhang.ledger.untracked.UNTRACKED_REASONS`), matched as a progress sheet's rows are."""
    query = select(Progress).where(Progress.state.in_(("proposed", "confirmed"))).order_by(Progress.id)
    if source is not None:
        query = query.where(Progress.source == source)
    if region_codes is not None:
        query = query.where(Progress.region_code.in_(list(region_codes)))
    rows = {row.id: row for row in session.scalars(query)}
    observations = [
        Observation(
            r.id, r.region_code, r.indicator, r.period, r.value, r.unit, r.cumulative, r.source_text, r.target_id
        )
        for r in rows.values()
    ]
    _, reasons = match_observations(session, observations)
    return [{**observation_record(rows[i]), "reason": reason} for i, reason in reasons.items()]
