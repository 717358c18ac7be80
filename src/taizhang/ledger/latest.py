"""The latest observation of each series, kept current with every progress write.

``progress_latest`` holds one row per series (region, indicator, unit, cumulative or not, the
target it is tied to, if any, and the source: reported or official): the observation with the
highest period, then the highest id. Every function that writes progress rows calls :func:`refresh_latest` in the same
transaction, so the table never disagrees with the history: a rolled-back or killed import
leaves neither. Status at a date no earlier than the newest period in scope reads this table;
an as-of date in the past reads the history (:mod:`taizhang.ledger.tracking`). Only observations
in force count (``COUNTED``: not rejected, ambiguous or retired); a review that changes one
rebuilds its series with :func:`rebuild_series`. Both also keep the seasonal profiles of the
official series they touch current (:mod:`taizhang.ledger.profiles`).
"""

from __future__ import annotations

from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, and_, delete, func, or_, select
from sqlalchemy.orm import Session

from taizhang.ledger.models import COUNTED, Progress, ProgressLatest
from taizhang.ledger.profiles import rebuild_profiles, refresh_profiles

__all__ = ["COUNTED", "Series", "rebuild_series", "refresh_latest", "series_of"]

_KEY = ("region_code", "indicator", "unit", "cumulative", "target_key", "source")


def _insert(dialect: str) -> Any:
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert


def refresh_latest(session: Session, where: ColumnElement[bool]) -> None:
    """Fold the progress rows matching ``where`` (an import, one observation) into ``progress_latest``,
    and recompute the seasonal profiles of the official series among them.

    One set-based upsert: the newest of the new rows per series replaces the stored latest only
    when it is newer (a later period, or the same period reported later). Rows are sent in key
    order so two PostgreSQL writers lock series in the same order.
    """
    _fold_latest(session, where)
    refresh_profiles(session, where)


def _fold_latest(session: Session, where: ColumnElement[bool]) -> None:
    p = Progress.__table__.c
    target_key = func.coalesce(p.target_id, 0)
    ranked = (
        select(
            p.region_code,
            p.indicator,
            p.unit,
            p.cumulative,
            target_key.label("target_key"),
            p.source,
            p.target_id,
            p.id.label("progress_id"),
            p.period,
            p.value,
            func.row_number()
            .over(
                partition_by=(p.region_code, p.indicator, p.unit, p.cumulative, target_key, p.source),
                order_by=(p.period.desc(), p.id.desc()),
            )
            .label("newest"),
        )
        .where(where, p.state.in_(COUNTED))
        .subquery()
    )
    columns = [*_KEY, "target_id", "progress_id", "period", "value"]
    newest = select(*(ranked.c[c] for c in columns)).where(ranked.c.newest == 1).order_by(*(ranked.c[c] for c in _KEY))
    insert = _insert(session.get_bind().dialect.name)
    stmt = insert(ProgressLatest).from_select(columns, newest)
    new, old = stmt.excluded, ProgressLatest.__table__.c
    stmt = stmt.on_conflict_do_update(
        index_elements=list(_KEY),
        set_={c: new[c] for c in ("target_id", "progress_id", "period", "value")},
        where=or_(new.period > old.period, and_(new.period == old.period, new.progress_id > old.progress_id)),
    )
    session.execute(stmt)


class Series(NamedTuple):
    """The key of a series (``progress_latest``'s primary key)."""

    region_code: str
    indicator: str
    unit: str
    cumulative: bool
    target_key: int
    source: str


def series_of(observation: Progress) -> Series:
    """The series ``observation`` belongs to, as it is now (take it before changing the row)."""
    return Series(
        observation.region_code,
        observation.indicator,
        observation.unit,
        observation.cumulative,
        observation.target_id or 0,
        observation.source,
    )


def rebuild_series(session: Session, series: Series) -> None:
    """Recompute the latest row of ``series`` (and an official series' seasonal profiles) from its
    history (after a review rejected, edited or restored one of its observations, or a re-ingest
    changed or retired one)."""
    p = Progress.__table__.c
    lt = ProgressLatest.__table__.c
    session.flush()
    session.execute(delete(ProgressLatest).where(*(lt[name] == value for name, value in series._asdict().items())))
    _fold_latest(
        session,
        and_(
            p.region_code == series.region_code,
            p.indicator == series.indicator,
            p.unit == series.unit,
            p.cumulative == series.cumulative,
            func.coalesce(p.target_id, 0) == series.target_key,
            p.source == series.source,
        ),
    )
    if series.source == "official" and series.cumulative:  # even when no row is left in the series
        rebuild_profiles(session, [(series.region_code, series.indicator, series.unit)])
