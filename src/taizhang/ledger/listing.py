"""Listing the ledger: the one target filter (a typed :class:`TargetFilter` and the SQL query it
builds), and pages of documents with their target counts.

The CLI (``targets list``, ``status``), the API (``/api/targets``) and the pages (the targets
list, a region's page, a document's targets) all select targets through :func:`target_query`,
so a filter means the same rows everywhere. Filters apply to the value after edits (a
reviewer's override in ``Target.edited``) as well as to the extractor's reading, all in SQL.
:func:`matching_ids` returns the ids of every match (the part that reads the whole table,
worth caching per ledger version); :func:`page_targets` then reads one page by primary key,
only the columns a record needs.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass, replace
from typing import Any, cast

from sqlalchemy import ColumnElement, Select, case, func, or_, select
from sqlalchemy.orm import Session

from taizhang.errors import NotFoundError, ReviewError
from taizhang.extract.record import STRENGTHS
from taizhang.ledger.inputs import check_text, row_by_id
from taizhang.ledger.models import Document, Target, TargetUnit
from taizhang.ledger.records import target_record
from taizhang.ledger.status import StatusReport
from taizhang.messages import FieldName, M
from taizhang.text.dates import DateSource, DocumentDate
from taizhang.vocab import REVIEW_STATES

__all__ = [
    "SORTS",
    "STATES",
    "TargetFilter",
    "document_detail",
    "filter_status",
    "get_document",
    "list_targets",
    "matching_ids",
    "page_documents",
    "page_targets",
    "target_query",
]

STATES = REVIEW_STATES  # data/labels.tsv
SORTS = ("id", "confidence")


@dataclass(frozen=True, slots=True)
class TargetFilter:
    """Which targets to list; ``None`` leaves a field unfiltered, every given field must match.

    ``region`` is a 6-digit code or a name (matched exactly); ``indicator`` a substring of the
    indicator's words or its canonical id; ``text`` a substring of the indicator's words or of the
    sentence the target was read from; ``year``, ``state`` and ``strength`` match exactly.
    Retired targets (dropped by a re-ingest) are left out unless ``include_retired``.
    """

    region: str | None = None
    indicator: str | None = None
    text: str | None = None
    year: int | None = None
    state: str | None = None
    strength: str | None = None
    document_id: int | None = None
    include_retired: bool = False
    units: tuple[int, ...] | None = None
    """Only targets one of these units (ids) leads or assists: a unit's page, a unit reporter's scope."""

    def check(self) -> None:
        """Raise ReviewError (or TextFieldError) for a value no target can have."""
        if self.state is not None and self.state not in STATES:
            raise ReviewError(M("review.state", states=", ".join(STATES), state=self.state))
        if self.strength is not None and self.strength not in STRENGTHS:
            raise ReviewError(
                M("review.choice", field=FieldName("strength"), choices=", ".join(STRENGTHS), value=self.strength)
            )
        check_text("region", self.region)
        check_text("indicator", self.indicator)
        check_text("text", self.text)


def _effective(session: Session, field: str, integer: bool = False) -> ColumnElement[Any]:
    """SQL for TARGETS.md ``field`` after edits: the override in ``edited`` if it has the key
    (even a JSON null), else the extractor's column."""
    column = Target.__table__.c[field]
    override = Target.edited[field].as_integer() if integer else Target.edited[field].as_string()
    if session.get_bind().dialect.name == "postgresql":
        kind = func.json_typeof(Target.edited[field])
    else:
        kind = func.json_type(Target.edited, f'$."{field}"')
    return case((Target.edited.is_(None), column), (kind.is_(None), column), else_=override)


def _conditions(session: Session, f: TargetFilter) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if not f.include_retired:
        where.append(Target.retired_at.is_(None))
    if f.state is not None:
        where.append(Target.state == f.state)
    if f.document_id is not None:
        where.append(Target.document_id == f.document_id)
    if f.units is not None:
        where.append(Target.id.in_(select(TargetUnit.target_id).where(TargetUnit.unit_id.in_(f.units))))
    if f.region is not None:
        where.append(or_(_effective(session, "region_code") == f.region, _effective(session, "region") == f.region))
    if f.year is not None:
        where.append(_effective(session, "year", integer=True) == f.year)
    if f.strength is not None:
        where.append(_effective(session, "strength") == f.strength)
    if f.indicator is not None:
        where.append(
            or_(
                _effective(session, "indicator").contains(f.indicator, autoescape=True),
                _effective(session, "indicator_id") == f.indicator,
            )
        )
    if f.text is not None:
        where.append(
            or_(
                _effective(session, "indicator").contains(f.text, autoescape=True),
                Target.text.contains(f.text, autoescape=True),
            )
        )
    return where


