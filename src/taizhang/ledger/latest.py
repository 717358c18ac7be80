"""The latest observation of each series, kept current with every progress write.

``progress_latest`` holds one row per series (region, indicator, unit, cumulative or not, the
target it is tied to, if any, and the source: reported or official): the observation with the
highest period, then the highest id. Every function that writes progress rows calls :func:`refresh_latest` in the same
transaction, so the table never disagrees with the history: a rolled-back or killed import
leaves neither. Status at a date no earlier than the newest period in scope reads this table;
an as-of date in the past reads the history (:mod:`taizhang.ledger.tracking`). Only observations
in force count (``COUNTED``: not rejected, ambiguous or retired); a review that changes one
rebuilds its series with :func:`rebuild_series`.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_, delete, func, or_, select
from sqlalchemy.orm import Session

from taizhang.ledger.models import Progress, ProgressLatest

__all__ = ["COUNTED", "rebuild_series", "refresh_latest"]

_KEY = ("region_code", "indicator", "unit", "cumulative", "target_key", "source")

COUNTED = ("proposed", "confirmed")
"""Observation states that count for status (the others are kept and listed, never used)."""


def _insert(dialect: str) -> Any:
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert


def refresh_latest(session: Session, where: ColumnElement[bool]) -> None:
    """Fold the progress rows matching ``where`` (an import, one observation) into ``progress_latest``.

    One set-based upsert: the newest of the new rows per series replaces the stored latest only
    when it is newer (a later period, or the same period reported later). Rows are sent in key
    order so two PostgreSQL writers lock series in the same order.
    """
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


def rebuild_series(session: Session, observation: Progress) -> None:
    """Recompute the latest row of ``observation``'s series from its history (after a review
    rejected, edited or restored an observation of it)."""
    p = Progress.__table__.c
    lt = ProgressLatest.__table__.c
    target_key = observation.target_id or 0
    session.flush()
    session.execute(
        delete(ProgressLatest).where(
            lt.region_code == observation.region_code,
            lt.indicator == observation.indicator,
            lt.unit == observation.unit,
            lt.cumulative == observation.cumulative,
            lt.target_key == target_key,
            lt.source == observation.source,
        )
    )
    refresh_latest(
        session,
        and_(
            p.region_code == observation.region_code,
            p.indicator == observation.indicator,
            p.unit == observation.unit,
            p.cumulative == observation.cumulative,
            func.coalesce(p.target_id, 0) == target_key,
            p.source == observation.source,
        ),
    )
