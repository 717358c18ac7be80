"""Checks of what people type, shared by every entry point: CLI, API, pages, sheets and ingest.

Each entry point hands a field's name and value to the one check here, so a field is refused
with the same code and the same Chinese message wherever it comes from:

- text: no NUL character (PostgreSQL cannot store one) and no longer than the ledger's column
  (:data:`TEXT_LIMITS`, read from the models), else :class:`~taizhang.errors.TextFieldError`;
- periods: a month of a year in :data:`YEARS` (an Excel date cell counts as its month), else
  :class:`~taizhang.errors.PeriodError`;
- ids: a number beyond the integer columns is simply no row (:func:`row_by_id`), never a
  database error.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from types import MappingProxyType
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from taizhang.errors import PeriodError, TextFieldError
from taizhang.ledger.models import AuditEntry, Base, Document, Progress, Target
from taizhang.messages import FieldName, Message
from taizhang.track.schedule import parse_period

__all__ = [
    "ID_MAX",
    "NOTE_LIMIT",
    "TEXT_LIMITS",
    "YEARS",
    "check_period",
    "check_text",
    "check_year",
    "field_name",
    "row_by_id",
]

NOTE_LIMIT = 2000
"""Free text a person adds (a source note, a reason, a comment), stored in unbounded columns."""

YEARS = (1949, 2100)
"""The first and last year a period or a target's year may name."""

ID_MAX = 2**31 - 1
"""The largest id an ``Integer`` primary key holds on every backend (int4 on PostgreSQL)."""


def _length(column: Any) -> int:
    length = column.type.length
    assert isinstance(length, int), column
    return length


TEXT_LIMITS: Mapping[str, int] = MappingProxyType(
    {
        **{
            name: _length(Target.__table__.c[name])
            for name in ("region", "region_code", "subject", "indicator", "indicator_id", "qualifier")
        },
        "unit": _length(Progress.__table__.c.unit),
        "value_text": _length(Target.__table__.c.value_text),
        "responsible_person": _length(Target.__table__.c.responsible_person),
        "who": _length(AuditEntry.__table__.c.who),
        "title": _length(Document.__table__.c.title),
        "source": _length(Document.__table__.c.source),
        "source_text": NOTE_LIMIT,
        "note": NOTE_LIMIT,
        "reason": 500,  # a reviewer's reason for rejecting, as the API and the page have always allowed
    }
)
"""Field → the most characters the ledger stores for it."""


def field_name(field: str) -> str:
    """How a message names a field: its Chinese label and its name, 「指标」（indicator）."""
    return str(FieldName(field))


def check_text(field: str, value: str | None) -> str | None:
    """``value`` unchanged if it may be stored as ``field``; raises TextFieldError naming the field.

    Refused: a NUL character anywhere, and more characters than :data:`TEXT_LIMITS` allows
    for the field (a field without a limit is only checked for NUL).
    """
    if value is None:
        return None
    if "\x00" in value:
        raise TextFieldError(Message("input.nul", field=FieldName(field)))
    limit = TEXT_LIMITS.get(field)
    if limit is not None and len(value) > limit:
        raise TextFieldError(Message("input.too_long", field=FieldName(field), length=len(value), limit=limit))
    return value


def check_year(year: int, field: str = "year") -> int:
    """``year`` if within :data:`YEARS`; raises PeriodError naming the field."""
    first, last = YEARS
    if not first <= year <= last:
        raise PeriodError(Message("input.year_range", field=FieldName(field), year=year, first=first, last=last))
    return year


def check_period(value: str | date | None, field: str = "period") -> str:
    """The month key ("2023-06") of a reporting period; raises PeriodError naming the field.

    ``value`` is text as :func:`~taizhang.track.schedule.parse_period` reads it (2023-06,
    2023年6月, 2023-Q2, …) or a date or date-time, such as the cell Excel makes of a typed
    2023-06, which stands for its month. The year must lie within :data:`YEARS`.
    """
    if isinstance(value, date | datetime):
        month = f"{value.year:04d}-{value.month:02d}"
    else:
        text = (value or "").strip()
        if not text:
            raise PeriodError(Message("input.period_empty", field=FieldName(field)))
        try:
            month = parse_period(text)
        except ValueError as exc:
            shown = text if len(text) <= 40 else text[:40] + "…"
            raise PeriodError(Message("input.period_invalid", field=FieldName(field), value=shown, reason=exc)) from exc
    check_year(int(month[:4]), field)
    return month


M = TypeVar("M", bound=Base)


def row_by_id(session: Session, model: type[M], ident: int, *, lock: bool = False) -> M | None:
    """The row of ``model`` with primary key ``ident``, or None: an id no integer column can hold
    (such as 99999999999999999999) is no row, not a database error.

    ``lock`` reads it with SELECT … FOR UPDATE (held until the transaction ends, on PostgreSQL),
    refreshed from the database, for a change based on what the row holds.
    """
    if not -ID_MAX - 1 <= ident <= ID_MAX:
        return None
    if not lock:
        return session.get(model, ident)
    key = model.__mapper__.primary_key[0]
    query = select(model).where(key == ident).with_for_update().execution_options(populate_existing=True)
    return session.scalars(query).one_or_none()