def target_query(session: Session, f: TargetFilter, *, sort: str = "id") -> Select[Any]:
    """``SELECT id FROM target`` for every target passing ``f``, in ``sort`` order.

    ``sort`` is ``id`` (the order they were read) or ``confidence`` (the least sure first, rows
    without a confidence last: what a reviewer should look at first).
    """
    f.check()
    if sort not in SORTS:
        raise ReviewError(M("review.sort", sorts=", ".join(SORTS), sort=sort))
    order = (Target.confidence.is_(None), Target.confidence, Target.id) if sort == "confidence" else (Target.id,)
    return select(Target.id).where(*_conditions(session, f)).order_by(*order)


def matching_ids(session: Session, f: TargetFilter, *, sort: str = "id") -> array[int]:
    """The ids of every target that passes ``f``, in ``sort`` order (their number is the count)."""
    return array("q", session.scalars(target_query(session, f, sort=sort)))


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
    Target.merged_into,
    Target.edited,
    Target.document_id,
    Target.retired_at,
    Target.confidence,
)


def _records(session: Session, ids: list[int]) -> list[dict[str, Any]]:
    """Target records of ``ids``, in the order of ``ids``."""
    by_id: dict[int, dict[str, Any]] = {}
    for start in range(0, len(ids), 1000):  # bounded IN lists
        chunk = ids[start : start + 1000]
        for row in session.execute(select(*_RECORD_COLUMNS).where(Target.id.in_(chunk))):
            # A row has the attribute names of a Target, which is all target_record reads.
            by_id[row.id] = target_record(row)  # type: ignore[arg-type]
    return [by_id[i] for i in ids]


def page_targets(
    session: Session,
    f: TargetFilter,
    *,
    limit: int,
    offset: int,
    sort: str = "id",
    ids: array[int] | None = None,
) -> tuple[list[dict[str, Any]], int]:
    """(records of one page in ``sort`` order, the number of all matching targets).

    ``ids`` is what :func:`matching_ids` returned for ``f`` and ``sort`` (from a cache); else it
    is computed.
    """
    if ids is None:
        ids = matching_ids(session, f, sort=sort)
    return _records(session, ids[offset : offset + limit].tolist()), len(ids)


def list_targets(session: Session, f: TargetFilter | None = None, *, sort: str = "id") -> list[dict[str, Any]]:
    """Target records (see :func:`~taizhang.ledger.records.target_record`) of every target passing ``f``."""
    return _records(session, matching_ids(session, f or TargetFilter(), sort=sort).tolist())


def _document_counts(session: Session, ids: list[int]) -> dict[int, tuple[int, int]]:
    """Document id → (its current targets, how many of them are proposed)."""
    if not ids:
        return {}
    query = (
        select(Target.document_id, func.count(), func.count().filter(Target.state == "proposed"))
        .where(Target.document_id.in_(ids), Target.retired_at.is_(None))
        .group_by(Target.document_id)
    )
    return {d: (n, p) for d, n, p in session.execute(query)}


def _document_record(doc: Document, counts: dict[int, tuple[int, int]]) -> dict[str, Any]:
    n, p = counts.get(doc.id, (0, 0))
    return {
        "id": doc.id,
        "sha256": doc.sha256,
        "title": doc.title,
        "date": doc.date,
        "source": doc.source,
        "encoding": doc.encoding,
        "region": doc.region,
        "date_source": doc.date_source,
        "date_guessed": DocumentDate(doc.date, cast(DateSource | None, doc.date_source)).guessed,
        "ingested_at": doc.ingested_at,
        "ingested_by": doc.ingested_by,
        "targets": n,
        "proposed": p,
    }


def page_documents(session: Session, *, limit: int, offset: int) -> tuple[list[dict[str, Any]], int]:
    """(one page of documents, newest first, with their target counts; the number of all documents)."""
    count = int(session.scalar(select(func.count()).select_from(Document)) or 0)
    docs = list(session.scalars(select(Document).order_by(Document.id.desc()).limit(limit).offset(offset)))
    counts = _document_counts(session, [d.id for d in docs])
    return [_document_record(d, counts) for d in docs], count


def get_document(session: Session, document_id: int) -> Document:
    """The document with ``document_id``; raises NotFoundError."""
    doc = row_by_id(session, Document, document_id)
    if doc is None:
        raise NotFoundError(M("document.not_found", id=document_id))
    return doc


def document_detail(session: Session, document_id: int) -> dict[str, Any]:
    """A document's record with its decoded ``text`` and every current target read from it (``target_list``)."""
    doc = get_document(session, document_id)
    rows = list_targets(session, TargetFilter(document_id=document_id))
    return {**_document_record(doc, _document_counts(session, [doc.id])), "text": doc.text, "target_list": rows}


def filter_status(session: Session, report: StatusReport, f: TargetFilter) -> StatusReport:
    """``report`` with only the rows whose target passes ``f`` (the status of a filtered listing)."""
    if f == TargetFilter():
        return report
    ids = set(matching_ids(session, f))
    return replace(report, rows=[row for row in report.rows if row.target.id in ids])
