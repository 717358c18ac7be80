"""/api/units: list, add and read units with their targets; /api/targets/{id}/units: a target's
lead and assisting units, responsible person and deadline (issue 11)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel, Field

from taizhang.ledger.review import get_target
from taizhang.ledger.units import (
    KEEP,
    Assignment,
    assign_by_name,
    assignment,
    create_unit,
    get_unit,
    list_units,
    unit_target_counts,
    unit_target_ids,
    unit_targets,
)
from taizhang.messages import M
from taizhang.web.deps import DbSession, LedgerDep, Reader, ReviewerUser, State
from taizhang.web.errors import ForbiddenError
from taizhang.web.routes import ERRORS, IdPath
from taizhang.web.scope import check_target
from taizhang.web.security import Principal

router = APIRouter()
api = APIRouter(prefix="/api/units", tags=["units"], responses=ERRORS)
targets = APIRouter(prefix="/api/targets", tags=["targets"], responses=ERRORS)


class UnitPublic(BaseModel):
    id: int
    name: str
    region_code: str | None
    email: str | None
    targets: int = Field(description="How many targets the unit leads or assists.")


class UnitsPublic(BaseModel):
    data: list[UnitPublic]
    count: int


class UnitCreate(BaseModel):
    name: str = Field(min_length=1, max_length=200, examples=["市商务局"])
    region_code: str | None = Field(None, max_length=6, examples=["440700"])
    email: str | None = Field(None, max_length=254)


class UnitRef(BaseModel):
    id: int
    name: str


class AssignmentPublic(BaseModel):
    target_id: int
    lead: UnitRef | None
    assisting: list[UnitRef]
    responsible_person: str | None
    deadline: str | None = Field(description="ISO date (完成时限).")


class AssignmentUpdate(BaseModel):
    """Fields left out stay as they are; null or "" clears one. Units by name; the deadline as
    written (6月底前, 三季度末, 2023-09-30), read against the target's year."""

    lead: str | None = Field(None, max_length=200)
    assisting: list[str] | None = Field(None, max_length=50)
    responsible_person: str | None = Field(None, max_length=100)
    deadline: str | None = Field(None, max_length=40)


class UnitTargetPublic(BaseModel):
    id: int
    role: str
    region: str | None
    indicator: str
    value_text: str
    year: int | None
    deadline: str | None
    responsible_person: str | None
    status: str | None
    completion: float | None
    time_progress: float | None


class UnitDetailPublic(BaseModel):
    unit: UnitPublic
    targets: list[UnitTargetPublic]


def _public(s: Any, unit: Any, count: int | None = None) -> UnitPublic:
    n = len(unit_target_ids(s, [unit.id])) if count is None else count
    return UnitPublic(id=unit.id, name=unit.name, region_code=unit.region_code, email=unit.email, targets=n)


def _assignment(target_id: int, a: Assignment) -> AssignmentPublic:
    return AssignmentPublic(target_id=target_id, **a.as_dict())


def check_unit(user: Principal, unit_id: int) -> None:
    """A unit-scoped reporter reads their own units only (403, audited)."""
    if user.unit_scoped and unit_id not in user.units:
        message = M("web.see_other_unit", name=user.name, id=unit_id)
        raise ForbiddenError(message, who=user.name, entity="unit", entity_id=unit_id, audit=True)


def unit_status_rows(state: Any, s: Any, unit_id: int) -> list[dict[str, Any]]:
    """The unit's targets as the status report shows them (light, completion, time progress), with
    the unit's role, the deadline and the responsible person; by deadline."""
    parts = unit_targets(s, unit_id)
    roles = {t.id: role for t, role in parts}
    found = {r.target.id: r.to_dict() for r in state.status.status(s, state.as_of()).rows if r.target.id in roles}
    rows = []
    for t, role in parts:
        shown = found.get(t.id) or {"id": t.id, "region": t.region, "indicator": t.indicator,
                                    "value_text": t.value_text, "year": t.year}  # fmt: skip
        rows.append({**shown, "role": role, "deadline": t.deadline, "responsible_person": t.responsible_person})
    return rows


@api.get("", response_model=UnitsPublic)
def units(_: Reader, s: DbSession) -> UnitsPublic:
    """Every unit with its number of targets."""
    counts = unit_target_counts(s)
    data = [_public(s, u, counts.get(u.id, 0)) for u in list_units(s)]
    return UnitsPublic(data=data, count=len(data))


@api.post("", response_model=UnitPublic, status_code=201)
def add_unit(body: UnitCreate, ledger: LedgerDep, user: ReviewerUser) -> UnitPublic:
    """Add a unit (name unique within its region)."""
    with ledger.session(write=True) as s:
        unit = create_unit(s, body.name, region_code=body.region_code, email=body.email, who=user.name)
        return _public(s, unit)


@api.get("/{unit_id}", response_model=UnitDetailPublic)
def read_unit(unit_id: IdPath, state: State, user: Reader, s: DbSession) -> UnitDetailPublic:
    """A unit and its targets with their status (a unit reporter: their own units only)."""
    unit = get_unit(s, unit_id)
    check_unit(user, unit_id)
    rows = [
        UnitTargetPublic(
            id=r["id"],
            role=r["role"],
            region=r.get("region"),
            indicator=r["indicator"],
            value_text=r["value_text"],
            year=r.get("year"),
            deadline=r["deadline"].isoformat() if r["deadline"] else None,
            responsible_person=r["responsible_person"],
            status=r.get("status"),
            completion=_float(r.get("completion")),
            time_progress=_float(r.get("time_progress")),
        )
        for r in unit_status_rows(state, s, unit_id)
    ]
    return UnitDetailPublic(unit=_public(s, unit), targets=rows)


def _float(value: Any) -> float | None:
    return None if value is None else float(value)


@targets.get("/{target_id}/units", response_model=AssignmentPublic)
def read_assignment(target_id: IdPath, user: Reader, s: DbSession) -> AssignmentPublic:
    """A target's lead and assisting units, responsible person and deadline."""
    get_target(s, target_id)
    check_target(s, user, target_id)
    return _assignment(target_id, assignment(s, target_id))


@targets.patch("/{target_id}/units", response_model=AssignmentPublic)
def patch_assignment(
    target_id: IdPath, body: AssignmentUpdate, ledger: LedgerDep, user: ReviewerUser
) -> AssignmentPublic:
    """Set a target's units, person or deadline (audited as ``assign``)."""
    given = body.model_dump(exclude_unset=True)
    with ledger.session(write=True) as s:
        got = assign_by_name(
            s,
            target_id,
            lead=given.get("lead", KEEP),
            assisting=KEEP if "assisting" not in given else (given["assisting"] or []),
            person=given.get("responsible_person", KEEP),
            deadline=given.get("deadline", KEEP),
            actor=user.name,
        )
        return _assignment(target_id, got)


router.include_router(api)
router.include_router(targets)
