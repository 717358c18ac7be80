"""Importing a supervision office's own 台账 (target ledger sheet), all rows or none.

The sheet (CSV or the first sheet of an XLSX, headings in row 1) holds one target per row, with
columns such as 序号/任务/指标/目标值/单位/牵头单位/配合单位/责任人/完成时限/备注 in any order and
wording: :mod:`taizhang.ledger.headers` guesses which field each column is, a person may correct
that *mapping*, and :func:`read_office_sheet` reads every row into fields for a preview.

A 目标值 is read as in a report (突破100亿元, 3%以内, 30个以上) by the extractor's grammar
(:func:`~taizhang.ledger.values.read_quantity`), so it gives comparator, value and unit; a 单位
column gives the unit of a bare number. 任务/指标 give the indicator and its canonical id from the
indicator lexicon; 牵头单位/配合单位 name units of the ledger (split on 、，,；); 完成时限 is read by
the units service's ``parse_deadline``.

:func:`import_office_sheet` checks every row first: one bad row (a missing 目标值, an unknown unit,
a date such as 2023-02-30, an unreadable value) rejects the whole file with every error listed by
row, and nothing is written. Otherwise the sheet becomes a document of its own (source
``台账:<file name>``, its text the headings and one line per sheet row, identified by the SHA-256 of
that text; the file's name and the SHA-256 of its bytes are in the audit entry of the import) whose
targets are stored like a text's, each with its row's line as its span: a target always points
back to "第 N 行" of the sheet it came from. Importing the same file again, or the same cells saved
again, changes nothing; a target's units, person and deadline are set when the import adds or
updates it, so a target left as it was keeps what a person assigned since.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from itertools import chain, islice
from pathlib import Path
from typing import Any, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from taizhang.errors import ImportRejectedError, TaizhangError
from taizhang.extract.indicators import load_indicators
from taizhang.extract.lexicon import load_roles
from taizhang.extract.record import Comparator, Measure
from taizhang.extract.record import Target as ExtractedTarget
from taizhang.ledger.audit import record
from taizhang.ledger.documents import IngestResult, prepare_document, store_document
from taizhang.ledger.headers import check_mapping, field_label, guess_mapping
from taizhang.ledger.inputs import check_text, check_year
from taizhang.ledger.models import Region, Target
from taizhang.ledger.progress import sheet_cells
from taizhang.ledger.records import extractor_key
from taizhang.ledger.regions import region_code_in
from taizhang.ledger.values import read_quantity
from taizhang.messages import M

__all__ = [
    "SOURCE_PREFIX",
    "OfficeRow",
    "OfficeSheet",
    "TaizhangImport",
    "import_office_sheet",
    "read_office_sheet",
]

SOURCE_PREFIX = "台账:"
"""A document made from an office's 台账 has the source ``台账:<file name>``."""

PREVIEW_ROWS = 10
_SPLIT = re.compile(r"[、，,；;\n]+")
_YEAR_IN_NAME = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")


@dataclass(frozen=True, slots=True)
class OfficeRow:
    """One row of a 台账 read into fields (``row``: the sheet's row number, headings are row 1)."""

    row: int
    cells: dict[str, str]
    """Field → the cell's text as written (mapped columns only)."""
    line: str
    """The whole row as the document's text keeps it: 第N行 and every heading with its cell."""
    indicator: str
    indicator_id: str | None
    comparator: Comparator
    value: Decimal
    unit: str
    measure: Measure
    value_text: str
    region: str | None
    region_code: str | None
    lead_units: tuple[str, ...]
    assist_units: tuple[str, ...]
    responsible_person: str | None
    deadline: date | None
    note: str | None


@dataclass
class OfficeSheet:
    """A 台账 as read: its headings, the mapping used and the one guessed, its rows and every error."""

    name: str
    sha256: str
    headings: list[str]
    mapping: list[str | None]
    guessed: list[str | None]
    year: int | None
    rows: list[OfficeRow] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    header_row: int = 1
    """The row of the headings (rows above it are a title and notes)."""
    bad_rows: int = 0
    """Rows with at least one error (a row may have several)."""
    new_units: list[tuple[str, str | None]] = field(default_factory=list)
    """(name, region code) of the units the sheet names that the ledger does not know yet: created on
    import when allowed (a unit of the row's region)."""

    def check(self) -> None:
        """Raise ImportRejectedError listing every error, if there is one."""
        if self.errors:
            count = self.bad_rows or len(self.errors)  # errors of the headings are counted as such
            raise ImportRejectedError(M("progress.rejected", source=self.name, count=count), self.errors)


