"""The records read from a text (format: TARGETS.md): a target, a commitment; an actual, a result.

A ``Target`` keeps the evidence beside the value: ``start``/``end`` index the decoded
document text, ``value_text`` is the number as written, ``value`` the same number in base
units as a ``Decimal`` (exact: 1.3万亿 is 1300000000000, not a float near it).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date as Date
from decimal import Decimal
from typing import Any, Literal

Measure = Literal["level", "growth", "count", "share", "rank"]
Comparator = Literal[">=", "<=", "~", "="]
Strength = Literal["ensure", "strive", "plan"]
Direction = Literal["increase", "decrease"]
Basis = Literal["yoy", "mom"]

MEASURES: tuple[Measure, ...] = ("level", "growth", "count", "share", "rank")
COMPARATORS: tuple[Comparator, ...] = (">=", "<=", "~", "=")
STRENGTHS: tuple[Strength, ...] = ("ensure", "strive", "plan")


@dataclass(frozen=True, slots=True)
class Target:
    """One extracted target. Field meanings are fixed by TARGETS.md."""

    start: int
    end: int
    text: str
    region: str | None
    region_code: str | None
    indicator: str
    measure: Measure
    comparator: Comparator
    value: Decimal
    unit: str
    value_text: str
    strength: Strength
    year: int | None
    subject: str | None = None
    qualifier: str | None = None
    direction: Direction | None = None
    # Not in TARGETS.md: the lexicon id of the indicator (e.g. "gdp" for 经济总量 / GDP / 地区生产总值),
    # so targets of different regions can be compared. None when the lexicon does not know it.
    indicator_id: str | None = None
    notes: tuple[str, ...] = field(default=())
    # How sure the extractor is, in [0, 1]: the share of records with the same evidence that were
    # right on the annotated corpus (taizhang.extract.confidence). None before it is judged.
    confidence: float | None = None

    def to_dict(self) -> dict[str, Any]:
        """The TARGETS.md record, JSON-ready: ``value`` as an int when whole, else a float."""
        d = asdict(self)
        d["value"] = decimal_to_json(self.value)
        d["notes"] = list(self.notes)
        return d


@dataclass(frozen=True, slots=True)
class Actual:
    """One reported value of an indicator for a period that has passed (TARGETS.md, "Actual records")."""

    start: int
    end: int
    text: str
    region: str | None
    region_code: str | None
    indicator: str
    measure: Measure
    value: Decimal
    unit: str
    value_text: str
    period_start: Date
    period_end: Date
    cumulative: bool
    basis: Basis | None = None
    subject: str | None = None
    qualifier: str | None = None
    direction: Direction | None = None
    indicator_id: str | None = None
    confidence: float | None = None

    def to_dict(self) -> dict[str, Any]:
        """The TARGETS.md actual record, JSON-ready (ISO dates, ``kind`` "actual")."""
        d = asdict(self)
        d["kind"] = "actual"
        d["value"] = decimal_to_json(self.value)
        d["period_start"] = self.period_start.isoformat()
        d["period_end"] = self.period_end.isoformat()
        return d


def decimal_to_json(value: Decimal) -> int | float:
    """A Decimal as the JSON number a reader expects: 1E+10 → 10000000000, 7.5 → 7.5.

    Never raises: a value past exact integers (1E+999999) or not finite becomes the nearest float
    (inf, nan), which a JSON writer refuses rather than a million-digit integer.
    """
    if value.is_nan():  # float() refuses a signalling NaN
        return float("nan")
    if value.is_finite() and value.adjusted() < _EXACT_DIGITS and value == value.to_integral_value():
        return int(value)
    return float(value)


_EXACT_DIGITS = 28  # decimal arithmetic's default precision: larger integers are not exact anyway
