"""Status lights: where a target stands at a date, from its latest actual and the time elapsed.

The rule of a supervision notice, made configurable by :class:`Policy`: a ``progress`` target
on or ahead of time progress is green; behind by ``margin`` points or less (default 10) yellow;
further behind red. ``rate``, ``cap`` and ``rank`` targets compare the reading itself: met is
green, short by ``rate_margin`` points or less yellow, otherwise red. From the period's last day
on a target is ``achieved`` or ``missed``; a cumulative target already reached is ``achieved``
early. A target with no actual when a report is due is ``overdue``; one not yet due ``pending``;
a target with no year (a long-run goal) is ``open``: its completion is shown but no light.
A target or actual that is no finite number, or whose arithmetic overflows, is ``unknown``
(无法计算): judging never raises, so one bad value cannot stop a whole ledger's status.

The gap to time progress uses the completion rate as displayed (rounded half up to one
decimal), as a notice prints and checks it: 75 − 64.9 = 10.1 points behind, red.

``Goal``, ``Reading`` and ``Assessment`` are named tuples: immutable, and status builds one of
each per target, tens of thousands at a time, where a frozen dataclass costs several times more.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from taizhang.track.attainment import Rule, completion_rate, is_met, round_half_up, rule_of
from taizhang.track.schedule import Period, Profile, month_key, time_progress
from taizhang.vocab import STATUSES

__all__ = ["STATUSES", "Assessment", "Goal", "Policy", "Reading", "Status", "assess", "due_period"]

Status = str
"""One of :data:`STATUSES`, the ids of ``data/statuses.tsv`` (their labels and colours are there too)."""


@dataclass(frozen=True, slots=True)
class Policy:
    """How lights are given. Defaults are the Jiangmen notice's rules."""

    margin: Decimal = Decimal(10)
    """Points behind time progress still yellow (滞后序时进度10个百分点以内亮黄灯)."""
    rate_margin: Decimal = Decimal(1)
    """Points short of a rate target (growth, share) still yellow."""
    profile: Profile | None = None
    """Monthly profile of time progress; None is linear (按全年12个月平均计算)."""
    report_day: int = 5
    """A month's figures are due by this day of the next month (每月5日前报送上月)."""


class Goal(NamedTuple):
    """What a target asks, reduced to what judging it needs."""

    value: Decimal
    measure: str
    comparator: str
    period: Period | None
    """The span the target covers; None for a target with no year."""
    increment: bool = False
    """True when the value is an increment over ``period`` (四季度新增14个) rather than a total."""


class Reading(NamedTuple):
    """The actual judged: its value and month key ("2023-09")."""

    value: Decimal
    period: str


class Assessment(NamedTuple):
    """The judgement of one target at one date. Percentages are unrounded; see ``*_display``."""

    status: Status
    rule: Rule
    completion: Decimal | None = None
    time_progress: Decimal | None = None
    lag: Decimal | None = None
    """Points behind time progress (negative: ahead), from the displayed completion."""
    gap: Decimal | None = None
    """Actual minus target for rate and rank rules (points or places)."""
    met: bool | None = None
    stale: bool = False
    """The latest actual is older than the latest period due: a report is missing."""
    notes: tuple[str, ...] = ()

    @property
    def completion_display(self) -> Decimal | None:
        """Completion rounded half up to one decimal."""
        return None if self.completion is None else round_half_up(self.completion)

    @property
    def time_progress_display(self) -> Decimal | None:
        """Time progress rounded half up to one decimal."""
        return None if self.time_progress is None else round_half_up(self.time_progress)


@lru_cache(maxsize=256)
def due_period(as_of: date, report_day: int) -> str:
    """The latest month whose figures are due by ``as_of``: on 2023-09-30 with day 5 → "2023-08",
    on 2023-09-03 → "2023-07"."""
    year, month = as_of.year, as_of.month - 1
    if as_of.day < report_day:
        month -= 1
    while month < 1:
        year, month = year - 1, month + 12
    return f"{year:04d}-{month:02d}"


def assess(goal: Goal, reading: Reading | None, as_of: date, policy: Policy | None = None) -> Assessment:
    """The status of ``goal`` at the end of day ``as_of`` given its latest ``reading``."""
    policy = policy or Policy()
    rule = rule_of(goal.measure, goal.comparator)
    period = goal.period
    tp = None if period is None else time_progress(period, as_of, policy.profile)
    due = due_period(as_of, policy.report_day)
    report_due = period is not None and due >= month_key(period.start)
    if reading is None:
        if period is None:
            return Assessment("open", rule, time_progress=tp)
        return Assessment("overdue" if report_due else "pending", rule, time_progress=tp)
    stale = report_due and reading.period < due and (period is None or due <= month_key(period.end))
    if not (goal.value.is_finite() and reading.value.is_finite()):
        return Assessment("unknown", rule, time_progress=tp, stale=stale, notes=("value not finite",))
    try:
        return _judge(goal, reading, as_of, policy, rule, tp, stale)
    except ArithmeticError:  # decimal Overflow, InvalidOperation: 1E+999999 / 1E-999999
        return Assessment("unknown", rule, time_progress=tp, stale=stale, notes=("cannot compute",))


def _judge(
    goal: Goal, reading: Reading, as_of: date, policy: Policy, rule: Rule, tp: Decimal | None, stale: bool
) -> Assessment:
    period = goal.period
    met = is_met(rule, goal.comparator, reading.value, goal.value)
    final = period is not None and as_of >= period.end
    if rule == "progress":
        completion = completion_rate(reading.value, goal.value)
        if completion is None:
            return Assessment("open", rule, time_progress=tp, met=met, stale=stale, notes=("zero target",))
        lag = None if tp is None else round_half_up(tp) - round_half_up(completion)
        if met:
            status: Status = "achieved"
        elif final:
            status = "missed"
        elif lag is None:
            status = "open"
        elif lag <= 0:
            status = "green"
        elif lag <= policy.margin:
            status = "yellow"
        else:
            status = "red"
        return Assessment(status, rule, completion, tp, lag, None, met, stale)
    gap = reading.value - goal.value
    if rule == "rate":
        completion = None  # rates compare in points, not as a share of each other
        shortfall = -gap if goal.comparator != "<=" else gap
        margin = policy.rate_margin
    elif rule == "cap":
        completion = completion_rate(reading.value, goal.value)
        shortfall, margin = gap, Decimal(0)
    else:  # rank: a lower position is better
        completion = None
        shortfall, margin = gap, Decimal(0)
    if final:
        status = "achieved" if met else "missed"
    elif met:
        status = "green"
    elif shortfall <= margin:
        status = "yellow"
    else:
        status = "red"
    return Assessment(status, rule, completion, tp, None, gap, met, stale)
