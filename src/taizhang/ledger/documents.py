"""Ingesting documents: store the text once (by SHA-256) and reconcile the extractor's targets.

Re-ingesting the same bytes is idempotent. After an extractor change it refreshes only what no
person has touched: *proposed*, unedited targets are added, updated or retired; confirmed,
rejected and edited targets are never changed. The document's actual records (results it
states) are stored as official observations by the same rules (:mod:`taizhang.ledger.official`).
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, cast

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from taizhang.errors import DuplicateImportError, InputError, NotFoundError, ReadError, TooManyNumbersError
from taizhang.extract.record import Actual
from taizhang.extract.record import Target as ExtractedTarget
from taizhang.ledger.audit import jsonable, record, record_many
from taizhang.ledger.commitments import CommitmentExtractor, CommitmentReading, extract_for, reconcile_commitments
from taizhang.ledger.database import Ledger
from taizhang.ledger.inputs import YEARS, check_text, row_by_id
from taizhang.ledger.models import Document, Target
from taizhang.ledger.official import OfficialResult, store_actuals
from taizhang.ledger.records import extractor_key, insert_rows, reading_of
from taizhang.ledger.regions import ensure_region, resolve_region_codes
from taizhang.ledger.values import value_problem
from taizhang.messages import M
from taizhang.text.dates import DateSource, DocumentDate, document_date
from taizhang.text.decode import decode_bytes
from taizhang.text.readers import read_document

__all__ = [
    "Extractor",
    "IngestResult",
    "PreparedDocument",
    "ingest",
    "ingest_document",
    "ingest_file",
    "ingest_path",
    "prepare_document",
    "set_document_date",
    "store_document",
]

log = logging.getLogger(__name__)

Extractor = Callable[..., Sequence[ExtractedTarget]]
ActualExtractor = Callable[..., Sequence[Actual]]


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
    dated: DocumentDate = field(default_factory=lambda: DocumentDate(None, None))
    """The date the document was read with and where it came from (``text.dates.document_date``)."""
    official: OfficialResult = field(default_factory=OfficialResult)
    """The document's actual records, stored as official observations."""


def _default_reader(
    text: str, *, region: str | None, date: date | None
) -> tuple[Sequence[ExtractedTarget], Sequence[Actual]]:
    """Targets and actuals of one reading of ``text`` (the extractor reads both in one pass)."""
    from taizhang.extract.pipeline import read_numbers

    found = read_numbers(text, region=region, date=date)
    return found.targets, found.actuals


def _decode(content: bytes, encoding: str = "auto") -> tuple[str, str]:
    """The text and codec of ``content``, through taizhang's one decoder."""
    decoded = decode_bytes(content, encoding=encoding, source="<document>")
    return decoded.text, decoded.encoding


def _title(text: str) -> str | None:
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:500]
    return None


@dataclass(frozen=True)
class PreparedDocument:
    """A document decoded, hashed and read by the extractors: all the slow work, done before any
    write lock is taken (issue 13: a large upload extracted inside the write transaction locked
    every other writer out for minutes)."""

    sha256: str
    text: str
    encoding: str | None
    title: str | None
    source: str | None
    region: str | None
    published: date | None
    date_source: DateSource | None
    """Where ``published`` came from: the text, a person, or the file's date (a guess)."""
    readings: list[ExtractedTarget]
    commitments: Sequence[CommitmentReading] | None
    actuals: Sequence[Actual]
    """The results the document states (stored as official observations)."""
    read_as: tuple[str, str | None, date | None]
    """The text, region and date the readings were made with."""
    extractor: Extractor | None
    commitment_extractor: CommitmentExtractor | None
    actual_extractor: ActualExtractor | None

    def read_again(self, text: str, region: str | None, on: date | None) -> PreparedDocument:
        """The readings for a stored copy's own text, region and date (itself when they are the same)."""
        if (text, region, on) == self.read_as:
            return self
        readings, commitments, actuals = _read(
            text, region, on, self.extractor, self.commitment_extractor, self.actual_extractor
        )
        return replace(self, readings=readings, commitments=commitments, actuals=actuals, read_as=(text, region, on))


