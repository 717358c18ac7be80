"""Ingesting documents: store the text once (by SHA-256) and reconcile the extractor's targets.

Re-ingesting the same bytes is idempotent. After an extractor change it refreshes only what no
person has touched: *proposed*, unedited targets are added, updated or retired; confirmed,
rejected and edited targets are never changed.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from taizhang.errors import ReadError
from taizhang.extract.record import Target as ExtractedTarget
from taizhang.ledger.audit import record
from taizhang.ledger.commitments import CommitmentExtractor, extract_for, reconcile_commitments
from taizhang.ledger.models import Document, Region, Target
from taizhang.ledger.records import extractor_key, reading_of
from taizhang.text.decode import decode_bytes

__all__ = ["Extractor", "IngestResult", "ensure_region", "ingest_document", "ingest_file"]

log = logging.getLogger(__name__)

Extractor = Callable[..., Sequence[ExtractedTarget]]


@dataclass
class IngestResult:
    """What one ingest did. ``created`` is False when the document was already stored."""

    document_id: int
    sha256: str
    created: bool
    added: list[int] = field(default_factory=list)
    updated: list[int] = field(default_factory=list)
    retired: list[int] = field(default_factory=list)
    kept: int = 0
    """Targets left as they were: unchanged readings and every reviewed or edited target."""
    commitments_added: list[int] = field(default_factory=list)
    commitments_updated: list[int] = field(default_factory=list)
    commitments_retired: list[int] = field(default_factory=list)
    """Qualitative commitments, reconciled by the same rules (empty without the extractor's module)."""


def _default_extractor(text: str, *, region: str | None, date: date | None) -> Sequence[ExtractedTarget]:
    from taizhang.extract import extract_targets

    return extract_targets(text, region=region, date=date)


def ensure_region(session: Session, code: str | None, name: str | None) -> None:
    """Record region ``code`` in the regions table if it is not there (from GB/T 2260 when known)."""
    if not code or session.get(Region, code) is not None:
        return
    level = parent = None
    try:
        from taizhang.extract.regions import load_regions

        known = load_regions().by_code(code)
        if known is not None:
            name, level, parent = known.name, known.level, known.parent_code
    except (ImportError, LookupError, AttributeError):  # the table is not there yet: keep what we have
        pass
    session.add(Region(code=code, name=name or code, level=level, parent_code=parent))
    session.flush()


def _decode(content: bytes, encoding: str = "auto") -> tuple[str, str]:
    """The text and codec of ``content``, through taizhang's one decoder."""
    decoded = decode_bytes(content, encoding=encoding, source="<document>")
    return decoded.text, decoded.encoding


def _title(text: str) -> str | None:
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:500]
    return None


