"""Official figures: the actual records of an ingested document stored as observations.

A statistics bulletin, an economic-run report or a work report states results (TARGETS.md,
"Actual records"). Each one the extractor reads becomes a ``progress`` row with ``source``
``official``, its document and span, region, indicator (and canonical id), period (the month
its period ends: 1-9月 of 2023 is 2023-09, cumulative) and value. A growth written as a fall
(下降15.4%, 增长-8.7%) is stored as a negative rate, as a reporter writes it in a sheet.

Re-ingesting the same document reconciles by extractor key as targets do: a reading no person
has touched is added, updated or retired; a confirmed, rejected or edited observation is never
changed. Two readings of one indicator, region, period and basis with different values in one
document are both stored as *ambiguous*: neither counts until a reviewer confirms one. A
reading that cannot be stored (no region, a value outside the limits) is listed with its reason.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from taizhang.extract.record import Actual
from taizhang.ledger.audit import record_many
from taizhang.ledger.latest import Series, rebuild_series, refresh_latest, series_of
from taizhang.ledger.models import Document, Progress
from taizhang.ledger.values import value_problem

__all__ = ["OFFICIAL", "REPORTED", "OfficialResult", "Refused", "actual_key", "observation_of", "store_actuals"]

OFFICIAL = "official"
REPORTED = "reported"
SOURCES = (OFFICIAL, REPORTED)

# States only the extractor sets: a row in one of them, never edited, is the extractor's to change.
_UNTOUCHED = ("proposed", "ambiguous", "retired")
_FIELDS = ("region_code", "indicator", "indicator_id", "period", "value", "unit", "cumulative", "source_text")


@dataclass(frozen=True)
class Refused:
    """An actual the document states that could not be stored, with the reason."""

    start: int
    end: int
    value_text: str
    indicator: str
    reason: str


@dataclass
class OfficialResult:
    """What storing a document's actuals did (ids of observations)."""

    added: list[int] = field(default_factory=list)
    updated: list[int] = field(default_factory=list)
    retired: list[int] = field(default_factory=list)
    kept: int = 0
    ambiguous: list[int] = field(default_factory=list)
    """Observations stored as ambiguous: another reading of the document gives another value."""
    refused: list[Refused] = field(default_factory=list)


def actual_key(a: Actual) -> str:
    """What makes two readings "the same figure" across re-ingests: span, indicator and period."""
    key = f"{a.start}-{a.end}:{a.indicator}:{a.qualifier or ''}:{a.subject or ''}:{a.period_end.isoformat()}"
    return key[:255]


def _signed(a: Actual) -> Decimal:
    if a.measure == "growth" and a.direction == "decrease":
        return -Decimal(a.value)
    return Decimal(a.value)


def _refusal(a: Actual) -> str | None:
    if not a.region_code:
        return "没有读出地区，无法对应目标"
    return value_problem(Decimal(a.value), a.unit)


def observation_of(a: Actual) -> dict[str, Any]:
    """The column values of an official observation read as ``a``."""
    indicator = a.indicator
    if a.subject and a.subject not in indicator:
        indicator = f"{a.subject}{indicator}"
    if a.qualifier and a.qualifier not in indicator:
        indicator = f"{a.qualifier}{indicator}"
    return {
        "region_code": a.region_code,
        "indicator": indicator[:200],
        "indicator_id": a.indicator_id,
        "period": f"{a.period_end.year:04d}-{a.period_end.month:02d}",
        "value": _signed(a),
        "unit": a.unit,
        "cumulative": a.cumulative,
        "source_text": a.text,
        "span_start": a.start,
        "span_end": a.end,
        "source": OFFICIAL,
    }


def _ambiguous_keys(actuals: Sequence[Actual]) -> set[str]:
    """Keys of readings that share indicator, region, period and basis with a different value."""
    groups: dict[tuple[Any, ...], list[Actual]] = {}
    for a in actuals:
        group = (
            a.region_code,
            a.indicator,  # the words, not the canonical id: 省重点项目 and 市重点项目 share an id
            a.qualifier,
            a.subject,
            a.unit,
            a.period_start,
            a.period_end,
            a.cumulative,
            a.basis,
        )
        groups.setdefault(group, []).append(a)
    out: set[str] = set()
    for members in groups.values():
        if len({_signed(a) for a in members}) > 1:
            out.update(actual_key(a) for a in members)
    return out


def store_actuals(session: Session, doc: Document, actuals: Sequence[Actual], who: str) -> OfficialResult:
    """Store or reconcile ``doc``'s actuals as official observations, in the caller's transaction."""
    result = OfficialResult()
    existing = {
        row.extractor_key: row for row in session.scalars(select(Progress).where(Progress.document_id == doc.id))
    }
    usable: list[Actual] = []
    for a in actuals:
        reason = _refusal(a)
        if reason is None:
            usable.append(a)
        else:
            result.refused.append(Refused(a.start, a.end, a.value_text, a.indicator, reason))
    ambiguous = _ambiguous_keys(usable)
    seen: set[str] = set()
    fresh: list[dict[str, Any]] = []
    audits: list[tuple[str, Any, dict[str, Any] | None, dict[str, Any]]] = []
    touched: set[Series] = set()  # series whose latest row may change
    for a in usable:
        key = actual_key(a)
        if key in seen:
            continue
        seen.add(key)
        values = observation_of(a)
        values["state"] = "ambiguous" if key in ambiguous else "proposed"
        row = existing.get(key)
        if row is None:
            audits.append(("extract", key, None, values))
            fresh.append({**values, "document_id": doc.id, "extractor_key": key, "reported_by": who})
            continue
        if row.state not in _UNTOUCHED or row.extracted:
            result.kept += 1
            continue
        before = {k: getattr(row, k) for k in values}
        changed = {k: v for k, v in values.items() if before[k] != v}
        if not changed:
            result.kept += 1
            continue
        touched.add(series_of(row))
        for k, v in values.items():
            setattr(row, k, v)
        audits.append(("re-extract", row.id, {k: before[k] for k in changed}, changed))
        touched.add(series_of(row))
        result.updated.append(row.id)
    for key, row in existing.items():
        if key not in seen and row.state in ("proposed", "ambiguous") and not row.extracted:
            touched.add(series_of(row))
            audits.append(("retire", row.id, {"state": row.state}, {"state": "retired"}))
            row.state = "retired"
            result.retired.append(row.id)
    session.flush()
    if fresh:
        session.connection().execute(insert(Progress.__table__), fresh)
        query = select(Progress.extractor_key, Progress.id).where(
            Progress.document_id == doc.id, Progress.extractor_key.in_([f["extractor_key"] for f in fresh])
        )
        ids = {key: id_ for key, id_ in session.execute(query)}
        audits = [(act, ids[k] if act == "extract" else k, b, af) for act, k, b, af in audits]
        result.added = [ids[f["extractor_key"]] for f in fresh]
        refresh_latest(session, Progress.id.in_(result.added))
    for series in sorted(touched):
        rebuild_series(session, series)
    result.ambiguous = sorted(
        session.scalars(select(Progress.id).where(Progress.document_id == doc.id, Progress.state == "ambiguous"))
    )
    record_many(session, who, "observation", audits)
    return result
