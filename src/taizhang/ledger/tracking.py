"""Loading what status needs, fast: targets as :class:`Tracked` and the latest actual per series.

Plain column queries (no ORM objects), so status for every region of a large ledger stays in
the hundreds of milliseconds. A *series* is one region's observations of one indicator in one
unit, cumulative or not (or tied to one target by ``target_id``); status needs only the latest
observation of each series up to the as-of month.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from taizhang.ledger.matching import Tracked
from taizhang.ledger.models import Document, Progress, Target

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
    query = (
        select(t.id, *(t[f] for f in _FIELDS), t.text, t.state, t.edited, Document.date)
        .join(Document, Document.id == t.document_id)
        .where(t.retired_at.is_(None), t.state != "rejected")
    )
    if region_codes is not None:
        query = query.where(or_(t.region_code.in_(list(region_codes)), t.edited.is_not(None)))
    if min_year is not None:
        query = query.where(or_(t.year >= min_year, t.year.is_(None), t.edited.is_not(None)))
    out = []
    for row in session.execute(query):
        values: dict[str, Any] = dict(zip(_FIELDS, row[1:15], strict=True))
        edited = row.edited
        if edited:
            values.update({k: v for k, v in edited.items() if k in values})
            values["value"] = Decimal(values["value"])
            if region_codes is not None and values["region_code"] not in region_codes:
                continue
            if min_year is not None and values["year"] is not None and values["year"] < min_year:
                continue
        out.append(Tracked(id=row.id, text=row.text, state=row.state, published=row.date, **values))
    return out


@dataclass(frozen=True, slots=True)
class Latest:
    """The latest observation of one series."""

    id: int
    region_code: str
    indicator: str
    unit: str
    cumulative: bool
    target_id: int | None
    period: str
    value: Decimal


def latest_observations(
    session: Session, *, first: str, last: str, region_codes: Collection[str] | None = None
) -> list[Latest]:
    """The latest observation per series with ``first <= period <= last`` (month keys).

    Ties within a month go to the observation reported last (the higher id): a corrected figure
    replaces the first report.
    """
    p = Progress.__table__.c
    key = (p.region_code, p.indicator, p.unit, p.cumulative, p.target_id)
    where = [p.period >= first, p.period <= last]
    if region_codes is not None:
        where.append(p.region_code.in_(list(region_codes)))
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import distinct_on

        query = (
            select(p.id, *key, p.period, p.value)
            .where(*where)
            .ext(distinct_on(*key))
            .order_by(*key, p.period.desc(), p.id.desc())
        )
    else:
        # SQLite returns the bare columns of the row holding the MAX(): the latest period, and
        # within it the highest id. Cheaper than a window function over the year's rows.
        newest = func.max(p.period.concat(func.printf("%012d", p.id)))
        query = select(p.id, *key, p.period, p.value, newest).where(*where).group_by(*key)
    return [
        Latest(
            r.id,
            r.region_code,
            r.indicator,
            r.unit,
            bool(r.cumulative),
            r.target_id,
            r.period,
            Decimal(r.value),
        )
        for r in session.execute(query)
    ]


def observations_between(
    session: Session, *, region_code: str, indicator: str, unit: str, cumulative: bool, first: str, last: str
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
                p.period >= first,
                p.period <= last,
            )
        )
        .order_by(p.period, p.id)
    )
    return [(r.period, Decimal(r.value)) for r in session.execute(query)]
