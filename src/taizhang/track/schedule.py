"""Time progress (序时进度): the share of a target's period that has elapsed at a date.

A notice measures every annual target against one schedule: "按全年12个月平均计算，三季度末序时进度为
75%". :func:`time_progress` computes it for any period of whole months: linear (each month weighs
the same, days within a month pro rata, so 30 September gives exactly 75.0) or along a
:class:`Profile` that says how much of the year's work is due by the end of each calendar month
(for seasonal indicators such as 农业 or 旅游). :func:`seasonal_profile` builds such a profile from
the cumulative figures of earlier years (1-3月, 1-6月, 1-9月 against the year's 1-12月).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import lru_cache

from taizhang.data import data_rows
from taizhang.messages import M

__all__ = [
    "HUNDRED",
    "Period",
    "Profile",
    "goal_period",
    "month_key",
    "parse_period",
    "seasonal_profile",
    "time_progress",
]

HUNDRED = Decimal(100)


@dataclass(frozen=True, slots=True)
class Period:
    """A span of whole months, ``start`` the first day of its first month, ``end`` the last day."""

    start: date
    end: date

    @classmethod
    def year(cls, year: int) -> Period:
        """The calendar year."""
        return cls(date(year, 1, 1), date(year, 12, 31))

    @classmethod
    def months(cls, first: date, last: date) -> Period:
        """From the month of ``first`` to the month of ``last``, both whole."""
        return cls(first.replace(day=1), last.replace(day=_month_days(last.year, last.month)))

    @property
    def month_count(self) -> int:
        """How many months the period has."""
        return (self.end.year - self.start.year) * 12 + self.end.month - self.start.month + 1


@dataclass(frozen=True, slots=True)
class Profile:
    """Cumulative share (percent) of a year's work due by the end of each calendar month.

    ``Profile.linear()`` is 8.33…, 16.67…, …, 100. A custom profile must rise to 100 in December.
    """

    cumulative: tuple[Decimal, ...]
    _hash: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if len(self.cumulative) != 12:
            raise ValueError("a monthly profile has 12 cumulative shares, January to December")
        if self.cumulative[-1] != HUNDRED:
            raise ValueError("a monthly profile must reach 100 in December")
        if any(b < a for a, b in zip(self.cumulative, self.cumulative[1:], strict=False)):
            raise ValueError("a monthly profile cannot fall")
        # Hashed once: status looks a profile up (time_progress's cache, its policy) for every target.
        object.__setattr__(self, "_hash", hash(self.cumulative))

    def __hash__(self) -> int:
        return self._hash

    @classmethod
    def linear(cls) -> Profile:
        """Every month weighs the same."""
        return cls(tuple(HUNDRED * m / 12 for m in range(1, 13)))

    @classmethod
    def from_weights(cls, weights: list[Decimal]) -> Profile:
        """A profile from 12 monthly weights (any scale): [1]*12 is linear."""
        total = sum(weights, Decimal(0))
        if len(weights) != 12 or total <= 0:
            raise ValueError("give 12 non-negative monthly weights with a positive sum")
        running = Decimal(0)
        shares = []
        for w in weights:
            running += w
            shares.append(HUNDRED * running / total)
        shares[-1] = HUNDRED
        return cls(tuple(shares))

    def weight(self, month: int) -> Decimal:
        """The share of the year due within calendar month ``month`` (1-12)."""
        before = self.cumulative[month - 2] if month > 1 else Decimal(0)
        return self.cumulative[month - 1] - before


_SHARE_QUANTUM = Decimal("0.000001")


def seasonal_profile(years: Mapping[int, Mapping[int, Decimal]]) -> Profile | None:
    """The average cumulative monthly share of earlier years, or None where they give none.

    ``years`` maps a year to its cumulative figures by month (6 → the 1-6月 figure). A year
    counts when it has a positive finite December figure (the whole year) and at least one
    earlier month; each of its months gives a share, value / December (clamped to 0-100). The
    shares of a month are averaged over the years that have it; months without one are
    interpolated on a straight line between their neighbours (0 before January, 100 at
    December), and the result never falls. Two years with 1-6月 at 38 % and 42 % of the year
    give 40 at June: 序时进度 on 30 June is 40, not 50. Shares are kept to six decimals.
    """
    sums: dict[int, Decimal] = {}
    counts: dict[int, int] = {}
    for months in years.values():
        whole = months.get(12)
        if whole is None or not whole.is_finite() or whole <= 0:
            continue
        shares = {
            m: min(max(HUNDRED * v / whole, Decimal(0)), HUNDRED)
            for m, v in months.items()
            if 1 <= m < 12 and v.is_finite()
        }
        for m, share in shares.items():
            sums[m] = sums.get(m, Decimal(0)) + share
            counts[m] = counts.get(m, 0) + 1
    if not sums:
        return None
    known = {0: Decimal(0), **{m: sums[m] / counts[m] for m in sorted(sums)}, 12: HUNDRED}
    marks = sorted(known)
    cumulative: list[Decimal] = []
    for month in range(1, 13):
        if month in known:
            share = known[month]
        else:
            before = max(m for m in marks if m < month)
            after = min(m for m in marks if m > month)
            share = known[before] + (known[after] - known[before]) * (month - before) / (after - before)
        share = share.quantize(_SHARE_QUANTUM)  # exact monthly weights: 10/3 a month sums to 10
        cumulative.append(max(share, cumulative[-1]) if cumulative else share)
    cumulative[-1] = HUNDRED
    return Profile(tuple(cumulative))


@lru_cache(maxsize=4096)
def _month_days(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


@lru_cache(maxsize=1024)
def time_progress(period: Period, as_of: date, profile: Profile | None = None) -> Decimal:
    """Percent (0-100) of ``period`` elapsed at the end of day ``as_of``.

    Linear by default: each month of the period weighs the same and days within a month count
    pro rata, so 30 September of a calendar year is 75 and 15 June is 45.8…. With a ``profile``
    each calendar month weighs what the profile says.
    """
    if as_of < period.start:
        return Decimal(0)
    if as_of >= period.end:
        return HUNDRED
    total = Decimal(0)
    done = Decimal(0)
    year, month = period.start.year, period.start.month
    while (year, month) <= (period.end.year, period.end.month):
        weight = Decimal(1) if profile is None else profile.weight(month)
        total += weight
        if (year, month) < (as_of.year, as_of.month):
            done += weight
        elif (year, month) == (as_of.year, as_of.month):
            done += weight * Decimal(as_of.day) / Decimal(_month_days(year, month))
        month += 1
        if month == 13:
            year, month = year + 1, 1
    if total == 0:
        return HUNDRED
    return HUNDRED * done / total


@lru_cache(maxsize=4096)
def month_key(day: date) -> str:
    """The period key of a date's month: 2023-09-30 → "2023-09"."""
    return f"{day.year:04d}-{day.month:02d}"


