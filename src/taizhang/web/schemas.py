"""Request and response bodies of the JSON API: ``*Create``/``*Update`` in, ``*Public`` out,
``*sPublic`` lists as ``{data, count}``; and the one error shape."""

from __future__ import annotations

from datetime import UTC, date, datetime
from datetime import date as Day
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from taizhang.extract.record import Comparator, Direction, Measure, Strength
from taizhang.ledger.inputs import TEXT_LIMITS, YEARS
from taizhang.messages import M, field_label
from taizhang.vocab import ASSIGNABLE_ROLES, ROLES, STATUSES

Number = int | float
# The enums of the vocabulary files (taizhang.vocab), built from them so the API never restates them.
Role = Literal[ASSIGNABLE_ROLES]  # type: ignore[valid-type]
AnyRole = Literal[ROLES]  # type: ignore[valid-type]  # a request's role: public too
Status = Literal[STATUSES]  # type: ignore[valid-type]


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
    value: str | None = Field(
        None,
        max_length=64,
        description="As written (160亿元, 3%以内, 突破100亿元) or a bare number in the unit (56e8); "
        "sets value, value_text, unit and comparator together.",
    )
    unit: str | None = _text("unit", min_length=1)
    value_text: str | None = _text("value_text", min_length=1)
    direction: Direction | None = None
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
    date_source: Literal["text", "given", "file"] | None = Field(
        None, description="Where date came from: the text, a person, or the file's date (a guess); null: none."
    )
    date_guessed: bool = Field(False, description="The date is a guess or missing: its targets' years need review.")
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
    date: Day | None = Field(None, description="The date the document was read with.")
    date_note: str | None = Field(None, description="Where the date came from, when it is not the one given.")


class DocumentDateUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    date: Day = Field(description="The document's date, set by a reviewer; its targets are read again.")


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


class FigurePublic(BaseModel):
    id: int = Field(description="The observation's id (/api/observations/{id}).")
    period: str
    value: Number
    unit: str
    source: str = Field(description="official (read from a statistics release) or reported (an office's own).")


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
    actual_source: str | None = Field(description="official or reported: whose figure status judged.")
    official: FigurePublic | None = Field(description="The newest official figure matching the target.")
    reported: FigurePublic | None = Field(description="The newest reported figure matching the target.")
    status: Status
    completion: Number | None
    time_progress: Number | None
    schedule: Literal["seasonal", "linear", "policy"] = Field(
        description="What time progress follows: seasonal (earlier years' official figures), linear or policy."
    )
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
    units: list[Annotated[int, Field(ge=1, le=2**31 - 1)]] = Field(
        default_factory=list, max_length=500, description="Ids of the units a reporter reports for (/api/units)."
    )
    password: str = Field(min_length=8, max_length=200)


class UserUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    role: Role | None = None
    regions: list[str] | None = Field(None, max_length=500)
    units: list[Annotated[int, Field(ge=1, le=2**31 - 1)]] | None = Field(None, max_length=500)
    password: str | None = Field(None, min_length=8, max_length=200)


class UserPublic(BaseModel):
    id: int
    name: str
    role: Role
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
    role: AnyRole
    regions: list[str]
    units: list[int] = Field(default_factory=list, description="Ids of the units a reporter reports for.")
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


class ObservationRecordPublic(BaseModel):
    """A reported or official figure. An official one names its document and span; a reported one
    its import and sheet row."""

    id: int
    source: str
    state: str = Field(description="proposed, confirmed, rejected, ambiguous or retired.")
    region_code: str
    indicator: str
    indicator_id: str | None
    period: str
    value: Number
    unit: str
    cumulative: bool
    source_text: str | None
    document_id: int | None
    start: int | None
    end: int | None
    import_id: int | None
    target_id: int | None
    reported_by: str
    extracted: dict[str, Any] | None = Field(description="The extractor's reading of each field a reviewer changed.")
    reason: str | None = Field(None, description="For an unmatched listing: why it matches no target.")


class ObservationRecordsPublic(BaseModel):
    data: list[ObservationRecordPublic]
    count: int


class ObservationUpdate(BaseModel):
    """Fields to change; the extractor's reading of each is kept."""

    model_config = ConfigDict(extra="forbid")
    region_code: str | None = Field(None, pattern=r"^\d{6}$")
    indicator: str | None = _text("indicator", min_length=1)
    period: str | None = Field(None, max_length=20, examples=["2023-09"])
    value: str | None = Field(None, max_length=64, examples=["78.5亿元", "5.1%"])
    unit: str | None = _text("unit")
    cumulative: bool | None = None


class ReconciledFigurePublic(BaseModel):
    id: int
    source: str
    period: str
    value: Number
    unit: str
    text: str | None = Field(description="The sentence (official) or the sheet's source note (reported).")
    document_id: int | None
    start: int | None
    end: int | None
    import_id: int | None
    filename: str | None
    sheet_row: int | None
    state: str
    link: str = Field(description="The page showing the figure's sentence highlighted, or its upload row.")


class ReconciliationRowPublic(BaseModel):
    target_id: int
    region: str | None
    region_code: str | None
    indicator: str
    target_value_text: str
    year: int | None
    period: str
    cumulative: bool
    kind: str = Field(description="rate (difference in percentage points) or level (also in percent).")
    reported: ReconciledFigurePublic
    official: ReconciledFigurePublic
    difference: Number = Field(description="Reported minus official, in the figures' unit.")
    relative: Number | None = Field(description="For a level: the difference in percent of the official figure.")
    flagged: bool = Field(description="Beyond the tolerance.")


class TolerancePublic(BaseModel):
    rate: Number = Field(description="Percentage points a reported rate may differ.")
    level: Number = Field(description="Percent of the official figure a reported level may differ.")


class ReconciliationPublic(BaseModel):
    as_of: date
    tolerance: TolerancePublic
    count: int
    flagged: int
    data: list[ReconciliationRowPublic]


class AnalysisPublic(BaseModel):
    """One escalation analysis: its main table and its detail (columns: data/analysis_columns.tsv)."""

    kind: str
    rows: list[dict[str, str | int | float | None]]
    detail: list[dict[str, str | int | float | None]]
