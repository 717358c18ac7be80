"""Ingesting an uploaded file: bytes with a name, read by their format, then ingested like a file."""

from __future__ import annotations

from datetime import date

from taizhang.ledger.database import Ledger
from taizhang.ledger.documents import IngestResult, ingest
from taizhang.text.readers import read_bytes_document

__all__ = ["ingest_upload"]


def ingest_upload(
    ledger: Ledger,
    data: bytes,
    *,
    name: str,
    who: str,
    region: str | None = None,
    published: date | None = None,
    max_bytes: int,
) -> IngestResult:
    """Read ``data`` as the file ``name`` (.txt .docx .pdf .html, at most ``max_bytes``) and ingest it.

    The date follows the one rule of ``text.dates.document_date``: the date the text states, else
    ``published`` (an upload has no file date; without either the document is flagged undated). The document's source is
    ``upload:<name>``; the bytes are hashed, never stored. Extraction runs before the write lock.
    """
    doc = read_bytes_document(data, name=name, max_bytes=max_bytes)
    return ingest(
        ledger,
        data,
        who=who,
        region=region or None,
        date=published,
        source=f"upload:{name}",
        encoding=doc.encoding,
        decoded=doc.text,
    )
