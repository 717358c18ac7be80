"""Request and response bodies of the JSON API: ``*Create``/``*Update`` in, ``*Public`` out,
``*sPublic`` lists as ``{data, count}``; and the one error shape."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from taizhang.ledger.inputs import TEXT_LIMITS, YEARS
from taizhang.messages import M, field_label

Number = int | float
Role = Literal["admin", "reviewer", "reporter", "viewer"]
Measure = Literal["level", "growth", "count", "share", "rank"]
Comparator = Literal[">=", "<=", "~", "="]
Strength = Literal["ensure", "strive", "plan"]


def _utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


UtcDateTime = Annotated[datetime, AfterValidator(_utc)]
"""A moment in UTC with its offset (``…Z``): the ledger stores naive UTC, the API says so."""


class ErrorDetail(BaseModel):
    code: str = Field(examples=["E302"])
    message: str
    details: list[Any] = []


class ErrorPublic(BaseModel):
    """Every error: ``{"error": {"code", "message", "details"}}``."""

    error: ErrorDetail


class TargetPublic(BaseModel):
    """A stored target: the TARGETS.md record (edits applied) plus its review state."""

    id: int
    start: int
    end: int
    text: str
    region: str | None
    region_code: str | None
    subject: str | None
    indicator: str
    qualifier: str | None
    measure: str
    comparator: str
    value: Number
    unit: str
    direction: str | None
    value_text: str
    strength: str
    year: int | None
    indicator_id: str | None
    state: str
    merged_into: int | None = Field(None, description="The target this one was merged into (state merged).")
    edited: list[str]
    document_id: int
    retired: bool
    confidence: float | None = Field(None, ge=0, le=1, description="The extractor's confidence (issue 7).")


class TargetsPublic(BaseModel):
    data: list[TargetPublic]
    count: int


def _text(field: str, **kw: Any) -> Any:
    """An optional text field: the ledger checks its length and refuses a NUL (E204, one rule for
    every entry point); the schema states the same limit."""
    return Field(None, json_schema_extra={"maxLength": TEXT_LIMITS[field]}, **kw)


REQUIRED_FIELDS = frozenset({"indicator", "measure", "comparator", "value", "unit", "value_text", "strength"})


class TargetUpdate(BaseModel):
    """Fields to override; a field set back to the extractor's reading drops the override."""

    model_config = ConfigDict(extra="forbid")
    region: str | None = _text("region", description="A region name (全称、简称) or code; its code is set with it.")
    region_code: str | None = Field(None, pattern=r"^\d{6}$")
    subject: str | None = _text("subject")
    indicator: str | None = _text("indicator", min_length=1)
    indicator_id: str | None = _text("indicator_id")
    qualifier: str | None = _text("qualifier")
    measure: Measure | None = None
    comparator: Comparator | None = None
    value: str | None = Field(None, max_length=64, description="In base units, read exactly: 56e8, 5600000000.")
    unit: str | None = _text("unit", min_length=1)
    value_text: str | None = _text("value_text", min_length=1)
    direction: Literal["increase", "decrease"] | None = None
    strength: Strength | None = None
    year: int | None = Field(None, ge=YEARS[0], le=YEARS[1])

    @model_validator(mode="after")
    def _required_stay_set(self) -> TargetUpdate:
        emptied = sorted(f for f in REQUIRED_FIELDS & self.model_fields_set if getattr(self, f) is None)
        if emptied:
            raise ValueError(str(M("web.cannot_empty", fields="、".join(field_label(f) for f in emptied))))
        return self


class TargetReject(BaseModel):
    reason: str | None = Field(None, max_length=500)


class TargetMerge(BaseModel):
    into: int = Field(ge=1, le=2**31 - 1, description="The target that keeps both sources.")


class TargetsReview(BaseModel):
    """Confirm or reject many targets at once; one audit entry per target, all or nothing."""

    ids: list[Annotated[int, Field(ge=1, le=2**31 - 1)]] = Field(min_length=1, max_length=500)
    action: Literal["confirm", "reject"]
    reason: str | None = Field(None, max_length=500)


class DuplicatePublic(BaseModel):
    id: int
    duplicates: list[int] = Field(
        description="Live targets with the same region, indicator, year and unit, "
        "and a value within 1 %: possibly the same target read twice."
    )


class DuplicatesPublic(BaseModel):
    data: list[DuplicatePublic]
    count: int


class DocumentPublic(BaseModel):
    id: int
    sha256: str
    title: str | None
    date: date | None
    source: str | None
    encoding: str | None
    region: str | None
    ingested_at: UtcDateTime
    ingested_by: str
    targets: int = Field(description="Targets read from it (not retired).")
    proposed: int = Field(description="Of those, still waiting for review.")


class DocumentsPublic(BaseModel):
    data: list[DocumentPublic]
    count: int


