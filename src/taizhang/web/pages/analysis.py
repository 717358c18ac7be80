"""The /analysis page: escalation analytics with a chart, the tables and their XLSX download."""

from __future__ import annotations

from typing import Annotated, Any, Literal
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from taizhang.ledger.analysis import ANALYSIS_KINDS, display_rows, displayed, tables_of
from taizhang.messages import text
from taizhang.vocab import label
from taizhang.web.deps import DbSession, Reader, State
from taizhang.web.pages.common import render
from taizhang.web.routes.analysis import cached_analysis

router = APIRouter(tags=["pages"], include_in_schema=False)

CHART_BARS = 30  # a chart of more bars than this is unreadable on a phone; the table has them all


def chart_data(kind: str, rows: list[dict[str, Any]]) -> dict[str, Any]:
    """What the page's chart draws: one bar per row of the main table (at most CHART_BARS).

    escalation: each region's margin over its parent (percentage points, 0 as the line);
    sums: the children's sum as a share of the parent's target (per cent, 100 as the line);
    yoy: the change against last year's target (points for rates, per cent for amounts).
    """
    shown = rows[:CHART_BARS]
    if kind == "escalation":
        shown = [r for r in shown if r["margin_parent"] is not None]
        values = [r["margin_parent"] for r in shown]
        return {"names": [f"{r['region']}·{r['indicator']}" for r in shown], "values": values,
                "axis": label("change_unit", "pp"), "line": 0}  # fmt: skip
    if kind == "sums":
        return {"names": [f"{r['region']}·{r['indicator']}" for r in shown], "values": [r["share"] for r in shown],
                "axis": "%", "line": 100}  # fmt: skip
    shown = [r for r in shown if r["vs_prev_target"] is not None]
    return {"names": [f"{r['region']}·{r['indicator']}" for r in shown],
            "values": [r["vs_prev_target"] for r in shown], "axis": "", "line": 0}  # fmt: skip


@router.get("/analysis", response_class=HTMLResponse)
def analysis_page(
    request: Request,
    state: State,
    user: Reader,
    s: DbSession,
    kind: Literal["escalation", "sums", "yoy"] = "sums",
    indicator: Annotated[str | None, Query(max_length=100)] = None,
    year: Annotated[str | None, Query(pattern=r"^(\d{4})?$")] = None,  # the form sends "" for 全部
) -> HTMLResponse:
    indicator = indicator or None
    chosen_year = int(year) if year else None
    result = cached_analysis(state, s, kind, indicator, chosen_year)
    everything = cached_analysis(state, s, kind, None, None)  # the choices of indicator and year
    indicators = sorted({(r["indicator_id"], r["indicator"]) for r in everything["rows"]}, key=lambda x: x[1])
    years = sorted({r["year"] for r in everything["rows"]}, reverse=True)
    main, detail = (displayed(cols) for cols in tables_of(kind))
    query = urlencode({k: v for k, v in (("indicator", indicator), ("year", chosen_year)) if v is not None})
    return render(
        request,
        "analysis.html",
        user,
        kind=kind,
        kinds=[(k, text(f"analysis.title.{k}")) for k in ANALYSIS_KINDS],
        title=text(f"analysis.title.{kind}"),
        detail_title=text(f"analysis.detail.{kind}") if detail else "",
        indicator=indicator,
        year=chosen_year,
        indicators=indicators,
        years=years,
        main=main,
        detail=detail,
        main_rows=display_rows(result["rows"], main),
        detail_rows=display_rows(result["detail"], detail),
        chart=chart_data(kind, result["rows"]),
        download=f"/api/analysis/{kind}/xlsx" + (f"?{query}" if query else ""),
    )
