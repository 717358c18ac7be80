"""Units (单位): the offices targets are assigned to, and the deadlines they answer to (issue 11).

A target has at most one lead unit (牵头单位), any number of assisting units (配合单位), a
responsible person (责任人) and a deadline (完成时限, which may fall before the year end: 6月底前).
A qualitative commitment has a person and a deadline too. A unit's name is unique within its
region. Reporters may be given units (``user_units``) as well as regions: they then report for
their units' targets. Every change is audited.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any, Final

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from taizhang.data import data_rows
from taizhang.errors import DeadlineError, InputError, NotFoundError
from taizhang.extract.numbers import parse_chinese_numeral
from taizhang.ledger.audit import record
from taizhang.ledger.inputs import check_text, row_by_id
from taizhang.ledger.models import Commitment, Target, TargetUnit, Unit, User, UserUnit
from taizhang.ledger.regions import check_region_code
from taizhang.messages import M
from taizhang.text.normalise import normalise

__all__ = [
    "KEEP",
    "ROLES",
    "Assignment",
    "assign_by_name",
    "assign_commitment",
    "assign_units",
    "assignment",
    "assignments",
    "create_unit",
    "find_unit",
    "get_unit",
    "lead_units",
    "list_units",
    "parse_deadline",
    "resolve_unit",
    "set_user_units",
    "target_unit_ids",
    "unit_target_counts",
    "unit_target_ids",
    "unit_targets",
    "user_unit_ids",
]

ROLES: Final = ("lead", "assist")
KEEP: Final[Any] = type("Keep", (), {"__repr__": lambda self: "KEEP"})()
"""The default of :func:`assign_units`' arguments: leave that part as it is."""

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


