"""Comparing one canonical indicator across regions and years.

For each year, every region's target on the indicator (one per region: the latest document's,
its 确保 floor before a 力争 stretch), and for each city with its own target the sum of its
counties' targets beside it — 工业投资: 蓬江 100亿 + 江海 100亿 + 新会 320亿 + 开平 140亿 = 660亿
against 全市破千亿. Only level and count targets are summed; growth rates and shares are listed.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from taizhang.extract.record import decimal_to_json
from taizhang.ledger.matching import Tracked
from taizhang.ledger.models import Region
from taizhang.ledger.names import indicator_name, region_names
from taizhang.ledger.tracking import load_tracked

__all__ = ["compare_indicator", "indicators_in_use"]

_STRENGTH_ORDER = {"ensure": 0, "plan": 1, "strive": 2}


def indicators_in_use(session: Session) -> list[tuple[str, int]]:
    """(canonical id, number of regions with a target on it), most shared first."""
    regions: dict[str, set[str]] = {}
    for t in load_tracked(session):
        if t.indicator_id and t.region_code:
            regions.setdefault(t.indicator_id, set()).add(t.region_code)
    return sorted(((k, len(v)) for k, v in regions.items()), key=lambda kv: (-kv[1], kv[0]))


def _pick(targets: Iterable[Tracked]) -> Tracked:
    """One target per region and year: the newest document's, its floor before its stretch."""
    return min(
        targets,
        key=lambda t: (
            -(t.published or date.min).toordinal(),
            _STRENGTH_ORDER.get(t.strength, 1),
            t.state != "confirmed",
            t.id,
        ),
    )


def _parent(code: str, regions: dict[str, Region]) -> str | None:
    region = regions.get(code)
    if region is not None and region.parent_code:
        return region.parent_code
    if code.endswith("00"):
        return None
    return code[:4] + "00"


def compare_indicator(
    session: Session, indicator_id: str, *, year: int | None = None, regions: dict[str, Region] | None = None
) -> dict[str, Any]:
    """Targets on ``indicator_id`` by year and region, with county sums against their city.

    ``regions`` (code → row, as :func:`~taizhang.ledger.names.region_names` gives) is read from
    the ledger when not given.
    """
    if regions is None:
        regions = region_names(session)
    chosen: dict[tuple[int | None, str, str], list[Tracked]] = {}
    for t in load_tracked(session):
        if t.indicator_id != indicator_id or not t.region_code or (year is not None and t.year != year):
            continue
        chosen.setdefault((t.year, t.unit, t.region_code), []).append(t)
    years: dict[tuple[int | None, str], dict[str, Tracked]] = {}
    for (y, unit, code), group in chosen.items():
        years.setdefault((y, unit), {})[code] = _pick(group)

    def name(code: str, t: Tracked | None = None) -> str:
        region = regions.get(code)
        return region.name if region else ((t.region if t else None) or code)

    out = []
    for (y, unit), by_code in sorted(years.items(), key=lambda kv: (kv[0][0] or 0, kv[0][1]), reverse=True):
        rows = [
            {
                "region_code": code,
                "region": name(code, t),
                "target_id": t.id,
                "value": decimal_to_json(t.value),
                "value_text": t.value_text,
                "comparator": t.comparator,
                "strength": t.strength,
                "measure": t.measure,
                "indicator": t.indicator,
            }
            for code, t in sorted(by_code.items())
        ]
        rollups = []
        summable = all(t.measure in ("level", "count") for t in by_code.values())
        children: dict[str, list[str]] = {}
        for code in by_code:
            parent = _parent(code, regions)
            if parent is not None and parent in by_code:
                children.setdefault(parent, []).append(code)
        for parent, kids in sorted(children.items()):
            if not summable:
                continue
            total = sum((by_code[k].value for k in kids), Decimal(0))
            own = by_code[parent].value
            rollups.append(
                {
                    "region_code": parent,
                    "region": name(parent, by_code[parent]),
                    "own": decimal_to_json(own),
                    "own_text": by_code[parent].value_text,
                    "children_sum": decimal_to_json(total),
                    "children": [name(k, by_code[k]) for k in sorted(kids)],
                    "share": None if not own else round(float(total / own * 100), 1),
                }
            )
        out.append({"year": y, "unit": unit, "rows": rows, "rollups": rollups})
    return {"indicator_id": indicator_id, "name": indicator_name(indicator_id), "years": out}
