"""Exporting the 台账: XLSX for officials, CSV, JSON Lines (TARGETS.md records) and Parquet.

The XLSX has a summary sheet (regions × status counts) and a sheet per region with 序号, 指标,
目标值 (as written, in the unit people read — 亿元, 万人 — and in base units for machines), 确保/力争,
年度, 最新完成值 (as people read it and in base units), 完成率, 时序进度, 状态, 来源原文: frozen header,
set column widths, red/yellow/green fills, numbers stored as numbers.

Text in an XLSX or CSV cell that a spreadsheet would read as a formula (starting with = + - @, a
tab or a carriage return) gets a leading apostrophe (OWASP's advice against CSV injection): an
indicator read from a document, a region name or a source sentence is data, never a formula.
"""

from __future__ import annotations

import csv
import json
import math
import re
from collections.abc import Collection, Iterable, Mapping
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from taizhang.errors import InputError
from taizhang.extract.record import decimal_to_json
from taizhang.extract.segments import sentence_around
from taizhang.ledger.listing import TargetFilter, list_targets
from taizhang.ledger.models import Document, Target
from taizhang.ledger.reconcile import Reconciliation, Tolerance, reconcile
from taizhang.ledger.status import StatusReport, StatusRow, ledger_status
from taizhang.messages import M
from taizhang.track.figures import format_quantity
from taizhang.track.status import Policy
from taizhang.vocab import LABELS, STATUS_FILLS, STATUS_LABELS, STATUSES

__all__ = ["FORMATS", "export_ledger", "safe_cell"]

FORMATS = ("xlsx", "csv", "jsonl", "parquet")
STRENGTH_LABELS = {**LABELS["strength"], "plan": ""}  # a plain target shows no strength word
COLUMNS: tuple[tuple[str, int], ...] = (
    ("序号", 6),
    ("地区", 10),
    ("指标", 24),
    ("目标值（原文）", 14),
    ("目标值", 14),
    ("目标值（基本单位）", 18),
    ("单位", 8),
    ("确保/力争", 10),
    ("年度", 7),
    ("最新完成值", 14),
    ("最新完成值（基本单位）", 18),
    ("完成期", 9),
    ("完成率（%）", 11),
    ("时序进度（%）", 12),
    ("状态", 11),
    ("来源原文", 60),
)

_COLUMN = {name: i for i, (name, _) in enumerate(COLUMNS, start=1)}  # header → 1-based column


_FORMULA_LEADS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """``value`` as a spreadsheet cell: text that starts like a formula gets a leading apostrophe;
    numbers and other values are returned unchanged."""
    if isinstance(value, str) and value.startswith(_FORMULA_LEADS):
        return "'" + value
    return value


def _number(value: Decimal | None) -> int | float | None:
    """A cell's number; none for a value no spreadsheet holds (NaN, Infinity, 1E+999999)."""
    if value is None:
        return None
    number = decimal_to_json(value)
    return number if math.isfinite(number) else None


def source_sentences(session: Session, ids: Iterable[int]) -> dict[int, str]:
    """Target id → the sentence of its document it was read from (来源原文), cut at sentence marks
    (``extract.segments.sentence_around``) so the region that opens it stays; a target whose
    document text does not hold its span keeps its own clause (the caller's fallback)."""
    spans: dict[int, list[tuple[int, int, int]]] = {}
    wanted = list(ids)
    for i in range(0, len(wanted), 500):
        query = select(Target.id, Target.document_id, Target.span_start, Target.span_end).where(
            Target.id.in_(wanted[i : i + 500])
        )
        for tid, doc_id, start, end in session.execute(query):
            spans.setdefault(doc_id, []).append((tid, start, end))
    out: dict[int, str] = {}
    for doc_id, found in spans.items():
        text = session.scalar(select(Document.text).where(Document.id == doc_id)) or ""
        for tid, start, end in found:
            if 0 <= start < end <= len(text):
                out[tid] = sentence_around(text, start, end).of(text)
    return out


def _cells(n: int, row: StatusRow, sources: Mapping[int, str] | None = None) -> list[Any]:
    t, a = row.target, row.assessment
    name = t.indicator if not t.qualifier else f"{t.indicator}（{t.qualifier}）"
    if t.subject:
        name = f"{t.subject}{name}"
    cells = [
        n,
        t.region or t.region_code,
        name,
        t.value_text,
        format_quantity(t.value, t.unit),
        _number(t.value),
        t.unit,
        STRENGTH_LABELS.get(t.strength, ""),
        t.year,
        format_quantity(row.reading.value, t.unit) if row.reading else None,
        _number(row.reading.value) if row.reading else None,
        row.reading.period if row.reading else None,
        _number(a.completion_display),
        _number(a.time_progress_display),
        STATUS_LABELS[a.status],
        (sources or {}).get(t.id, t.text),
    ]
    return [safe_cell(c) for c in cells]


