"""/api/documents: upload (.txt .docx .pdf .html, any encoding), list, get with its targets.

An upload is read into text and ingested; the bytes are hashed and dropped, never stored, run or
served back. A document is returned as its decoded text, which pages show escaped.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, File, Form, Query, UploadFile
from starlette.concurrency import run_in_threadpool

from taizhang.ledger.documents import IngestResult
from taizhang.ledger.listing import document_detail, page_documents
from taizhang.ledger.uploads import ingest_upload
from taizhang.web.deps import DbSession, Reader, ReviewerUser, State
from taizhang.web.routes import ERRORS, IdPath
from taizhang.web.routes._upload import read_upload
from taizhang.web.schemas import (
    DocumentDateUpdate,
    DocumentDetailPublic,
    DocumentPublic,
    DocumentsPublic,
    IngestPublic,
    TargetPublic,
)

router = APIRouter(prefix="/api/documents", tags=["documents"], responses=ERRORS)

SUFFIXES = (".txt", ".docx", ".pdf", ".html", ".htm")


def ingest_public(r: IngestResult, given: date | None = None) -> IngestPublic:
    """The answer to an ingest; ``given`` is the date the person gave, to say when the text's won."""
    from taizhang.text.dates import date_note

    note = date_note(r.dated, given)
    return IngestPublic(
        document_id=r.document_id,
        created=r.created,
        added=r.added,
        updated=r.updated,
        retired=r.retired,
        kept=r.kept,
        date=r.dated.date,
        date_note=None if note is None else str(note),
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
    limit = state.settings.max_upload_bytes
    name, data = await read_upload(file, suffixes=SUFFIXES, limit=limit)
    result = await run_in_threadpool(
        lambda: ingest_upload(
            state.ledger, data, name=name, who=user.name, region=region, published=published, max_bytes=limit
        )
    )
    return ingest_public(result, published)


@router.get("", response_model=DocumentsPublic)
def list_documents(
    _: Reader,
    s: DbSession,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=10**9)] = 0,
) -> DocumentsPublic:
    """Documents, newest first."""
    rows, count = page_documents(s, limit=limit, offset=offset)
    return DocumentsPublic(data=[DocumentPublic(**r) for r in rows], count=count)


@router.get("/{document_id}", response_model=DocumentDetailPublic)
def read_document(document_id: IdPath, _: Reader, s: DbSession) -> DocumentDetailPublic:
    """A document's decoded text and every target read from it."""
    detail = document_detail(s, document_id)
    detail["target_list"] = [TargetPublic(**r) for r in detail["target_list"]]
    return DocumentDetailPublic(**detail)


@router.put("/{document_id}/date", response_model=IngestPublic)
def set_date(document_id: IdPath, body: DocumentDateUpdate, state: State, user: ReviewerUser) -> IngestPublic:
    """Set a document's date (a reviewer's answer to a guessed one); its targets are read again."""
    from taizhang.ledger.documents import set_document_date

    with state.ledger.session(write=True) as s:
        r = set_document_date(s, document_id, body.date, who=user.name)
    return ingest_public(r, body.date)
