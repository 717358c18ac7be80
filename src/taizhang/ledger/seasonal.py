"""Seasonal time progress from the ledger: the profile of earlier years' official figures.

Where the ledger holds cumulative official figures of a target's indicator and region for earlier
years (1-3月, 1-6月, 1-9月 and the whole year of 2021 and 2022), 序时进度 follows their average
cumulative monthly share (:func:`taizhang.track.schedule.seasonal_profile`) instead of a straight
line. Only a ``progress`` target (an amount or count to reach) is given one: a growth rate or a
share has no cumulative share of a year. The figures of the :data:`HISTORY_YEARS` years before
the as-of year are read in one query for every region in scope; a series' profile is computed
the first time a target matches it, once.
"""

from __future__ import annotations

from collections.abc import Collection
from decimal import Decimal
from typing import Any

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from taizhang.ledger.latest import COUNTED
from taizhang.ledger.matching import Tracked, match_tier, unit_compatible
from taizhang.ledger.models import Progress, ProgressLatest
from taizhang.ledger.tracking import fetch_raw
from taizhang.track.attainment import rule_of
from taizhang.track.schedule import Profile, seasonal_profile

__all__ = ["HISTORY_YEARS", "SeasonalHistory", "load_seasonal_history"]

HISTORY_YEARS = 3
"""How many years before the as-of year a seasonal profile averages (the pattern drifts)."""

_Series = tuple[str, str, str]  # region code, indicator, unit


class SeasonalHistory:
    """Earlier years' cumulative official figures by series, and the profile each target follows."""

    def __init__(self, rows: list[tuple[Any, ...]]) -> None:
        # series → its rows (id, period, value text), turned into a profile when a target asks
        self._rows: dict[_Series, list[tuple[int, str, str]]] = {}
        for i, code, indicator, unit, period, value in rows:
            key = (code, indicator, unit)
            found = self._rows.get(key)
            if found is None:
                self._rows[key] = [(i, period, value)]
            else:
                found.append((i, period, value))
        # region → indicator → its units
        self._names: dict[str, dict[str, list[str]]] = {}
        for code, indicator, unit in sorted(self._rows):
            self._names.setdefault(code, {}).setdefault(indicator, []).append(unit)
        self._profiles: dict[_Series, Profile | None] = {}

    def profile_for(self, target: Tracked) -> Profile | None:
        """The seasonal profile ``target`` follows, or None (time progress is linear).

        The target's own indicator name first, else the best-matching names of its region (as
        status matches figures: :func:`taizhang.ledger.matching.match_tier`), in its unit.
        """
        if rule_of(target.measure, target.comparator) != "progress":
            return None
        region = self._names.get(target.region_code or "")
        if not region:
            return None
        names = [target.indicator] if target.indicator in region and not (target.qualifier or target.subject) else []
        if not names:
            tiers: dict[int, list[str]] = {}
            for name in region:
                tier = match_tier(name, target)
                if tier:
                    tiers.setdefault(tier, []).append(name)
            names = sorted(tiers[min(tiers)]) if tiers else []
        for name in names:
            for unit in region[name]:
                if unit_compatible(unit, target):
                    profile = self._profile((target.region_code or "", name, unit))
                    if profile is not None:
                        return profile
        return None

    def _profile(self, key: _Series) -> Profile | None:
        if key not in self._profiles:
            years: dict[int, dict[int, Decimal]] = {}
            for _, period, value in sorted(self._rows[key]):  # by id: the figure entered last wins
                years.setdefault(int(period[:4]), {})[int(period[5:7])] = Decimal(value)
            self._profiles[key] = seasonal_profile(years)
        return self._profiles[key]


def load_seasonal_history(session: Session, *, year: int, region_codes: Collection[str] | None) -> SeasonalHistory:
    """The cumulative official figures (in force) of the :data:`HISTORY_YEARS` years before ``year``,
        of ``region_codes`` (all regions: None), in one query (none when ``progress_latest`` holds no
    official cumulative series). Within a month the figure entered last wins."""
    lt = ProgressLatest.__table__.c
    held = select(lt.region_code).where(lt.source == "official", lt.cumulative.is_(True)).limit(1)
    if region_codes is not None:
        held = held.where(lt.region_code.in_(list(region_codes)))
    if session.execute(held).first() is None:  # no official series: nothing to read (the common case)
        return SeasonalHistory([])
    p = Progress.__table__.c
    query = select(p.id, p.region_code, p.indicator, p.unit, p.period, type_coerce(p.value, String)).where(
        p.source == "official",
        p.cumulative.is_(True),
        p.state.in_(COUNTED),
        p.period >= f"{year - HISTORY_YEARS:04d}-01",
        p.period < f"{year:04d}-01",
    )
    if region_codes is not None:
        query = query.where(p.region_code.in_(list(region_codes)))
    return SeasonalHistory(fetch_raw(session, query))