def _sheet_title(name: str, used: set[str]) -> str:
    title = re.sub(r"[\[\]:*?/\\]", "_", name)[:31] or "地区"
    base, k = title, 2
    while title in used:
        title = f"{base[:28]}({k})"
        k += 1
    used.add(title)
    return title


RECONCILE_SHEET = "核对"
RECONCILE_COLUMNS = (
    ("目标编号", 9), ("地区", 10), ("指标", 18), ("目标", 12), ("期间", 9), ("单位", 6), ("填报值", 16),
    ("填报来源", 28), ("官方值", 16), ("官方来源", 40), ("差异（填报−官方）", 16), ("相对差异%", 10), ("核对", 8),
)  # fmt: skip


def _write_reconciliation(book: Any, result: Reconciliation) -> None:
    """The sheet 核对: every target-period with a reported and an official figure (see :mod:`reconcile`)."""
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    sheet = book.create_sheet(RECONCILE_SHEET)
    sheet.append([c for c, _ in RECONCILE_COLUMNS])
    for i, (_, width) in enumerate(RECONCILE_COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width
        sheet.cell(row=1, column=i).font = Font(bold=True)
    for p in result.pairs:
        t, rep, off = p.target, p.reported, p.official
        where_reported = f"{rep.filename or ''} 第{rep.sheet_row}行" if rep.sheet_row else (rep.text or "")
        sheet.append(
            [
                t.id,
                safe_cell(t.region or t.region_code or ""),
                safe_cell(t.indicator),
                safe_cell(t.value_text),
                p.period,
                safe_cell(off.unit),
                decimal_to_json(rep.value),
                safe_cell(where_reported),
                decimal_to_json(off.value),
                safe_cell(f"文档{off.document_id}：{off.text or ''}"),
                decimal_to_json(p.difference),
                None if p.relative is None else decimal_to_json(p.relative),
                "不一致" if p.flagged else "一致",
            ]
        )
        if p.flagged:
            sheet.cell(row=sheet.max_row, column=len(RECONCILE_COLUMNS)).fill = PatternFill(
                "solid", fgColor=STATUS_FILLS["red"]
            )
    sheet.freeze_panes = "A2"


def _write_xlsx(
    report: StatusReport, path: Path, sources: Mapping[int, str], reconciliation: Reconciliation | None = None
) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook()
    summary = book.active
    assert summary is not None
    summary.title = "汇总"
    header = ["地区", *(STATUS_LABELS[s] for s in STATUSES), "合计"]
    summary.append(header)
    counts = report.counts()
    for region, c in counts.items():
        summary.append([safe_cell(region), *(c.get(s, 0) for s in STATUSES), sum(c.values())])
    summary.freeze_panes = "A2"
    summary.column_dimensions["A"].width = 12
    for i, s in enumerate(STATUSES, start=2):
        summary.column_dimensions[get_column_letter(i)].width = 11
        if s in STATUS_FILLS:
            summary.cell(row=1, column=i).fill = PatternFill("solid", fgColor=STATUS_FILLS[s])
    for cell in summary[1]:
        cell.font = Font(bold=True)
    by_region: dict[str, list[StatusRow]] = {}
    for row in report.rows:
        by_region.setdefault(row.target.region or row.target.region_code or "?", []).append(row)
    used = {"汇总", RECONCILE_SHEET}
    for region, rows in by_region.items():
        sheet = book.create_sheet(_sheet_title(region, used))
        sheet.append([c for c, _ in COLUMNS])
        for i, (_, width) in enumerate(COLUMNS, start=1):
            sheet.column_dimensions[get_column_letter(i)].width = width
            sheet.cell(row=1, column=i).font = Font(bold=True)
            sheet.cell(row=1, column=i).alignment = Alignment(horizontal="center", wrap_text=True)
        for n, row in enumerate(rows, start=1):
            sheet.append(_cells(n, row, sources))
            r = n + 1
            for name in ("目标值（基本单位）", "最新完成值（基本单位）"):
                sheet.cell(row=r, column=_COLUMN[name]).number_format = "#,##0.##"
            for name in ("完成率（%）", "时序进度（%）"):
                sheet.cell(row=r, column=_COLUMN[name]).number_format = "0.0"
            fill = STATUS_FILLS.get(row.assessment.status)
            if fill:
                sheet.cell(row=r, column=_COLUMN["状态"]).fill = PatternFill("solid", fgColor=fill)
            sheet.cell(row=r, column=_COLUMN["来源原文"]).alignment = Alignment(wrap_text=True, vertical="top")
        sheet.freeze_panes = "A2"
    if reconciliation is not None:
        _write_reconciliation(book, reconciliation)
    book.properties.title = f"目标台账 {report.as_of.isoformat()}"
    book.save(path)


def _records(session: Session, report: StatusReport, region: str | None, year: int | None) -> list[dict[str, Any]]:
    """TARGETS.md records plus id, state, indicator_id and the latest progress with its status."""
    rows = {r.target.id: r for r in report.rows}
    out = []
    for rec in list_targets(session, TargetFilter(region=region, year=year)):
        if rec["state"] in ("rejected", "merged"):  # a merged target is counted once, as the one kept
            continue
        row = rows.get(rec["id"])
        rec = {k: v for k, v in rec.items() if k not in ("retired",)}
        if row is not None and row.reading is not None and row.actual is not None:
            d = row.to_dict()
            rec["latest_progress"] = {
                "value": d["actual"],
                "unit": row.actual.unit,
                "period": d["actual_period"],
                "completion": d["completion"],
                "time_progress": d["time_progress"],
                "status": d["status"],
            }
        else:
            rec["latest_progress"] = None
        rec["status"] = row.assessment.status if row is not None else None
        out.append(rec)
    return out


def _write_parquet(records: list[dict[str, Any]], path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    flat = []
    for rec in records:
        r = {k: v for k, v in rec.items() if k not in ("latest_progress", "edited")}
        r["value"] = Decimal(str(rec["value"]))
        r["edited"] = ",".join(rec["edited"])
        lp = rec["latest_progress"] or {}
        r["latest_value"] = None if lp.get("value") is None else Decimal(str(lp["value"]))
        r["latest_period"] = lp.get("period")
        r["completion"] = lp.get("completion")
        flat.append(r)
    schema = pa.schema(
        [
            ("id", pa.int64()),
            *((k, pa.int64()) for k in ("start", "end")),
            *((k, pa.string()) for k in ("text", "region", "region_code", "subject", "indicator", "qualifier")),
            *((k, pa.string()) for k in ("measure", "comparator")),
            ("value", pa.decimal128(38, 8)),
            *((k, pa.string()) for k in ("unit", "direction", "value_text", "strength")),
            ("year", pa.int64()),
            *((k, pa.string()) for k in ("indicator_id", "state", "edited")),
            ("document_id", pa.int64()),
            ("status", pa.string()),
            ("latest_value", pa.decimal128(38, 8)),
            ("latest_period", pa.string()),
            ("completion", pa.float64()),
        ]
    )
    table = pa.Table.from_pylist([{k: r.get(k) for k in schema.names} for r in flat], schema=schema)
    pq.write_table(table, path)


def export_ledger(
    session: Session,
    path: Path,
    *,
    format: str,
    as_of: date,
    region_codes: Collection[str] | None = None,
    region: str | None = None,
    year: int | None = None,
    policy: Policy | None = None,
    source: str = "official",
    tolerance: Tolerance | None = None,
) -> int:
    """Write the ledger to ``path`` in ``format``; returns the number of target rows written.

    xlsx and csv hold the status table at ``as_of``; jsonl and parquet hold every target record
    (filtered by ``region`` and ``year``) with its latest progress. ``source`` is the figure status
    judges (``TAIZHANG_STATUS_SOURCE``); xlsx adds the sheet 核对 (:mod:`taizhang.ledger.reconcile`,
    flagged beyond ``tolerance``).
    """
    if format not in FORMATS:
        raise InputError(M("export.format", formats=", ".join(FORMATS), format=format))
    report = ledger_status(session, as_of=as_of, region_codes=region_codes, policy=policy, source=source)
    if year is not None:
        report.rows = [r for r in report.rows if r.target.year == year]
    path = Path(path)
    if format == "xlsx":
        reconciliation = reconcile(session, as_of=as_of, region_codes=region_codes, tolerance=tolerance)
        if year is not None:
            reconciliation.pairs = [p for p in reconciliation.pairs if p.target.year == year]
        _write_xlsx(report, path, source_sentences(session, (r.target.id for r in report.rows)), reconciliation)
        return len(report.rows)
    if format == "csv":
        sources = source_sentences(session, (r.target.id for r in report.rows))
        with path.open("w", newline="", encoding="utf-8-sig") as f:
            writer = csv.writer(f)
            writer.writerow([c for c, _ in COLUMNS])
            for n, row in enumerate(report.rows, start=1):
                writer.writerow(["" if v is None else v for v in _cells(n, row, sources)])
        return len(report.rows)
    records = _records(session, report, region, year)
    if format == "jsonl":
        with path.open("w", encoding="utf-8") as f:
            for rec in records:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    else:
        _write_parquet(records, path)
    return len(records)
