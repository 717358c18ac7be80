"""/api/analysis: escalation analytics (taizhang.ledger.analysis), as JSON or an XLSX download."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query
from fastapi.responses import Response

from taizhang.ledger.analysis import analysis_xlsx, ledger_analysis
from taizhang.web.deps import DbSession, Reader, State
from taizhang.web.routes import ERRORS
from taizhang.web.schemas import AnalysisPublic

router = APIRouter(prefix="/api/analysis", tags=["analysis"], responses=ERRORS)

Kind = Literal["escalation", "sums", "yoy"]
IndicatorQuery = Annotated[
    str | None, Query(min_length=1, max_length=100, description="Canonical id, e.g. industrial_investment.")
]
YearQuery = Annotated[int | None, Query(ge=1949, le=2100)]
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def cached_analysis(state: Any, s: Any, kind: str, indicator: str | None, year: int | None) -> dict[str, Any]:
    """The analysis, computed once per ledger version (the page and the API share the cache)."""
    key = ("analysis", kind, indicator, year)
    result: dict[str, Any] = state.status.get(s, key, lambda: ledger_analysis(s, kind, indicator=indicator, year=year))
    return result


@router.get("/{kind}", response_model=AnalysisPublic)
def analysis(
    state: State, _: Reader, s: DbSession, kind: Kind, indicator: IndicatorQuery = None, year: YearQuery = None
) -> AnalysisPublic:
    """escalation: growth targets against the parent's and the nation's; sums: children's level
    targets summed against the parent's; yoy: targets against last year's target and actual."""
    return AnalysisPublic(**cached_analysis(state, s, kind, indicator, year))


@router.get(
    "/{kind}/xlsx",
    response_class=Response,
    responses={200: {"content": {XLSX: {}}, "description": "The analysis's tables as a workbook."}},
)
def analysis_download(
    state: State, _: Reader, s: DbSession, kind: Kind, indicator: IndicatorQuery = None, year: YearQuery = None
) -> Response:
    """The same tables as an XLSX workbook (Chinese headers, numbers in base units)."""
    data = analysis_xlsx(cached_analysis(state, s, kind, indicator, year))
    headers = {"Content-Disposition": f'attachment; filename="taizhang-{kind}.xlsx"', "Cache-Control": "no-store"}
    return Response(data, media_type=XLSX, headers=headers)
