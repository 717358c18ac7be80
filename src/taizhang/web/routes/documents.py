"""/api/documents: upload (.txt .docx .pdf .html, any encoding), list, get with its targets.

An upload is read into text and ingested; the bytes are hashed and dropped, never stored, run or
served back. A document is returned as its decoded text, which pages show escaped.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Query, UploadFile
from sqlalchemy import func, select
from starlette.concurrency import run_in_threadpool

from taizhang.errors import NotFoundError
from taizhang.ledger.inputs import row_by_id
from taizhang.ledger.models import Document, Target
from taizhang.web.deps import DbSession, Reader, ReviewerUser, State
from taizhang.web.listing import TargetFilter, page_targets
from taizhang.web.routes import ERRORS, IdPath
from taizhang.web.routes._upload import read_upload
from taizhang.web.schemas import (
    DocumentDetailPublic,
    DocumentPublic,
    DocumentsPublic,
    IngestPublic,
    TargetPublic,
)

router = APIRouter(prefix="/api/documents", tags=["documents"], responses=ERRORS)

SUFFIXES = (".txt", ".docx", ".pdf", ".html", ".htm")


def ingest_upload(state: Any, who: str, name: str, data: bytes, region: str | None, day: date | None) -> IngestPublic:
    """Read and ingest uploaded bytes (shared by the API and the upload page)."""
    from taizhang.ledger.documents import ingest
    from taizhang.text.dates import find_publication_date
    from taizhang.text.readers import read_bytes_document

    doc = read_bytes_document(data, name=name, max_bytes=state.settings.max_upload_bytes)
    published = day or find_publication_date(doc.text)
    r = ingest(  # extracts before it takes the write lock
        state.ledger,
        data,
        who=who,
        region=region or None,
        date=published,
        source=f"upload:{name}",
        encoding=doc.encoding,
        decoded=doc.text,
    )
    return IngestPublic(
        document_id=r.document_id, created=r.created, added=r.added, updated=r.updated, retired=r.retired, kept=r.kept
    )


@router.post("", response_model=IngestPublic, status_code=201)
async def upload_document(
    state: State,
    user: ReviewerUser,
    file: Annotated[UploadFile, File(description=".txt .docx .pdf .html, any encoding")],
    region: Annotated[str | None, Form(max_length=100, description="The document's default region.")] = None,
    published: Annotated[date | None, Form(description="Publication date; found in the text if not given.")] = None,
) -> IngestPublic:
    """Read a document, extract its targets and store them for review (idempotent by content)."""
    name, data = await read_upload(file, suffixes=SUFFIXES, limit=state.settings.max_upload_bytes)
    return await run_in_threadpool(ingest_upload, state, user.name, name, data, region, published)


def _counts(session: Any, ids: list[int]) -> dict[int, tuple[int, int]]:
    if not ids:
        return {}
    query = (
        select(Target.document_id, func.count(), func.count().filter(Target.state == "proposed"))
        .where(Target.document_id.in_(ids), Target.retired_at.is_(None))
        .group_by(Target.document_id)
    )
    return {d: (n, p) for d, n, p in session.execute(query)}


def _public(doc: Document, counts: dict[int, tuple[int, int]]) -> dict[str, Any]:
    n, p = counts.get(doc.id, (0, 0))
    return {
        "id": doc.id,
        "sha256": doc.sha256,
        "title": doc.title,
        "date": doc.date,
        "source": doc.source,
        "encoding": doc.encoding,
        "region": doc.region,
        "ingested_at": doc.ingested_at,
        "ingested_by": doc.ingested_by,
        "targets": n,
        "proposed": p,
    }


def list_documents_page(session: Any, limit: int, offset: int) -> tuple[list[dict[str, Any]], int]:
    """Documents, newest first, with their target counts."""
    count = int(session.scalar(select(func.count()).select_from(Document)) or 0)
    docs = list(session.scalars(select(Document).order_by(Document.id.desc()).limit(limit).offset(offset)))
    counts = _counts(session, [d.id for d in docs])
    return [_public(d, counts) for d in docs], count


@router.get("", response_model=DocumentsPublic)
def list_documents(
    _: Reader,
    s: DbSession,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=10**9)] = 0,
) -> DocumentsPublic:
    """Documents, newest first."""
    rows, count = list_documents_page(s, limit, offset)
    return DocumentsPublic(data=[DocumentPublic(**r) for r in rows], count=count)


def document_detail(session: Any, document_id: int) -> dict[str, Any]:
    doc = row_by_id(session, Document, document_id)
    if doc is None:
        raise NotFoundError(f"没有编号为 {document_id} 的文档")
    rows, _ = page_targets(session, TargetFilter(document_id=document_id), limit=10_000, offset=0)
    return {**_public(doc, _counts(session, [doc.id])), "text": doc.text, "target_list": rows}


@router.get("/{document_id}", response_model=DocumentDetailPublic)
def read_document(document_id: IdPath, _: Reader, s: DbSession) -> DocumentDetailPublic:
    """A document's decoded text and every target read from it."""
    detail = document_detail(s, document_id)
    detail["target_list"] = [TargetPublic(**r) for r in detail["target_list"]]
    return DocumentDetailPublic(**detail)
