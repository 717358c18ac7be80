"""The 督查通报: what a supervision office's periodic notice says, computed from a status report.

:func:`build_notice` gathers it: the title and number, the summary counts of green, yellow, red
and overdue (逾期未报) targets, one table per light with region, lead unit, target, the latest
figure (in the units people read, :func:`~taizhang.track.figures.format_quantity`), completion and
time progress, the regions ranked by mean completion (the overview's averages), and the late
units: those with a report overdue or a target past its deadline (完成时限) and not achieved.
:mod:`taizhang.ledger.notice_document` lays it out as a Word document; ``taizhang report`` and
the overview's download button call both.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from taizhang.ledger.names import region_names
from taizhang.ledger.overview import overview, overview_view
from taizhang.ledger.reminders import COMPLETED, deadline_of
from taizhang.ledger.status import StatusReport, StatusRow
from taizhang.ledger.units import Assignment, assignments
from taizhang.messages import text
from taizhang.track.figures import format_quantity
from taizhang.track.schedule import Period, time_progress
from taizhang.vocab import label

__all__ = [
    "NOTICE_STATUSES",
    "LateUnit",
    "Notice",
    "NoticeRow",
    "RegionRank",
    "build_notice",
    "default_number",
    "past_deadline",
]

NOTICE_STATUSES = ("red", "yellow", "green", "overdue")
"""The lights a notice tables, in its order: what needs attention first."""


@dataclass(frozen=True, slots=True)
class NoticeRow:
    """One target in a table of the notice, every figure already as people read it."""

    target_id: int
    region: str
    unit: str
    target: str
    actual: str
    completion: str
    time_progress: str


@dataclass(frozen=True, slots=True)
class RegionRank:
    rank: int
    region: str
    targets: int
    completion: str
    time_progress: str


@dataclass(frozen=True, slots=True)
class LateUnit:
    """A unit with reports overdue or targets past their deadline, and which."""

    unit: str
    overdue_reports: int
    past_deadline: int
    targets: tuple[str, ...]


@dataclass
class Notice:
    issuer: str
    number: int
    as_of: date
    issued: date
    title: str
    summary: str
    total: int
    counts: dict[str, int]
    tables: dict[str, list[NoticeRow]] = field(default_factory=dict)
    ranking: list[RegionRank] = field(default_factory=list)
    late_units: list[LateUnit] = field(default_factory=list)


def default_number(as_of: date) -> int:
    """The issue number when none is given: the quarter of ``as_of`` (a quarterly notice)."""
    return (as_of.month + 2) // 3


def period_words(as_of: date) -> str:
    """一季度, 上半年, 前三季度, 全年 at a quarter's end, else 1—N月."""
    if as_of.month in (3, 6, 9, 12):
        return text(f"notice.period.{as_of.month}")
    return text("notice.period.months", month=as_of.month)


def past_deadline(row: StatusRow, assignment: Assignment | None, as_of: date) -> bool:
    """Whether the target's deadline (:func:`~taizhang.ledger.reminders.deadline_of`) is past at
    ``as_of`` and it is not achieved."""
    deadline = deadline_of(row, assignment)
    return deadline is not None and deadline < as_of and row.assessment.status not in COMPLETED


def _percent(value: Decimal | None) -> str:
    return "—" if value is None else f"{value}%"


def _target_words(row: StatusRow) -> str:
    t = row.target
    return f"{t.indicator} {t.value_text}".strip()


def build_notice(
    session: Session,
    report: StatusReport,
    *,
    number: int,
    issued: date,
    issuer: str,
) -> Notice:
    """The notice of ``report`` (a :func:`~taizhang.ledger.status.ledger_status`), numbered 第``number``期."""
    as_of = report.as_of
    links = assignments(session, [r.target.id for r in report.rows])
    counts = {s: 0 for s in NOTICE_STATUSES}
    tables: dict[str, list[NoticeRow]] = {s: [] for s in NOTICE_STATUSES}
    late: dict[int, dict[str, list[str]]] = {}
    names: dict[int, str] = {}
    for row in report.rows:
        t, a = row.target, row.assessment
        unit = links.get(t.id)
        lead = unit.lead.name if unit and unit.lead else "—"
        if a.status in tables:
            counts[a.status] += 1
            actual = format_quantity(row.reading.value, t.unit) if row.reading else "—"
            tables[a.status].append(
                NoticeRow(
                    t.id,
                    t.region or t.region_code or "—",
                    lead,
                    _target_words(row),
                    actual,
                    _percent(a.completion_display),
                    _percent(a.time_progress_display),
                )
            )
        if unit and unit.lead:
            names[unit.lead.id] = unit.lead.name
            entry = late.setdefault(unit.lead.id, {"overdue": [], "past": []})
            if a.status == "overdue":
                entry["overdue"].append(_target_words(row))
            if past_deadline(row, unit, as_of):
                entry["past"].append(_target_words(row))
    tp = time_progress(Period.year(as_of.year), as_of).quantize(Decimal("0.1")).normalize()
    summary = text(
        "notice.summary",
        month=as_of.month,
        time_progress=f"{tp:f}",
        total=len(report.rows),
        **{s: counts[s] for s in NOTICE_STATUSES},
    )
    return Notice(
        issuer=issuer,
        number=number,
        as_of=as_of,
        issued=issued,
        title=text("notice.title", year=as_of.year, period=period_words(as_of)),
        summary=summary,
        total=len(report.rows),
        counts=counts,
        tables=tables,
        ranking=_ranking(session, report),
        late_units=[
            LateUnit(names[i], len(v["overdue"]), len(v["past"]), tuple(dict.fromkeys(v["overdue"] + v["past"])))
            for i, v in sorted(late.items(), key=lambda kv: (-len(kv[1]["overdue"]) - len(kv[1]["past"]), names[kv[0]]))
            if v["overdue"] or v["past"]
        ],
    )


def _ranking(session: Session, report: StatusReport) -> list[RegionRank]:
    """Regions by mean completion (the overview's, capped at 150%), highest first; regions with no
    completion last."""
    regions = overview_view(overview(report, region_names(session)))["regions"]
    ordered = sorted(regions, key=lambda r: (r["completion"] is None, -(r["completion"] or 0), r["code"]))
    return [
        RegionRank(
            i,
            r["name"],
            r["total"],
            _percent(None if r["completion"] is None else Decimal(str(r["completion"]))),
            _percent(None if r["time_progress"] is None else Decimal(str(r["time_progress"]))),
        )
        for i, r in enumerate(ordered, 1)
    ]


def status_heading(status: str, count: int) -> str:
    """The heading of a light's table: （一）红灯（5项）."""
    return text("notice.table_heading", label=label("status", status), count=count)