def prepare_document(
    content: bytes | str,
    *,
    region: str | None = None,
    date: date | None = None,
    source: str | None = None,
    title: str | None = None,
    encoding: str | None = None,
    decoded: str | None = None,
    extractor: Extractor | None = None,
    commitment_extractor: CommitmentExtractor | None = None,
    file_date: date | None = None,
    actual_extractor: ActualExtractor | None = None,
) -> PreparedDocument:
    """Decode, hash and extract ``content`` without touching the ledger (see :func:`ingest_document`).

    The date the text is read with follows the one rule of ``text.dates.document_date``: the
    date found in the text, else ``date`` (given by a person), else ``file_date`` (a guess, flagged).
    """
    check_text("region", region)
    check_text("source", source)
    check_text("title", title)
    if isinstance(content, bytes):
        raw = content
        if decoded is not None:
            text = decoded
        else:
            text, found = _decode(content, encoding or "auto")
            encoding = encoding or found
    else:
        text, raw = content, content.encode("utf-8")
        encoding = encoding or "utf-8"
    if not text.strip():
        raise ReadError(M("ingest.empty", source=source or "-"))
    check_text("text", text)
    _check_numbers(text, source)
    dated = document_date(text, given=date, file_date=file_date)
    readings, commitments, actuals = _read(text, region, dated.date, extractor, commitment_extractor, actual_extractor)
    return PreparedDocument(
        sha256=hashlib.sha256(raw).hexdigest(),
        text=text,
        encoding=encoding,
        title=title or _title(text),
        source=source,
        region=region,
        published=dated.date,
        date_source=dated.source,
        readings=readings,
        commitments=commitments,
        actuals=actuals,
        read_as=(text, region, dated.date),
        extractor=extractor,
        commitment_extractor=commitment_extractor,
        actual_extractor=actual_extractor,
    )


# A document may hold at most this many numbers. A five-year plan holds about 2,000 and 10 MB of
# plans repeated about 86,000; a page of 力争增长6% lines 700,000 in 10 MB, whose targets alone would
# hold the write lock for minutes (bench/ingest_size.py).
MAX_NUMBERS = 200_000
_NUMBER = re.compile(r"[0-9０-９]+")


def _check_numbers(text: str, source: str | None) -> None:
    count = sum(1 for _ in _NUMBER.finditer(text))
    if count > MAX_NUMBERS:
        raise TooManyNumbersError(
            M("ingest.too_many_numbers", source=source or "-", count=f"{count:,}", limit=f"{MAX_NUMBERS:,}")
        )


def _read(
    text: str,
    region: str | None,
    on: date | None,
    extract: Extractor | None,
    commitment_extractor: CommitmentExtractor | None,
    actual_extractor: ActualExtractor | None,
) -> tuple[list[ExtractedTarget], Sequence[CommitmentReading] | None, Sequence[Actual]]:
    """Targets, commitments and actuals of ``text``. Without an ``extractor`` taizhang's reads
    targets and actuals in one pass; a given ``extractor`` reads targets only, and actuals come
    from ``actual_extractor`` (none without it)."""
    if extract is None:
        targets, actuals = _default_reader(text, region=region, date=on)
    else:
        targets = extract(text, region=region, date=on)
        actuals = actual_extractor(text, region=region, date=on) if actual_extractor is not None else []
    readings = [r for r in targets if _value_ok(r)]
    return readings, extract_for(text, region=region, date=on, extractor=commitment_extractor), list(actuals)


def _value_ok(reading: ExtractedTarget) -> bool:
    """The one value rule (ledger.values) holds for extracted values too: a reading outside it
    (99999999999999999999亿元 in a text) is not stored, and the log says which and why."""
    problem = value_problem(reading.value, reading.unit)
    if problem is not None:
        log.warning("%s 未存入台账（第 %d 字起）：%s", reading.value_text, reading.start, problem)
    return problem is None


