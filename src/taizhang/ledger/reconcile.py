"""Reconciliation (核对): where an office's reported figure and the official figure disagree.

For every tracked target and every period up to the as-of month that has both a reported and an
official figure matching the target (the same matching as status: region, unit, indicator —
:func:`taizhang.ledger.status.matching_observations`), one row: both figures, the difference
(reported − official) and a flag when it is beyond the tolerance — for a rate (% or 个百分点) in
percentage points, for a level in percent of the official figure. Of several figures of one
source for a period, the one entered last counts (a confirmed one before a proposed one).
Each figure keeps what leads back to it: the document and span of an official figure, the
import and sheet row of a reported one.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from taizhang.extract.record import decimal_to_json
from taizhang.ledger.latest import COUNTED
from taizhang.ledger.matching import Tracked
from taizhang.ledger.models import Progress, ProgressImport
from taizhang.ledger.settings import LedgerSettings
from taizhang.ledger.status import matching_observations
from taizhang.ledger.tracking import Latest, load_tracked
from taizhang.track.schedule import month_key

__all__ = ["RATE_UNITS", "Figure", "Pair", "Reconciliation", "Tolerance", "reconcile", "tolerance_from"]

RATE_UNITS = ("%", "个百分点")


@dataclass(frozen=True)
class Tolerance:
    """How far a reported figure may stray: ``rate`` percentage points, ``level`` percent."""

    rate: Decimal = Decimal("0.5")
    level: Decimal = Decimal("1")


def tolerance_from(settings: LedgerSettings) -> Tolerance:
    """The tolerance the settings give (``TAIZHANG_TOLERANCE_RATE``, ``TAIZHANG_TOLERANCE_LEVEL``)."""
    return Tolerance(rate=settings.tolerance_rate, level=settings.tolerance_level)


@dataclass(frozen=True)
class Figure:
    """One figure of a pair and where it came from."""

    id: int
    source: str
    period: str
    value: Decimal
    unit: str
    text: str | None
    document_id: int | None
    start: int | None
    end: int | None
    import_id: int | None
    filename: str | None
    sheet_row: int | None
    state: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "period": self.period,
            "value": decimal_to_json(self.value),
            "unit": self.unit,
            "text": self.text,
            "document_id": self.document_id,
            "start": self.start,
            "end": self.end,
            "import_id": self.import_id,
            "filename": self.filename,
            "sheet_row": self.sheet_row,
            "state": self.state,
        }


@dataclass(frozen=True)
class Pair:
    """A target-period with both figures."""

    target: Tracked
    period: str
    cumulative: bool
    reported: Figure
    official: Figure
    difference: Decimal
    """Reported minus official, in the figures' unit (percentage points for a rate)."""
    relative: Decimal | None
    """For a level: the difference in percent of the official figure (None when that is 0)."""
    rate: bool
    flagged: bool

    def to_dict(self) -> dict[str, Any]:
        t = self.target
        return {
            "target_id": t.id,
            "region": t.region,
            "region_code": t.region_code,
            "indicator": t.indicator,
            "target_value_text": t.value_text,
            "year": t.year,
            "period": self.period,
            "cumulative": self.cumulative,
            "kind": "rate" if self.rate else "level",
            "reported": self.reported.to_dict(),
            "official": self.official.to_dict(),
            "difference": decimal_to_json(self.difference),
            "relative": None if self.relative is None else decimal_to_json(self.relative),
            "flagged": self.flagged,
        }


@dataclass
class Reconciliation:
    as_of: date
    tolerance: Tolerance
    pairs: list[Pair] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "as_of": self.as_of.isoformat(),
            "tolerance": {"rate": decimal_to_json(self.tolerance.rate), "level": decimal_to_json(self.tolerance.level)},
            "count": len(self.pairs),
            "flagged": sum(p.flagged for p in self.pairs),
            "data": [p.to_dict() for p in self.pairs],
        }


