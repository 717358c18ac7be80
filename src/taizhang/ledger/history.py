"""A target's history: every observation that measures it, by period (the target page's chart)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from taizhang.extract.record import decimal_to_json
from taizhang.ledger.latest import COUNTED
from taizhang.ledger.matching import match_tier, unit_compatible
from taizhang.ledger.models import Progress, Target
from taizhang.ledger.records import effective
from taizhang.ledger.tracking import load_tracked

__all__ = ["monthly_points", "target_history"]


def target_history(session: Session, target_id: int) -> list[dict[str, Any]]:
    """Every observation that measures the target (tied to it, or matched by region and name), by period."""
    from_target = select(Progress).where(Progress.target_id == target_id)
    rows = list(session.scalars(from_target))
    # Rows matched by region and name count too: an entry made for the target does not hide them.
    target_row = session.get(Target, target_id)
    code = effective(target_row, "region_code") if target_row is not None else None
    tracked = [t for t in load_tracked(session, region_codes=[code]) if t.id == target_id] if code else []
    if tracked:
        t = tracked[0]
        for p in session.scalars(
            select(Progress).where(Progress.region_code == t.region_code, Progress.target_id.is_(None))
        ):
            if unit_compatible(p.unit, t) and match_tier(p.indicator, t):
                rows.append(p)
    rows = [p for p in rows if p.state in COUNTED]  # not a rejected, ambiguous or retired figure
    rows.sort(key=lambda p: (p.period, p.id))
    return [
        {
            "id": p.id,
            "period": p.period,
            "value": None if p.value is None else decimal_to_json(p.value),
            "unit": p.unit,
            "cumulative": p.cumulative,
            "reported_by": p.reported_by,
            "source_text": p.source_text,
            "for_target": p.target_id is not None,
            "source": p.source,
        }
        for p in rows
    ]


def monthly_points(history: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One observation per month, the one the status reads (:func:`taizhang.ledger.status.pick`'s
    order within one source: an entry made for the target before a sheet row, cumulative first, then
    the newest), so a second report for a month replaces the first on the chart (issue 12)."""
    best: dict[str, dict[str, Any]] = {}
    for h in history:
        current = best.get(h["period"])
        key = (h["for_target"], h["cumulative"], h["id"])
        if current is None or key > (current["for_target"], current["cumulative"], current["id"]):
            best[h["period"]] = h
    return [best[period] for period in sorted(best)]
