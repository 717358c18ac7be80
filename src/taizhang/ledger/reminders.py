"""Reminders (临近提醒、到期催办): for each unit, which of its targets are due soon or past due.

A target's deadline is its 完成时限, or the end of its year when it has none (a target with no
year has no deadline). At an as-of date a target not achieved (by its status) is

- ``due`` when its deadline falls within the next ``within`` days (the as-of day included), and
- ``overdue`` when its deadline has passed.

:func:`unit_reminders` lists them per unit: the targets it leads, and apart from them those it
assists. :func:`send_reminders` mails one message per unit (to the unit's contact address) with
what it has not been reminded of yet, and records each target it sent in ``reminders_sent``
only after the server accepted the mail: a target is not reminded twice for the same period
(``due:<deadline>``, or ``overdue:<month>`` — a target past due is chased once a month), and a
mail that failed is reported and tried again by the next run. The overview shows a unit's users
the same list (:func:`unit_reminders` with ``sent`` included).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from taizhang.errors import InputError
from taizhang.ledger.mail import Delivery, Mail, Mailer
from taizhang.ledger.models import ReminderSent, Unit
from taizhang.ledger.status import StatusReport, StatusRow
from taizhang.ledger.units import Assignment, assignments
from taizhang.messages import M, text
from taizhang.vocab import label

__all__ = [
    "COMPLETED",
    "Item",
    "RemindResult",
    "UnitRef",
    "UnitReminder",
    "deadline_of",
    "my_reminders",
    "reminder_mail",
    "send_reminders",
    "unit_reminders",
]

COMPLETED = frozenset({"achieved"})
"""Statuses that need no reminder."""
MAX_WITHIN = 366


@dataclass(frozen=True, slots=True)
class UnitRef:
    """A unit as a reminder needs it, kept after the session that read it has closed."""

    id: int
    name: str
    email: str | None

    @classmethod
    def of(cls, unit: Unit) -> UnitRef:
        return cls(unit.id, unit.name, unit.email)


@dataclass(frozen=True, slots=True)
class Item:
    """One target a unit is reminded of."""

    target_id: int
    kind: str
    """``due`` or ``overdue`` (labels in data/labels.tsv, vocabulary reminder)."""
    period: str
    region: str
    target: str
    deadline: date
    status: str
    completion: str
    lead: str
    """The lead unit's name (for an assisting unit's list), or ""."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "target_id": self.target_id,
            "kind": self.kind,
            "period": self.period,
            "region": self.region,
            "target": self.target,
            "deadline": self.deadline.isoformat(),
            "status": self.status,
            "completion": self.completion,
            "lead": self.lead,
        }


@dataclass
class UnitReminder:
    """What one unit is reminded of: targets it leads and targets it assists."""

    unit: UnitRef
    lead: list[Item] = field(default_factory=list)
    assist: list[Item] = field(default_factory=list)
    skipped: int = 0
    """Items left out because the unit was reminded of them before."""

    @property
    def items(self) -> list[Item]:
        return self.lead + self.assist


@dataclass
class RemindResult:
    """What a run of :func:`send_reminders` did."""

    reminders: list[UnitReminder]
    sent: list[Delivery] = field(default_factory=list)
    failed: list[tuple[UnitReminder, Delivery]] = field(default_factory=list)
    no_address: list[UnitReminder] = field(default_factory=list)
    items_sent: int = 0
    skipped: int = 0
    """Items left out because their unit was reminded of them before."""

    @property
    def ok(self) -> bool:
        """Every mail due went out."""
        return not self.failed and not self.no_address


def check_within(within: int) -> int:
    if not 0 <= within <= MAX_WITHIN:
        raise InputError(M("remind.within", value=within))
    return within


def deadline_of(row: StatusRow, assignment: Assignment | None) -> date | None:
    """The 完成时限 of ``row``'s target, or the end of its year; None for a target with no year."""
    if assignment is not None and assignment.deadline is not None:
        return assignment.deadline
    year = row.target.year
    return None if year is None else date(year, 12, 31)


def _item(row: StatusRow, deadline: date, as_of: date, within: int, lead: str) -> Item | None:
    if row.assessment.status in COMPLETED:
        return None
    if deadline < as_of:
        kind, period = "overdue", f"overdue:{as_of:%Y-%m}"
    elif deadline <= as_of + timedelta(days=within):
        kind, period = "due", f"due:{deadline.isoformat()}"
    else:
        return None
    t, a = row.target, row.assessment
    completion = "—" if a.completion_display is None else f"{a.completion_display}%"
    return Item(
        t.id,
        kind,
        period,
        t.region or t.region_code or "—",
        f"{t.indicator} {t.value_text}".strip(),
        deadline,
        a.status,
        completion,
        lead,
    )


