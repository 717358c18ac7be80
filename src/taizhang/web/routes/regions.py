"""/api/regions: the regions the ledger knows, and one region's status."""

from __future__ import annotations

from fastapi import APIRouter, Path

from taizhang.ledger.models import Region
from taizhang.ledger.names import get_region, region_names
from taizhang.web.deps import AsOf, DbSession, Reader, State
from taizhang.web.routes import ERRORS
from taizhang.web.routes.status import status_public
from taizhang.web.schemas import RegionDetailPublic, RegionPublic, RegionsPublic

router = APIRouter(prefix="/api/regions", tags=["regions"], responses=ERRORS)


def _public(r: Region) -> RegionPublic:
    return RegionPublic(code=r.code, name=r.name, level=r.level, parent_code=r.parent_code)


@router.get("", response_model=RegionsPublic)
def list_regions(_: Reader, s: DbSession) -> RegionsPublic:
    """Every region with targets in the ledger, by code."""
    rows = [_public(r) for r in region_names(s).values()]
    return RegionsPublic(data=rows, count=len(rows))


@router.get("/{code}", response_model=RegionDetailPublic)
def read_region(
    state: State, _: Reader, s: DbSession, as_of: AsOf, code: str = Path(pattern=r"^\d{6}$")
) -> RegionDetailPublic:
    """One region and the status of its targets."""
    region = get_region(s, code)
    report = state.status.status(s, as_of, {code})
    return RegionDetailPublic(**_public(region).model_dump(), status=status_public(report))
