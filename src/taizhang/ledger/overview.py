"""The dashboard's overview of a status report: regions × status counts, mean completion against
time progress, overdue targets, and charts of the most widely shared indicators.

:func:`overview` computes it from a :class:`~taizhang.ledger.status.StatusReport`;
:func:`overview_view` is what one page (or ``taizhang overview``) shows of it. The overview page
and the CLI call the same two functions.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from taizhang.extract.record import decimal_to_json
from taizhang.ledger.models import Region
from taizhang.ledger.names import indicator_name, prefecture_name
from taizhang.ledger.status import StatusReport

__all__ = ["overview", "overview_view", "unit_rows"]

CHART_INDICATORS = 6
CHART_POINTS = 40
REGIONS_LISTED = 60
OVERDUE_SHOWN = 50


def _num(value: Decimal | None) -> int | float | None:
    return None if value is None else decimal_to_json(value)


def _mean(values: list[Decimal]) -> float | None:
    return round(float(sum(values) / len(values)), 1) if values else None


def _count(entry: dict[str, Any], row: Any, year: int) -> None:
    """Add one status row to a table row's counts and the completions it averages (this year's)."""
    t, a = row.target, row.assessment
    entry["counts"][a.status] = entry["counts"].get(a.status, 0) + 1
    entry["total"] += 1
    if a.completion_display is not None and a.rule == "progress" and t.year == year:
        entry["done"].append(min(a.completion_display, Decimal(150)))
        if a.time_progress_display is not None:
            entry["times"].append(a.time_progress_display)


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
        _count(entry, row, report.as_of.year)
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
        "prefecture_names": {p: prefecture_name(p, regions) for p in sorted(prefectures)},
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


def unit_rows(report: StatusReport, leads: Mapping[int, tuple[int, str]], unassigned: str) -> list[dict[str, Any]]:
    """The overview's table grouped by lead unit instead of region: one row per unit (``code`` is
    its id), by name, then the targets without a lead unit (``code`` "", named ``unassigned``)."""
    groups: dict[int | None, dict[str, Any]] = {}
    for row in report.rows:
        lead = leads.get(row.target.id)
        key = None if lead is None else lead[0]
        g = groups.get(key)
        if g is None:
            name = unassigned if lead is None else lead[1]
            g = groups[key] = {"code": "" if key is None else str(key), "name": name, "counts": {}, "total": 0,
                               "done": [], "times": []}  # fmt: skip
        _count(g, row, report.as_of.year)
    order = sorted(groups.items(), key=lambda kv: (kv[0] is None, kv[1]["name"]))
    return [_shown(g) for _, g in order]


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
        "overdue_count": len(overdue),
        "rolled_up": rolled,
        "prefecture": prefecture,
        "prefecture_name": data["prefecture_names"].get(prefecture or "", prefecture),
        "charts": charts,
    }
