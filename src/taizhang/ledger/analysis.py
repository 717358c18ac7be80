"""Escalation analytics of the ledger, as the CLI, the API and the /analysis page show them.

All three edges call :func:`ledger_analysis` (or :func:`file_analysis` for a corpus file), which
builds the panel (:mod:`taizhang.ledger.panel`) and runs the one pure function of the analysis
(:func:`taizhang.track.escalation.analyse`). :func:`display_rows` gives the tables people read
(Chinese labels, figures in 亿元 and %), :func:`analysis_xlsx` the download.
"""

from __future__ import annotations

import io
from typing import Any

from sqlalchemy.orm import Session

from taizhang.errors import InputError
from taizhang.ledger.export import safe_cell
from taizhang.ledger.panel import Column, columns, ledger_panel
from taizhang.messages import M, text
from taizhang.track.escalation import ANALYSES, analyse
from taizhang.track.figures import format_quantity
from taizhang.vocab import label

__all__ = ["ANALYSIS_KINDS", "analysis_xlsx", "check_kind", "display_rows", "displayed", "ledger_analysis", "tables_of"]

ANALYSIS_KINDS = tuple(ANALYSES)
# Columns shown as a code's label (labels.tsv vocabulary).
_LABELLED = {
    "level": "level",
    "strength": "strength",
    "measure": "measure",
    "flag": "sum_flag",
    "change_unit": "change_unit",
}
# Columns in the row's unit, shown through format_quantity; the rest of the numbers are points or per cent.
_IN_UNIT = ("value", "parent_value", "national_value", "children_sum", "gap", "prev_target", "prev_actual")
_CODES = ("indicator_id", "parent_code")
_POINTS = ("margin_parent", "margin_national", "mean_margin", "max_margin")
_PERCENT = ("share", "share_above")


def check_kind(kind: str) -> str:
    """``kind`` if it names an analysis; else InputError (E201) listing them."""
    if kind not in ANALYSES:
        raise InputError(M("analysis.kind", kinds="、".join(ANALYSIS_KINDS), kind=kind))
    return kind


def ledger_analysis(
    session: Session, kind: str, *, indicator: str | None = None, year: int | None = None
) -> dict[str, Any]:
    """The analysis ``kind`` (escalation, sums, yoy) of the ledger: ``{"kind", "rows", "detail"}``."""
    return analyse(ledger_panel(session), check_kind(kind), indicator=indicator, year=year)


def tables_of(kind: str) -> tuple[tuple[Column, ...], tuple[Column, ...]]:
    """The columns of the analysis's main table and of its detail (empty for yoy)."""
    return columns(kind), columns(f"{kind}_detail")


def _shown(name: str, value: Any, row: dict[str, Any]) -> str:
    if value is None:
        return "—"
    if name in _LABELLED:
        return label(_LABELLED[name], str(value))
    if name in _IN_UNIT:
        return format_quantity(value, row.get("unit") or "%")
    if name in _POINTS:
        return format_quantity(value, label("change_unit", "pp"))
    if name in _PERCENT:
        return format_quantity(value, "%")
    if name in ("vs_prev_target", "vs_prev_actual"):
        return format_quantity(value, label("change_unit", str(row.get("change_unit"))))
    return str(value)


def displayed(cols: tuple[Column, ...]) -> tuple[Column, ...]:
    """The columns people read: not the codes (the names stand beside them)."""
    return tuple(c for c in cols if c.name not in _CODES)


def display_rows(rows: list[dict[str, Any]], cols: tuple[Column, ...]) -> list[list[str]]:
    """``rows`` as the cells people read, in the order of ``cols``."""
    return [[_shown(c.name, r.get(c.name), r) for c in cols] for r in rows]


def analysis_xlsx(result: dict[str, Any]) -> bytes:
    """The analysis as a workbook: the main table and its detail, headers in Chinese, numbers in base units."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    main, detail = tables_of(result["kind"])
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = text("analysis.sheet_main")
    blocks = [(sheet, main, result["rows"])]
    if detail:
        blocks.append((book.create_sheet(text("analysis.sheet_detail")), detail, result["detail"]))
    for ws, cols, rows in blocks:
        ws.append([c.label for c in cols])
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for r in rows:
            ws.append([safe_cell(r.get(c.name)) for c in cols])
        ws.freeze_panes = "A2"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
