"""What a unit-scoped reporter may see and report (issue 11): their units' targets only.

A reporter given units (``user_units``) reads and reports for the targets those units lead or
assist; any other target is refused with 403, and the refusal is audited even for a read.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy.orm import Session

from taizhang.ledger.listing import TargetFilter
from taizhang.ledger.units import target_unit_ids
from taizhang.messages import M
from taizhang.web.errors import ForbiddenError
from taizhang.web.security import Principal

__all__ = ["check_target", "scoped_filter"]


def scoped_filter(user: Principal, f: TargetFilter) -> TargetFilter:
    """``f`` narrowed to the user's units when the user is unit-scoped (to none when ``f`` asks
    for units that are not theirs)."""
    if not user.unit_scoped:
        return f
    mine = sorted(user.units if f.units is None else user.units.intersection(f.units))
    return replace(f, units=tuple(mine))


def check_target(
    s: Session, user: Principal, target_id: int, *, region_code: str | None = None, report: bool = False
) -> None:
    """Refuse (403, audited) a target the user may not read, or with ``report`` may not report for."""
    if not user.unit_scoped and not report:
        return
    units = target_unit_ids(s, target_id)
    allowed = user.may_report_target(region_code, units) if report else user.may_see_target(units)
    if not allowed:
        key = "web.report_unit" if report else "web.see_unit"
        raise ForbiddenError(
            M(key, name=user.name, id=target_id), who=user.name, entity="target", entity_id=target_id, audit=True
        )
