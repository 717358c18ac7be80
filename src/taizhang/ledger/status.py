"""Status of the ledger at a date: every tracked target with its latest actual and its light.

For each target in scope (not rejected, not retired; due in the as-of year, later, or with no
year) the latest matching observation of the year up to the as-of month is judged by
:func:`taizhang.track.status.assess`. An interim increment target (力争四季度新增14个) is judged
on what was added inside its window, never on the year-to-date total. 确保 and 力争 targets on
the same indicator are paired: each row says whether the other one is met too.

A target may have both a reported figure (an office's 填报) and an official one (read from a
statistics release). Status judges the newest period either gives; within that period the
``source`` setting decides (``official`` by default, else ``reported``, or ``latest``: the
figure entered last), and the other source's figure stands in when the preferred one has none.
Each row keeps the newest figure of both sources for the page to show side by side.

Time progress (序时进度) of a target follows the seasonal profile of its indicator's official
figures of earlier years where the ledger holds them (:mod:`taizhang.ledger.seasonal`), else the
policy's (linear by default); each row says which (``schedule``: seasonal, linear or policy).

:func:`cached_status` is the same through a :class:`~taizhang.ledger.version.VersionedCache`
(a ledger's ``reports``): computed once per data version, as-of date and policy.
"""

from __future__ import annotations

import dataclasses
import gc
import threading
from collections import Counter
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from taizhang.errors import InputError
from taizhang.extract.record import decimal_to_json
from taizhang.ledger.matching import Tracked, match_tier, unit_compatible
from taizhang.ledger.seasonal import load_seasonal_history
from taizhang.ledger.tracking import Latest, latest_observations, load_tracked, observations_between
from taizhang.ledger.version import VersionedCache
from taizhang.messages import M
from taizhang.track.attainment import floor_and_stretch, rule_of
from taizhang.track.schedule import Profile, goal_period, month_key
from taizhang.track.status import Assessment, Goal, Policy, Reading, assess

__all__ = ["STATUS_SOURCES", "StatusReport", "StatusRow", "cached_status", "ledger_status", "matching_observations"]

STATUS_SOURCES = ("official", "reported", "latest")
"""Which figure status prefers in a period with both (``TAIZHANG_STATUS_SOURCE``)."""


