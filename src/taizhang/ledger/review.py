"""Reviewing targets: show, confirm, edit, reject. Every change goes to the audit log.
(Listing them is :mod:`taizhang.ledger.listing`.)

An edit never overwrites the extractor's reading: it is kept in ``Target.edited`` (field →
value), so the reading stays visible and a re-ingest never undoes the edit.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy.orm import Session

from taizhang.errors import NotFoundError, ReviewError, ValueInvalidError
from taizhang.extract.amounts import Amount, unit_scale
from taizhang.extract.record import COMPARATORS, MEASURES, STRENGTHS
from taizhang.ledger.audit import jsonable, record
from taizhang.ledger.inputs import TEXT_LIMITS, check_text, check_year, row_by_id
from taizhang.ledger.models import Target
from taizhang.ledger.records import EDITABLE, effective, target_record
from taizhang.ledger.regions import check_region_code, region_code_for
from taizhang.ledger.values import check_value, read_quantity
from taizhang.messages import FieldName, M
from taizhang.vocab import label

__all__ = ["confirm_target", "edit_target", "get_target", "reject_target"]

# A number typed without a unit (56e8, 5600000000): kept with its unit as value_text.
_PLAIN = re.compile(r"-?[\d.,]+(?:[eE][+-]?\d+)?")


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
        raise ReviewError(M("review.retired_state", id=target_id, state=label("state", state)))
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


def _amount_changes(row: Target, changes: dict[str, Any]) -> dict[str, Any]:
    """value, value_text, unit, comparator (and measure, when the unit changes) made to agree.

    The amount is read from ``value_text`` or ``value`` (both given: they must read alike). A text
    with its own unit sets the unit; a bare number is in the unit given or the target's. Comparator
    words (突破, 以内) set the comparator; without them it stays. A unit changed alone must agree
    with the value_text that stays. Errors are E203 naming the field.
    """
    texts = {f: str(changes[f]) for f in ("value_text", "value") if changes.get(f) is not None}
    unit = changes["unit"] if changes.get("unit") else effective(row, "unit")
    if not texts:
        if "unit" not in changes:
            return {}
        check_value(effective(row, "value"), unit)  # the value stays; it must keep the rule in its unit
        shown = str(effective(row, "value_text") or "")
        written = read_quantity(shown, None, field="value_text") if shown else None
        if written is not None and written.unit and written.unit != unit_scale(unit)[1]:
            raise ValueInvalidError("unit", str(unit), M("edit.unit_of_text", text=shown))
        return {}
    amounts = {f: _read_edit(t, unit, f) for f, t in texts.items()}
    first, *others = amounts.values()
    for f, other in zip(list(amounts)[1:], others, strict=True):
        if (other.value, other.unit) != (first.value, first.unit):
            raise ValueInvalidError(f, texts[f], M("edit.disagrees", text=texts["value_text"]))
    amount = next((a for a in amounts.values() if a.comparator is not None), first)
    out: dict[str, Any] = {"value": format(amount.value, "f"), "unit": amount.unit or unit}
    if "unit" in changes and changes["unit"] and amount.unit and amount.unit != unit_scale(unit)[1]:
        raise ValueInvalidError("unit", str(changes["unit"]), M("edit.unit_of_value", text=next(iter(texts.values()))))
    out["value_text"] = _value_text(row, amount, out["unit"])
    if amount.comparator is not None:
        if changes.get("comparator") not in (None, amount.comparator):
            raise ValueInvalidError(
                "comparator", str(changes["comparator"]), M("edit.comparator", sign=amount.comparator)
            )
        out["comparator"] = amount.comparator
    if out["unit"] != effective(row, "unit") and amount.measure and "measure" not in changes:
        out["measure"] = amount.measure
    # Only what changes (the value always: it was given), so the audit shows what the edit did.
    return {f: v for f, v in out.items() if f == "value" or f in changes or v != effective(row, f)}


def _read_edit(text: str, unit: str | None, field: str) -> Amount:
    """A value typed into an edit: its own unit if it has one, else ``unit``."""
    amount = read_quantity(text, None, field=field)
    return amount if amount.unit else read_quantity(text, unit, field=field)


def _value_text(row: Target, amount: Amount, unit: str) -> str:
    """The words to keep as value_text: as typed when it carries a unit; for a bare number, the
    current or extracted value_text when it still says the same amount, else number and unit."""
    if not _PLAIN.fullmatch(amount.value_text):
        return amount.value_text
    for shown in (effective(row, "value_text"), row.value_text):
        if shown:
            try:
                again = read_quantity(shown, unit)
            except ValueInvalidError:
                continue
            if (again.value, again.unit) == (amount.value, amount.unit or unit):
                return str(shown)
    return f"{format(amount.value, 'f')}{unit}"


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

    ``changes`` maps TARGETS.md field names to new values. ``value`` and ``value_text`` take a
    value as people write it ("160亿元", "3%以内", "突破100亿元", or "56e8" in the target's unit),
    read by the extractor's grammar; value, value_text, unit and comparator change together
    (:func:`_amount_changes`), so they never contradict each other. Setting a field back to the extractor's
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
    checked_changes.update(_amount_changes(row, checked_changes))
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