def ingest_document(
    session: Session,
    content: bytes | str,
    *,
    who: str,
    region: str | None = None,
    date: date | None = None,
    source: str | None = None,
    title: str | None = None,
    encoding: str | None = None,
    decoded: str | None = None,
    extractor: Extractor | None = None,
    commitment_extractor: CommitmentExtractor | None = None,
) -> IngestResult:
    """Store a document and its targets; reconcile with an earlier ingest of the same bytes.

    ``content`` is the file's bytes (hashed as they are) or text (hashed as UTF-8). ``region``
    and ``date`` are the document's default region and publication date, passed to the
    extractor. ``decoded`` is the text when a reader already decoded ``content`` (a PDF, a DOCX).
    ``extractor`` defaults to :func:`taizhang.extract.extract_targets`; qualitative commitments
    are read by ``commitment_extractor`` or, when installed,
    ``taizhang.extract.commitments.extract_commitments``.
    """
    if isinstance(content, bytes):
        raw = content
        if decoded is not None:
            text = decoded
        elif encoding is None:
            text, encoding = _decode(content)
        else:
            text, _ = _decode(content, encoding)
    else:
        text, raw = content, content.encode("utf-8")
        encoding = encoding or "utf-8"
    if not text.strip():
        raise ReadError(f"empty document{f': {source}' if source else ''}")
    sha = hashlib.sha256(raw).hexdigest()
    doc = session.scalars(select(Document).where(Document.sha256 == sha)).one_or_none()
    created = doc is None
    if doc is None:
        doc = Document(
            sha256=sha,
            title=title or _title(text),
            date=date,
            source=source,
            encoding=encoding,
            region=region,
            text=text,
            ingested_by=who,
        )
        session.add(doc)
        session.flush()
        record(session, who, "ingest", "document", doc.id, None, {"sha256": sha, "source": source})
    extract = extractor or _default_extractor
    readings = list(extract(doc.text, region=doc.region or region, date=doc.date or date))
    result = IngestResult(document_id=doc.id, sha256=sha, created=created)
    _reconcile(session, doc, readings, who, result)
    commitments = extract_for(
        doc.text, region=doc.region or region, date=doc.date or date, extractor=commitment_extractor
    )
    if commitments is not None:
        added, updated, retired = reconcile_commitments(session, doc.id, commitments, who)
        result.commitments_added, result.commitments_updated, result.commitments_retired = added, updated, retired
    return result


def _reconcile(
    session: Session, doc: Document, readings: list[ExtractedTarget], who: str, result: IngestResult
) -> None:
    existing = {t.extractor_key: t for t in session.scalars(select(Target).where(Target.document_id == doc.id))}
    seen: set[str] = set()
    now = datetime.now(UTC).replace(tzinfo=None)
    for reading in readings:
        key = extractor_key(reading)
        if key in seen:  # the extractor gave the same reading twice: keep one
            continue
        seen.add(key)
        values = reading_of(reading)
        ensure_region(session, reading.region_code, reading.region)
        row = existing.get(key)
        if row is None:
            row = Target(document_id=doc.id, extractor_key=key, state="proposed", **values)
            session.add(row)
            session.flush()
            record(session, who, "extract", "target", row.id, None, values)
            result.added.append(row.id)
            continue
        if not _untouched(row):
            result.kept += 1
            continue
        before = {k: getattr(row, k) for k in values}
        changed = {k: v for k, v in values.items() if before[k] != v}
        if row.retired_at is not None:
            row.retired_at = None
            changed["retired"] = False
        if not changed:
            result.kept += 1
            continue
        for k, v in values.items():
            setattr(row, k, v)
        record(session, who, "re-extract", "target", row.id, {k: before.get(k) for k in changed}, changed)
        result.updated.append(row.id)
    for key, row in existing.items():
        if key not in seen and _untouched(row) and row.retired_at is None:
            row.retired_at = now
            record(session, who, "retire", "target", row.id, {"retired": False}, {"retired": True})
            result.retired.append(row.id)
    session.flush()


def _untouched(row: Target) -> bool:
    """A target no person has reviewed or edited: the extractor may change it."""
    return row.state == "proposed" and not row.edited


def ingest_file(
    session: Session,
    path: Path,
    *,
    who: str,
    region: str | None = None,
    date: date | None = None,
    extractor: Extractor | None = None,
    commitment_extractor: CommitmentExtractor | None = None,
) -> IngestResult:
    """Ingest the file at ``path`` (hashing its bytes; decoding through taizhang.text when present)."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ReadError(f"{path}: {exc.strerror or exc}") from exc
    text: str | None = None
    encoding: str | None = None
    try:
        from taizhang.text.readers import read_document
    except ImportError:
        read_document = None  # type: ignore[assignment]
    if read_document is not None:
        document: Any = read_document(path)
        text, encoding = document.text, document.encoding
    return ingest_document(
        session,
        raw,
        who=who,
        region=region,
        date=date,
        source=str(path),
        encoding=encoding,
        decoded=text,
        extractor=extractor,
        commitment_extractor=commitment_extractor,
    )