@dataclass
class TaizhangImport:
    """What an import stored: the sheet's document and the targets added, updated and kept."""

    document_id: int
    filename: str
    rows: int
    ingest: IngestResult
    targets: dict[int, int] = field(default_factory=dict)
    """Sheet row → id of its target."""
    units_created: list[str] = field(default_factory=list)


def _text(cell: Any) -> str:
    if cell is None:
        return ""
    if isinstance(cell, datetime):
        cell = cell.date() if cell.time() == datetime.min.time() else cell
    if isinstance(cell, date):
        return cell.isoformat()
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


def _names(text: str) -> tuple[str, ...]:
    """Unit names of a 牵头单位/配合单位 cell, in order, each once."""
    out: list[str] = []
    for part in _SPLIT.split(text):
        name = part.strip()
        if name and name not in out:
            out.append(name)
    return tuple(out)


def year_of(name: str, year: int | None) -> int | None:
    """The year a sheet's targets are for: the one given, else a year in the file name (2023年台账.xlsx)."""
    if year is not None:
        return check_year(year)
    found = _YEAR_IN_NAME.search(Path(name).stem)
    return int(found.group(1)) if found else None


def read_office_sheet(
    session: Session,
    name: str,
    data: bytes,
    *,
    mapping: list[str | None] | None = None,
    region: str | None = None,
    year: int | None = None,
    create_units: bool = False,
) -> OfficeSheet:
    """Read and check every row of the 台账 ``data`` (file name ``name``) without writing anything.

    ``mapping`` gives each column's field (None: not read); without it the headings are guessed
    (:func:`~taizhang.ledger.headers.guess_mapping`). ``region`` is the region of rows without a
    地区 cell; ``year`` the year of the targets (else a year in the file name). Unit names must be
    units of the ledger unless ``create_units``; they are then listed in ``new_units``.
    Raises ReadError for a file that cannot be read at all.
    """
    source = Path(name).name
    sha = hashlib.sha256(data).hexdigest()
    cells = sheet_cells(Path(source), data)
    header, cells = _header_row(cells)
    headings = [_text(c) for c in header[1]] if header is not None else []
    while headings and not headings[-1]:
        headings.pop()
    guessed = guess_mapping(headings)
    chosen = list(mapping) if mapping is not None else list(guessed)
    chosen = (chosen + [None] * len(headings))[: len(headings)]
    sheet = OfficeSheet(source, sha, headings, chosen, guessed, year_of(source, year))
    if header is None:
        sheet.errors.append(str(M("progress.file_empty", source=source)))
        return sheet
    sheet.header_row = header[0]
    problems = check_mapping(chosen, source, header[0])
    if sheet.year is None:
        problems.append(M("taizhang.no_year", source=source))
    if problems:
        sheet.errors.extend(str(p) for p in problems)
        return sheet
    regions = {r.name: r.code for r in session.scalars(select(Region))}
    if region:  # the default region is checked once, not once per row
        try:
            region_code_in(regions, region)
        except TaizhangError as exc:
            sheet.errors.append(f"{source}：{exc.message}")
            return sheet
    units = _UnitNames(session)
    where = {f: i for i, f in enumerate(chosen) if f is not None}
    for n, row in cells:
        values = {f: _text(row[i]) if i < len(row) else "" for f, i in where.items()}
        raw = {f: row[i] if i < len(row) else None for f, i in where.items()}
        if not any(values.values()):
            continue
        reading, errors = _read_row(source, n, values, raw, sheet.year, region, regions, _line(n, headings, row))
        code = reading.region_code if reading else None
        for fieldname in ("lead_units", "assist_units"):
            for unit_name in _names(values.get(fieldname, "")):
                if units.find(unit_name, code) is not None or (unit_name, code) in sheet.new_units:
                    continue
                if create_units:
                    sheet.new_units.append((unit_name, code))
                else:
                    errors.append(_bad(source, n, fieldname, M("taizhang.unit_unknown", name=unit_name)))
        if errors:
            sheet.errors.extend(errors)
            sheet.bad_rows += 1
        elif reading is not None:
            sheet.rows.append(reading)
    if not sheet.rows and not sheet.errors:
        sheet.errors.append(str(M("progress.no_rows", source=source)))
    return sheet


TITLE_ROWS = 5
"""Rows a sheet may have above its headings: a title (2023年重点工作任务台账), a unit, a date."""


def _header_row(
    cells: Iterator[tuple[int, list[Any]]],
) -> tuple[tuple[int, list[Any]] | None, Iterator[tuple[int, list[Any]]]]:
    """(the row of headings, the rows after it). The headings are the first of the sheet's first
    :data:`TITLE_ROWS` rows in which two cells are known headings (the rows above are a title and
    notes), else the first row; None for an empty sheet."""
    head = list(islice(cells, TITLE_ROWS))
    for i, (_, row) in enumerate(head):
        if sum(1 for field in guess_mapping([_text(c) for c in row]) if field) >= 2:
            return head[i], chain(head[i + 1 :], cells)
    if not head:
        return None, cells
    return head[0], chain(head[1:], cells)


