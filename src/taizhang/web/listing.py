"""One page of target records, filtered in SQL so a 100,000-target ledger answers quickly.

The filters mean what :func:`taizhang.ledger.review.list_targets` means by them (region code or
name, indicator substring or canonical id, year, state), applied to edited values too: a row
without edits is filtered by its columns in SQL; the few edited rows are read and filtered in
Python. :func:`matching_ids` returns the ids of every match in id order (the part that reads
the whole table, worth caching per ledger version); a page is then read by primary key, only
the columns a record needs.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, false, or_, select
from sqlalchemy.orm import Session

from taizhang.errors import ReviewError
from taizhang.ledger.models import Target
from taizhang.ledger.records import target_record
from taizhang.ledger.review import STATES

__all__ = ["TargetFilter", "matching_ids", "page_targets"]


@dataclass(frozen=True, slots=True)
class TargetFilter:
    region: str | None = None
    indicator: str | None = None
    year: int | None = None
    state: str | None = None
    document_id: int | None = None
    include_retired: bool = False

    def matches(self, rec: dict[str, Any]) -> bool:
        """Whether a target record passes the filters that edits can change."""
        if self.region is not None and self.region not in (rec["region"], rec["region_code"]):
            return False
        if self.year is not None and rec["year"] != self.year:
            return False
        return self.indicator is None or (
            self.indicator in (rec["indicator"] or "") or self.indicator == rec["indicator_id"]
        )


def _column_filter(f: TargetFilter) -> ColumnElement[bool]:
    parts: list[ColumnElement[bool]] = [Target.edited.is_(None)]
    if f.region is not None:
        parts.append(or_(Target.region_code == f.region, Target.region == f.region))
    if f.year is not None:
        parts.append(Target.year == f.year)
    if f.indicator is not None:
        parts.append(or_(Target.indicator.contains(f.indicator, autoescape=True), Target.indicator_id == f.indicator))
    return and_(*parts)


def _fixed(f: TargetFilter) -> list[ColumnElement[bool]]:
    fixed: list[ColumnElement[bool]] = []
    if not f.include_retired:
        fixed.append(Target.retired_at.is_(None))
    if f.state is not None:
        fixed.append(Target.state == f.state)
    if f.document_id is not None:
        fixed.append(Target.document_id == f.document_id)
    return fixed


def _where(f: TargetFilter, edited_ids: list[int]) -> ColumnElement[bool]:
    return and_(*_fixed(f), or_(_column_filter(f), Target.id.in_(edited_ids) if edited_ids else false()))


# What a record needs (see target_record): no notes, keys or timestamps, and no ORM objects.
_RECORD_COLUMNS = (
    Target.id,
    Target.span_start,
    Target.span_end,
    Target.text,
    Target.region,
    Target.region_code,
    Target.subject,
    Target.indicator,
    Target.qualifier,
    Target.measure,
    Target.comparator,
    Target.value,
    Target.unit,
    Target.direction,
    Target.value_text,
    Target.strength,
    Target.year,
    Target.indicator_id,
    Target.state,
    Target.edited,
    Target.document_id,
    Target.retired_at,
    Target.confidence,
)


def matching_ids(session: Session, f: TargetFilter) -> array[int]:
    """The ids of every target that passes ``f``, in id order (their number is the listing's count)."""
    if f.state is not None and f.state not in STATES:
        raise ReviewError(f"state must be one of {', '.join(STATES)}, not {f.state!r}")
    edited_ids = [
        row.id
        for row in session.scalars(select(Target).where(*_fixed(f), Target.edited.is_not(None)))
        if f.matches(target_record(row))
    ]
    return array("q", session.scalars(select(Target.id).where(_where(f, edited_ids)).order_by(Target.id)))


def page_targets(
    session: Session,
    f: TargetFilter,
    *,
    limit: int,
    offset: int,
    ids: array[int] | None = None,
) -> tuple[list[dict[str, Any]], int]:
    """(records of one page in id order, the number of all matching targets).

    ``ids`` is what :func:`matching_ids` returned for ``f`` (from a cache); else it is computed.
    """
    if ids is None:
        ids = matching_ids(session, f)
    page = ids[offset : offset + limit].tolist()
    if not page:
        return [], len(ids)
    rows = session.execute(select(*_RECORD_COLUMNS).where(Target.id.in_(page)).order_by(Target.id))
    # A row has the attribute names of a Target, which is all target_record reads.
    return [target_record(r) for r in rows], len(ids)  # type: ignore[arg-type]
