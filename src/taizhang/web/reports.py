"""What the dashboard shows, computed from the ledger's service functions and kept while valid.

Status over a large ledger takes a while, so it is cached in the ledger (``ledger.reports``), and
what the pages make of it (overview data, rendered page bodies, listings) here, all keyed by the
ledger's data version (:mod:`taizhang.ledger.version`): any write makes every cached value stale
at once.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date
from decimal import Decimal
from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from taizhang.extract.record import decimal_to_json
from taizhang.ledger.models import Region
from taizhang.ledger.status import StatusReport, cached_status, ledger_status
from taizhang.ledger.version import VersionedCache

__all__ = [
    "StatusCache",
    "indicator_name",
    "overview",
    "overview_view",
    "region_names",
]

CHART_INDICATORS = 6
CHART_POINTS = 40
REGIONS_LISTED = 60
OVERDUE_SHOWN = 50


class StatusCache(VersionedCache):
    """Page parts and listings, each kept for one data version; status from the ledger's own cache."""

    def __init__(self, size: int, reports: VersionedCache) -> None:
        super().__init__(size)
        self.reports = reports

    def status(self, session: Session, as_of: date, region_codes: Collection[str] | None = None) -> StatusReport:
        """:func:`taizhang.ledger.status.cached_status` in the ledger's cache (unless caching is off)."""
        if not self.size:
            return ledger_status(session, as_of=as_of, region_codes=region_codes)
        return cached_status(self.reports, session, as_of=as_of, region_codes=region_codes)


def region_names(session: Session) -> dict[str, Region]:
    """Code → region row of every region the ledger knows."""
    return {r.code: r for r in session.scalars(select(Region))}


@cache
def _indicator_names() -> dict[str, str]:
    try:
        from taizhang.extract.indicators import load_indicators

        return {i.id: i.name for i in load_indicators()}
    except (ImportError, LookupError):
        return {}


def indicator_name(indicator_id: str | None, fallback: str = "") -> str:
    """The standard Chinese name of a canonical indicator."""
    return _indicator_names().get(indicator_id or "", fallback or indicator_id or "")


def _num(value: Decimal | None) -> int | float | None:
    return None if value is None else decimal_to_json(value)


def _mean(values: list[Decimal]) -> float | None:
    return round(float(sum(values) / len(values)), 1) if values else None


def _prefecture_name(prefix: str, regions: dict[str, Region]) -> str:
    """The name of the prefecture ``prefix`` (4 digits): the ledger's, else GB/T 2260's, else its code."""
    code = f"{prefix}00"
    if code in regions:
        return regions[code].name
    try:
        from taizhang.extract.regions import load_regions

        found = load_regions().by_code(code)
    except (ImportError, LookupError):
        found = None
    return found.name if found is not None else code


def overview(report: StatusReport, regions: dict[str, Region]) -> dict[str, Any]:
    """Regions × status counts, mean completion against time progress, overdue reports, and per
    canonical indicator (the most widely shared ones) each region's target and latest actual.

    Each region row keeps the completions it averages (``done``, ``times``) so :func:`overview_view`
    can average them again over a prefecture; the view drops them.
    """
    by_region: dict[str, dict[str, Any]] = {}
    overdue: list[dict[str, Any]] = []
    charts: dict[tuple[str, str], dict[str, dict[str, Any]]] = {}
    for row in report.rows:
        t, a = row.target, row.assessment
        code = t.region_code or ""
        entry = by_region.get(code)
        if entry is None:
            region = regions.get(code)
            entry = by_region[code] = {
                "code": code,
                "name": region.name if region else (t.region or code or "未定地区"),
                "counts": {},
                "total": 0,
                "done": [],
                "times": [],
            }
        entry["counts"][a.status] = entry["counts"].get(a.status, 0) + 1
        entry["total"] += 1
        if a.completion_display is not None and a.rule == "progress" and t.year == report.as_of.year:
            entry["done"].append(min(a.completion_display, Decimal(150)))
            if a.time_progress_display is not None:
                entry["times"].append(a.time_progress_display)
        if a.status == "overdue":
            overdue.append(
                {
                    "id": t.id,
                    "code": code,
                    "region": entry["name"],
                    "indicator": t.indicator,
                    "value_text": t.value_text,
                }
            )
        if t.indicator_id and t.measure in ("level", "count") and t.year == report.as_of.year and t.value.is_finite():
            series = charts.setdefault((t.indicator_id, t.unit), {})
            point = series.setdefault(code, {"code": code, "region": entry["name"], "target": None, "actual": None})
            if point["target"] is None or t.value > Decimal(str(point["target"])):
                point["target"] = _num(t.value)
                point["actual"] = _num(row.reading.value) if row.reading else None
    rows = sorted(by_region.values(), key=lambda e: e["code"])
    shared = sorted(charts.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:CHART_INDICATORS]
    chart_list = [
        {
            "indicator_id": ind,
            "name": indicator_name(ind),
            "unit": unit,
            "points": sorted(points.values(), key=lambda p: p["region"]),
        }
        for (ind, unit), points in shared
        if len(points) >= 2
    ]
    prefectures = {e["code"][:4] for e in rows if len(e["code"]) == 6}
    return {
        "as_of": report.as_of.isoformat(),
        "regions": rows,
        "prefecture_names": {p: _prefecture_name(p, regions) for p in sorted(prefectures)},
        "overdue": overdue,
        "charts": chart_list,
    }


