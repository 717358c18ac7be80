"""Who leads and who assists each target, and its deadline: what reminders and the notice read.

PLACEHOLDER until the units service (branch i11-units) is merged.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

__all__ = ["Assignment", "UnitRef", "assignments"]


@dataclass(frozen=True, slots=True)
class UnitRef:
    id: int
    name: str
    email: str | None


@dataclass(frozen=True, slots=True)
class Assignment:
    lead: UnitRef | None
    assists: tuple[UnitRef, ...]
    deadline: date | None


def assignments(session: Session, target_ids: Collection[int]) -> dict[int, Assignment]:
    return {}
