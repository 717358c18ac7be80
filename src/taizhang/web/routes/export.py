"""/api/export: the 台账 as an XLSX workbook or CSV, and the 督查通报 as a Word document, as downloads."""

from __future__ import annotations

import io
import tempfile
from datetime import date
from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import quote

from fastapi import APIRouter, Query
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from taizhang.ledger.regions import resolve_region_codes
from taizhang.messages import M
from taizhang.web.deps import AsOf, Reader, State
from taizhang.web.errors import ForbiddenError
from taizhang.web.routes import ERRORS

router = APIRouter(prefix="/api/export", tags=["export"], responses=ERRORS)

MEDIA = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv; charset=utf-8",
}


def _export(state: object, fmt: str, region: str | None, year: int | None, as_of: object) -> bytes:
    from taizhang.ledger.export import export_ledger
    from taizhang.ledger.reconcile import tolerance_from

    settings = state.settings  # type: ignore[attr-defined]
    with tempfile.TemporaryDirectory() as tmp, state.ledger.session() as s:  # type: ignore[attr-defined]
        path = Path(tmp) / f"export.{fmt}"
        codes = resolve_region_codes(s, region) if region else None
        export_ledger(
            s, path, format=fmt, as_of=as_of, region_codes=codes, region=region, year=year,  # type: ignore[arg-type]
            source=settings.status_source, tolerance=tolerance_from(settings),
        )  # fmt: skip
        return path.read_bytes()


@router.get(
    "",
    response_class=Response,
    responses={200: {"content": {MEDIA["xlsx"]: {}, MEDIA["csv"]: {}}, "description": "The file."}},
)
async def export(
    state: State,
    _: Reader,
    as_of: AsOf,
    format: Annotated[Literal["xlsx", "csv"], Query(description="xlsx (for officials) or csv.")] = "xlsx",
    region: Annotated[str | None, Query(max_length=100, description="Region code or name.")] = None,
    year: Annotated[int | None, Query(ge=1949, le=2100)] = None,
) -> Response:
    """Download the 台账 at ``as_of``: regions, targets, latest actuals, completion and lights."""
    data = await run_in_threadpool(_export, state, format, region, year, as_of)
    name = f"taizhang-{as_of.isoformat()}.{format}"
    return Response(
        data,
        media_type=MEDIA[format],
        headers={"Content-Disposition": f'attachment; filename="{name}"', "Cache-Control": "no-store"},
    )


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _notice(state: object, as_of: date, number: int | None) -> bytes:
    from taizhang.ledger.notice import build_notice, default_number
    from taizhang.ledger.notice_document import write_notice

    settings = state.settings  # type: ignore[attr-defined]
    out = io.BytesIO()
    with state.ledger.session() as s:  # type: ignore[attr-defined]
        report = state.status.status(s, as_of)  # type: ignore[attr-defined]
        notice = build_notice(
            s, report, number=number or default_number(as_of), issued=date.today(), issuer=settings.notice_issuer
        )
    write_notice(notice, out)
    return out.getvalue()


@router.get(
    "/notice",
    response_class=Response,
    responses={200: {"content": {DOCX: {}}, "description": "The 督查通报 as a Word document."}},
)
async def notice(
    state: State,
    user: Reader,
    as_of: AsOf,
    number: Annotated[int | None, Query(ge=1, le=9999, description="Issue number (第N期).")] = None,
) -> Response:
    """Download the 督查通报 at ``as_of``: lights, regions ranked by completion, late units (.docx).

    The notice covers every target: a reporter scoped to units is refused (403, audited)."""
    if user.unit_scoped:
        raise ForbiddenError(M("web.notice_unit", name=user.name), who=user.name, entity="notice", audit=True)
    data = await run_in_threadpool(_notice, state, as_of, number)
    ascii_name, name = f"notice-{as_of.isoformat()}.docx", f"督查通报-{as_of.isoformat()}.docx"
    disposition = f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name)}"  # RFC 6266
    return Response(data, media_type=DOCX, headers={"Content-Disposition": disposition, "Cache-Control": "no-store"})
