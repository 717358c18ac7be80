"""A stored target as the reader sees it: the extractor's reading overlaid with a reviewer's edits."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from taizhang.extract.record import Target as ExtractedTarget
from taizhang.extract.record import decimal_to_json
from taizhang.ledger.inputs import TEXT_LIMITS
from taizhang.ledger.models import TARGET_FIELDS, Target

__all__ = ["EDITABLE", "effective", "extractor_key", "insert_rows", "reading_of", "target_record"]

# Fields a reviewer may override; the span and clause stay the extractor's evidence.
EDITABLE: frozenset[str] = frozenset(TARGET_FIELDS) - {"start", "end", "text"}
_COLUMN = {"start": "span_start", "end": "span_end"}


def extractor_key(t: ExtractedTarget) -> str:
    """What makes two readings "the same target" across re-ingests: span and indicator.

    A changed value, comparator or year on the same span and indicator is an update; a changed
    span or indicator is a different reading (the old one is retired, the new one added).
    """
    key = f"{t.start}-{t.end}:{t.indicator}:{t.qualifier or ''}:{t.subject or ''}"
    return key[:255]


def reading_of(t: ExtractedTarget) -> dict[str, Any]:
    """The column values of an extracted target; a text longer than its column is cut to fit,
    with a note saying so (the clause and span keep the whole reading)."""
    values = {
        "span_start": t.start,
        "span_end": t.end,
        "text": t.text,
        "region": t.region,
        "region_code": t.region_code,
        "subject": t.subject,
        "indicator": t.indicator,
        "indicator_id": t.indicator_id,
        "qualifier": t.qualifier,
        "measure": t.measure,
        "comparator": t.comparator,
        "value": Decimal(t.value),
        "unit": t.unit,
        "value_text": t.value_text,
        "strength": t.strength,
        "year": t.year,
        "direction": t.direction,
        "notes": list(t.notes),
        "confidence": t.confidence,
    }
    for name in _CLIPPED:
        text, limit = values[name], TEXT_LIMITS[name]
        if text is not None and len(text) > limit:
            values[name] = text[:limit]
            values["notes"].append(f"{name} 原长 {len(text)} 字，超出 {limit} 字，已截断")
    return values


# Texts the extractor reads out of a clause, stored in bounded columns.
_CLIPPED = ("region", "subject", "indicator", "indicator_id", "qualifier", "unit", "value_text")


def effective(row: Target, field: str) -> Any:
    """The value of TARGETS.md ``field`` after edits."""
    edited = row.edited or {}
    if field in edited:
        value = edited[field]
        return Decimal(value) if field == "value" and value is not None else value
    return getattr(row, _COLUMN.get(field, field))


_READ = tuple((name, _COLUMN.get(name, name)) for name in TARGET_FIELDS)


def target_record(row: Target) -> dict[str, Any]:
    """The TARGETS.md record of a stored target plus ``id``, ``state``, ``edited`` and ``document_id``.

    ``value`` is JSON-ready (an int when whole); ``edited`` lists the overridden fields.
    """
    edited = row.edited
    out: dict[str, Any] = {"id": row.id}
    if edited:
        for name in TARGET_FIELDS:
            out[name] = effective(row, name)
    else:  # nearly every row (a listing page reads a hundred): the columns as they are
        for name, column in _READ:
            out[name] = getattr(row, column)
    out["value"] = decimal_to_json(out["value"])
    out["state"] = row.state
    out["merged_into"] = row.merged_into
    out["edited"] = sorted(edited.keys()) if edited else []
    out["document_id"] = row.document_id
    out["retired"] = row.retired_at is not None
    out["confidence"] = row.confidence
    return out


def insert_rows(session: Session, model: Any, document_id: int, rows: list[dict[str, Any]]) -> list[int]:
    """Insert a document's new ``rows`` of ``model`` (Target or Commitment) in one statement; their
    ids in the order given, found by ``extractor_key``, unique within a document."""
    if not rows:
        return []
    session.connection().execute(insert(model.__table__), rows)
    query = select(model.extractor_key, model.id).where(model.document_id == document_id)
    ids = {key: id_ for key, id_ in session.execute(query)}
    return [ids[row["extractor_key"]] for row in rows]
