"""Seasonal time progress from the ledger: the profile of earlier years' official figures.

Where the ledger holds cumulative official figures of a target's indicator and region for earlier
years (1-3月, 1-6月, 1-9月 and the whole year of 2021 and 2022), 序时进度 follows their average
cumulative monthly share (:func:`taizhang.track.schedule.seasonal_profile`) instead of a straight
line. Only a ``progress`` target (an amount or count to reach) is given one: a growth rate or a
share has no cumulative share of a year. The profiles are kept current on every write
(:mod:`taizhang.ledger.profiles`); status reads those of the as-of year for every region in scope
in one query, and reads a series' shares into a profile the first time a target matches it.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from taizhang.ledger.matching import Tracked, match_tier, unit_compatible
from taizhang.ledger.models import SeasonalProfile
from taizhang.ledger.profiles import HISTORY_YEARS, parse_shares
from taizhang.ledger.tracking import fetch_raw
from taizhang.track.attainment import rule_of
from taizhang.track.schedule import Profile

__all__ = ["HISTORY_YEARS", "SeasonalHistory", "load_seasonal_history"]

_Series = tuple[str, str, str]  # region code, indicator, unit


class SeasonalHistory:
    """Earlier years' cumulative official figures by series, and the profile each target follows."""

    def __init__(self, rows: list[tuple[Any, ...]]) -> None:
        # series → its stored shares, read into a profile when a target asks
        self._shares: dict[_Series, str | None] = {(code, ind, unit): shares for code, ind, unit, shares in rows}
        # region → indicator → its units
        self._names: dict[str, dict[str, list[str]]] = {}
        for code, indicator, unit in sorted(self._shares):
            self._names.setdefault(code, {}).setdefault(indicator, []).append(unit)
        self._profiles: dict[str | None, Profile | None] = {None: None}  # by shares: one per shape

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
        shares = self._shares[key]
        if shares not in self._profiles:
            self._profiles[shares] = parse_shares(shares)
        return self._profiles[shares]


def load_seasonal_history(session: Session, *, year: int, region_codes: Collection[str] | None) -> SeasonalHistory:
    """The seasonal profiles serving ``year`` of the official series of ``region_codes`` (all
    regions: None), in one query (:mod:`taizhang.ledger.profiles` keeps them current)."""
    sp = SeasonalProfile.__table__.c
    query = select(sp.region_code, sp.indicator, sp.unit, sp.shares).where(sp.year == year)
    if region_codes is not None:
        query = query.where(sp.region_code.in_(list(region_codes)))
    return SeasonalHistory(fetch_raw(session, query))