@dataclass(slots=True)
class StatusRow:
    """One target's standing at the as-of date."""

    target: Tracked
    assessment: Assessment
    actual: Latest | None
    """The latest matching observation (for an interim target: of the year to date)."""
    reading: Reading | None = None
    """The value judged: the observation, or for an interim target what was added in its window."""
    increment: bool = False
    paired_with: int | None = None
    """The id of the other target of a 确保/力争 pair."""
    met_floor: bool | None = None
    met_stretch: bool | None = None
    official: Latest | None = None
    """The newest official figure matching the target (shown beside the reported one)."""
    reported: Latest | None = None
    """The newest reported figure matching the target."""
    schedule: str = "linear"
    """What time progress follows: ``seasonal`` (earlier years' official figures), ``linear`` or
    ``policy`` (the policy's own profile); labels in data/labels.tsv (vocabulary schedule)."""

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: numbers as numbers, completion and time progress rounded for display."""
        t, a = self.target, self.assessment

        def num(v: Decimal | None) -> int | float | None:
            return None if v is None else decimal_to_json(v)

        return {
            "id": t.id,
            "region": t.region,
            "region_code": t.region_code,
            "indicator": t.indicator,
            "indicator_id": t.indicator_id,
            "qualifier": t.qualifier,
            "subject": t.subject,
            "measure": t.measure,
            "comparator": t.comparator,
            "value": num(t.value),
            "unit": t.unit,
            "value_text": t.value_text,
            "strength": t.strength,
            "year": t.year,
            "state": t.state,
            "text": t.text,
            "actual": num(self.reading.value) if self.reading else None,
            "actual_period": self.reading.period if self.reading else None,
            "actual_source": self.actual.source if self.actual else None,
            "official": _figure(self.official),
            "reported": _figure(self.reported),
            "increment": self.increment,
            "status": a.status,
            "completion": num(a.completion_display),
            "time_progress": num(a.time_progress_display),
            "schedule": self.schedule,
            "lag": num(a.lag),
            "gap": num(a.gap),
            "met": a.met,
            "stale": a.stale,
            "paired_with": self.paired_with,
            "met_floor": self.met_floor,
            "met_stretch": self.met_stretch,
        }


def _figure(s: Latest | None) -> dict[str, Any] | None:
    if s is None:
        return None
    return {"id": s.id, "period": s.period, "value": decimal_to_json(s.value), "unit": s.unit, "source": s.source}


@dataclass
class StatusReport:
    """Every row, plus status counts per region."""

    as_of: date
    rows: list[StatusRow] = field(default_factory=list)

    def counts(self) -> dict[str, Counter[str]]:
        """Region name (or code) → status → number of targets."""
        out: dict[str, Counter[str]] = {}
        for row in self.rows:
            key = row.target.region or row.target.region_code or "?"
            out.setdefault(key, Counter())[row.assessment.status] += 1
        return out


def matching_observations(
    target: Tracked,
    series: list[Latest],
    by_name: dict[str, list[Latest]],
    by_target: dict[int, list[Latest]],
) -> list[Latest]:
    """The observations of ``target`` among its region's: reported for it (``by_target``), or
    matched to it by unit and name (:mod:`taizhang.ledger.matching`, best tier only).

    Both kinds count: a reporter's earlier entry for the target must not hide a later sheet row
    for the same indicator (nothing reported is ever silently dropped). ``by_name`` holds the
    region's rows without a target id by indicator name (the common case: the target's own words).
    """
    explicit = by_target.get(target.id) or []
    matched: list[Latest] = []
    if not target.qualifier and not target.subject:
        matched = [s for s in by_name.get(target.indicator, ()) if unit_compatible(s.unit, target)]
    if not matched:
        tiers: dict[int, list[Latest]] = {}
        for s in series:
            if s.target_id is None and unit_compatible(s.unit, target):
                tier = match_tier(s.indicator, target)
                if tier:
                    tiers.setdefault(tier, []).append(s)
        matched = tiers[min(tiers)] if tiers else []
    return explicit + matched


def pick(candidates: list[Latest], source: str) -> Latest | None:
    """The figure status judges: of the newest period, the ``source`` preferred (``latest``: the one
    entered last); on the same source the entry made for the target wins, then a cumulative one."""
    if len(candidates) < 2:
        return candidates[0] if candidates else None
    newest = max(s.period for s in candidates)
    return max(
        (s for s in candidates if s.period == newest),
        key=lambda s: (source == "latest" or s.source == source, s.target_id is not None, s.cumulative, s.id),
    )


def _recency(s: Latest) -> tuple[str, bool, bool, int]:
    """How :func:`pick` ranks figures of one source: newest period, then made for the target, then
    cumulative, then entered last."""
    return s.period, s.target_id is not None, s.cumulative, s.id


def pick_with_sources(candidates: list[Latest], source: str) -> tuple[Latest | None, dict[str, Latest]]:
    """:func:`pick`, and the newest figure of each source (as :func:`pick` gives among that source's
    alone), in one pass over ``candidates``: status asks for all three for every target."""
    best: dict[str, Latest] = {}
    for s in candidates:
        b = best.get(s.source)
        if b is None or _recency(s) > _recency(b):
            best[s.source] = s
    if len(best) < 2:  # one source (or none): its newest is the pick
        return next(iter(best.values()), None), best
    newest = max(b.period for b in best.values())
    judged = max(
        (b for b in best.values() if b.period == newest),
        key=lambda s: (source == "latest" or s.source == source, s.target_id is not None, s.cumulative, s.id),
    )
    return judged, best


def _increment_reading(session: Session, target: Tracked, latest: Latest, first: str, last: str) -> Reading | None:
    """What was added within [first, last]: the last value minus the last one before ``first``."""
    history = observations_between(
        session,
        region_code=latest.region_code,
        indicator=latest.indicator,
        unit=latest.unit,
        cumulative=latest.cumulative,
        source=latest.source,
        first=f"{first[:4]}-01",
        last=last,
    )
    inside = [(p, v) for p, v in history if p >= first]
    if not inside:
        return None
    before = [v for p, v in history if p < first]
    baseline = before[-1] if before else Decimal(0)
    period, value = inside[-1]
    try:
        return Reading(value - baseline, period)
    except ArithmeticError:  # Infinity - Infinity: assess() calls it unknown
        return Reading(Decimal("NaN"), period)


class _CollectorPause:
    """Pauses the cyclic garbage collector while status builds its rows; threads may overlap.

    A report of every region is a hundred thousand small acyclic objects (named tuples, which the
    collector never untracks). Building one, the collector would walk the whole heap twice or more
    and free nothing: a third of the time at 20,000 targets, more in a web process holding caches.
    The first to enter pauses it (if it was on); the last to leave turns it back on.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._inside = 0
        self._resume = False

    @contextmanager
    def __call__(self) -> Iterator[None]:
        with self._lock:
            if self._inside == 0:
                self._resume = gc.isenabled()
                gc.disable()
            self._inside += 1
        try:
            yield
        finally:
            with self._lock:
                self._inside -= 1
                if self._inside == 0 and self._resume:
                    gc.enable()


_collector_paused = _CollectorPause()


def ledger_status(
    session: Session,
    *,
    as_of: date,
    region_codes: Collection[str] | None = None,
    policy: Policy | None = None,
    states: Collection[str] = ("proposed", "confirmed"),
    source: str = "official",
) -> StatusReport:
    """Status of every tracked target (of ``region_codes``, if given) at the end of ``as_of``,
    judging the figure ``source`` prefers (``STATUS_SOURCES``)."""
    check_source(source)
    with _collector_paused():
        return _status(session, as_of, region_codes, policy or Policy(), states, source)


