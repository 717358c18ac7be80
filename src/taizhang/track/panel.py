"""The research panel: one row per region × year × indicator × measure × strength, from records.

Researchers of target setting load this table in pandas, R or Stata. It is built by one pure
function, :func:`build_panel`, over records in TARGETS.md's fields (targets, and actuals with
``kind`` ``actual``), whether they come from a ledger or from ``taizhang corpus extract``'s output;
the adapters that read those live in ``ledger/panel.py``.

The key is the region's code, the year, the canonical indicator, the measure (a growth rate and a
level of the same indicator are two variables) and the strength (确保 beside 力争 are two rows).
Records that share a key collapse when they state the same target (value, comparator, unit and
direction); when they differ, :func:`build_panel` keeps the one :func:`_preference` puts first (a
confirmed record, then the newest document, then the first read) and lists the others as a
:class:`Conflict`. Actuals count for a year when they cover the whole year; their conflicts are
resolved and listed the same way.

A record without a region code, a year or a canonical indicator cannot be placed and is counted
in :attr:`Panel.unplaced`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from taizhang.extract.indicators import load_indicators
from taizhang.extract.regions import RegionTable
from taizhang.vocab import LABELS

__all__ = [
    "NATIONAL_CODE",
    "Conflict",
    "Panel",
    "PanelRow",
    "build_panel",
    "indicator_name",
    "region_place",
]

NATIONAL_CODE = "100000"
"""The code a national record carries (GB/T 2260 has none; 100000 is the one statistical datasets use)."""

_STATES = {"confirmed": 0}  # a confirmed record first; proposed and unknown states after it


@dataclass(frozen=True, slots=True)
class PanelRow:
    """One target of the panel, with the official actual of the same year when known."""

    region_code: str
    region: str
    level: str
    parent_code: str | None
    year: int
    indicator_id: str
    measure: str
    strength: str
    comparator: str
    value: Decimal
    unit: str
    direction: str | None
    value_text: str
    actual: Decimal | None
    sources: int
    conflict: bool

    @property
    def signed(self) -> Decimal:
        """The value with its direction: 单位GDP能耗下降2.5% is −2.5."""
        return -self.value if self.direction == "decrease" else self.value


@dataclass(frozen=True, slots=True)
class Conflict:
    """Records of one panel key that state different figures: which was kept, which were not, and why."""

    kind: str  # target | actual
    region_code: str
    year: int
    indicator_id: str
    measure: str | None
    strength: str | None
    unit: str
    kept: str
    dropped: tuple[str, ...]
    rule: str  # confirmed | newest | first: the step of :func:`_preference` that decided


@dataclass(frozen=True)
class Panel:
    """The panel's rows in key order, the year's actuals by (region, year, indicator, unit), conflicts."""

    rows: tuple[PanelRow, ...]
    actuals: Mapping[tuple[str, int, str, str], Decimal]
    conflicts: tuple[Conflict, ...]
    unplaced: int = 0
    names: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class _Record:
    order: int
    region_code: str
    region: str
    year: int
    indicator_id: str
    measure: str
    strength: str
    comparator: str
    value: Decimal
    unit: str
    direction: str | None
    value_text: str
    state: str
    date: str

    def same_figure(self, other: _Record) -> bool:
        return (self.value, self.comparator, self.unit, self.direction) == (
            other.value,
            other.comparator,
            other.unit,
            other.direction,
        )


def _preference(record: _Record) -> tuple[int, bool, str, int]:
    """The sort key that puts the record to keep first: confirmed, then the newest document date
    (ISO dates, compared as text; an undated record after the dated), then the first read."""
    newest_first = "".join(chr(0x10FFFF - ord(c)) for c in record.date)
    return (_STATES.get(record.state, 1), not record.date, newest_first, record.order)


def _rule(kept: _Record, other: _Record) -> str:
    if _STATES.get(kept.state, 1) != _STATES.get(other.state, 1):
        return "confirmed"
    return "newest" if kept.date != other.date else "first"


def region_place(code: str, regions: RegionTable) -> tuple[str, str, str | None]:
    """(name, level, parent code) of ``code`` from GB/T 2260; national for :data:`NATIONAL_CODE`."""
    if code == NATIONAL_CODE:
        return LABELS["level"]["national"], "national", None
    found = regions.by_code(code)
    if found is None:
        return "", "", None
    return found.name, found.level, found.parent_code


def indicator_name(indicator_id: str) -> str:
    """The standard Chinese name of a canonical indicator (its id when the lexicon has none)."""
    lexicon = load_indicators()
    return lexicon.by_id(indicator_id).name if indicator_id in lexicon else indicator_id


def _indicator_id(record: Mapping[str, Any]) -> str | None:
    given = record.get("indicator_id")
    if given:
        return str(given)
    found = load_indicators().canonical(str(record.get("indicator") or ""))
    return found.id if found is not None else None


def _actual_year(record: Mapping[str, Any]) -> int | None:
    """The year an actual covers whole (1 January to 31 December of one year); None otherwise."""
    start, end = str(record.get("period_start") or ""), str(record.get("period_end") or "")
    if len(start) >= 10 and len(end) >= 10 and start[:4] == end[:4] and start[5:] == "01-01" and end[5:] == "12-31":
        return int(start[:4])
    return None


def _record(order: int, rec: Mapping[str, Any], year: int) -> _Record | None:
    code, indicator = rec.get("region_code"), _indicator_id(rec)
    if not code or not indicator:
        return None
    return _Record(
        order=order,
        region_code=str(code),
        region=str(rec.get("region") or ""),
        year=year,
        indicator_id=indicator,
        measure=str(rec.get("measure") or ""),
        strength=str(rec.get("strength") or "plan"),
        comparator=str(rec.get("comparator") or "="),
        value=Decimal(str(rec["value"])),
        unit=str(rec.get("unit") or ""),
        direction=rec.get("direction") or None,
        value_text=str(rec.get("value_text") or ""),
        state=str(rec.get("state") or ""),
        date=str(rec.get("date") or ""),
    )


def _kind(rec: Mapping[str, Any]) -> str:
    return str(rec.get("kind") or rec.get("record_type") or "target")


def _choose(group: list[_Record], kind: str, key_measure: str | None, key_strength: str | None) -> tuple[
    _Record, int, Conflict | None
]:  # fmt: skip
    """The record a group keeps, how many records stand behind it, and the conflict if figures differ."""
    ordered = sorted(group, key=_preference)
    kept = ordered[0]
    others = [r for r in ordered[1:] if not r.same_figure(kept)]
    if not others:
        return kept, len(group), None
    dropped = tuple(sorted({r.value_text or format(r.value, "f") for r in others}))
    conflict = Conflict(
        kind=kind,
        region_code=kept.region_code,
        year=kept.year,
        indicator_id=kept.indicator_id,
        measure=key_measure,
        strength=key_strength,
        unit=kept.unit,
        kept=kept.value_text or format(kept.value, "f"),
        dropped=dropped,
        rule=_rule(kept, others[0]),
    )
    return kept, len(group) - len(others), conflict


def _signed(r: _Record) -> Decimal:
    return -r.value if r.direction == "decrease" and r.measure in ("growth", "") else r.value


def build_panel(records: Iterable[Mapping[str, Any]], regions: RegionTable) -> Panel:
    """The panel of ``records`` (TARGETS.md fields; ``kind`` target or actual, optional ``state``,
    ``date`` and ``indicator_id``), with levels and parents from ``regions`` (GB/T 2260)."""
    targets: dict[tuple[str, int, str, str, str], list[_Record]] = {}
    actuals: dict[tuple[str, int, str, str], list[_Record]] = {}
    unplaced = 0
    for order, rec in enumerate(records):
        actual = _kind(rec) == "actual"
        year = _actual_year(rec) if actual else rec.get("year")
        if actual and year is None:
            continue  # a part of a year is progress, not the year's outcome
        r = _record(order, rec, int(year)) if year is not None else None
        if r is None:
            unplaced += 1
        elif actual:
            actuals.setdefault((r.region_code, r.year, r.indicator_id, r.unit), []).append(r)
        else:
            targets.setdefault((r.region_code, r.year, r.indicator_id, r.measure, r.strength), []).append(r)
    conflicts: list[Conflict] = []
    year_actuals: dict[tuple[str, int, str, str], Decimal] = {}
    for key, group in sorted(actuals.items()):
        kept, _, conflict = _choose(group, "actual", None, None)
        year_actuals[key] = _signed(kept)
        if conflict is not None:
            conflicts.append(conflict)
    rows = []
    names: dict[str, str] = {}
    for (code, year, indicator, measure, strength), group in sorted(targets.items()):
        kept, sources, conflict = _choose(group, "target", measure, strength)
        if conflict is not None:
            conflicts.append(conflict)
        name, level, parent = region_place(code, regions)
        names[code] = name or kept.region or code
        if level == "province":
            parent = None  # GB/T 2260 has no nation; the analyses compare a province with it
            names.setdefault(NATIONAL_CODE, region_place(NATIONAL_CODE, regions)[0])
        if parent and parent not in names:
            names[parent] = region_place(parent, regions)[0] or parent
        rows.append(
            PanelRow(
                region_code=code,
                region=names[code],
                level=level,
                parent_code=parent,
                year=year,
                indicator_id=indicator,
                measure=measure,
                strength=strength,
                comparator=kept.comparator,
                value=kept.value,
                unit=kept.unit,
                direction=kept.direction,
                value_text=kept.value_text,
                actual=year_actuals.get((code, year, indicator, kept.unit)),
                sources=sources,
                conflict=conflict is not None,
            )
        )
    return Panel(tuple(rows), year_actuals, tuple(conflicts), unplaced, names)