def parse_period(text: str) -> str:
    """A reporting period as its month key: "2023-09", "2023-9", "2023-09-30", "2023年9月",
    "2023-Q3" (→ its last month) or "2023" (→ December). Raises ValueError otherwise."""
    s = text.strip().replace("年", "-").replace("月", "").replace("/", "-").replace(".", "-")
    m = re.fullmatch(r"(\d{4})-?[Qq]([1-4])", s)
    if m:
        return f"{m.group(1)}-{int(m.group(2)) * 3:02d}"
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?-?", s)
    if not m:
        raise ValueError(M("period.not_period", text=text))
    month = int(m.group(2)) if m.group(2) else 12
    if not 1 <= month <= 12:
        raise ValueError(M("period.month_range", text=text))
    if m.group(3):
        date(int(m.group(1)), month, int(m.group(3)))  # validates the day
    return f"{m.group(1)}-{month:02d}"


_AGAIN = re.compile(r"(年底前|年内|年前)再|再(新增|盘活|引进|完成)")
# Every clause that can set an interim window has one of these; the others skip the checks below.
_WINDOW_WORDS = re.compile(r"季度|下半年|再")


@lru_cache(maxsize=1)
def _windows() -> tuple[tuple[str, int, int], ...]:
    """The period words that set an interim window (periods.tsv, window yes): (word, first month,
    last month), the shortest window first (a quarter before 下半年), then in the file's order."""
    rows = [(w, int(a), int(b)) for w, a, b, _, window in data_rows("periods.tsv") if window == "yes"]
    return tuple(sorted(rows, key=lambda r: r[2] - r[1]))


def goal_period(year: int | None, published: date | None, clause: str = "") -> tuple[Period | None, bool]:
    """The period a target covers and whether its value is an increment within it.

    ``year`` is the target's due year, ``published`` the document's date, ``clause`` the words of
    the target's clause. An annual target covers its calendar year; a target due years after
    publication (到2025年) covers January of the publication year to December of its year. A
    clause naming a quarter or the second half (力争四季度新增14个), or "more by year end"
    (确保年底前再盘活46.8公顷), sets an *interim increment*: only what is added within that window
    counts, never the year-to-date total. No year: (None, False).

    >>> goal_period(2023, date(2023, 10, 20), "确保年底前再盘活低效用地46.8公顷以上")
    (Period(start=datetime.date(2023, 10, 1), end=datetime.date(2023, 12, 31)), True)
    """
    if year is None:
        return None, False
    if _WINDOW_WORDS.search(clause) is None:  # the common case: no interim window
        return _whole_period(year, published), False
    for word, first, last in _windows():
        if word in clause:
            return Period.months(date(year, first, 1), date(year, last, 1)), True
    if published is not None and published.year == year and _AGAIN.search(clause):
        return Period.months(published, date(year, 12, 1)), True
    return _whole_period(year, published), False


@lru_cache(maxsize=1024)
def _whole_period(year: int, published: date | None) -> Period:
    """An annual target's calendar year; a target due years after publication: from January of
    the publication year to December of its year."""
    if published is not None and year > published.year:
        return Period.months(date(published.year, 1, 1), date(year, 12, 1))
    return Period.year(year)
