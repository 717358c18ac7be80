"""Repair stored values that break the value rule (issue 13), so every page renders again.

Before the rule (:mod:`taizhang.ledger.values`), an edit or a report could store NaN, 1e999999,
1e-999999 (a million-character text) or 1e-30, and pages, status and exports then failed. This
revision finds them and, for each, appends an audit entry (action ``repair``, by ``taizhang``)
saying what was found and what was done:

- a reviewer's edit of a target's value that breaks the rule is dropped: the extractor's reading
  shows again (the other edited fields stay);
- a target whose own (extracted) value breaks the rule, with no valid edit over it, is rejected:
  kept, with its source text, and left out of status;
- an observation whose value breaks the rule is removed (the column cannot be empty), and the
  latest-observation table is rebuilt from what remains;
- in the audit log's edit and add entries, a value written out in more than 40 characters
  (1e999999 as a million digits) is rewritten as the same number in scientific notation.

Nothing is undone by a downgrade: the repaired values could not be used.

Revision ID: 0008_repair_values
Revises: 0007_login_attempts
Create Date: 2026-12-04 06:00:00

"""

from collections.abc import Sequence
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

import sqlalchemy as sa
from alembic import op

from taizhang.ledger.values import MAX_TEXT, value_problem

# revision identifiers, used by Alembic.
revision: str = "0008_repair_values"
down_revision: str | Sequence[str] | None = "0007_login_attempts"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

WHO = "taizhang"

targets = sa.table(
    "targets",
    sa.column("id", sa.Integer),
    sa.column("value", sa.String),
    sa.column("unit", sa.String),
    sa.column("edited", sa.JSON),
    sa.column("state", sa.String),
)
progress = sa.table(
    "progress",
    sa.column("id", sa.Integer),
    sa.column("region_code", sa.String),
    sa.column("indicator", sa.String),
    sa.column("period", sa.String),
    sa.column("value", sa.String),
    sa.column("unit", sa.String),
    sa.column("target_id", sa.Integer),
    sa.column("import_id", sa.Integer),
)
audit = sa.table(
    "audit_log",
    sa.column("id", sa.Integer),
    sa.column("at", sa.DateTime),
    sa.column("who", sa.String),
    sa.column("action", sa.String),
    sa.column("entity", sa.String),
    sa.column("entity_id", sa.Integer),
    sa.column("before", sa.JSON),
    sa.column("after", sa.JSON),
)

# The newest observation of each series, as 0002 first filled the table.
_REBUILD_LATEST = """
INSERT INTO progress_latest
    (region_code, indicator, unit, cumulative, target_key, target_id, progress_id, period, value)
SELECT region_code, indicator, unit, cumulative, COALESCE(target_id, 0), target_id, id, period, value
FROM (
    SELECT p.*, ROW_NUMBER() OVER (
        PARTITION BY region_code, indicator, unit, cumulative, COALESCE(target_id, 0)
        ORDER BY period DESC, id DESC
    ) AS newest
    FROM progress AS p
) AS ranked
WHERE newest = 1
"""


def _number(raw: Any) -> Decimal | None:
    try:
        return Decimal(str(raw).strip())
    except InvalidOperation:
        return None


def _problem(raw: Any, unit: str | None) -> str | None:
    """Why a stored value breaks the rule, or None."""
    number = _number(raw)
    if number is None:
        return "不是数"
    problem = value_problem(number, unit)
    return None if problem is None else str(problem)


def _short(raw: Any) -> str:
    """A stored value as a short text: the same number in scientific notation when it is long."""
    text = str(raw)
    if len(text) <= MAX_TEXT:
        return text
    number = _number(text)
    shown = text
    if number is not None and number.is_finite():  # exactly: 1 and a million zeros → 1E+999999
        sign, digits, exponent = number.as_tuple()
        assert isinstance(exponent, int)
        zeros = len(digits) - len("".join(map(str, digits)).rstrip("0"))
        kept = digits[: len(digits) - zeros] or (0,)
        shown = str(Decimal((sign, kept, exponent + zeros)))
    return shown if len(shown) <= MAX_TEXT else f"{shown[:MAX_TEXT]}…"


