"""Escalation across levels (层层加码), read off the panel: three analyses, one pure function each.

- :func:`escalation`: each region's growth target against its parent's and the national one, in
  percentage points; for each parent, the share of its children that set a higher target.
- :func:`level_sums`: the children's level and count targets summed against the parent's own
  (江门 工业投资: 蓬江 100亿 + 江海 100亿 + 新会 320亿 + 开平 140亿 = 660亿, 66% of 全市千亿), for every
  parent and indicator; each child's share of the parent's target.
- :func:`year_on_year`: a region's target against its own previous-year target and previous-year
  official actual.

Each compares one target per region, year, indicator and measure: the panel's row of the firmest
strength (确保 before a plain target before 力争), so a 力争 stretch is compared only where a region
set nothing firmer. The CLI (``taizhang analyse``), the API (``/api/analysis/…``) and the
``/analysis`` page all call :func:`analyse`, so they show the same numbers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from typing import Any

from taizhang.extract.record import decimal_to_json
from taizhang.track.attainment import round_half_up
from taizhang.track.panel import NATIONAL_CODE, Panel, PanelRow, indicator_name

__all__ = ["ANALYSES", "analyse", "escalation", "headline", "level_sums", "year_on_year"]

_FIRMEST = {"ensure": 0, "plan": 1, "strive": 2}
_RATES = ("growth", "share")  # compared in percentage points
_AMOUNTS = ("level", "count")  # summed over children
HUNDRED = Decimal(100)

Key = tuple[str, int, str, str, str]  # region, year, indicator, measure, unit


def headline(rows: Iterable[PanelRow]) -> dict[Key, PanelRow]:
    """One row per region, year, indicator, measure and unit: the firmest strength's."""
    out: dict[Key, PanelRow] = {}
    for row in rows:
        key = (row.region_code, row.year, row.indicator_id, row.measure, row.unit)
        held = out.get(key)
        if held is None or _FIRMEST.get(row.strength, 1) < _FIRMEST.get(held.strength, 1):
            out[key] = row
    return out


def _num(value: Decimal | None) -> int | float | None:
    return None if value is None else decimal_to_json(value)


def _pct(part: Decimal, whole: Decimal) -> Decimal | None:
    return None if not whole else round_half_up(part / whole * HUNDRED, 1)


def _place(row: PanelRow) -> dict[str, Any]:
    return {
        "indicator_id": row.indicator_id,
        "indicator": indicator_name(row.indicator_id),
        "year": row.year,
        "region_code": row.region_code,
        "region": row.region,
        "level": row.level,
    }


def _parent_of(row: PanelRow) -> str | None:
    """The parent compared with: the GB/T 2260 parent, the nation for a province."""
    return NATIONAL_CODE if row.level == "province" else row.parent_code


def escalation(panel: Panel) -> dict[str, Any]:
    """Growth targets against the parent's and the nation's (margins in percentage points)."""
    picked = headline(r for r in panel.rows if r.measure == "growth")
    by_group: dict[tuple[int, str, str], dict[str, PanelRow]] = {}
    for (code, year, indicator, _, unit), row in picked.items():
        by_group.setdefault((year, indicator, unit), {})[code] = row
    rows: list[dict[str, Any]] = []
    parents: dict[tuple[int, str, str, str], list[Decimal]] = {}
    for (year, indicator, unit), by_code in by_group.items():
        nation = by_code.get(NATIONAL_CODE)
        for code, row in sorted(by_code.items()):
            if code == NATIONAL_CODE:
                continue
            parent_code = _parent_of(row)
            parent = by_code.get(parent_code) if parent_code else None
            margin = row.signed - parent.signed if parent is not None else None
            national = row.signed - nation.signed if nation is not None else None
            if parent is not None and margin is not None:
                parents.setdefault((year, indicator, unit, parent.region_code), []).append(margin)
            rows.append(
                {
                    **_place(row),
                    "strength": row.strength,
                    "unit": unit,
                    "value": _num(row.signed),
                    "parent_code": parent_code,
                    "parent": panel.names.get(parent_code or "", parent_code),
                    "parent_value": _num(parent.signed) if parent is not None else None,
                    "margin_parent": _num(margin),
                    "national_value": _num(nation.signed) if nation is not None else None,
                    "margin_national": _num(national),
                }
            )
    detail = []
    for (year, indicator, unit, code), margins in parents.items():
        above = sum(1 for m in margins if m > 0)
        parent_row = by_group[(year, indicator, unit)][code]
        detail.append(
            {
                "indicator_id": indicator,
                "indicator": indicator_name(indicator),
                "year": year,
                "region_code": code,
                "region": panel.names.get(code, code),
                "value": _num(parent_row.signed),
                "children": len(margins),
                "above": above,
                "share_above": _num(_pct(Decimal(above), Decimal(len(margins)))),
                "mean_margin": _num(round_half_up(sum(margins, Decimal(0)) / len(margins), 2)),
                "max_margin": _num(max(margins)),
            }
        )
    return {"rows": _sorted(rows), "detail": _sorted(detail)}


