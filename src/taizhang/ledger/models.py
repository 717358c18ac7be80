"""The ledger's tables (SQLAlchemy 2 declarative models).

Every number is stored exactly (:class:`DecimalText` keeps a ``Decimal`` as its decimal text on
SQLite and PostgreSQL alike). A target keeps the extractor's reading in its own columns and a
reviewer's changes apart in ``edited`` (a JSON object of overridden fields), so a re-ingest can
refresh the first without touching the second. The audit log is append-only: the service layer
only ever inserts into it.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

__all__ = [
    "COUNTED",
    "TARGET_FIELDS",
    "AuditEntry",
    "Base",
    "Commitment",
    "DecimalText",
    "Document",
    "LedgerVersion",
    "LoginAttempt",
    "Progress",
    "ProgressImport",
    "ProgressLatest",
    "Region",
    "SeasonalProfile",
    "Target",
    "TargetUnit",
    "Unit",
    "User",
    "UserUnit",
]

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class DecimalText(TypeDecorator[Decimal]):
    """A Decimal stored as its plain decimal text: exact on every backend (no float detour)."""

    impl = String(64)
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return format(Decimal(value), "f")

    def process_result_value(self, value: str | None, dialect: Dialect) -> Decimal | None:
        return None if value is None else Decimal(value)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _now() -> datetime:
    from datetime import UTC

    return datetime.now(UTC).replace(tzinfo=None)


class Region(Base):
    """A GB/T 2260 administrative division the ledger has seen."""

    __tablename__ = "regions"
    code: Mapped[str] = mapped_column(String(6), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    level: Mapped[str | None] = mapped_column(String(20))
    parent_code: Mapped[str | None] = mapped_column(String(6), index=True)


class Document(Base):
    """A source text, identified by the SHA-256 of its bytes."""

    __tablename__ = "documents"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str | None] = mapped_column(String(500))
    date: Mapped[date | None] = mapped_column(Date)
    # Where ``date`` came from (text.dates.document_date): "text", "given" or "file" (a guess); NULL: none.
    date_source: Mapped[str | None] = mapped_column(String(8))
    source: Mapped[str | None] = mapped_column(String(1000))
    encoding: Mapped[str | None] = mapped_column(String(40))
    region: Mapped[str | None] = mapped_column(String(100))
    region_code: Mapped[str | None] = mapped_column(String(6))
    text: Mapped[str] = mapped_column(Text)
    ingested_at: Mapped[datetime] = mapped_column(DateTime, default=_now)
    ingested_by: Mapped[str] = mapped_column(String(100))


# The TARGETS.md fields as stored on a target row (``start``/``end`` are ``span_start``/``span_end``).
TARGET_FIELDS: tuple[str, ...] = (
    "start",
    "end",
    "text",
    "region",
    "region_code",
    "subject",
    "indicator",
    "qualifier",
    "measure",
    "comparator",
    "value",
    "unit",
    "direction",
    "value_text",
    "strength",
    "year",
    "indicator_id",
)


class Target(Base):
    """One quantified target: the extractor's reading, a reviewer's edits, a review state."""

    __tablename__ = "targets"
    __table_args__ = (
        UniqueConstraint("document_id", "extractor_key"),
        Index("ix_targets_region_code_year", "region_code", "year"),
        Index("ix_targets_year_state", "year", "state"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    extractor_key: Mapped[str] = mapped_column(String(255))
    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    region: Mapped[str | None] = mapped_column(String(100))
    region_code: Mapped[str | None] = mapped_column(String(6))
    subject: Mapped[str | None] = mapped_column(String(200))
    indicator: Mapped[str] = mapped_column(String(200))
    indicator_id: Mapped[str | None] = mapped_column(String(100), index=True)
    qualifier: Mapped[str | None] = mapped_column(String(200))
    measure: Mapped[str] = mapped_column(String(10))
    comparator: Mapped[str] = mapped_column(String(2))
    value: Mapped[Decimal] = mapped_column(DecimalText)
    unit: Mapped[str] = mapped_column(String(20))
    value_text: Mapped[str] = mapped_column(String(100))
    strength: Mapped[str] = mapped_column(String(10))
    year: Mapped[int | None] = mapped_column(Integer)
    direction: Mapped[str | None] = mapped_column(String(10))
    notes: Mapped[list[str]] = mapped_column(JSON, default=list)
    # The extractor's confidence in [0, 1] (taizhang.extract.confidence); None for older rows.
    confidence: Mapped[float | None] = mapped_column(Float)
    state: Mapped[str] = mapped_column(String(10), default="proposed")
    # The target that keeps this one's source after a merge of duplicates (state "merged"); else None.
    merged_into: Mapped[int | None] = mapped_column(ForeignKey("targets.id"), index=True)
    edited: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    retired_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=_now, onupdate=_now)
    # Who answers for it (责任人) and by when (完成时限, may be before the year end): set by a person.
    responsible_person: Mapped[str | None] = mapped_column(String(100))
    deadline: Mapped[date | None] = mapped_column(Date)


class Commitment(Base):
    """A qualitative commitment (争创全国文明城市): kept, tracked as done or not, never scored.

    Like a target, it keeps the extractor's reading; a re-ingest refreshes or retires it only
    while no person has touched it (state proposed, ``done`` never set).
    """

    __tablename__ = "commitments"
    __table_args__ = (UniqueConstraint("document_id", "extractor_key"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"), index=True)
    region: Mapped[str | None] = mapped_column(String(100))
    region_code: Mapped[str | None] = mapped_column(String(6), index=True)
    text: Mapped[str] = mapped_column(Text)
    year: Mapped[int | None] = mapped_column(Integer)
    span_start: Mapped[int | None] = mapped_column(Integer)
    span_end: Mapped[int | None] = mapped_column(Integer)
    done: Mapped[bool | None] = mapped_column(Boolean)
    state: Mapped[str] = mapped_column(String(10), default="proposed")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=_now)
    extractor_key: Mapped[str | None] = mapped_column(String(255))
    strength: Mapped[str | None] = mapped_column(String(10))
    verb: Mapped[str | None] = mapped_column(String(40))
    retired_at: Mapped[datetime | None] = mapped_column(DateTime)
    updated_at: Mapped[datetime | None] = mapped_column(DateTime, default=_now, onupdate=_now)
    responsible_person: Mapped[str | None] = mapped_column(String(100))
    deadline: Mapped[date | None] = mapped_column(Date)


class ProgressImport(Base):
    """One imported progress file: written in the same transaction as its rows, or not at all."""

    __tablename__ = "progress_imports"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    filename: Mapped[str] = mapped_column(String(1000))
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    rows: Mapped[int] = mapped_column(Integer)
    imported_by: Mapped[str] = mapped_column(String(100))
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=_now)


COUNTED = ("proposed", "confirmed")
"""Observation states that count for status (the others are kept and listed, never used)."""


class Progress(Base):
    """An observation: the value of an indicator for a region and month.

    Linked to targets through region and indicator when status is computed (so a reporter's
    sheet needs no target ids), or explicitly by ``target_id``. ``source`` says who gives the
    figure: ``reported`` (an office's own report, 填报) or ``official`` (read from a statistics
    bulletin or report: ``document_id`` and the span ``span_start``/``span_end`` point at the
    sentence, ``extractor_key`` identifies the reading across re-ingests). An official figure is
    reviewed like a target: ``state`` is proposed, confirmed, rejected, ambiguous (the document
    gives another value for the same indicator, region and period: no figure is picked until a
    reviewer decides) or retired (a re-ingest no longer reads it); the columns hold the figure in
    force, and ``extracted`` the extractor's reading of each field a reviewer changed.
    """

    __tablename__ = "progress"
    __table_args__ = (
        # A series' newest row in a window is the first of a backward scan: period, then id.
        Index("ix_progress_series", "region_code", "indicator", "unit", "cumulative", "period", "id"),
        Index("ix_progress_period", "period"),
        UniqueConstraint("document_id", "extractor_key"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    region_code: Mapped[str] = mapped_column(String(6))
    indicator: Mapped[str] = mapped_column(String(200))
    indicator_id: Mapped[str | None] = mapped_column(String(100))
    period: Mapped[str] = mapped_column(String(7))
    value: Mapped[Decimal] = mapped_column(DecimalText)
    unit: Mapped[str] = mapped_column(String(20))
    cumulative: Mapped[bool] = mapped_column(Boolean, default=True)
    source_text: Mapped[str | None] = mapped_column(Text)
    target_id: Mapped[int | None] = mapped_column(ForeignKey("targets.id"), index=True)
    import_id: Mapped[int | None] = mapped_column(ForeignKey("progress_imports.id"), index=True)
    reported_by: Mapped[str] = mapped_column(String(100))
    reported_at: Mapped[datetime] = mapped_column(DateTime, default=_now)
    source: Mapped[str] = mapped_column(String(10), default="reported", server_default="reported")
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"), index=True)
    span_start: Mapped[int | None] = mapped_column(Integer)
    span_end: Mapped[int | None] = mapped_column(Integer)
    extractor_key: Mapped[str | None] = mapped_column(String(255))
    state: Mapped[str] = mapped_column(String(10), default="proposed", server_default="proposed")
    extracted: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    sheet_row: Mapped[int | None] = mapped_column(Integer)
    """The row of the imported sheet (header = row 1) a reported figure came from."""


class ProgressLatest(Base):
    """The latest observation of each series, kept current in the transaction of every progress write.

    A series is one region's observations of one indicator in one unit, cumulative or not, from
    one source (reported or official), and tied to one target or to none (``target_key`` is the
    target id, or 0: a primary key column cannot be NULL). "Latest" is the highest period, then the
    highest observation id. Status at a date no earlier than every latest period reads this table
    instead of the whole history.
    """

    __tablename__ = "progress_latest"
    __table_args__ = (Index("ix_progress_latest_period", "period"),)
    region_code: Mapped[str] = mapped_column(String(6), primary_key=True)
    indicator: Mapped[str] = mapped_column(String(200), primary_key=True)
    unit: Mapped[str] = mapped_column(String(20), primary_key=True)
    cumulative: Mapped[bool] = mapped_column(Boolean, primary_key=True)
    target_key: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(String(10), primary_key=True)
    target_id: Mapped[int | None] = mapped_column(ForeignKey("targets.id"))
    progress_id: Mapped[int] = mapped_column(ForeignKey("progress.id"))
    period: Mapped[str] = mapped_column(String(7))
    value: Mapped[Decimal] = mapped_column(DecimalText)


class SeasonalProfile(Base):
    """The seasonal profile an official series gives 序时进度 in one year, kept current on every write.

    A series here is one region's cumulative official figures of one indicator in one unit; ``year``
    is the year the profile serves (it averages the years before it: :mod:`taizhang.ledger.profiles`);
    ``shares`` the twelve cumulative monthly shares (percent), January to December, as decimal
    text joined by commas, or NULL where the series has figures in the years before but no whole
    year among them (its indicator's targets stay linear).
    """

    __tablename__ = "seasonal_profiles"
    __table_args__ = (Index("ix_seasonal_profiles_year", "year"),)
    region_code: Mapped[str] = mapped_column(String(6), primary_key=True)
    indicator: Mapped[str] = mapped_column(String(200), primary_key=True)
    unit: Mapped[str] = mapped_column(String(20), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    shares: Mapped[str | None] = mapped_column(String(300))


class User(Base):
    """A person who reviews or reports. The web layer fills ``password_hash``."""

    __tablename__ = "users"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    role: Mapped[str] = mapped_column(String(20), default="viewer")
    regions: Mapped[list[str]] = mapped_column(JSON, default=list)
    password_hash: Mapped[str | None] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=_now)


class Unit(Base):
    """An office targets are assigned to (牵头单位 or 配合单位): its name is unique within its region."""

    __tablename__ = "units"
    __table_args__ = (UniqueConstraint("name", "region_code"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    region_code: Mapped[str | None] = mapped_column(String(6))
    email: Mapped[str | None] = mapped_column(String(254))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=_now)


class TargetUnit(Base):
    """A unit's part in a target: ``role`` is ``lead`` (牵头, one per target) or ``assist`` (配合)."""

    __tablename__ = "target_units"
    __table_args__ = (UniqueConstraint("target_id", "unit_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    target_id: Mapped[int] = mapped_column(ForeignKey("targets.id"))
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    role: Mapped[str] = mapped_column(String(10))


class UserUnit(Base):
    """A unit a user reports for (besides the regions in ``User.regions``)."""

    __tablename__ = "user_units"
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), primary_key=True)


class AuditEntry(Base):
    """One change: who, when, what, and the entity before and after. Append-only."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=_now, index=True)
    who: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class LedgerVersion(Base):
    """One row: a counter bumped by every transaction that changes what reports show.

    Caches of computed reports are keyed by it (:mod:`taizhang.ledger.version`).
    """

    __tablename__ = "ledger_version"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    version: Mapped[int] = mapped_column(Integer)


class LoginAttempt(Base):
    """One login attempt counted against the limit of its (user name, client address) pair.

    Written before the password is checked, so concurrent attempts are counted however slow the
    check; kept in the ledger, so every worker of a web server shares the count. Rows older than
    the limit's window are deleted (:mod:`taizhang.ledger.logins`).
    """

    __tablename__ = "login_attempts"
    __table_args__ = (Index("ix_login_attempts_key", "name", "address", "at"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    address: Mapped[str] = mapped_column(String(100))
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
