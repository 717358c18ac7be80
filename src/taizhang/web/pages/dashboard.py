"""Overview, region and compare pages."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup

from taizhang.ledger.compare import compare_indicator, indicators_in_use
from taizhang.ledger.listing import TargetFilter, matching_ids
from taizhang.ledger.names import get_region, indicator_name, region_names
from taizhang.ledger.overview import overview, overview_view, unit_rows
from taizhang.ledger.reconcile import reconcile, tolerance_from
from taizhang.ledger.units import lead_units
from taizhang.messages import text
from taizhang.web.deps import AsOfQuery, DbSession, Reader, State
from taizhang.web.pages.common import render
from taizhang.web.routes.reconciliation import reconciliation_public

router = APIRouter(tags=["pages"], include_in_schema=False)


@router.get("/", response_class=HTMLResponse)
def overview_page(
    request: Request,
    state: State,
    user: Reader,
    s: DbSession,
    as_of: AsOfQuery = None,
    prefecture: Annotated[str | None, Query(pattern=r"^\d{4}$", description="Show this prefecture's regions.")] = None,
    by: Annotated[
        str, Query(pattern="^(region|unit)$", description="Group the table by region or lead unit.")
    ] = "region",
) -> HTMLResponse:
    day = state.as_of(as_of)
    template = state.templates.env.get_template("overview_body.html")

    def data() -> dict[str, Any]:
        return overview(state.status.status(s, day), region_names(s))

    def build() -> Markup:
        view = overview_view(state.status.get(s, ("overview-data", day), data), prefecture)
        if by == "unit":
            leads = {tid: (u.id, u.name) for tid, u in lead_units(s).items()}
            view = {**view, "regions": unit_rows(state.status.status(s, day), leads, text("overview.unassigned")),
                    "rolled_up": False}  # fmt: skip
        return Markup(template.render(data=view, by=by))  # nothing of the user: rendered once per version

    body = state.status.get(s, ("overview", day, prefecture, by), build)

    def reconciled() -> Any:
        tolerance = tolerance_from(state.settings)
        return reconciliation_public(reconcile(s, as_of=day, tolerance=tolerance))

    checked = state.status.get(s, ("reconciliation", day), reconciled)
    return render(request, "overview.html", user, body=body, as_of=day, reconciliation=checked)


@router.get("/regions/{code}", response_class=HTMLResponse)
def region_page(
    request: Request,
    state: State,
    user: Reader,
    s: DbSession,
    code: str,
    status: Annotated[str | None, Query(max_length=20)] = None,
    q: Annotated[str | None, Query(max_length=100)] = None,
    as_of: AsOfQuery = None,
) -> HTMLResponse:
    day = state.as_of(as_of)
    region = get_region(s, code)
    report = state.status.status(s, day, {code})
    rows = [r.to_dict() for r in report.rows]
    counts: dict[str, int] = {}
    for r in rows:
        counts[r["status"]] = counts.get(r["status"], 0) + 1
    if status:
        rows = [r for r in rows if r["status"] == status]
    if q:  # the words searched as every listing searches them
        f = TargetFilter(region=code, text=q)
        found = set(state.status.get(s, ("targets", f, "id"), lambda: matching_ids(s, f)))
        rows = [r for r in rows if r["id"] in found]
    return render(
        request, "region.html", user, region=region, rows=rows, counts=counts, status=status, q=q or "", as_of=day
    )


@router.get("/compare", response_class=HTMLResponse)
def compare_page(
    request: Request,
    state: State,
    user: Reader,
    s: DbSession,
    indicator: Annotated[str | None, Query(max_length=100)] = None,
) -> HTMLResponse:
    used = state.status.get(s, ("indicators",), lambda: indicators_in_use(s))
    chosen = indicator or (used[0][0] if used else None)
    result = (
        state.status.get(
            s,
            ("compare", chosen, None),
            lambda: compare_indicator(s, chosen),  # type: ignore[arg-type]
        )
        if chosen
        else None
    )
    options = [(i, indicator_name(i), n) for i, n in used]
    return render(request, "compare.html", user, options=options, chosen=chosen, result=result)
