"""/api/reconciliation: reported against official figures, per target and period."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from taizhang.ledger.reconcile import Reconciliation, reconcile, tolerance_from
from taizhang.ledger.regions import resolve_region_codes
from taizhang.web.deps import AsOf, DbSession, Reader, State
from taizhang.web.routes import ERRORS
from taizhang.web.schemas import ReconciliationPublic

router = APIRouter(prefix="/api/reconciliation", tags=["reconciliation"], responses=ERRORS)


def figure_link(figure: dict[str, Any]) -> str:
    """The page of a figure: its sentence highlighted, or its upload row."""
    return f"/observations/{figure['id']}"


def reconciliation_public(result: Reconciliation) -> ReconciliationPublic:
    body = result.to_dict()
    for row in body["data"]:
        for side in ("reported", "official"):
            row[side]["link"] = figure_link(row[side])
    return ReconciliationPublic(**body)


@router.get("", response_model=ReconciliationPublic)
def reconciliation(
    state: State,
    _: Reader,
    s: DbSession,
    as_of: AsOf,
    region: Annotated[str | None, Query(max_length=100, description="Region code or name.")] = None,
) -> ReconciliationPublic:
    """Every target-period up to ``as_of`` with both a reported and an official figure, the
    difference, and a flag beyond the tolerance (``TAIZHANG_TOLERANCE_RATE``/``_LEVEL``)."""
    codes = resolve_region_codes(s, region) if region else None
    result = reconcile(s, as_of=as_of, region_codes=codes, tolerance=tolerance_from(state.settings))
    return reconciliation_public(result)
