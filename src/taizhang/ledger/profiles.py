"""Seasonal profiles kept current: each official series' profile for each year, stored on write.

Where the ledger holds cumulative official figures of an indicator and region for earlier years,
序时进度 follows their average cumulative monthly share (:func:`taizhang.track.schedule.seasonal_profile`
of the :data:`HISTORY_YEARS` years before the as-of year). Building those profiles when status is
asked meant reading every earlier-year figure and computing every series' profile on each cold
status run (720,000 figures and 20,000 profiles in ``bench/ledger.py``: seconds). Instead
``seasonal_profiles`` holds, per series (region, indicator, unit) and per year it serves, the
finished profile, and status reads one row per series.

Every progress write keeps it current in its own transaction, as ``progress_latest`` is kept:
:func:`taizhang.ledger.latest.refresh_latest` and :func:`~taizhang.ledger.latest.rebuild_series`
call :func:`refresh_profiles` / :func:`rebuild_profiles`, which recompute every profile of each
official cumulative series the write touched from its observations in force (``COUNTED``).
Changing :data:`HISTORY_YEARS` means rebuilding the table (``rebuild_profiles(session, None)``).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, bindparam, delete, insert, select, text, tuple_, type_coerce
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session
from sqlalchemy.types import String

from taizhang.ledger.models import COUNTED, Progress, SeasonalProfile
from taizhang.track.schedule import Profile, seasonal_profile

__all__ = [
    "HISTORY_YEARS",
    "SeriesKey",
    "format_shares",
    "parse_shares",
    "profiles_of",
    "rebuild_profiles",
    "refresh_profiles",
]

HISTORY_YEARS = 3
"""How many years before the as-of year a seasonal profile averages (the pattern drifts)."""

SeriesKey = tuple[str, str, str]
"""An official cumulative series: region code, indicator, unit."""

_CHUNK = 500  # series per statement (three parameters each)

# One advisory lock per series, taken in one order by every writer (a hash collision only serialises more).
_LOCK = text(
    "SELECT count(pg_advisory_xact_lock(hashtext('seasonal:' || k))) "
    "FROM (SELECT k FROM unnest(:keys) AS k ORDER BY k) AS ordered"
).bindparams(bindparam("keys", type_=ARRAY(String)))


def profiles_of(rows: Iterable[tuple[Any, ...]]) -> dict[tuple[int, str, str, str], Profile | None]:
    """The profiles official cumulative figures give: (year served, region, indicator, unit) → profile.

    ``rows`` are (id, region code, indicator, unit, period, value text) of observations in force.
    A year with figures serves each of the :data:`HISTORY_YEARS` years after it; within a month the
    figure entered last (the highest id) wins. A served year whose years give no profile (no whole
    year among them) maps to None: the series is there, and a target of its indicator stays linear.
    """
    series: dict[SeriesKey, dict[int, dict[int, Decimal]]] = {}
    for _, code, indicator, unit, period, value in sorted(rows):  # by id
        years = series.setdefault((code, indicator, unit), {})
        years.setdefault(int(period[:4]), {})[int(period[5:7])] = Decimal(value)
    out: dict[tuple[int, str, str, str], Profile | None] = {}
    for key, years in series.items():
        for served in sorted({y + k for y in years for k in range(1, HISTORY_YEARS + 1)}):
            window = {y: months for y, months in years.items() if served - HISTORY_YEARS <= y < served}
            out[(served, *key)] = seasonal_profile(window)
    return out


def format_shares(profile: Profile | None) -> str | None:
    """A profile as stored: its twelve cumulative shares as decimal text, joined by commas."""
    return None if profile is None else ",".join(str(share) for share in profile.cumulative)


def parse_shares(shares: str | None) -> Profile | None:
    """The profile stored as ``shares`` (exactly: each share's text is read back as written)."""
    return None if shares is None else Profile(tuple(Decimal(share) for share in shares.split(",")))


def _official_figures(session: Session, series: list[SeriesKey] | None) -> list[tuple[Any, ...]]:
    p = Progress.__table__.c
    query = select(p.id, p.region_code, p.indicator, p.unit, p.period, type_coerce(p.value, String)).where(
        p.source == "official", p.cumulative.is_(True), p.state.in_(COUNTED)
    )
    if series is not None:
        query = query.where(tuple_(p.region_code, p.indicator, p.unit).in_(series))
    return list(session.connection().execute(query).fetchall())


def rebuild_profiles(session: Session, series: Collection[SeriesKey] | None) -> None:
    """Recompute every stored profile of ``series`` (all series: None) from the observations in force.

    On PostgreSQL the series are locked first (transaction-scoped advisory locks, in key order), so
    two writers touching one series recompute it one after the other, each from what the other
    committed; SQLite writers hold the database's write lock anyway.
    """
    keys = None if series is None else sorted(set(series))
    if keys == []:
        return
    session.flush()
    if keys is not None and session.get_bind().dialect.name == "postgresql":
        session.execute(_LOCK, {"keys": ["\x1f".join(key) for key in keys]})
    sp = SeasonalProfile
    chunks = [None] if keys is None else [keys[i : i + _CHUNK] for i in range(0, len(keys), _CHUNK)]
    for chunk in chunks:
        if chunk is None:
            session.execute(delete(sp))
        else:
            session.execute(delete(sp).where(tuple_(sp.region_code, sp.indicator, sp.unit).in_(chunk)))
        rows = [
            {"year": year, "region_code": code, "indicator": indicator, "unit": unit, "shares": format_shares(profile)}
            for (year, code, indicator, unit), profile in sorted(profiles_of(_official_figures(session, chunk)).items())
        ]
        for start in range(0, len(rows), 5000):
            session.execute(insert(sp), rows[start : start + 5000])


def refresh_profiles(session: Session, where: ColumnElement[bool]) -> None:
    """Recompute the profiles of the official cumulative series of the progress rows matching ``where``
    (an import, a document's new figures), whatever their state."""
    p = Progress.__table__.c
    touched = (
        select(p.region_code, p.indicator, p.unit)
        .where(where, p.source == "official", p.cumulative.is_(True))
        .distinct()
    )
    rebuild_profiles(session, [tuple(row) for row in session.execute(touched)])