class DocumentDetailPublic(DocumentPublic):
    """A document's decoded text (never the uploaded bytes) and its targets."""

    text: str
    target_list: list[TargetPublic]


class IngestPublic(BaseModel):
    document_id: int
    created: bool
    added: list[int]
    updated: list[int]
    retired: list[int]
    kept: int


class ProgressCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    target_id: int = Field(ge=1, description="An id no target has, however large, is a 404.")
    period: str = Field(min_length=1, max_length=20, examples=["2023-09"])
    value: str = Field(min_length=1, max_length=64, examples=["71.2亿元", "7120000000"])
    cumulative: bool = True
    unit: str | None = _text("unit")
    source_text: str | None = _text("source_text")


class ProgressPublic(BaseModel):
    id: int
    target_id: int


class ObservationPublic(BaseModel):
    row: int
    region_code: str
    indicator: str
    period: str
    value: Number
    unit: str
    reason: str = Field(description="Why the row matches no target.")


class UntrackedReasonPublic(BaseModel):
    reason: str = Field(description="no_target, unit or indicator.")
    label: str
    count: int


class ImportPublic(BaseModel):
    import_id: int
    filename: str
    rows: int
    matched: int = Field(description="Rows that measure at least one target.")
    untracked_count: int = Field(description="Rows that match no target (stored all the same).")
    untracked_summary: list[UntrackedReasonPublic] = Field(description="The untracked rows per reason, most first.")
    untracked_examples: list[ObservationPublic] = Field(description="The first ten untracked rows.")


class StatusRowPublic(BaseModel):
    id: int
    region: str | None
    region_code: str | None
    indicator: str
    indicator_id: str | None
    qualifier: str | None
    subject: str | None
    measure: str
    comparator: str
    value: Number
    unit: str
    value_text: str
    strength: str
    year: int | None
    state: str
    actual: Number | None
    actual_period: str | None
    status: str
    completion: Number | None
    time_progress: Number | None
    lag: Number | None
    gap: Number | None
    met: bool | None
    stale: bool


class StatusPublic(BaseModel):
    as_of: date
    data: list[StatusRowPublic]
    count: int
    counts: dict[str, dict[str, int]] = Field(description="Region code → status → number of targets.")


class RegionPublic(BaseModel):
    code: str
    name: str
    level: str | None
    parent_code: str | None


class RegionsPublic(BaseModel):
    data: list[RegionPublic]
    count: int


class RegionDetailPublic(RegionPublic):
    status: StatusPublic


class CompareRow(BaseModel):
    region_code: str
    region: str
    target_id: int
    value: Number
    value_text: str
    comparator: str
    strength: str
    measure: str
    indicator: str


class CompareRollup(BaseModel):
    region_code: str
    region: str
    own: Number
    own_text: str
    children_sum: Number
    children: list[str]
    share: float | None = Field(description="The counties' sum as a percentage of the city's own target.")


class CompareYear(BaseModel):
    year: int | None
    unit: str
    rows: list[CompareRow]
    rollups: list[CompareRollup]


class ComparePublic(BaseModel):
    indicator_id: str
    name: str
    years: list[CompareYear]


class IndicatorUse(BaseModel):
    indicator_id: str
    name: str
    regions: int


class IndicatorsPublic(BaseModel):
    data: list[IndicatorUse]
    count: int


class AuditEntryPublic(BaseModel):
    id: int
    at: UtcDateTime
    who: str
    action: str
    entity: str
    entity_id: int | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None


class AuditEntriesPublic(BaseModel):
    data: list[AuditEntryPublic]
    count: int


class UserCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1, max_length=100)
    role: Role
    regions: list[str] = Field(default_factory=list, max_length=500)
    password: str = Field(min_length=8, max_length=200)


class UserUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    role: Role | None = None
    regions: list[str] | None = Field(None, max_length=500)
    password: str | None = Field(None, min_length=8, max_length=200)


class UserPublic(BaseModel):
    id: int
    name: str
    role: str
    regions: list[str]
    created_at: UtcDateTime


class UsersPublic(BaseModel):
    data: list[UserPublic]
    count: int


class LoginRequest(BaseModel):
    name: str = Field(min_length=1, max_length=100)
    password: str = Field(min_length=1, max_length=200)


class MePublic(BaseModel):
    name: str
    role: str
    regions: list[str]
    via: str
    csrf_token: str | None = Field(description="Send as X-CSRF-Token on writes made with the session cookie.")


class TokenCreate(LoginRequest):
    label: str = Field("script", max_length=100)


class TokenPublic(BaseModel):
    token: str = Field(description="Shown once: send as Authorization: Bearer <token>.")
    label: str


class SettingsPublic(BaseModel):
    public_read: bool


class SettingsUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    public_read: bool
