"""What the dashboard shows, computed from the ledger's service functions and kept while valid.

Status over a large ledger takes a while, so the reports are cached per (what, as-of date,
regions) and keyed by the ledger's *version*: the newest audit-log id. Every write to the ledger
is audited, so any write makes every cached report stale at once.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Collection
from datetime import date
from decimal import Decimal
from functools import cache
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from taizhang.extract.record import decimal_to_json
from taizhang.ledger.models import AuditEntry, Region
from taizhang.ledger.status import StatusReport, ledger_status

__all__ = [
    "StatusCache",
    "indicator_name",
    "ledger_version",
    "overview",
    "region_names",
]

T = TypeVar("T")
CHART_INDICATORS = 6
OVERDUE_SHOWN = 50


def ledger_version(session: Session) -> int:
    """The newest audit-log id: changes with every write."""
    return int(session.scalar(select(func.max(AuditEntry.id))) or 0)


class StatusCache:
    """A small LRU of computed reports, each valid for one ledger version."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[tuple[Any, ...], tuple[int, Any]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, session: Session, key: tuple[Any, ...], compute: Callable[[], T]) -> T:
        version = ledger_version(session)
        with self._lock:
            hit = self._items.get(key)
            if hit is not None and hit[0] == version:
                self._items.move_to_end(key)
                return hit[1]  # type: ignore[no-any-return]
        value = compute()
        if self.size:
            with self._lock:
                self._items[key] = (version, value)
                self._items.move_to_end(key)
                while len(self._items) > self.size:
                    self._items.popitem(last=False)
        return value

    def status(self, session: Session, as_of: date, region_codes: Collection[str] | None = None) -> StatusReport:
        """:func:`ledger_status`, cached."""
        codes = None if region_codes is None else frozenset(region_codes)
        return self.get(
            session, ("status", as_of, codes), lambda: ledger_status(session, as_of=as_of, region_codes=codes)
        )


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


def overview(report: StatusReport, regions: dict[str, Region]) -> dict[str, Any]:
    """Regions × status counts, mean completion against time progress, overdue reports, and per
    canonical indicator (the most widely shared ones) each region's target and latest actual."""
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
                "completion": [],
                "time_progress": [],
            }
        entry["counts"][a.status] = entry["counts"].get(a.status, 0) + 1
        entry["total"] += 1
        if a.completion_display is not None and a.rule == "progress" and t.year == report.as_of.year:
            entry["completion"].append(min(a.completion_display, Decimal(150)))
            if a.time_progress_display is not None:
                entry["time_progress"].append(a.time_progress_display)
        if a.status == "overdue" and len(overdue) < OVERDUE_SHOWN:
            overdue.append({"id": t.id, "region": entry["name"], "indicator": t.indicator, "value_text": t.value_text})
        if t.indicator_id and t.measure in ("level", "count") and t.year == report.as_of.year:
            series = charts.setdefault((t.indicator_id, t.unit), {})
            point = series.setdefault(code, {"region": entry["name"], "target": None, "actual": None})
            if point["target"] is None or t.value > Decimal(str(point["target"])):
                point["target"] = _num(t.value)
                point["actual"] = _num(row.reading.value) if row.reading else None
    rows = []
    for entry in sorted(by_region.values(), key=lambda e: e["code"]):
        done, times = entry.pop("completion"), entry.pop("time_progress")
        entry["completion"] = _num(sum(done) / len(done)) if done else None
        entry["time_progress"] = _num(sum(times) / len(times)) if times else None
        entry["completion"] = None if entry["completion"] is None else round(float(entry["completion"]), 1)
        entry["time_progress"] = None if entry["time_progress"] is None else round(float(entry["time_progress"]), 1)
        rows.append(entry)
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
    totals: dict[str, int] = {}
    for entry in rows:
        for status, n in entry["counts"].items():
            totals[status] = totals.get(status, 0) + n
    return {
        "as_of": report.as_of.isoformat(),
        "regions": rows,
        "totals": totals,
        "overdue": overdue,
        "charts": chart_list,
    }


def target_history(session: Session, target_id: int) -> list[dict[str, Any]]:
    """Every observation that measures the target (tied to it, or matched by region and name), by period."""
    from taizhang.ledger.matching import match_tier, unit_compatible
    from taizhang.ledger.models import Progress
    from taizhang.ledger.tracking import load_tracked

    from_target = select(Progress).where(Progress.target_id == target_id)
    rows = list(session.scalars(from_target))
    tracked = [t for t in load_tracked(session) if t.id == target_id] if not rows else []
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