def level_sums(panel: Panel) -> dict[str, Any]:
    """For every parent with its own level or count target, its children's targets summed against it."""
    picked = headline(r for r in panel.rows if r.measure in _AMOUNTS)
    by_group: dict[tuple[int, str, str, str], dict[str, PanelRow]] = {}
    for (code, year, indicator, measure, unit), row in picked.items():
        by_group.setdefault((year, indicator, measure, unit), {})[code] = row
    rows: list[dict[str, Any]] = []
    detail: list[dict[str, Any]] = []
    for (_, _, measure, unit), by_code in by_group.items():
        children: dict[str, list[PanelRow]] = {}
        for row in by_code.values():
            parent = _parent_of(row)
            if parent in by_code:
                children.setdefault(parent, []).append(row)
        for code, kids in sorted(children.items()):
            own = by_code[code]
            total = sum((k.value for k in kids), Decimal(0))
            flag = "above" if total > own.value else "below" if total < own.value else "equal"
            rows.append(
                {
                    **_place(own),
                    "measure": measure,
                    "unit": unit,
                    "value": _num(own.value),
                    "value_text": own.value_text,
                    "children": len(kids),
                    "children_sum": _num(total),
                    "gap": _num(total - own.value),
                    "share": _num(_pct(total, own.value)),
                    "flag": flag,
                    "child_names": "、".join(k.region for k in sorted(kids, key=lambda k: k.region_code)),
                }
            )
            for kid in sorted(kids, key=lambda k: k.region_code):
                detail.append(
                    {
                        **_place(kid),
                        "parent_code": code,
                        "parent": own.region,
                        "unit": unit,
                        "value": _num(kid.value),
                        "value_text": kid.value_text,
                        "parent_value": _num(own.value),
                        "share": _num(_pct(kid.value, own.value)),
                    }
                )
    return {"rows": _sorted(rows), "detail": _sorted(detail)}


def _change(measure: str, now: Decimal, before: Decimal | None) -> Decimal | None:
    """Points for a rate (7.5% after 7% is +0.5), per cent for an amount (110亿 after 100亿 is +10)."""
    if before is None:
        return None
    if measure in _RATES:
        return now - before
    return _pct(now - before, before)


def year_on_year(panel: Panel) -> dict[str, Any]:
    """Each target against the region's own target and official actual of the year before."""
    picked = headline(panel.rows)
    rows = []
    for (code, year, indicator, measure, unit), row in sorted(picked.items()):
        before = picked.get((code, year - 1, indicator, measure, unit))
        actual = panel.actuals.get((code, year - 1, indicator, unit))
        if before is None and actual is None:
            continue
        now = row.signed
        rows.append(
            {
                **_place(row),
                "measure": measure,
                "unit": unit,
                "value": _num(now),
                "value_text": row.value_text,
                "prev_target": _num(before.signed) if before is not None else None,
                "vs_prev_target": _num(_change(measure, now, before.signed if before is not None else None)),
                "prev_actual": _num(actual),
                "vs_prev_actual": _num(_change(measure, now, actual)),
                "change_unit": "pp" if measure in _RATES else "pct",
            }
        )
    return {"rows": _sorted(rows), "detail": []}


def _sorted(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(rows, key=lambda r: (r["indicator_id"], -r["year"], r["region_code"]))


ANALYSES: dict[str, Callable[[Panel], dict[str, Any]]] = {
    "escalation": escalation,
    "sums": level_sums,
    "yoy": year_on_year,
}


def analyse(panel: Panel, kind: str, *, indicator: str | None = None, year: int | None = None) -> dict[str, Any]:
    """The analysis ``kind`` (a key of :data:`ANALYSES`) of ``panel``, its tables limited to
    ``indicator`` (a canonical id) and ``year`` when given: ``{"kind", "rows", "detail"}``."""
    result = ANALYSES[kind](panel)

    def keep(rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
        return [
            r
            for r in rows
            if (indicator is None or r["indicator_id"] == indicator) and (year is None or r["year"] == year)
        ]

    return {"kind": kind, "rows": keep(result["rows"]), "detail": keep(result["detail"])}