def store_document(session: Session, prepared: PreparedDocument, *, who: str) -> IngestResult:
    """Store a prepared document and reconcile its targets, in the caller's (short) transaction.

    A copy stored before is reconciled with readings of its own text, region and date: when
    ``prepared`` was read otherwise, it is read again here (only when another writer stored the
    same bytes in between; :func:`ingest` reads a stored copy's basis before taking the lock).
    Two writers storing the same new bytes at once: one stores them, the other gets
    DuplicateImportError (E305) and writes nothing.
    """
    if prepared.region is not None:  # a default region must name one: refused before anything is written
        resolve_region_codes(session, prepared.region)
    sha = prepared.sha256
    doc = session.scalars(select(Document).where(Document.sha256 == sha)).one_or_none()
    created = doc is None
    if doc is None:
        doc = Document(
            sha256=sha,
            title=prepared.title,
            date=prepared.published,
            date_source=prepared.date_source,
            source=prepared.source,
            encoding=prepared.encoding,
            region=prepared.region,
            text=prepared.text,
            ingested_by=who,
        )
        session.add(doc)
        try:
            session.flush()
        except IntegrityError as exc:
            if "sha256" not in str(exc.orig):
                raise
            name = prepared.source or prepared.title or sha[:12]
            raise DuplicateImportError(M("ingest.concurrent", source=name, sha=sha[:12])) from None
        record(session, who, "ingest", "document", doc.id, None, {"sha256": sha, "source": prepared.source})
    else:
        if _date_is_better(prepared, doc):  # a date a person gives now replaces a guessed one
            before = {"date": jsonable(doc.date), "date_source": doc.date_source}
            doc.date, doc.date_source = prepared.published, prepared.date_source
            record(
                session,
                who,
                "date",
                "document",
                doc.id,
                before,
                {"date": jsonable(doc.date), "date_source": doc.date_source},
            )
        prepared = prepared.read_again(doc.text, doc.region or prepared.region, doc.date or prepared.published)
    dated = DocumentDate(doc.date, cast(DateSource | None, doc.date_source))
    result = IngestResult(document_id=doc.id, sha256=sha, created=created, dated=dated)
    _reconcile(session, doc, prepared.readings, who, result)
    if prepared.commitments is not None:
        added, updated, retired = reconcile_commitments(session, doc.id, prepared.commitments, who)
        result.commitments_added, result.commitments_updated, result.commitments_retired = added, updated, retired
    result.official = _store_official(session, doc, prepared.actuals, who)
    return result


def ingest(ledger: Ledger, content: bytes | str, *, who: str, **options: Any) -> IngestResult:
    """Read and extract ``content`` outside any transaction, then store it in a short write one.

    ``options`` are those of :func:`prepare_document`. This is how the CLI and the web ingest:
    other writers wait only for the store, never for the extractor.
    """
    if options.get("region") is not None:  # refused before the slow reading, not after it
        with ledger.session() as s:
            resolve_region_codes(s, options["region"])
    prepared = prepare_document(content, **options)
    with ledger.session() as s:
        stored = s.execute(
            select(Document.text, Document.region, Document.date, Document.date_source).where(
                Document.sha256 == prepared.sha256
            )
        ).one_or_none()
    if stored is not None:
        text, region, on, source = stored
        if DocumentDate(on, source).guessed and not DocumentDate(prepared.published, prepared.date_source).guessed:
            on = prepared.published  # store_document replaces the guessed date
        prepared = prepared.read_again(text, region or prepared.region, on or prepared.published)
    with ledger.session(write=True) as s:
        return store_document(s, prepared, who=who)


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
    file_date: date | None = None,
    actual_extractor: ActualExtractor | None = None,
) -> IngestResult:
    """Store a document and its targets; reconcile with an earlier ingest of the same bytes.

    ``content`` is the file's bytes (hashed as they are) or text (hashed as UTF-8). ``region``
    and ``date`` are the document's default region and publication date, passed to the
    extractor. ``decoded`` is the text when a reader already decoded ``content`` (a PDF, a DOCX).
    ``extractor`` defaults to :func:`taizhang.extract.extract_targets`; qualitative commitments
    are read by ``commitment_extractor`` or, when installed,
    ``taizhang.extract.commitments.extract_commitments``. A ``region`` that names no region (E202),
    a NUL in the text or an over-long source or title (E204) are refused before anything is written.

    This extracts inside the caller's transaction; with a :class:`Ledger` at hand,
    :func:`ingest` extracts first and holds the write lock only to store.
    """
    prepared = prepare_document(
        content,
        region=region,
        date=date,
        source=source,
        title=title,
        encoding=encoding,
        decoded=decoded,
        extractor=extractor,
        commitment_extractor=commitment_extractor,
        file_date=file_date,
        actual_extractor=actual_extractor,
    )
    return store_document(session, prepared, who=who)