@dataclass(slots=True)
class Assignment:
    """Who answers for a target and by when."""

    lead: Unit | None = None
    assisting: list[Unit] = field(default_factory=list)
    person: str | None = None
    deadline: date | None = None

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready: unit names and ids, the deadline as ISO text (the audit log and the API)."""
        return {
            "lead": None if self.lead is None else {"id": self.lead.id, "name": self.lead.name},
            "assisting": [{"id": u.id, "name": u.name} for u in self.assisting],
            "responsible_person": self.person,
            "deadline": None if self.deadline is None else self.deadline.isoformat(),
        }


# --- units -------------------------------------------------------------------------------------


def get_unit(session: Session, unit_id: int) -> Unit:
    """The unit with id ``unit_id``; raises NotFoundError."""
    unit = row_by_id(session, Unit, unit_id)
    if unit is None:
        raise NotFoundError(M("unit.no_id", id=unit_id))
    return unit


def find_unit(session: Session, name: str, region_code: str | None = None) -> Unit | None:
    """The unit called ``name`` in ``region_code``; with no region, the one without a region, else
    the only unit of that name anywhere (None when there is none, or several)."""
    name = name.strip()
    query = select(Unit).where(Unit.name == name)
    if region_code is not None:
        return session.scalars(query.where(Unit.region_code == region_code)).one_or_none()
    found = list(session.scalars(query))
    plain = [u for u in found if u.region_code is None]
    if plain:
        return plain[0]
    return found[0] if len(found) == 1 else None


def resolve_unit(session: Session, name: str, region_code: str | None = None) -> Unit:
    """:func:`find_unit`, raising NotFoundError naming the unit when there is none."""
    unit = find_unit(session, name, region_code)
    if unit is None:
        raise NotFoundError(M("unit.no_name", name=name.strip()))
    return unit


def list_units(session: Session) -> list[Unit]:
    """Every unit: those without a region first, then by region; by name within each."""
    return list(
        session.scalars(select(Unit).order_by(Unit.region_code.is_not(None), Unit.region_code, Unit.name, Unit.id))
    )


def create_unit(
    session: Session, name: str, *, region_code: str | None = None, email: str | None = None, who: str
) -> Unit:
    """Add a unit; raises InputError for an empty or taken name or a bad e-mail address. Audited."""
    name = name.strip()
    if not name or len(name) > 200:
        raise InputError(M("unit.name_length"))
    check_text("unit_name", name)
    code = check_region_code(region_code) if region_code else None
    mail = (email or "").strip() or None
    if mail is not None and (len(mail) > 254 or not _EMAIL.fullmatch(mail)):
        raise InputError(M("unit.email", email=mail))
    same_region = Unit.region_code.is_(None) if code is None else Unit.region_code == code
    if session.scalars(select(Unit.id).where(Unit.name == name, same_region)).first() is not None:
        raise InputError(M("unit.exists", name=name))
    unit = Unit(name=name, region_code=code, email=mail)
    session.add(unit)
    session.flush()
    record(session, who, "add", "unit", unit.id, None, {"name": name, "region_code": code, "email": mail})
    return unit


# --- assignments -------------------------------------------------------------------------------


def assignments(session: Session, target_ids: Iterable[int]) -> dict[int, Assignment]:
    """The assignment of each target of ``target_ids`` (one with none: an empty Assignment)."""
    ids = list(dict.fromkeys(target_ids))
    out = {i: Assignment() for i in ids}
    if not ids:
        return out
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for tid, person, deadline in session.execute(
            select(Target.id, Target.responsible_person, Target.deadline).where(Target.id.in_(chunk))
        ):
            out[tid].person, out[tid].deadline = person, deadline
        rows = session.execute(
            select(TargetUnit.target_id, TargetUnit.role, Unit)
            .join(Unit, Unit.id == TargetUnit.unit_id)
            .where(TargetUnit.target_id.in_(chunk))
            .order_by(TargetUnit.id)
        )
        for tid, role, unit in rows:
            if role == "lead":
                out[tid].lead = unit
            else:
                out[tid].assisting.append(unit)
    return out


def assignment(session: Session, target_id: int) -> Assignment:
    """The lead and assisting units, person and deadline of one target."""
    return assignments(session, [target_id])[target_id]


def assign_units(
    session: Session,
    target_id: int,
    *,
    lead: int | None = KEEP,
    assisting: Collection[int] = KEEP,
    person: str | None = KEEP,
    deadline: date | None = KEEP,
    actor: str,
) -> Assignment:
    """Set a target's lead unit, assisting units (unit ids), responsible person and deadline.

    An argument left out (:data:`KEEP`) stays as it is; None clears it. A unit named both lead and
    assisting is the lead only. Raises NotFoundError for an unknown target or unit. Audited as
    ``assign`` of the target, with the assignment before and after.
    """
    row = row_by_id(session, Target, target_id, lock=True)
    if row is None:
        raise NotFoundError(M("target.not_found", id=target_id))
    before = assignment(session, target_id)
    new_lead = before.lead if lead is KEEP else (None if lead is None else get_unit(session, lead))
    if assisting is KEEP:
        helpers = [u for u in before.assisting if new_lead is None or u.id != new_lead.id]
    else:
        helpers = [get_unit(session, i) for i in dict.fromkeys(assisting) if new_lead is None or i != new_lead.id]
    if person is not KEEP:
        person = (person or "").strip() or None
        check_text("responsible_person", person)
        row.responsible_person = person
    if deadline is not KEEP:
        row.deadline = deadline
    wanted = ([(new_lead.id, "lead")] if new_lead is not None else []) + [(u.id, "assist") for u in helpers]
    current = {
        (tu.unit_id, tu.role): tu for tu in session.scalars(select(TargetUnit).where(TargetUnit.target_id == target_id))
    }
    for key, tu in current.items():
        if key not in wanted:
            session.delete(tu)
    session.flush()
    for unit_id, role in wanted:
        if (unit_id, role) not in current:
            session.add(TargetUnit(target_id=target_id, unit_id=unit_id, role=role))
    session.flush()
    after = Assignment(new_lead, helpers, row.responsible_person, row.deadline)
    if after.as_dict() != before.as_dict():
        record(session, actor, "assign", "target", target_id, before.as_dict(), after.as_dict())
    return after


def assign_by_name(
    session: Session,
    target_id: int,
    *,
    lead: str | None = KEEP,
    assisting: Collection[str] = KEEP,
    person: str | None = KEEP,
    deadline: str | None = KEEP,
    actor: str,
) -> Assignment:
    """:func:`assign_units` with units by name and the deadline as written (6月底前, read against the
    target's year): what the CLI, the API and the pages take. An empty name or deadline clears it.
    A name is looked up in the target's region first, then as :func:`resolve_unit` does."""
    from taizhang.ledger.records import effective

    row = row_by_id(session, Target, target_id)
    if row is None:
        raise NotFoundError(M("target.not_found", id=target_id))
    region_code = effective(row, "region_code")

    def unit_id(name: str) -> int:  # a unit of the target's own region first, as offices name them
        local = find_unit(session, name, region_code) if region_code else None
        return (local or resolve_unit(session, name)).id

    changes: dict[str, Any] = {}
    if lead is not KEEP:
        changes["lead"] = unit_id(lead) if lead and lead.strip() else None
    if assisting is not KEEP:
        changes["assisting"] = [unit_id(n) for n in assisting if n.strip()]
    if person is not KEEP:
        changes["person"] = person
    if deadline is not KEEP:
        year = effective(row, "year")
        changes["deadline"] = parse_deadline(deadline, year) if deadline and deadline.strip() else None
    return assign_units(session, target_id, actor=actor, **changes)


def assign_commitment(
    session: Session, commitment_id: int, *, person: str | None = KEEP, deadline: date | None = KEEP, actor: str
) -> Commitment:
    """Set a qualitative commitment's responsible person and deadline (KEEP: unchanged). Audited."""
    row = row_by_id(session, Commitment, commitment_id, lock=True)
    if row is None:
        raise NotFoundError(M("commitment.not_found", id=commitment_id))
    before = {"responsible_person": row.responsible_person, "deadline": row.deadline}
    if person is not KEEP:
        row.responsible_person = check_text("responsible_person", (person or "").strip() or None)
    if deadline is not KEEP:
        row.deadline = deadline
    session.flush()
    after = {"responsible_person": row.responsible_person, "deadline": row.deadline}
    if after != before:
        record(session, actor, "assign", "commitment", commitment_id, before, after)
    return row


def unit_target_counts(session: Session) -> dict[int, int]:
    """unit id → how many targets it leads or assists (units with none are left out)."""
    query = select(TargetUnit.unit_id, func.count()).group_by(TargetUnit.unit_id)
    return {unit_id: int(n) for unit_id, n in session.execute(query)}


def unit_target_ids(session: Session, unit_ids: Collection[int], role: str | None = None) -> set[int]:
    """The ids of the targets any of ``unit_ids`` leads or assists (``role``: only that part)."""
    if not unit_ids:
        return set()
    query = select(TargetUnit.target_id).where(TargetUnit.unit_id.in_(list(unit_ids)))
    if role is not None:
        query = query.where(TargetUnit.role == role)
    return set(session.scalars(query))


def lead_units(session: Session) -> dict[int, Unit]:
    """target id → its lead unit, for every target that has one."""
    rows = session.execute(
        select(TargetUnit.target_id, Unit).join(Unit, Unit.id == TargetUnit.unit_id).where(TargetUnit.role == "lead")
    )
    return {tid: unit for tid, unit in rows}


def target_unit_ids(session: Session, target_id: int) -> set[int]:
    """The ids of the units that lead or assist the target."""
    return set(session.scalars(select(TargetUnit.unit_id).where(TargetUnit.target_id == target_id)))


def unit_targets(session: Session, unit_id: int, *, role: str | None = None) -> list[tuple[Target, str]]:
    """(target, role) of each live target (not retired, merged or rejected) the unit has a part in,
    by deadline (none last), then id."""
    get_unit(session, unit_id)
    query = (
        select(Target, TargetUnit.role)
        .join(TargetUnit, TargetUnit.target_id == Target.id)
        .where(TargetUnit.unit_id == unit_id, Target.retired_at.is_(None), Target.state.not_in(("merged", "rejected")))
    )
    if role is not None:
        query = query.where(TargetUnit.role == role)
    rows = list(session.execute(query))
    rows.sort(key=lambda r: (r[0].deadline is None, r[0].deadline or date.min, r[0].id))
    return [(t, r) for t, r in rows]


# --- users scoped to units ---------------------------------------------------------------------


def user_unit_ids(session: Session, user_id: int) -> frozenset[int]:
    """The units a user reports for."""
    return frozenset(session.scalars(select(UserUnit.unit_id).where(UserUnit.user_id == user_id)))


def set_user_units(session: Session, user_id: int, unit_ids: Collection[int], *, who: str) -> frozenset[int]:
    """Give a user exactly these units (raises NotFoundError for an unknown one). Audited."""
    user = session.get(User, user_id)
    if user is None:
        raise NotFoundError(M("user.no_id", id=user_id))
    wanted = frozenset(get_unit(session, i).id for i in unit_ids)
    before = user_unit_ids(session, user_id)
    if wanted == before:
        return before
    for old in session.scalars(select(UserUnit).where(UserUnit.user_id == user_id)):
        if old.unit_id not in wanted:
            session.delete(old)
    for unit_id in wanted - before:
        session.add(UserUnit(user_id=user_id, unit_id=unit_id))
    session.flush()
    record(session, who, "edit", "user", user_id, {"units": sorted(before)}, {"units": sorted(wanted)})
    return wanted


# --- deadlines ---------------------------------------------------------------------------------

_NUMBER = r"\d{1,2}|[一二三四五六七八九十]{1,3}"
_YEAR = re.compile(r"(?P<y>\d{4})(?=年)")
_DAY = re.compile(rf"(?:年)?(?P<m>{_NUMBER})月(?P<d>{_NUMBER})[日号]")
_SEPARATED = re.compile(r"(?P<y>\d{4})(?P<s>[-/.])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})")
_MONTH = re.compile(rf"(?:年)?(?P<m>{_NUMBER})月(?:底|末|份)?")
_BEFORE = re.compile(r"(?:之前|以前|前|止)$")


@cache
def _deadline_words() -> dict[str, tuple[int, int | None]]:
    """deadlines.tsv: word → (month, day or None for the month's last day)."""
    return {
        row[0]: (int(row[1]), int(row[2]) if len(row) > 2 and row[2].strip() else None)
        for row in data_rows("deadlines.tsv")
    }


def _number(text: str) -> int:
    if text.isdigit():
        return int(text)
    value = parse_chinese_numeral(text)
    return -1 if value is None else int(value)


def _make(text: str, year: int | None, month: int, day: int | None) -> date:
    if year is None:
        raise DeadlineError(M("deadline.no_year", text=text))
    if not 1 <= month <= 12:
        raise DeadlineError(M("deadline.invalid", text=text))
    if day is None:
        day = calendar.monthrange(year, month)[1]
    try:
        return date(year, month, day)
    except ValueError:
        raise DeadlineError(M("deadline.invalid", text=text)) from None


def parse_deadline(text: str, year: int | None) -> date:
    """The date a 完成时限 means: 6月底前 → 30 June of ``year``; 年底前, 三季度末 (deadlines.tsv); 9月30日;
    2023年9月30日 and 2023-09-30 (their own year). Raises DeadlineError (E206) for text that is no
    deadline, a date that does not exist (2023-02-30) or a deadline with no year when ``year`` is None.
    """
    raw = text
    text = re.sub(r"\s+", "", normalise(text))  # full-width digits and marks, Traditional characters
    text = _BEFORE.sub("", text)
    if not text:
        raise DeadlineError(M("deadline.unreadable", text=raw))
    if m := _SEPARATED.fullmatch(text):
        return _make(raw, int(m["y"]), int(m["m"]), int(m["d"]))
    if m := _YEAR.match(text):
        year, text = int(m["y"]), text[m.end() :]
    words = _deadline_words()
    if text in words:
        month, day = words[text]
        return _make(raw, year, month, day)
    if m := _DAY.fullmatch(text):
        return _make(raw, year, _number(m["m"]), _number(m["d"]))
    if m := _MONTH.fullmatch(text):
        return _make(raw, year, _number(m["m"]), None)
    raise DeadlineError(M("deadline.unreadable", text=raw))
