"""Qualitative commitments (争创全国文明城市, 年内基本完工): stored at ingest, marked done or not done.

The extractor's ``taizhang.extract.commitments.extract_commitments`` reads them. Re-ingest
follows the rules for targets: a commitment no person has touched (state *proposed*, never
marked done or not done) is added, refreshed or retired with the extractor's reading; a reviewed
one is kept as it is. Marking is audited.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from typing import Any, Protocol

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from taizhang.errors import NotFoundError, ReviewError
from taizhang.extract.commitments import extract_commitments
from taizhang.ledger.audit import record, record_many
from taizhang.ledger.inputs import check_text, row_by_id
from taizhang.ledger.models import Commitment
from taizhang.ledger.records import insert_rows
from taizhang.ledger.regions import ensure_region
from taizhang.messages import M

__all__ = [
    "CommitmentExtractor",
    "CommitmentReading",
    "get_commitment",
    "list_commitments",
    "mark_commitment",
    "reconcile_commitments",
]

STATES = ("proposed", "confirmed", "rejected")  # a target's review states but merged (labels.tsv)
PROGRESS = ("done", "undone", "open")


class CommitmentReading(Protocol):
    """What the extractor gives for one commitment (``taizhang.extract.commitments.Commitment``)."""

    start: int
    end: int
    text: str
    region: str | None
    region_code: str | None
    year: int | None
    strength: str
    verb: str


CommitmentExtractor = Callable[..., Sequence[CommitmentReading]]


def _key(c: CommitmentReading) -> str:
    """Same span and verb: the same commitment across re-ingests."""
    return f"{c.start}-{c.end}:{c.verb}"[:255]


def _reading(c: CommitmentReading) -> dict[str, Any]:
    return {
        "span_start": c.start,
        "span_end": c.end,
        "text": c.text,
        "region": c.region,
        "region_code": c.region_code,
        "year": c.year,
        "strength": c.strength,
        "verb": c.verb,
    }


def _untouched(row: Commitment) -> bool:
    return row.state == "proposed" and row.done is None


def reconcile_commitments(
    session: Session, document_id: int, readings: Sequence[CommitmentReading], who: str
) -> tuple[list[int], list[int], list[int]]:
    """Store a document's commitments; returns the ids (added, updated, retired)."""
    existing: dict[str | None, Commitment] = {
        c.extractor_key: c for c in session.scalars(select(Commitment).where(Commitment.document_id == document_id))
    }
    added: list[int] = []
    updated: list[int] = []
    retired: list[int] = []
    seen: set[str] = set()
    regions: set[str | None] = set()
    fresh: list[dict[str, Any]] = []  # inserted in one statement, audited after it in reading order
    audits: list[tuple[str, int, dict[str, Any] | None, dict[str, Any]]] = []  # new rows: index in fresh
    for reading in readings:
        key = _key(reading)
        if key in seen:
            continue
        seen.add(key)
        values = _reading(reading)
        if reading.region_code not in regions:
            regions.add(reading.region_code)
            ensure_region(session, reading.region_code, reading.region)
        row = existing.get(key)
        if row is None:
            audits.append(("extract", len(fresh), None, values))
            fresh.append({"document_id": document_id, "extractor_key": key, "state": "proposed", **values})
            continue
        if not _untouched(row):
            continue
        before = {k: getattr(row, k) for k in values}
        changed = {k: v for k, v in values.items() if before[k] != v}
        if row.retired_at is not None:
            row.retired_at = None
            changed["retired"] = False
        if not changed:
            continue
        for k, v in values.items():
            setattr(row, k, v)
        audits.append(("re-extract", row.id, {k: before.get(k) for k in changed}, changed))
    ids = insert_rows(session, Commitment, document_id, fresh)
    entries = [(a, ids[i] if a == "extract" else i, b, af) for a, i, b, af in audits]
    record_many(session, who, "commitment", entries)
    for action, commitment_id, _, _ in entries:
        (added if action == "extract" else updated).append(commitment_id)
    now = datetime.now(UTC).replace(tzinfo=None)
    for old, row in existing.items():
        if old not in seen and _untouched(row) and row.retired_at is None:
            row.retired_at = now
            record(session, who, "retire", "commitment", row.id, {"retired": False}, {"retired": True})
            retired.append(row.id)
    session.flush()
    return added, updated, retired


def commitment_record(row: Commitment) -> dict[str, Any]:
    """A stored commitment as a JSON-ready dict."""
    return {
        "id": row.id,
        "document_id": row.document_id,
        "start": row.span_start,
        "end": row.span_end,
        "text": row.text,
        "region": row.region,
        "region_code": row.region_code,
        "year": row.year,
        "strength": row.strength,
        "verb": row.verb,
        "state": row.state,
        "done": row.done,
        "retired": row.retired_at is not None,
    }


def get_commitment(session: Session, commitment_id: int) -> Commitment:
    """The commitment with ``commitment_id``; raises NotFoundError."""
    row = row_by_id(session, Commitment, commitment_id)
    if row is None:
        raise NotFoundError(M("commitment.not_found", id=commitment_id))
    return row


def list_commitments(
    session: Session,
    *,
    region: str | None = None,
    year: int | None = None,
    state: str | None = None,
    progress: str | None = None,
    include_retired: bool = False,
) -> list[dict[str, Any]]:
    """Commitments matching every filter, filtered in SQL.

    ``region`` is a code or a name; ``state`` a review state (proposed, confirmed, rejected);
    ``progress`` is done, undone (marked not done) or open (not marked yet).
    """
    if state is not None and state not in STATES:
        raise ReviewError(M("review.state", states=", ".join(STATES), state=state))
    if progress is not None and progress not in PROGRESS:
        raise ReviewError(M("commitment.progress", choices=", ".join(PROGRESS), value=progress))
    query = select(Commitment).order_by(Commitment.id)
    if not include_retired:
        query = query.where(Commitment.retired_at.is_(None))
    if region is not None:
        check_text("region", region)
        query = query.where(or_(Commitment.region_code == region, Commitment.region == region))
    if year is not None:
        query = query.where(Commitment.year == year)
    if state is not None:
        query = query.where(Commitment.state == state)
    if progress == "open":
        query = query.where(Commitment.done.is_(None))
    elif progress is not None:
        query = query.where(Commitment.done == (progress == "done"))
    return [commitment_record(row) for row in session.scalars(query)]


def mark_commitment(
    session: Session, commitment_id: int, *, done: bool, who: str, note: str | None = None
) -> dict[str, Any]:
    """Mark a commitment done (or not done); audited. A marked commitment survives re-ingest.

    The row is locked (FOR UPDATE on PostgreSQL) so the audited "before" is the state this mark replaced.
    """
    check_text("note", note)
    row = row_by_id(session, Commitment, commitment_id, lock=True)
    if row is None:
        raise NotFoundError(M("commitment.not_found", id=commitment_id))
    if row.retired_at is not None:
        raise ReviewError(M("commitment.retired", id=commitment_id))
    before = {"done": row.done}
    row.done = done
    after: dict[str, Any] = {"done": done}
    if note:
        after["note"] = note
    record(session, who, "done" if done else "undone", "commitment", row.id, before, after)
    session.flush()
    return commitment_record(row)


def extract_for(
    text: str, *, region: str | None, date: date | None, extractor: CommitmentExtractor | None
) -> Sequence[CommitmentReading]:
    """The commitments of ``text`` by ``extractor`` (or the default ``extract_commitments``)."""
    extract: CommitmentExtractor = extractor or extract_commitments
    return extract(text, region=region, date=date)