def _line(n: int, headings: list[str], row: list[Any]) -> str:
    """Row ``n`` as one line of text: 第N行, then each heading (or column number) with its cell."""
    cells = [(headings[i] if i < len(headings) and headings[i] else str(i + 1), _text(c)) for i, c in enumerate(row)]
    return f"第{n}行　" + "；".join(f"{h}：{c}" for h, c in cells if c)


def _bad(source: str, row: int, fieldname: str, reason: object) -> str:
    return str(M("progress.row", source=source, row=row, field=field_label(fieldname), reason=reason))


def _read_row(
    source: str,
    n: int,
    values: dict[str, str],
    raw: dict[str, Any],
    year: int | None,
    default_region: str | None,
    regions: dict[str, str],
    line: str,
) -> tuple[OfficeRow | None, list[str]]:
    """One row read into an :class:`OfficeRow`, or None with every problem of the row."""
    errors: list[str] = []

    def checked(fieldname: str, check: Any, *args: Any) -> Any:
        try:
            return check(*args)
        except TaizhangError as exc:
            errors.append(_bad(source, n, fieldname, getattr(exc, "reason", None) or exc.message))
            return None

    indicator = values.get("indicator") or values.get("task") or ""
    if not indicator:
        errors.append(_bad(source, n, "indicator" if "indicator" in values else "task", M("value.empty")))
    indicator = checked("indicator", check_text, "indicator", indicator) or ""
    found = load_indicators().canonical(indicator) if indicator else None
    unit_cell = values.get("unit") or None
    written = values.get("value", "")
    growth = _growth_word(written)
    amount = None
    if not written:
        errors.append(_bad(source, n, "value", M("value.empty")))
    else:
        amount = checked("value", read_quantity, written[len(growth) :] if growth else written, unit_cell)
    region_name = values.get("region") or default_region
    code = checked("region", region_code_in, regions, region_name) if region_name else None
    deadline = None
    if values.get("deadline"):
        deadline = checked("deadline", _deadline, raw.get("deadline"), values["deadline"], year)
    person = checked("responsible_person", check_text, "responsible_person", values.get("responsible_person") or None)
    note = checked("note", check_text, "note", values.get("note") or None)
    if errors or amount is None:
        return None, errors
    measure: str = amount.measure or (found.measure if found else "") or "level"
    if growth or (amount.unit == "%" and found is not None and found.unit != "%" and found.measure == "growth"):
        measure = "growth"
    return (
        OfficeRow(
            row=n,
            cells=values,
            line=line,
            indicator=indicator,
            indicator_id=found.id if found else None,
            comparator=amount.comparator or "=",
            value=amount.value,
            unit=amount.unit,
            measure=cast(Measure, measure),
            value_text=_value_text(written, amount.value_text, unit_cell),
            region=(values.get("region") or default_region) if code else None,
            region_code=code,
            lead_units=_names(values.get("lead_units", "")),
            assist_units=_names(values.get("assist_units", "")),
            responsible_person=person,
            deadline=deadline,
            note=note,
        ),
        errors,
    )


def _value_text(written: str, number: str, unit: str | None) -> str:
    """The target as written, with the 单位 column's unit after a bare number (56 and 亿元: 56亿元)."""
    if unit and written == number and not written.endswith(unit):
        return written + unit
    return written


def _growth_word(written: str) -> str:
    """A growth word opening a 目标值 (增长6%), or ""."""
    for word in load_roles("context.tsv").get("growth", ()):
        if written.startswith(word) and len(written) > len(word):
            return word
    return ""


def _deadline(cell: Any, written: str, year: int | None) -> date:
    """A 完成时限: an Excel date cell as it is, else text read by the units service."""
    if isinstance(cell, datetime):
        return cell.date()
    if isinstance(cell, date):
        return cell
    from taizhang.ledger.units import parse_deadline

    return parse_deadline(written, year)


