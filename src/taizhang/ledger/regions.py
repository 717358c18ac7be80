"""Naming regions in commands: a code, a name the ledger knows, or a GB/T 2260 name."""

from __future__ import annotations

import re

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from taizhang.errors import RegionNotFoundError
from taizhang.ledger.models import Region, Target

__all__ = ["resolve_region_codes"]


def resolve_region_codes(session: Session, region: str) -> set[str]:
    """The codes ``region`` names: itself if a 6-digit code, else every code the ledger stores
    under that name (full or short), else the GB/T 2260 table's answer. Raises RegionNotFoundError."""
    region = region.strip()
    if re.fullmatch(r"\d{6}", region):
        return {region}
    codes = set(session.scalars(select(Region.code).where(Region.name == region)))
    codes |= {
        c for c in session.scalars(select(Target.region_code).where(or_(Target.region == region)).distinct()) if c
    }
    if codes:
        return codes
    try:
        from taizhang.extract.regions import load_regions

        found = load_regions().resolve(region)
        if found is not None:
            return {found.code}
    except (ImportError, LookupError, AttributeError, TypeError):
        pass
    raise RegionNotFoundError(f"no region named {region!r} in the ledger or the GB/T 2260 table")