def check_source(source: str) -> str:
    """``source`` if it is one of ``STATUS_SOURCES``; raises InputError (E201)."""
    if source not in STATUS_SOURCES:
        raise InputError(M("status.source", sources="、".join(STATUS_SOURCES), value=source))
    return source


def _status(
    session: Session,
    as_of: date,
    region_codes: Collection[str] | None,
    policy: Policy,
    states: Collection[str],
    source: str,
) -> StatusReport:
    targets = [t for t in load_tracked(session, region_codes=region_codes, min_year=as_of.year) if t.state in states]
    codes = region_codes if region_codes is not None else None
    last = month_key(as_of)
    series = latest_observations(session, first=f"{as_of.year:04d}-01", last=last, region_codes=codes)
    by_region: dict[str, list[Latest]] = {}
    by_name: dict[str, dict[str, list[Latest]]] = {}
    by_target: dict[int, list[Latest]] = {}
    for s in series:
        by_region.setdefault(s.region_code, []).append(s)
        if s.target_id is None:
            by_name.setdefault(s.region_code, {}).setdefault(s.indicator, []).append(s)
        else:
            by_target.setdefault(s.target_id, []).append(s)
    history = load_seasonal_history(session, year=as_of.year, region_codes=codes)
    seasonal: dict[Profile, Policy] = {}
    default_schedule = "linear" if policy.profile is None else "policy"
    report = StatusReport(as_of)
    for t in targets:
        period, increment = goal_period(t.year, t.published, t.text)
        profile = history.profile_for(t) if period is not None else None
        judged_by = policy
        if profile is not None:
            judged_by = seasonal.get(profile) or dataclasses.replace(policy, profile=profile)
            seasonal[profile] = judged_by
        code = t.region_code or ""
        candidates = matching_observations(t, by_region.get(code, []), by_name.get(code, {}), by_target)
        latest, newest = pick_with_sources(candidates, source)
        reading: Reading | None = None
        if latest is not None:
            if increment and period is not None:
                reading = _increment_reading(session, t, latest, month_key(period.start), last)
            else:
                reading = Reading(latest.value, latest.period)
        goal = Goal(t.value, t.measure, t.comparator, period, increment)
        row = StatusRow(t, assess(goal, reading, as_of, judged_by), latest, reading, increment)
        row.schedule = default_schedule if profile is None else "seasonal"
        if latest is not None:
            row.official, row.reported = newest.get("official"), newest.get("reported")
        report.rows.append(row)
    _pair_floor_and_stretch(report.rows)
    report.rows.sort(key=lambda r: (r.target.region_code or "", r.target.id))
    return report


def cached_status(
    cache: VersionedCache,
    session: Session,
    *,
    as_of: date,
    region_codes: Collection[str] | None = None,
    policy: Policy | None = None,
    states: Collection[str] = ("proposed", "confirmed"),
    source: str = "official",
) -> StatusReport:
    """:func:`ledger_status` through ``cache``: computed once per data version.

    Some regions' status is cut from every region's when that is cached (a region's rows do not
    depend on another region's), else computed alone. The report is shared: do not change it.
    """
    policy = policy or Policy()
    codes = None if region_codes is None else frozenset(region_codes)
    key = ("status", as_of, policy, tuple(states), check_source(source))

    def compute() -> StatusReport:
        whole = cache.peek(session, (*key, None)) if codes is not None else None
        if whole is not None:
            return StatusReport(as_of, [r for r in whole.rows if r.target.region_code in codes])  # type: ignore[operator]
        return ledger_status(session, as_of=as_of, region_codes=codes, policy=policy, states=states, source=source)

    return cache.get(session, (*key, codes), compute)


def _pair_floor_and_stretch(rows: list[StatusRow]) -> None:
    """Link each 确保 target to the 力争 target of the same document, indicator, unit and year."""
    groups: dict[tuple[Any, ...], dict[str, StatusRow]] = {}
    for row in rows:
        t = row.target
        if t.strength in ("ensure", "strive") and not row.increment:
            key = (
                t.published,
                t.region_code,
                t.indicator_id or t.indicator,
                t.qualifier,
                t.subject,
                t.unit,
                t.year,
            )
            groups.setdefault(key, {}).setdefault(t.strength, row)
    for pair in groups.values():
        floor, stretch = pair.get("ensure"), pair.get("strive")
        if floor is None or stretch is None or floor.target.value == stretch.target.value:
            continue
        floor.paired_with, stretch.paired_with = stretch.target.id, floor.target.id
        actual = floor.reading or stretch.reading
        if actual is None or "unknown" in (floor.assessment.status, stretch.assessment.status):
            continue
        t = floor.target
        fs = floor_and_stretch(
            rule_of(t.measure, t.comparator), t.comparator, actual.value, t.value, stretch.target.value
        )
        for row in (floor, stretch):
            row.met_floor, row.met_stretch = fs.met_floor, fs.met_stretch
