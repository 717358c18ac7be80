"""Reported actuals: add one, or import a CSV/XLSX sheet of them all-or-nothing.

A sheet has a header row naming at least ``region_code`` (or ``region``), ``indicator``,
``period`` and ``value``; ``unit``, ``cumulative``, ``source_text`` (or ``source``/``note``) and
``target_id`` are optional. Values may be written as in reports ("56亿元", "3.2%", "56e8").
Every row is checked before anything is written; one bad row rejects the file with every error
listed as "FILE: row N, FIELD: reason" (row 1 is the header). The rows and the import record are
written in one transaction, so an interrupted import leaves nothing behind. Rows that match no
target are stored all the same and listed in the result as untracked observations, each with the
reason it matched none (see :mod:`taizhang.ledger.untracked` for their summary and CSV).
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from taizhang.errors import (
    DuplicateImportError,
    ImportRejectedError,
    InputError,
    NotFoundError,
    ReadError,
    ReviewError,
    TaizhangError,
    ValueInvalidError,
)
from taizhang.ledger.audit import record
from taizhang.ledger.inputs import ID_MAX, check_period, check_text
from taizhang.ledger.latest import refresh_latest
from taizhang.ledger.matching import match_tier, unit_compatible
from taizhang.ledger.models import Progress, ProgressImport, Region, Target
from taizhang.ledger.records import effective
from taizhang.ledger.regions import check_region_code, region_code_in
from taizhang.ledger.review import get_target
from taizhang.ledger.tracking import load_tracked
from taizhang.ledger.values import read_actual
from taizhang.messages import M, field_label
from taizhang.text.archive import XLSX_LIMITS, check_archive
from taizhang.text.decode import decode_bytes

__all__ = [
    "ImportResult",
    "Observation",
    "add_progress",
    "import_progress",
    "read_progress_rows",
    "sheet_cells",
    "sheet_region_codes",
]

BATCH = 5000
_TRUE = {"true", "1", "yes", "y", "是", "累计", "t"}
_FALSE = {"false", "0", "no", "n", "否", "当期", "时点", "f"}
_ALIASES = {
    "region_code": ("region_code", "地区代码", "区划代码", "code"),
    "region": ("region", "地区", "region_name"),
    "indicator": ("indicator", "指标"),
    "period": ("period", "期间", "月份"),
    "value": ("value", "完成值", "数值"),
    "unit": ("unit", "单位"),
    "cumulative": ("cumulative", "累计"),
    "source_text": ("source_text", "source", "note", "来源", "备注"),
    "target_id": ("target_id", "目标编号"),
}


@dataclass(frozen=True, slots=True)
class Observation:
    """One checked row of a progress sheet, ready to store."""

    row: int
    region_code: str
    indicator: str
    period: str
    value: Decimal
    unit: str
    cumulative: bool
    source_text: str | None
    target_id: int | None


@dataclass
class ImportResult:
    """What an import stored: every row, which targets each matched, and the untracked rows."""

    import_id: int
    filename: str
    rows: int
    matched: dict[int, list[int]] = field(default_factory=dict)
    """Sheet row number → ids of the targets the observation measures."""
    untracked: list[Observation] = field(default_factory=list)
    """Observations that match no target: kept, listed here, never dropped."""
    reasons: dict[int, str] = field(default_factory=dict)
    """Sheet row of each untracked observation → why it matched no target (``UNTRACKED_REASONS``)."""


def _cells(path: Path, data: bytes) -> Iterator[tuple[int, list[Any]]]:
    """(row number, cells) of the first sheet of an XLSX file or of a CSV file, header first.

    Raises ReadError (or a subclass) for a file that cannot be read: binary or mixed-encoding CSV,
    a CSV field longer than the csv module's field_size_limit (128 KiB), an XLSX that is no zip, is
    damaged or passes the archive limits. (openpyxl cuts an XLSX cell at Excel's 32,767 characters.)
    """
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        yield from _xlsx_cells(path.name, data)
        return
    text = decode_bytes(data, source=path.name).text
    reader = csv.reader(io.StringIO(text, newline=""))
    n = 0
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            if "field limit" in str(exc):
                limit = f"{csv.field_size_limit():,}"
                raise ReadError(M("progress.csv_field_limit", source=path.name, row=n + 1, limit=limit)) from None
            raise ReadError(M("progress.csv_row", source=path.name, row=n + 1, reason=exc)) from None
        n += 1
        yield n, cells


sheet_cells = _cells
"""The one reader of sheet cells, shared with the 台账 import (:mod:`taizhang.ledger.office_sheet`)."""


def _xlsx_cells(name: str, data: bytes) -> Iterator[tuple[int, list[Any]]]:
    from openpyxl import load_workbook

    check_archive(data, source=name, limits=XLSX_LIMITS)
    # openpyxl raises many kinds of error on a damaged workbook.
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:
        raise ReadError(M("progress.xlsx_corrupt", source=name, reason=type(exc).__name__)) from None
    try:
        sheet = book.worksheets[0]
        # read_only trusts the sheet's <dimension> tag, which any writer may get wrong: forget it
        # and read every row that is there.
        sheet.reset_dimensions()
        for n, row in enumerate(sheet.iter_rows(values_only=True), start=1):
            yield n, list(row)
    except ReadError:
        raise
    except Exception as exc:
        raise ReadError(M("progress.xlsx_corrupt", source=name, reason=type(exc).__name__)) from None
    finally:
        book.close()


def _text(cell: Any) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float):
        return repr(cell)
    return str(cell).strip()


def read_progress_rows(
    path: Path, data: bytes, region_codes: dict[str, str] | None = None
) -> tuple[list[Observation], list[str]]:
    """Parse and check every row of a progress sheet: (observations, errors).

    ``region_codes`` maps region names to codes for sheets with a ``region`` column.
    """
    name = path.name
    errors: list[str] = []
    observations: list[Observation] = []
    rows = _cells(path, data)
    header = next(rows, None)
    if header is None:
        return [], [str(M("progress.file_empty", source=name))]
    columns = {_text(c).lower(): i for i, c in enumerate(header[1]) if _text(c)}
    where: dict[str, int] = {}
    for key, aliases in _ALIASES.items():
        for alias in aliases:
            if alias in columns:
                where[key] = columns[alias]
                break
    missing = [k for k in ("indicator", "period", "value") if k not in where]
    if "region_code" not in where and "region" not in where:
        missing.insert(0, "region_code")
    if missing:
        return [], [str(M("progress.missing_columns", source=name, columns=", ".join(missing)))]
    for n, cells in rows:
        if not any(_text(c) for c in cells):
            continue

        def get(key: str, cells: list[Any] = cells) -> str:
            i = where.get(key)
            return _text(cells[i]) if i is not None and i < len(cells) else ""

        row_errors: list[str] = []

        def bad(fieldname: str, reason: str, n: int = n, row_errors: list[str] = row_errors) -> None:
            row_errors.append(str(M("progress.row", source=name, row=n, field=field_label(fieldname), reason=reason)))

        def raw(key: str, cells: list[Any] = cells) -> Any:
            i = where.get(key)
            return cells[i] if i is not None and i < len(cells) else None

        def checked(fieldname: str, check: Callable[..., Any], *args: Any) -> Any:
            """``check(*args)``, or None with the error kept for the row."""
            try:
                return check(*args)
            except TaizhangError as exc:
                bad(fieldname, str(exc))
                return None

        if not get("region_code") and get("region"):
            code = checked("region", region_code_in, region_codes or {}, get("region")) or ""
        else:
            code = checked("region_code", check_region_code, get("region_code")) or ""
        indicator = checked("indicator", check_text, "indicator", get("indicator"))
        if indicator == "":
            bad("indicator", str(M("value.empty")))
        cell = raw("period")  # Excel makes a date of a typed 2023-06
        period = checked("period", check_period, cell if isinstance(cell, date) else get("period")) or ""
        unit_text = checked("unit", check_text, "unit", get("unit") or None)
        source_text = checked("source_text", check_text, "source_text", get("source_text") or None)
        value, unit = Decimal(0), ""
        try:
            q = read_actual(get("value"), unit_text)
            value, unit = q.value, q.unit
        except ValueInvalidError as exc:
            bad("value", str(exc.reason))
        flag = get("cumulative").lower()
        cumulative = True
        if flag in _FALSE:
            cumulative = False
        elif flag and flag not in _TRUE:
            bad("cumulative", str(M("progress.cumulative", value=flag)))
        target_id: int | None = None
        if get("target_id"):
            try:
                target_id = int(get("target_id"))
            except ValueError:
                bad("target_id", str(M("progress.not_integer", value=get("target_id"))))
            else:
                if not 1 <= target_id <= ID_MAX:
                    bad("target_id", str(NotFoundError(M("target.not_found", id=target_id))))
        if row_errors:
            errors.extend(row_errors)
            continue
        observations.append(
            Observation(n, code, indicator or "", period, value, unit, cumulative, source_text, target_id)
        )
    if not observations and not errors:
        errors.append(str(M("progress.no_rows", source=name)))
    return observations, errors


def match_observations(
    session: Session, observations: list[Observation]
) -> tuple[dict[int, list[int]], dict[int, str]]:
    """(sheet row → ids of the targets each observation measures, sheet row → why an observation
    measures none: a key of ``UNTRACKED_REASONS``); see :mod:`matching`."""
    regions = {o.region_code for o in observations}
    by_region: dict[str | None, list[Any]] = {}
    for t in load_tracked(session, region_codes=regions):
        by_region.setdefault(t.region_code, []).append(t)
    out: dict[int, list[int]] = {}
    reasons: dict[int, str] = {}
    for o in observations:
        if o.target_id is not None:
            out[o.row] = [o.target_id]
            continue
        candidates = by_region.get(o.region_code, ())
        same_unit = [t for t in candidates if unit_compatible(o.unit, t)]
        best: dict[int, list[int]] = {}
        for t in same_unit:
            tier = match_tier(o.indicator, t)
            if tier:
                best.setdefault(tier, []).append(t.id)
        if best:
            out[o.row] = best[min(best)]
        else:
            reasons[o.row] = "no_target" if not candidates else "unit" if not same_unit else "indicator"
    return out, reasons


def import_progress(
    session: Session,
    path: Path,
    *,
    who: str,
    data: bytes | None = None,
    on_batch: Callable[[int], None] | None = None,
) -> ImportResult:
    """Import a CSV or XLSX progress sheet in the caller's transaction, all rows or none.

    Raises ImportRejectedError (listing every bad row) or DuplicateImportError (the same file
    was imported before) and writes nothing. ``on_batch(rows_written)`` is called after each
    batch is flushed, for progress bars.
    """
    path = Path(path)
    if data is None:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(M("input.cannot_read", source=path, reason=exc.strerror or exc)) from exc
    sha = hashlib.sha256(data).hexdigest()
    region_codes = {r.name: r.code for r in session.scalars(select(Region))}
    observations, errors = read_progress_rows(path, data, region_codes)
    if not errors:
        ids = {o.target_id for o in observations if o.target_id is not None}
        known = set(session.scalars(select(Target.id).where(Target.id.in_(ids)))) if ids else set()
        errors = [
            str(
                M(
                    "progress.row",
                    source=path.name,
                    row=o.row,
                    field=field_label("target_id"),
                    reason=NotFoundError(M("target.not_found", id=o.target_id)),
                )
            )
            for o in observations
            if o.target_id is not None and o.target_id not in known
        ]
    if errors:
        raise ImportRejectedError(M("progress.rejected", source=path.name, count=len(errors)), errors)
    previous = session.scalars(select(ProgressImport).where(ProgressImport.sha256 == sha)).one_or_none()
    if previous is not None:
        raise DuplicateImportError(M("progress.duplicate", source=path.name, id=previous.id))
    batch = ProgressImport(filename=path.name, sha256=sha, rows=len(observations), imported_by=who)
    session.add(batch)
    try:
        session.flush()
    except IntegrityError as exc:  # the same file, imported at this moment by another writer (PostgreSQL)
        if "sha256" not in str(exc.orig):
            raise
        raise DuplicateImportError(M("progress.concurrent", source=path.name)) from None
    written = 0
    for start in range(0, len(observations), BATCH):
        chunk = observations[start : start + BATCH]
        session.execute(
            insert(Progress),
            [
                {
                    "region_code": o.region_code,
                    "indicator": o.indicator,
                    "period": o.period,
                    "value": o.value,
                    "unit": o.unit,
                    "cumulative": o.cumulative,
                    "source_text": o.source_text,
                    "target_id": o.target_id,
                    "import_id": batch.id,
                    "sheet_row": o.row,
                    "reported_by": who,
                }
                for o in chunk
            ],
        )
        written += len(chunk)
        if on_batch is not None:
            on_batch(written)
    refresh_latest(session, Progress.import_id == batch.id)
    matched, reasons = match_observations(session, observations)
    record(
        session,
        who,
        "import",
        "progress_import",
        batch.id,
        None,
        {"file": path.name, "sha256": sha, "rows": written},
    )
    return ImportResult(
        import_id=batch.id,
        filename=path.name,
        rows=written,
        matched=matched,
        untracked=[o for o in observations if o.row not in matched],
        reasons=reasons,
    )


def add_progress(
    session: Session,
    target_id: int,
    *,
    period: str,
    value: str | Decimal,
    who: str,
    cumulative: bool = True,
    unit: str | None = None,
    source_text: str | None = None,
) -> int:
    """Record one actual for a target; returns the observation id. ``value`` may be "56e8",
    "56亿元" or a Decimal; a bare number is read in the target's unit."""
    row = get_target(session, target_id)
    if row.state == "merged":
        raise ReviewError(M("progress.target_merged", id=target_id, into=row.merged_into))
    if row.retired_at is not None or row.state == "rejected":
        raise ReviewError(M("progress.target_retired" if row.retired_at else "progress.target_rejected", id=target_id))
    target_unit = effective(row, "unit")
    month = check_period(period)
    check_text("unit", unit)
    check_text("source_text", source_text)
    q = read_actual(value, unit or target_unit)
    code = effective(row, "region_code")
    if not code:
        raise InputError(M("progress.no_region", id=target_id))
    obs = Progress(
        region_code=code,
        indicator=effective(row, "indicator"),
        indicator_id=effective(row, "indicator_id"),
        period=month,
        value=q.value,
        unit=q.unit or target_unit,
        cumulative=cumulative,
        source_text=source_text,
        target_id=row.id,
        reported_by=who,
    )
    session.add(obs)
    session.flush()
    refresh_latest(session, Progress.id == obs.id)
    after = {
        "target_id": row.id,
        "period": month,
        "value": q.value,
        "unit": obs.unit,
        "cumulative": cumulative,
    }
    record(session, who, "add", "progress", obs.id, None, after)
    return obs.id


def sheet_region_codes(session: Session, path: Path, data: bytes) -> set[str | None]:
    """The region codes a progress sheet writes for: its rows' regions and those of the targets its
    rows name by id (after edits). Raises ImportRejectedError, as an import would, for bad rows."""
    names = {r.name: r.code for r in session.scalars(select(Region))}
    rows, errors = read_progress_rows(path, data, names)
    if errors:
        raise ImportRejectedError(M("progress.rejected", source=path.name, count=len(errors)), errors)
    codes: set[str | None] = {o.region_code for o in rows}
    ids = {o.target_id for o in rows if o.target_id is not None}
    if ids:
        codes |= {effective(t, "region_code") for t in session.scalars(select(Target).where(Target.id.in_(ids)))}
    return codes