def _shown(entry: dict[str, Any]) -> dict[str, Any]:
    """A table row: counts, total and mean completion against mean time progress."""
    return {
        "code": entry["code"],
        "name": entry["name"],
        "counts": entry["counts"],
        "total": entry["total"],
        "completion": _mean(entry["done"]),
        "time_progress": _mean(entry["times"]),
    }


def _roll_up(rows: list[dict[str, Any]], names: dict[str, str]) -> list[dict[str, Any]]:
    """One row per prefecture (the first four digits of the code), summing its regions."""
    groups: dict[str, dict[str, Any]] = {}
    for r in rows:
        prefix = r["code"][:4] if len(r["code"]) == 6 else ""
        g = groups.setdefault(
            prefix,
            {"code": prefix, "name": names.get(prefix, "未定地区"), "counts": {}, "total": 0, "done": [], "times": []},
        )
        for status, n in r["counts"].items():
            g["counts"][status] = g["counts"].get(status, 0) + n
        g["total"] += r["total"]
        g["done"] += r["done"]
        g["times"] += r["times"]
        g["regions"] = g.get("regions", 0) + 1
    return [{**_shown(g), "regions": g["regions"]} for g in groups.values()]


def overview_view(data: dict[str, Any], prefecture: str | None = None) -> dict[str, Any]:
    """What the overview page shows of :func:`overview`'s ``data``.

    A ledger of up to ``REGIONS_LISTED`` regions lists them all. A larger one lists prefectures,
    each linking to its regions (``prefecture``: four digits); charts then show the
    ``CHART_POINTS`` regions with the largest targets, of that prefecture when one is chosen.
    """
    regions, overdue = data["regions"], data["overdue"]
    if prefecture is not None:
        regions = [r for r in regions if r["code"][:4] == prefecture]
        overdue = [o for o in overdue if o["code"][:4] == prefecture]
    totals: dict[str, int] = {}
    for r in regions:
        for status, n in r["counts"].items():
            totals[status] = totals.get(status, 0) + n
    rolled = prefecture is None and len(regions) > REGIONS_LISTED
    charts = []
    for c in data["charts"]:
        points = c["points"]
        if prefecture is not None:
            points = [p for p in points if p["code"][:4] == prefecture]
        capped = len(points) > CHART_POINTS
        if capped:
            largest = sorted(points, key=lambda p: -(p["target"] or 0))[:CHART_POINTS]
            points = sorted(largest, key=lambda p: p["region"])
        if len(points) >= 2:
            charts.append({**c, "points": points, "capped": capped})
    return {
        **data,
        "regions": _roll_up(regions, data["prefecture_names"]) if rolled else [_shown(r) for r in regions],
        "totals": totals,
        "overdue": overdue[:OVERDUE_SHOWN],
        "rolled_up": rolled,
        "prefecture": prefecture,
        "prefecture_name": data["prefecture_names"].get(prefecture or "", prefecture),
        "charts": charts,
    }


def target_history(session: Session, target_id: int) -> list[dict[str, Any]]:
    """Every observation that measures the target (tied to it, or matched by region and name), by period."""
    from taizhang.ledger.matching import match_tier, unit_compatible
    from taizhang.ledger.models import Progress, Target
    from taizhang.ledger.records import effective
    from taizhang.ledger.tracking import load_tracked

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
    rows.sort(key=lambda p: (p.period, p.id))
    return [
        {
            "id": p.id,
            "period": p.period,
            "value": _num(p.value),
            "unit": p.unit,
            "cumulative": p.cumulative,
            "reported_by": p.reported_by,
            "source_text": p.source_text,
        }
        for p in rows
    ]