def _judge(
    reported: Decimal, official: Decimal, unit: str, tolerance: Tolerance
) -> tuple[Decimal, Decimal | None, bool]:
    """(difference, relative difference in %, flagged)."""
    difference = reported - official
    if unit in RATE_UNITS:
        return difference, None, abs(difference) > tolerance.rate
    if official == 0:
        return difference, None, difference != 0
    relative = (difference / abs(official) * 100).quantize(Decimal("0.01"))
    return difference, relative, abs(relative) > tolerance.level


def _in_scope(target: Tracked, period: str) -> bool:
    """Whether an observation of ``period`` measures ``target`` (the target's year, or the years
    from its publication to it for a multi-year target)."""
    year = int(period[:4])
    if target.year is None:
        return True
    first = target.published.year if target.published is not None else target.year
    return min(first, target.year) <= year <= target.year


def reconcile(
    session: Session,
    *,
    as_of: date,
    region_codes: Collection[str] | None = None,
    tolerance: Tolerance | None = None,
) -> Reconciliation:
    """Every target-period up to ``as_of`` with both a reported and an official figure."""
    tolerance = tolerance or Tolerance()
    out = Reconciliation(as_of, tolerance)
    p = Progress
    # Only regions with an official figure can have a pair: a ledger of self-reports alone (or a
    # million of them) answers without reading its history.
    official = select(p.region_code).where(p.source == "official", p.state.in_(COUNTED), p.period <= month_key(as_of))
    if region_codes is not None:
        official = official.where(p.region_code.in_(list(region_codes)))
    regions = set(session.scalars(official.distinct()))
    if not regions:
        return out
    region_codes = regions
    targets = [t for t in load_tracked(session, region_codes=region_codes) if t.state in COUNTED]
    query = (
        select(p, ProgressImport.filename)
        .outerjoin(ProgressImport, ProgressImport.id == p.import_id)
        .where(p.state.in_(COUNTED), p.period <= month_key(as_of))
    )
    if region_codes is not None:
        query = query.where(p.region_code.in_(list(region_codes)))
    figures: dict[int, Figure] = {}
    confirmed: set[int] = set()
    by_region: dict[str, list[Latest]] = {}
    by_name: dict[str, dict[str, list[Latest]]] = {}
    by_target: dict[int, list[Latest]] = {}
    for row, filename in session.execute(query):
        s = Latest(row.id, row.region_code, row.indicator, row.unit, row.cumulative, row.target_id, row.period,
                   row.value, row.source)  # fmt: skip
        figures[row.id] = Figure(
            row.id, row.source, row.period, row.value, row.unit, row.source_text, row.document_id,
            row.span_start, row.span_end, row.import_id, filename, row.sheet_row, row.state,
        )  # fmt: skip
        if row.state == "confirmed":
            confirmed.add(row.id)
        by_region.setdefault(row.region_code, []).append(s)
        if row.target_id is None:
            by_name.setdefault(row.region_code, {}).setdefault(row.indicator, []).append(s)
        else:
            by_target.setdefault(row.target_id, []).append(s)
    for t in targets:
        code = t.region_code or ""
        groups: dict[tuple[str, bool, str], dict[str, Latest]] = {}
        for s in matching_observations(t, by_region.get(code, []), by_name.get(code, {}), by_target):
            if not _in_scope(t, s.period):
                continue
            slot = groups.setdefault((s.period, s.cumulative, s.unit), {})
            held = slot.get(s.source)
            if held is None or (s.id in confirmed, s.id) > (held.id in confirmed, held.id):
                slot[s.source] = s
        for (period, cumulative, unit), slot in sorted(groups.items()):
            if "reported" not in slot or "official" not in slot:
                continue
            reported, official = figures[slot["reported"].id], figures[slot["official"].id]
            difference, relative, flagged = _judge(reported.value, official.value, unit, tolerance)
            out.pairs.append(
                Pair(t, period, cumulative, reported, official, difference, relative, unit in RATE_UNITS, flagged)
            )
    out.pairs.sort(key=lambda p: (p.target.region_code or "", p.target.id, p.period))
    return out