def unit_reminders(
    session: Session,
    report: StatusReport,
    *,
    within: int,
    unit_ids: Collection[int] | None = None,
    include_sent: bool = False,
) -> list[UnitReminder]:
    """Each unit's due and overdue targets at ``report.as_of`` (of ``unit_ids``, if given), units by
    name; items it was reminded of before are left out (counted in ``skipped``) unless ``include_sent``."""
    check_within(within)
    as_of = report.as_of
    links = assignments(session, [r.target.id for r in report.rows])
    by_unit: dict[int, UnitReminder] = {}
    for row in report.rows:
        assignment = links.get(row.target.id)
        if assignment is None or (assignment.lead is None and not assignment.assisting):
            continue
        deadline = deadline_of(row, assignment)
        if deadline is None:
            continue
        lead_name = assignment.lead.name if assignment.lead else ""
        for unit, role in [(assignment.lead, "lead")] + [(u, "assist") for u in assignment.assisting]:
            if unit is None or (unit_ids is not None and unit.id not in unit_ids):
                continue
            if role == "assist" and assignment.lead is not None and unit.id == assignment.lead.id:
                continue
            item = _item(row, deadline, as_of, within, lead_name)
            if item is not None:
                entry = by_unit.get(unit.id)
                if entry is None:
                    entry = by_unit[unit.id] = UnitReminder(UnitRef.of(unit))
                (entry.lead if role == "lead" else entry.assist).append(item)
    if not include_sent and by_unit:
        sent = _sent(session, by_unit)
        for entry in by_unit.values():
            before = len(entry.items)
            entry.lead = [i for i in entry.lead if (entry.unit.id, i.target_id, i.period) not in sent]
            entry.assist = [i for i in entry.assist if (entry.unit.id, i.target_id, i.period) not in sent]
            entry.skipped = before - len(entry.items)
    for entry in by_unit.values():
        for items in (entry.lead, entry.assist):
            items.sort(key=lambda i: (i.kind != "overdue", i.deadline, i.region, i.target_id))
    return sorted(by_unit.values(), key=lambda e: (e.unit.name, e.unit.id))


def my_reminders(
    session: Session, report: StatusReport, unit_ids: Collection[int], *, within: int
) -> list[UnitReminder]:
    """What the units ``unit_ids`` (a user's) are reminded of, sent or not: the overview's panel.
    Empty for a user of no unit."""
    if not unit_ids:
        return []
    return unit_reminders(session, report, within=within, unit_ids=unit_ids, include_sent=True)


def _sent(session: Session, by_unit: dict[int, UnitReminder]) -> set[tuple[int, int, str]]:
    rows = session.execute(
        select(ReminderSent.unit_id, ReminderSent.target_id, ReminderSent.period).where(
            ReminderSent.unit_id.in_(list(by_unit))
        )
    )
    return {(u, t, p) for u, t, p in rows}


def reminder_mail(reminder: UnitReminder, *, as_of: date, within: int, issuer: str) -> Mail:
    """The mail to ``reminder``'s unit: subject and body from the message catalogue."""
    overdue = [i for i in reminder.lead if i.kind == "overdue"]
    due = [i for i in reminder.lead if i.kind == "due"]
    name = reminder.unit.name
    lines = [
        text("remind.greeting", unit=name),
        "",
        text("remind.intro", as_of=_day(as_of), overdue=len(overdue), due=len(due), within=within),
    ]
    for heading, items in (
        (text("remind.section.overdue", count=len(overdue)), overdue),
        (text("remind.section.due", within=within, count=len(due)), due),
    ):
        if items:
            lines += ["", heading]
            lines += [
                text(
                    "remind.item",
                    n=n,
                    region=i.region,
                    target=i.target,
                    deadline=_day(i.deadline),
                    status=label("status", i.status),
                    completion=i.completion,
                )
                for n, i in enumerate(items, 1)
            ]
    if reminder.assist:
        lines += ["", text("remind.section.assist", count=len(reminder.assist))]
        lines += [
            text(
                "remind.item_assist",
                n=n,
                region=i.region,
                target=i.target,
                kind=label("reminder", i.kind),
                deadline=_day(i.deadline),
                lead=i.lead or "—",
            )
            for n, i in enumerate(reminder.assist, 1)
        ]
    lines += ["", text("remind.footer", issuer=issuer)]
    subject = text("remind.subject", unit=name, overdue=len(overdue), due=len(due), within=within)
    return Mail(to=reminder.unit.email or "", subject=subject, body="\n".join(lines) + "\n")


def _day(day: date) -> str:
    return text("notice.date", year=day.year, month=day.month, day=day.day)


def send_reminders(
    ledger: Any,
    report: StatusReport,
    *,
    within: int,
    issuer: str,
    mailer: Mailer | None,
    dry_run: bool = False,
) -> RemindResult:
    """Mail each unit what it has not been reminded of (nothing when ``dry_run``; ``mailer`` may
    then be None). Each accepted mail is recorded in its own transaction right after the send."""
    with ledger.session() as s:
        every = unit_reminders(s, report, within=within)
    todo = [r for r in every if r.items]
    result = RemindResult(todo, skipped=sum(r.skipped for r in every))
    if dry_run:
        return result
    if mailer is None:
        raise InputError(M("mail.no_host"))
    for reminder in todo:
        if not reminder.unit.email:
            result.no_address.append(reminder)
            continue
        delivery = mailer.send(reminder_mail(reminder, as_of=report.as_of, within=within, issuer=issuer))
        if not delivery.sent:
            result.failed.append((reminder, delivery))
            continue
        result.sent.append(delivery)
        result.items_sent += len(reminder.items)
        with ledger.session(write=True) as s:
            s.add_all(
                ReminderSent(unit_id=reminder.unit.id, target_id=i.target_id, period=i.period, address=delivery.mail.to)
                for i in reminder.items
            )
    return result
