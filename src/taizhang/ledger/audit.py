"""The audit log: every change to the ledger is one appended row (who, when, what, before, after)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from taizhang.ledger.models import AuditEntry

__all__ = ["jsonable", "record"]


def jsonable(value: Any) -> Any:
    """``value`` with Decimals as strings and dates as ISO text, ready for a JSON column."""
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
    """Append one entry to the audit log in the caller's transaction."""
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
