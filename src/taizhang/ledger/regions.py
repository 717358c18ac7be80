"""Naming regions in commands and input: a code, a name the ledger knows, or a GB/T 2260 name."""

from __future__ import annotations

import re
from collections.abc import Mapping

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from taizhang.errors import RegionNotFoundError
from taizhang.extract.regions import load_regions
from taizhang.ledger.inputs import check_text
from taizhang.ledger.models import Region, Target
from taizhang.messages import FieldName, M

__all__ = [
    "check_region_code",
    "ensure_region",
    "region_code_for",
    "region_code_in",
    "resolve_region_codes",
    "table_code",
]

_CODE = re.compile(r"\d{6}")


def table_code(name: str) -> str | None:
    """The code of the one GB/T 2260 division ``name`` stands for (full or short, current or old)."""
    found = load_regions().resolve(name)
    return found.code if found is not None else None


def ensure_region(session: Session, code: str | None, name: str | None) -> None:
    """Record region ``code`` in the regions table if it is not there (from GB/T 2260 when known)."""
    if not code or session.get(Region, code) is not None:
        return
    level = parent = None
    known = load_regions().by_code(code)
    if known is not None:
        name, level, parent = known.name, known.level, known.parent_code
    session.add(Region(code=code, name=name or code, level=level, parent_code=parent))
    session.flush()


def _unknown(field: str, name: str) -> RegionNotFoundError:
    shown = name if len(name) <= 40 else name[:40] + "…"
    return RegionNotFoundError(M("region.unknown", field=FieldName(field), value=shown))


def resolve_region_codes(session: Session, region: str, *, field: str = "region") -> set[str]:
    """The codes ``region`` names: itself if a 6-digit code, else every code the ledger stores
    under that name (full or short), else the GB/T 2260 table's answer. Raises RegionNotFoundError."""
    region = (check_text(field, region) or "").strip()
    if _CODE.fullmatch(region):
        return {region}
    codes = set(session.scalars(select(Region.code).where(Region.name == region)))
    codes |= {
        c for c in session.scalars(select(Target.region_code).where(or_(Target.region == region)).distinct()) if c
    }
    if codes:
        return codes
    found = table_code(region)
    if found is not None:
        return {found}
    raise _unknown(field, region)


def region_code_for(session: Session, name: str, *, field: str = "region") -> str:
    """The one code a region name given as input stands for; raises TextFieldError for a name
    that cannot be stored and RegionNotFoundError (naming ``field`` and the name) for a name
    that stands for no region, or for several."""
    codes = resolve_region_codes(session, name, field=field)
    if len(codes) != 1:
        raise _unknown(field, name)
    return codes.pop()


def region_code_in(known: Mapping[str, str], name: str, *, field: str = "region") -> str:
    """Like :func:`region_code_for` with the ledger's names already read into ``known`` (name → code),
    for checking many rows at once."""
    check_text(field, name)
    code = known.get(name.strip()) or (name.strip() if _CODE.fullmatch(name.strip()) else table_code(name))
    if code is None:
        raise _unknown(field, name)
    return code


def check_region_code(code: str, *, field: str = "region_code") -> str:
    """``code`` if it is six digits; raises RegionNotFoundError naming the field."""
    check_text(field, code)
    if not _CODE.fullmatch(code.strip()):
        shown = code if len(code) <= 40 else code[:40] + "…"
        raise RegionNotFoundError(M("region.code_format", field=FieldName(field), value=shown))
    return code.strip()
