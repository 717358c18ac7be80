"""Attainment: how far a reported actual goes toward a target, by the kind of target.

Four rules cover TARGETS.md's measures and comparators:

- ``progress``: an amount or a count to reach (工业投资突破100亿元, 引进项目30个以上): completion
  = actual / target, met when it reaches 100 %, compared with time progress on the way.
- ``cap``: an amount or count to stay under (``<=`` on a level or count): met while actual <= target.
- ``rate``: a growth rate or a share (增长7%, 占比八成以上, 失业率3%以内): the actual rate is
  compared with the target rate directly, in percentage points; ``<=`` means at most.
- ``rank``: a position (50强, 前3名): met while the position held is at or above (<=) the target.

Completion rates are shown rounded half up to one decimal, as notices print them (81.25 → 81.3).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

from taizhang.track.schedule import HUNDRED

__all__ = [
    "FloorStretch",
    "Rule",
    "completion_rate",
    "floor_and_stretch",
    "is_met",
    "round_half_up",
    "rule_of",
]

Rule = Literal["progress", "cap", "rate", "rank"]


def rule_of(measure: str, comparator: str) -> Rule:
    """Which rule judges a target of this measure and comparator."""
    if measure in ("growth", "share"):
        return "rate"
    if measure == "rank":
        return "rank"
    if comparator == "<=":
        return "cap"
    return "progress"


_QUANTA = {p: Decimal(1).scaleb(-p) for p in range(4)}
_DIGITS = 28  # decimal arithmetic's default precision


def round_half_up(value: Decimal, places: int = 1) -> Decimal:
    """Round as a notice does: 81.25 → 81.3, 64.85 → 64.9 (never banker's rounding).

    Never raises: a value that cannot be rounded (NaN, Infinity, more digits than decimal
    arithmetic holds) is returned as it is.
    """
    quantum = _QUANTA[places] if places in _QUANTA else Decimal(1).scaleb(-places)
    if not value.is_finite() or value.adjusted() - quantum.adjusted() >= _DIGITS:
        return value
    return value.quantize(quantum, rounding=ROUND_HALF_UP)


def completion_rate(actual: Decimal, target: Decimal) -> Decimal | None:
    """Percent of the target reached, unrounded: 13 of 16 → 81.25. None for a zero target."""
    if target == 0:
        return None
    return HUNDRED * actual / target


def is_met(rule: Rule, comparator: str, actual: Decimal, target: Decimal) -> bool:
    """Whether ``actual`` satisfies the target under ``rule`` (for ``progress``, by the end)."""
    if rule == "progress":
        return actual >= target
    if rule == "cap":
        return actual <= target
    if rule == "rank":
        return actual == target if comparator == "=" else actual <= target
    # rate
    if comparator == "<=":
        return actual <= target
    return actual >= target


@dataclass(frozen=True, slots=True)
class FloorStretch:
    """A 确保 (floor) and 力争 (stretch) pair on one indicator, judged against one actual."""

    floor: Decimal
    stretch: Decimal
    met_floor: bool
    met_stretch: bool


def floor_and_stretch(rule: Rule, comparator: str, actual: Decimal, floor: Decimal, stretch: Decimal) -> FloorStretch:
    """Judge one actual against both the floor (确保) and the stretch (力争) value.

    >>> fs = floor_and_stretch("rate", ">=", Decimal("7.2"), Decimal(7), Decimal("7.5"))
    >>> (fs.met_floor, fs.met_stretch)
    (True, False)
    """
    return FloorStretch(
        floor=floor,
        stretch=stretch,
        met_floor=is_met(rule, comparator, actual, floor),
        met_stretch=is_met(rule, comparator, actual, stretch),
    )