def upgrade() -> None:
    """Repair the values; each repair is audited."""
    bind = op.get_bind()
    now = datetime.now(UTC).replace(tzinfo=None)
    entries: list[dict[str, Any]] = []

    def note(entity: str, entity_id: int | None, before: dict[str, Any], after: dict[str, Any]) -> None:
        entries.append(
            {"at": now, "who": WHO, "action": "repair", "entity": entity, "entity_id": entity_id}
            | {"before": before, "after": after}
        )

    rows = bind.execute(sa.select(targets.c.id, targets.c.value, targets.c.unit, targets.c.edited, targets.c.state))
    for tid, value, unit, edited, state in rows.all():
        edited = edited if isinstance(edited, dict) else None
        unit = edited.get("unit", unit) if edited else unit
        own = True  # the target's effective value is its extracted one
        if edited and edited.get("value") is not None:
            problem = _problem(edited["value"], unit)
            if problem is None:
                own = False
            else:
                kept = {k: v for k, v in edited.items() if k != "value"}
                bind.execute(sa.update(targets).where(targets.c.id == tid).values(edited=kept if kept else sa.null()))
                note(
                    "target",
                    tid,
                    {"value": _short(edited["value"])},
                    {"value": _short(value), "reason": f"修改后的目标值{problem}，已撤销这次修改，恢复抽取值"},
                )
        if own and state != "rejected":
            problem = _problem(value, unit)
            if problem is not None:
                bind.execute(sa.update(targets).where(targets.c.id == tid).values(state="rejected"))
                note(
                    "target",
                    tid,
                    {"state": state, "value": _short(value)},
                    {"state": "rejected", "reason": f"抽取的目标值{problem}，已驳回（目标保留，不参与状态）"},
                )

    cols = progress.c
    removed = [
        pid for pid, value, unit in bind.execute(sa.select(cols.id, cols.value, cols.unit)) if _problem(value, unit)
    ]
    details = sa.select(cols.id, cols.region_code, cols.indicator, cols.period, cols.value, cols.unit, cols.target_id)
    for start in range(0, len(removed), 500):
        for pid, code, indicator, period, value, unit, target_id in bind.execute(
            details.where(cols.id.in_(removed[start : start + 500]))
        ).all():
            before = {"region_code": code, "indicator": indicator, "period": period, "value": _short(value)}
            note(
                "progress",
                pid,
                before | {"unit": unit, "target_id": target_id},
                {"removed": True, "reason": f"完成值{_problem(value, unit)}，已删除这条记录"},
            )
    if removed:
        op.execute("DELETE FROM progress_latest")
        for start in range(0, len(removed), 500):
            bind.execute(sa.delete(progress).where(progress.c.id.in_(removed[start : start + 500])))
        op.execute(_REBUILD_LATEST)

    compacted = []
    logged = sa.select(audit.c.id, audit.c.before, audit.c.after).where(
        sa.or_(
            sa.and_(audit.c.entity == "target", audit.c.action == "edit"),
            sa.and_(audit.c.entity == "progress", audit.c.action == "add"),
        )
    )
    for aid, before, after in bind.execute(logged).all():
        changed = {}
        for name, side in (("before", before), ("after", after)):
            if isinstance(side, dict) and isinstance(side.get("value"), str) and len(side["value"]) > MAX_TEXT:
                changed[name] = side | {"value": _short(side["value"])}
        if changed:
            bind.execute(sa.update(audit).where(audit.c.id == aid).values(**changed))
            compacted.append(aid)
    if compacted:
        note(
            "audit_log",
            None,
            {"entries": compacted},
            {"reason": f"这些记录中超过 {MAX_TEXT} 个字符的数值改写为等值的科学计数法"},
        )

    if entries:
        bind.execute(sa.insert(audit), entries)
        op.execute("UPDATE ledger_version SET version = version + 1")


def downgrade() -> None:
    """Nothing to undo: the repaired values could not be used."""