class _UnitNames:
    """The unit a sheet names, looked up once per name and region: the unit of that name in the row's
    region, else the one without a region, else the only one of that name (``ledger.units.find_unit``)."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._found: dict[tuple[str, str | None], int | None] = {}

    def find(self, name: str, region_code: str | None) -> int | None:
        from taizhang.ledger.units import find_unit

        key = (name, region_code)
        if key not in self._found:
            unit = find_unit(self._session, name, region_code) if region_code else None
            unit = unit or find_unit(self._session, name)
            self._found[key] = None if unit is None else unit.id
        return self._found[key]


def _document_text(sheet: OfficeSheet) -> tuple[str, dict[int, tuple[int, int]]]:
    """The sheet as a document's text: its headings, then one line per row with each heading and
    cell (whatever the mapping, so the same cells always make the same text), and each row's span."""
    lines = [f"第{sheet.header_row}行　" + "；".join(h or str(i + 1) for i, h in enumerate(sheet.headings))]
    spans: dict[int, tuple[int, int]] = {}
    offset = len(lines[0]) + 1
    for r in sheet.rows:
        spans[r.row] = (offset, offset + len(r.line))
        lines.append(r.line)
        offset += len(r.line) + 1
    return "\n".join(lines) + "\n", spans


def _readings(sheet: OfficeSheet, text: str, spans: dict[int, tuple[int, int]]) -> list[ExtractedTarget]:
    out = []
    for r in sheet.rows:
        start, end = spans[r.row]
        notes = [str(M("taizhang.from_row", source=sheet.name, row=r.row))]
        if r.note:
            notes.append(r.note)
        out.append(
            ExtractedTarget(
                start=start,
                end=end,
                text=text[start:end],
                region=r.region,
                region_code=r.region_code,
                indicator=r.indicator,
                measure=r.measure,
                comparator=r.comparator,
                value=r.value,
                unit=r.unit,
                value_text=r.value_text,
                strength="plan",
                year=sheet.year,
                indicator_id=r.indicator_id,
                notes=tuple(notes),
            )
        )
    return out


def import_office_sheet(
    session: Session,
    name: str,
    data: bytes,
    *,
    who: str,
    mapping: list[str | None] | None = None,
    region: str | None = None,
    year: int | None = None,
    create_units: bool = False,
) -> TaizhangImport:
    """Import the 台账 ``data`` in the caller's transaction, every row or none.

    Options as :func:`read_office_sheet`. Raises ImportRejectedError listing every bad row (by its
    row number) and writes nothing. Importing the same bytes again finds the same document and
    targets and changes nothing; a target a reviewer has confirmed or edited is never changed.
    """
    sheet = read_office_sheet(session, name, data, mapping=mapping, region=region, year=year, create_units=create_units)
    sheet.check()
    text, spans = _document_text(sheet)
    readings = _readings(sheet, text, spans)
    # The document is the text of the cells, not the file's bytes: Excel rewrites a workbook's
    # metadata on every save, and the same cells saved again are the same 台账.
    prepared = prepare_document(
        text,
        region=region or None,
        source=f"{SOURCE_PREFIX}{sheet.name}",
        title=f"{sheet.name}（台账）"[:500],
        extractor=lambda _text, **_: readings,
        commitment_extractor=lambda _text, **_: [],
        actual_extractor=lambda _text, **_: [],
    )
    result = store_document(session, prepared, who=who)
    if result.created:
        after = {"file": sheet.name, "sha256": sheet.sha256, "rows": len(sheet.rows)}
        record(session, who, "import", "taizhang", result.document_id, None, after)
    keys = {extractor_key(r): row.row for r, row in zip(readings, sheet.rows, strict=True)}
    ids = dict(
        session.execute(
            select(Target.extractor_key, Target.id).where(
                Target.document_id == result.document_id, Target.extractor_key.in_(keys)
            )
        ).all()
    )
    targets = {keys[k]: i for k, i in ids.items()}
    created = _assign(session, sheet, targets, set(result.added) | set(result.updated), who=who)
    return TaizhangImport(result.document_id, sheet.name, len(sheet.rows), result, targets, created)


def _assign(session: Session, sheet: OfficeSheet, targets: dict[int, int], fresh: set[int], *, who: str) -> list[str]:
    """The units the sheet needs created, then the lead unit, assisting units, responsible person
    and deadline of each row's target in ``fresh`` (added or updated by this import: a target left
    as it was keeps what a person may have assigned since). The first 牵头单位 is the lead; any
    further ones assist, before the 配合单位. Audited by ``ledger.units``."""
    from taizhang.ledger.units import assign_units, create_unit

    for name, code in sheet.new_units:
        create_unit(session, name, region_code=code, who=who)
    units = _UnitNames(session)
    for r in sheet.rows:
        target_id = targets[r.row]
        if target_id not in fresh:
            continue
        ids = [units.find(name, r.region_code) for name in r.lead_units + r.assist_units]
        known = [i for i in ids if i is not None]
        lead = known[0] if r.lead_units else None
        assisting = [i for i in known if i != lead]
        assign_units(
            session, target_id, lead=lead, assisting=assisting, person=r.responsible_person, deadline=r.deadline,
            actor=who,
        )  # fmt: skip
    return [name for name, _ in sheet.new_units]
