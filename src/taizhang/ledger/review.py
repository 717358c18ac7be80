"""Reviewing targets: show, confirm, edit, reject. Every change goes to the audit log.
(Listing them is :mod:`taizhang.ledger.listing`.)

An edit never overwrites the extractor's reading: it is kept in ``Target.edited`` (field →
value), so the reading stays visible and a re-ingest never undoes the edit.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from taizhang.errors import NotFoundError, ReviewError
from taizhang.extract.record import COMPARATORS, MEASURES, STRENGTHS
from taizhang.ledger.audit import jsonable, record
from taizhang.ledger.inputs import TEXT_LIMITS, check_text, check_year, row_by_id
from taizhang.ledger.models import Target
from taizhang.ledger.records import EDITABLE, effective, target_record
from taizhang.ledger.regions import check_region_code, region_code_for
from taizhang.ledger.values import check_value, read_number
from taizhang.messages import FieldName, M

__all__ = ["confirm_target", "edit_target", "get_target", "reject_target"]


def get_target(session: Session, target_id: int) -> Target:
    """The target with ``target_id``; raises NotFoundError."""
    row = row_by_id(session, Target, target_id)
    if row is None:
        raise NotFoundError(M("target.not_found", id=target_id))
    return row


def _target_for_update(session: Session, target_id: int) -> Target:
    """The target with its row locked until the transaction ends, for a change based on what it holds.

    On PostgreSQL, SELECT … FOR UPDATE makes concurrent edits of one target queue, each reading
    the edits before it (issue 13: four concurrent PATCHes kept only some, the audit log all four);
    SQLite renders no FOR UPDATE, its writers being serialised by BEGIN IMMEDIATE already.
    """
    row = row_by_id(session, Target, target_id, lock=True)
    if row is None:
        raise NotFoundError(M("target.not_found", id=target_id))
    return row


def _set_state(session: Session, target_id: int, state: str, who: str, reason: str | None) -> dict[str, Any]:
    row = _target_for_update(session, target_id)
    if row.retired_at is not None:
        raise ReviewError(M("review.retired_state", id=target_id, state=M(f"label.state.{state}")))
    if row.state == "merged":
        raise ReviewError(M("review.merged", id=target_id, into=row.merged_into))
    before = {"state": row.state}
    row.state = state
    after: dict[str, Any] = {"state": state}
    if reason:
        after["reason"] = reason
    record(
        session,
        who,
        state.removesuffix("ed") if state != "rejected" else "reject",
        "target",
        row.id,
        before,
        after,
    )
    session.flush()
    return target_record(row)


def confirm_target(session: Session, target_id: int, *, who: str) -> dict[str, Any]:
    """Mark a target confirmed: a re-ingest will never change it."""
    return _set_state(session, target_id, "confirmed", who, None)


def reject_target(session: Session, target_id: int, *, who: str, reason: str | None = None) -> dict[str, Any]:
    """Mark a target rejected (not a target, or misread); it is kept, and left out of status."""
    check_text("reason", reason)
    return _set_state(session, target_id, "rejected", who, reason)


def _check(field: str, value: Any) -> Any:
    """``value`` validated and converted for ``field``; raises ReviewError."""
    if field not in EDITABLE:
        raise ReviewError(M("review.not_editable", field=field, editable=", ".join(sorted(EDITABLE))))
    choices = {"measure": MEASURES, "comparator": COMPARATORS, "strength": STRENGTHS}
    if field in choices and value not in choices[field]:
        raise ReviewError(M("review.choice", field=FieldName(field), choices=", ".join(choices[field]), value=value))
    if field == "direction" and value not in (None, "increase", "decrease"):
        raise ReviewError(M("review.direction", value=value))
    if field in TEXT_LIMITS and isinstance(value, str):
        check_text(field, value)
    if field == "region_code" and value is not None:
        return check_region_code(str(value))
    if field == "year" and value is not None:
        try:
            year = int(value)
        except (TypeError, ValueError) as exc:
            raise ReviewError(M("review.year", value=value)) from exc
        return check_year(year)
    return value


def edit_target(session: Session, target_id: int, changes: dict[str, Any], *, who: str) -> dict[str, Any]:
    """Override fields of a target (kept apart from the extractor's reading) and audit the change.

    ``changes`` maps TARGETS.md field names to new values; ``value`` is in base units (a string
    such as "56e8" or "5600000000" is read exactly). Setting a field back to the extractor's
    reading removes the override. A ``region`` must name one region (else RegionNotFoundError);
    its code is set with it unless ``region_code`` is changed too. Text fields are checked by
    :func:`~taizhang.ledger.inputs.check_text`, ``year`` by :func:`~taizhang.ledger.inputs.check_year`.
    """
    if not changes:
        raise ReviewError(M("review.nothing"))
    row = _target_for_update(session, target_id)
    if row.retired_at is not None:
        raise ReviewError(M("review.retired_edit", id=target_id))
    checked_changes = {f: _check(f, v) for f, v in changes.items()}
    unit = checked_changes["unit"] if "unit" in checked_changes else effective(row, "unit")
    if "value" in checked_changes:
        checked_changes["value"] = format(read_number(checked_changes["value"], unit), "f")
    elif "unit" in checked_changes:  # the value stays; it must still keep the rule in its new unit
        check_value(effective(row, "value"), unit)
    if checked_changes.get("region") is not None:  # a name must stand for a region; its code comes along
        code = region_code_for(session, checked_changes["region"])
        checked_changes.setdefault("region_code", code)
    edited = dict(row.edited or {})
    before = {f: jsonable(effective(row, f)) for f in checked_changes}
    for field_name, checked in checked_changes.items():
        reading = getattr(row, {"start": "span_start", "end": "span_end"}.get(field_name, field_name))
        if jsonable(reading) == checked:
            edited.pop(field_name, None)
        else:
            edited[field_name] = checked
    row.edited = edited or None
    after = {f: jsonable(effective(row, f)) for f in checked_changes}
    record(session, who, "edit", "target", row.id, before, after)
    session.flush()
    return target_record(row)
