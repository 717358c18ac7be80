"""The 导入台账 page: upload an office's own 台账, see how its columns are read and its first rows,
correct the column mapping, preview again, then import (all rows or none).

The sheet travels between the steps in the form itself (URL-safe base64, a third larger than the
file, which a form sends as it is), so nothing is kept on the server before the import. A sheet of
up to three quarters of the upload limit can be previewed again and imported here; a larger one
is imported by the CLI.
"""

from __future__ import annotations

import base64
import binascii
from typing import Annotated

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse
from starlette.concurrency import run_in_threadpool

from taizhang.errors import InputError, TaizhangError
from taizhang.ledger.headers import field_label, parse_mapping, sheet_fields
from taizhang.ledger.office_sheet import PREVIEW_ROWS, OfficeSheet, import_office_sheet, read_office_sheet
from taizhang.messages import M, text
from taizhang.web.deps import ReviewerUser, State
from taizhang.web.errors import TooLargeError
from taizhang.web.pages.common import redirect, render
from taizhang.web.routes._upload import read_upload

router = APIRouter(tags=["pages"], include_in_schema=False)

SUFFIXES = (".xlsx", ".csv")
_FORM_LIMIT = 12_000_000  # the largest base64 sheet a form may carry back (a 9 MB file)


@router.get("/taizhang", response_class=HTMLResponse)
def upload_page(request: Request, user: ReviewerUser) -> HTMLResponse:
    return render(request, "taizhang_import.html", user, sheet=None, suffixes=" ".join(SUFFIXES))


def _decode(sheet: str, limit: int) -> bytes:
    if len(sheet) > min(_FORM_LIMIT, limit * 4 // 3 + 8):
        raise TooLargeError(M("web.upload_large", source="-", limit=limit // 1024))
    try:
        return base64.b64decode(sheet, altchars=b"-_", validate=True)
    except (binascii.Error, ValueError):
        raise InputError(M("taizhang.form_sheet")) from None


def _mapping(column: list[str] | None) -> list[str | None] | None:
    if column is None:
        return None
    try:
        return parse_mapping(column, len(column))
    except ValueError as exc:
        raise InputError(M("taizhang.mapping_invalid", value=str(exc)[:40])) from None


@router.post("/taizhang/preview", response_class=HTMLResponse, response_model=None)
async def preview(
    request: Request,
    state: State,
    user: ReviewerUser,
    file: Annotated[UploadFile | None, File()] = None,
    sheet: Annotated[str, Form(max_length=_FORM_LIMIT)] = "",
    name: Annotated[str, Form(max_length=200)] = "",
    column: Annotated[list[str] | None, Form()] = None,
    region: Annotated[str, Form(max_length=100)] = "",
    year: Annotated[int | None, Form(ge=1949, le=2100)] = None,
    create_units: Annotated[str, Form(max_length=10)] = "",
) -> HTMLResponse | RedirectResponse:
    limit = state.settings.max_upload_bytes
    try:
        if file is not None and file.filename:
            name, data = await read_upload(file, suffixes=SUFFIXES, limit=limit)
            mapping = None  # a new file: its headings are guessed afresh
        else:
            data, mapping = _decode(sheet, limit), _mapping(column)

        def read() -> OfficeSheet:
            with state.ledger.session() as s:
                return read_office_sheet(
                    s, name, data, mapping=mapping, region=region or None, year=year,
                    create_units=bool(create_units),
                )  # fmt: skip

        result = await run_in_threadpool(read)
    except TaizhangError as exc:
        return redirect("/taizhang", err=exc.message)
    return render(
        request, "taizhang_import.html", user, sheet=result, rows=result.rows[:PREVIEW_ROWS],
        data=base64.urlsafe_b64encode(data).decode("ascii"), fields=[(f, field_label(f)) for f in sheet_fields()],
        label=field_label, region=region, year=year or result.year or "", create_units=bool(create_units),
        suffixes=" ".join(SUFFIXES),
    )  # fmt: skip


@router.post("/taizhang/import")
async def commit(
    state: State,
    user: ReviewerUser,
    sheet: Annotated[str, Form(max_length=_FORM_LIMIT)],
    name: Annotated[str, Form(max_length=200)],
    column: Annotated[list[str], Form()],
    region: Annotated[str, Form(max_length=100)] = "",
    year: Annotated[int | None, Form(ge=1949, le=2100)] = None,
    create_units: Annotated[str, Form(max_length=10)] = "",
) -> RedirectResponse:
    try:
        data, mapping = _decode(sheet, state.settings.max_upload_bytes), _mapping(column)

        def run() -> int:
            with state.ledger.session(write=True) as s:
                r = import_office_sheet(
                    s, name, data, who=user.name, mapping=mapping, region=region or None, year=year,
                    create_units=bool(create_units),
                )  # fmt: skip
                return r.document_id

        document_id = await run_in_threadpool(run)
    except TaizhangError as exc:
        detail = "；".join(getattr(exc, "errors", [])[:5])
        return redirect("/taizhang", err=f"{exc.message} {detail}".strip())
    return redirect(f"/documents/{document_id}", msg=text("page.taizhang_imported", source=name))
