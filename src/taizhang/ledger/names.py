"""Names people read for codes the ledger stores: regions by code, canonical indicators by id."""

from __future__ import annotations

from functools import cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from taizhang.errors import NotFoundError
from taizhang.ledger.models import Region
from taizhang.messages import M

__all__ = ["get_region", "indicator_name", "prefecture_name", "region_names"]


def region_names(session: Session) -> dict[str, Region]:
    """Code → region row of every region the ledger knows, in code order."""
    return {r.code: r for r in session.scalars(select(Region).order_by(Region.code))}


def get_region(session: Session, code: str) -> Region:
    """The ledger's region ``code``; raises NotFoundError."""
    region = session.get(Region, code)
    if region is None:
        raise NotFoundError(M("region.not_in_ledger", code=code))
    return region


@cache
def _indicator_names() -> dict[str, str]:
    from taizhang.extract.indicators import load_indicators

    return {i.id: i.name for i in load_indicators()}


def indicator_name(indicator_id: str | None, fallback: str = "") -> str:
    """The standard Chinese name of a canonical indicator."""
    return _indicator_names().get(indicator_id or "", fallback or indicator_id or "")


def prefecture_name(prefix: str, regions: dict[str, Region]) -> str:
    """The name of the prefecture ``prefix`` (4 digits): the ledger's, else GB/T 2260's, else its code."""
    from taizhang.extract.regions import load_regions

    code = f"{prefix}00"
    if code in regions:
        return regions[code].name
    found = load_regions().by_code(code)
    return found.name if found is not None else code
