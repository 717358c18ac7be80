"""Loading what status needs, fast: targets as :class:`Tracked` and the latest actual per series.

Plain column queries (no ORM objects), so status for every region of a large ledger stays in
the hundreds of milliseconds. A *series* is one region's observations of one indicator in one
unit, cumulative or not (or tied to one target by ``target_id``); status needs only the latest
observation of each series up to the as-of month.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from datetime import date
from decimal import Decimal
from typing import Any, NamedTuple

from sqlalchemy import String, and_, func, or_, select, true, type_coerce
from sqlalchemy.orm import Session

from taizhang.ledger.latest import COUNTED
from taizhang.ledger.matching import Tracked
from taizhang.ledger.models import Document, Progress, ProgressLatest, Target

__all__ = ["Latest", "latest_observations", "load_tracked", "observations_between"]

_FIELDS = (
    "region_code",
    "region",
    "indicator",
    "indicator_id",
    "qualifier",
    "subject",
    "measure",
    "comparator",
    "value",
    "unit",
    "value_text",
    "strength",
    "year",
    "direction",
)


_VALUE = 3 + _FIELDS.index("value")  # where the value's text is in a row of load_tracked's query


def _fetch_raw(session: Session, query: Any) -> list[tuple[Any, ...]]:
    """Every row of ``query`` as the driver returns it, skipping SQLAlchemy's result processing.

    At tens of thousands of rows, building and processing SQLAlchemy rows costs as much as the
    query itself. The columns must need no conversion the callers do not do themselves: text
    and numbers, a ``DecimalText`` read as its text (type-coerced to String), a Boolean as the
    driver gives it (0/1 on SQLite).
    """
    result = session.connection().execute(query)
    try:
        return list(result.cursor.fetchall())
    finally:
        result.close()


def load_tracked(
    session: Session,
    *,
    region_codes: Collection[str] | None = None,
    min_year: int | None = None,
) -> list[Tracked]:
    """Targets that can be tracked (not rejected, not retired), with edits applied.

    ``region_codes`` limits to those regions; ``min_year`` to targets due that year or later
    (or with no year). Both filters also apply to edited values.
    """
    t = Target.__table__.c
    # The publication date as the database's text (SQLite) or date (PostgreSQL), parsed once per
    # document below: SQLAlchemy's SQLite Date type would parse it again on every row.
    published = type_coerce(Document.date, String)
    # ``edited`` as the driver returns it (text on SQLite, parsed on PostgreSQL): SQLAlchemy's
    # SQLite JSON type costs microseconds per row even for NULL, and nearly every row is NULL.
    edits = type_coerce(t.edited, String)
    fields = (type_coerce(t[f], String) if f == "value" else t[f] for f in _FIELDS)
    query = (
        select(edits, published, t.id, *fields, t.text, t.state)
        .join(Document, Document.id == t.document_id)
        .where(t.retired_at.is_(None), t.state != "rejected")
    )
    if region_codes is not None:
        query = query.where(or_(t.region_code.in_(list(region_codes)), t.edited.is_not(None)))
    if min_year is not None:
        query = query.where(or_(t.year >= min_year, t.year.is_(None), t.edited.is_not(None)))
    dates: dict[Any, date | None] = {None: None}
    decimals: dict[Any, Decimal] = {}
    out = []
    for row in _fetch_raw(session, query):
        edited, day = row[0], row[1]
        if isinstance(edited, str):
            edited = json.loads(edited)  # a JSON null when an edit was undone
        when = dates.get(day)
        if when is None and day is not None:
            when = dates[day] = day if isinstance(day, date) else date.fromisoformat(day)
        value = decimals.get(row[_VALUE])
        if value is None:
            value = decimals[row[_VALUE]] = Decimal(row[_VALUE])
        if not edited:
            # Tracked's fields are id, _FIELDS, text, state, published: in the order selected.
            out.append(Tracked(*row[2:_VALUE], value, *row[_VALUE + 1 :], when))
            continue
        values: dict[str, Any] = dict(zip(_FIELDS, row[3:17], strict=True))
        values.update({k: v for k, v in edited.items() if k in values})
        values["value"] = Decimal(values["value"])
        if region_codes is not None and values["region_code"] not in region_codes:
            continue
        if min_year is not None and values["year"] is not None and values["year"] < min_year:
            continue
        out.append(Tracked(id=row[2], text=row[17], state=row[18], published=when, **values))
    return out


class Latest(NamedTuple):
    """The latest observation of one series (a named tuple, like :class:`Tracked`)."""

    id: int
    region_code: str
    indicator: str
    unit: str
    cumulative: bool
    target_id: int | None
    period: str
    value: Decimal
    source: str = "reported"
    """``reported`` (an office's own figure) or ``official`` (read from a statistics release)."""


def latest_observations(
    session: Session, *, first: str, last: str, region_codes: Collection[str] | None = None
) -> list[Latest]:
    """The latest observation per series with ``first <= period <= last`` (month keys).

    Ties within a month go to the observation reported last (the higher id): a corrected figure
    replaces the first report. Reads ``progress_latest``: a series whose stored latest is within
    the window is answered from it (status today); a series with a report after ``last`` (status
    at a date in the past) looks up its history, one seek per series on ``ix_progress_series``.
    """
    lt = ProgressLatest.__table__.c
    query = select(
        lt.progress_id,
        lt.region_code,
        lt.indicator,
        lt.unit,
        lt.cumulative,
        lt.target_id,
        lt.period,
        type_coerce(lt.value, String),  # made a Decimal below, once
        lt.source,
    ).where(lt.period >= first, lt.period <= last)
    if region_codes is not None:
        query = query.where(lt.region_code.in_(list(region_codes)))
    rows = _fetch_raw(session, query)
    rows += _latest_before(session, first=first, last=last, region_codes=region_codes)
    return [
        Latest(i, code, ind, unit, bool(cum), tid, period, Decimal(value), source)
        for i, code, ind, unit, cum, tid, period, value, source in rows
    ]


def _latest_before(
    session: Session, *, first: str, last: str, region_codes: Collection[str] | None
) -> list[tuple[Any, ...]]:
    """For each series with a report after ``last``: its latest observation within [first, last].

    The newest row of a series in the window is the first one of a backward scan of
    ``ix_progress_series`` (region, indicator, unit, cumulative, period, id). On PostgreSQL a
    LATERAL join keeps that one seek per series whatever the statistics say (as a join on a
    correlated subquery, the planner may hash the whole history instead); SQLite has no LATERAL
    and plans the correlated form as the same loop of seeks.
    """
    latest = ProgressLatest.__table__
    lt = latest.c
    q = Progress.__table__.alias("q")
    newest = (
        select(q.c.id, q.c.target_id, q.c.period, type_coerce(q.c.value, String).label("value"))
        .where(
            q.c.region_code == lt.region_code,
            q.c.indicator == lt.indicator,
            q.c.unit == lt.unit,
            q.c.cumulative == lt.cumulative,
            func.coalesce(q.c.target_id, 0) == lt.target_key,
            q.c.source == lt.source,
            q.c.state.in_(COUNTED),
            q.c.period >= first,
            q.c.period <= last,
        )
        .order_by(q.c.period.desc(), q.c.id.desc())
        .limit(1)
    )
    if session.get_bind().dialect.name == "postgresql":
        p = newest.lateral("p")
        joined = latest.join(p, true())
        row = p.c
    else:
        joined = latest.join(
            Progress.__table__,
            Progress.__table__.c.id == newest.with_only_columns(q.c.id).correlate(latest).scalar_subquery(),
        )
        row = Progress.__table__.c
    query = (
        select(
            row.id,
            lt.region_code,
            lt.indicator,
            lt.unit,
            lt.cumulative,
            row.target_id,
            row.period,
            type_coerce(row.value, String),
            lt.source,
        )
        .select_from(joined)
        .where(lt.period > last)
    )
    if region_codes is not None:
        query = query.where(lt.region_code.in_(list(region_codes)))
    return _fetch_raw(session, query)


def observations_between(
    session: Session,
    *,
    region_code: str,
    indicator: str,
    unit: str,
    cumulative: bool,
    first: str,
    last: str,
    source: str = "reported",
) -> list[tuple[str, Decimal]]:
    """(period, value) of one series within [first, last], oldest first (for interim targets)."""
    p = Progress.__table__.c
    query = (
        select(p.period, p.value)
        .where(
            and_(
                p.region_code == region_code,
                p.indicator == indicator,
                p.unit == unit,
                p.cumulative == cumulative,
                p.source == source,
                p.state.in_(COUNTED),
                p.period >= first,
                p.period <= last,
            )
        )
        .order_by(p.period, p.id)
    )
    return [(r.period, Decimal(r.value)) for r in session.execute(query)]