def _reconcile(
    session: Session, doc: Document, readings: list[ExtractedTarget], who: str, result: IngestResult
) -> None:
    existing = {t.extractor_key: t for t in session.scalars(select(Target).where(Target.document_id == doc.id))}
    seen: set[str] = set()
    regions: set[str | None] = set()
    now = datetime.now(UTC).replace(tzinfo=None)
    # New rows are inserted in one statement and their audit entries written after it, in reading
    # order (an ORM object and a flush per row made a 1 MB document take minutes).
    fresh: list[dict[str, Any]] = []
    audits: list[tuple[str, int, dict[str, Any] | None, dict[str, Any]]] = []  # new rows: index in fresh
    for reading in readings:
        key = extractor_key(reading)
        if key in seen and reading.region_code:
            # one span read for several regions (蓬江区、江海区各突破100亿元): each region is a target
            # (issue 9: the second region's target was dropped as a repeat). The first keeps its key.
            key = f"{key}@{reading.region_code}"[:255]
        if key in seen:  # the extractor gave the same reading twice: keep one
            continue
        seen.add(key)
        values = reading_of(reading)
        if reading.region_code not in regions:
            regions.add(reading.region_code)
            ensure_region(session, reading.region_code, reading.region)
        row = existing.get(key)
        if row is None:
            audits.append(("extract", len(fresh), None, values))
            fresh.append({"document_id": doc.id, "extractor_key": key, "state": "proposed", **values})
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
        audits.append(("re-extract", row.id, {k: before.get(k) for k in changed}, changed))
    ids = insert_rows(session, Target, doc.id, fresh)
    entries = [(a, ids[i] if a == "extract" else i, b, af) for a, i, b, af in audits]
    record_many(session, who, "target", entries)
    for action, target_id, _, _ in entries:
        (result.added if action == "extract" else result.updated).append(target_id)
    for key, row in existing.items():
        if key not in seen and _untouched(row) and row.retired_at is None:
            row.retired_at = now
            record(session, who, "retire", "target", row.id, {"retired": False}, {"retired": True})
            result.retired.append(row.id)
    session.flush()


def _store_official(session: Session, doc: Document, actuals: Sequence[Actual], who: str) -> OfficialResult:
    """The document's actuals stored as official observations (their regions recorded first)."""
    for code, name in sorted({(a.region_code, a.region) for a in actuals if a.region_code}, key=str):
        ensure_region(session, code, name)
    return store_actuals(session, doc, actuals, who)


def set_document_date(session: Session, document_id: int, day: date, *, who: str) -> IngestResult:
    """A reviewer sets a document's date (a guessed or missing one, or a wrong one found in the
    text): it is stored as given, audited, and the document's targets are read again with it
    (reviewed and edited targets stay as they are, as on any re-ingest)."""
    doc = row_by_id(session, Document, document_id, lock=True)
    if doc is None:
        raise NotFoundError(M("document.not_found", id=document_id))
    if not isinstance(day, date) or not YEARS[0] <= day.year <= YEARS[1]:
        raise InputError(M("document.date_range", date=day, first=YEARS[0], last=YEARS[1]))
    before = {"date": jsonable(doc.date), "date_source": doc.date_source}
    doc.date, doc.date_source = day, "given"
    record(session, who, "date", "document", doc.id, before, {"date": jsonable(day), "date_source": "given"})
    readings, commitments, actuals = _read(doc.text, doc.region, day, None, None, None)
    result = IngestResult(document_id=doc.id, sha256=doc.sha256, created=False, dated=DocumentDate(day, "given"))
    _reconcile(session, doc, readings, who, result)
    if commitments is not None:
        added, updated, retired = reconcile_commitments(session, doc.id, commitments, who)
        result.commitments_added, result.commitments_updated, result.commitments_retired = added, updated, retired
    result.official = _store_official(session, doc, actuals, who)
    return result


def _date_is_better(prepared: PreparedDocument, doc: Document) -> bool:
    """A re-ingest's date replaces the stored one only when that was a guess and this is not."""
    stored = DocumentDate(doc.date, cast(DateSource | None, doc.date_source))
    fresh = DocumentDate(prepared.published, prepared.date_source)
    return stored.guessed and not fresh.guessed


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
    raw, options = _read_file(Path(path))
    return ingest_document(
        session,
        raw,
        who=who,
        region=region,
        date=date,
        extractor=extractor,
        commitment_extractor=commitment_extractor,
        **options,
    )


def ingest_path(
    ledger: Ledger, path: Path, *, who: str, region: str | None = None, date: date | None = None
) -> IngestResult:
    """:func:`ingest_file` with the reading and extracting done before the write lock (see :func:`ingest`)."""
    raw, options = _read_file(Path(path))
    return ingest(ledger, raw, who=who, region=region, date=date, **options)


def _read_file(path: Path) -> tuple[bytes, dict[str, Any]]:
    """The file's bytes, and its source, text and encoding as taizhang.text reads them."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ReadError(M("read.cannot", source=path, reason=exc.strerror or exc)) from exc
    options: dict[str, Any] = {"source": str(path), "encoding": None, "decoded": None}
    document = read_document(path)
    options["decoded"], options["encoding"] = document.text, document.encoding
    options["file_date"] = document.mtime
    return raw, options
