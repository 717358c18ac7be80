"""The audit log: every change to the ledger is one appended row (who, when, what, before, after).

Appending an entry also marks the transaction as changing the ledger's data (its commit bumps the
data version, :mod:`taizhang.ledger.version`), except for entries no report shows: logins,
logouts, refused requests and script tokens.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, func, insert, select
from sqlalchemy.orm import Session

from taizhang.ledger.models import AuditEntry
from taizhang.ledger.version import mark_changed

__all__ = ["audit_page", "jsonable", "record", "record_many"]

# (action, entity) of entries that change nothing a report shows: the data version stays.
_NOT_DATA = {"login", "logout", "denied"}
_NOT_DATA_ENTITIES = {"api_token"}
_PLAIN = frozenset({str, int, bool, float})


def jsonable(value: Any) -> Any:
    """``value`` with Decimals as strings and dates as ISO text, ready for a JSON column."""
    if value is None or type(value) in _PLAIN:  # most values: checked first (an ingest converts millions)
        return value
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    return value


def record(
    session: Session,
    who: str,
    action: str,
    entity: str,
    entity_id: int | None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> None:
    """Append one entry to the audit log in the caller's transaction (which then bumps the data
    version when it commits, unless the entry changes no data)."""
    if action not in _NOT_DATA and entity not in _NOT_DATA_ENTITIES:
        mark_changed(session)
    session.add(
        AuditEntry(
            who=who,
            action=action,
            entity=entity,
            entity_id=entity_id,
            before=jsonable(before),
            after=jsonable(after),
        )
    )


def record_many(
    session: Session,
    who: str,
    entity: str,
    entries: Sequence[tuple[str, int, dict[str, Any] | None, dict[str, Any] | None]],
) -> None:
    """Append ``(action, entity_id, before, after)`` entries in order, in one statement (an ingest
    of a large document writes tens of thousands; one ORM object each made it minutes)."""
    if not entries:
        return
    if entity not in _NOT_DATA_ENTITIES and any(action not in _NOT_DATA for action, *_ in entries):
        mark_changed(session)
    rows = [
        {"who": who, "action": a, "entity": entity, "entity_id": i, "before": jsonable(b), "after": jsonable(af)}
        for a, i, b, af in entries
    ]
    session.connection().execute(insert(AuditEntry.__table__), rows)  # type: ignore[arg-type]


def audit_page(
    session: Session, *, entity: str | None, entity_id: int | None, who: str | None, limit: int, offset: int
) -> tuple[list[AuditEntry], int]:
    """(one page of the entries matching every filter given, newest first; how many match in all)."""
    where: list[ColumnElement[bool]] = []
    if entity is not None:
        where.append(AuditEntry.entity == entity)
    if entity_id is not None:
        where.append(AuditEntry.entity_id == entity_id)
    if who is not None:
        where.append(AuditEntry.who == who)
    count = int(session.scalar(select(func.count()).select_from(AuditEntry).where(*where)) or 0)
    rows = session.scalars(select(AuditEntry).where(*where).order_by(AuditEntry.id.desc()).limit(limit).offset(offset))
    return list(rows), count
