"""/api/compare: one canonical indicator across regions and years, county sums against the city."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from taizhang.ledger.compare import compare_indicator, indicators_in_use
from taizhang.ledger.names import indicator_name
from taizhang.web.deps import DbSession, Reader, State
from taizhang.web.routes import ERRORS
from taizhang.web.schemas import ComparePublic, IndicatorsPublic, IndicatorUse

router = APIRouter(prefix="/api/compare", tags=["compare"], responses=ERRORS)


@router.get("/indicators", response_model=IndicatorsPublic)
def indicators(state: State, _: Reader, s: DbSession) -> IndicatorsPublic:
    """Canonical indicators with targets, most widely shared first."""
    used = state.status.get(s, ("indicators",), lambda: indicators_in_use(s))
    data = [IndicatorUse(indicator_id=i, name=indicator_name(i), regions=n) for i, n in used]
    return IndicatorsPublic(data=data, count=len(data))


@router.get("", response_model=ComparePublic)
def compare(
    state: State,
    _: Reader,
    s: DbSession,
    indicator: Annotated[
        str, Query(min_length=1, max_length=100, description="Canonical id, e.g. industrial_investment.")
    ],
    year: Annotated[int | None, Query(ge=1949, le=2100)] = None,
) -> ComparePublic:
    """Every region's target on ``indicator`` by year; each city's own target beside its counties' sum."""
    result = state.status.get(s, ("compare", indicator, year), lambda: compare_indicator(s, indicator, year=year))
    return ComparePublic(**result)
