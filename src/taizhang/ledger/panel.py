"""The research panel's edges: records from a ledger or a corpus file in, Parquet, CSV and Stata out.

The panel itself is built by the pure :func:`taizhang.track.panel.build_panel`. Here are its
adapters: :func:`ledger_records` (the ledger's confirmed and proposed targets, never merged or
rejected ones, and its official figures of whole years), :func:`read_records` (the output of
``taizhang corpus extract``: Parquet, CSV or JSON Lines with TARGETS.md's field names), and
:func:`write_panel` (by the file's suffix; a ``.conflicts.csv`` beside it lists the records of one
key that disagreed). The columns, their types and their Chinese labels are those of
``data/analysis_columns.tsv`` (:func:`columns`).
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from taizhang.data import data_rows
from taizhang.errors import InputError, ReadError
from taizhang.extract.regions import load_regions
from taizhang.ledger.models import Document, Progress
from taizhang.ledger.official import OFFICIAL
from taizhang.ledger.tracking import load_tracked
from taizhang.messages import M, language
from taizhang.track.panel import Panel, build_panel, indicator_name

__all__ = [
    "PANEL_FORMATS",
    "Column",
    "columns",
    "file_panel",
    "ledger_panel",
    "ledger_records",
    "panel_frame",
    "read_records",
    "write_panel",
]

PANEL_FORMATS = (".parquet", ".csv", ".dta")
RECORD_FORMATS = (".parquet", ".csv", ".jsonl")
_IN_FORCE = ("proposed", "confirmed")  # not merged, rejected, ambiguous or retired
_STATA_BYTES = 2045  # the longest str# Stata holds
# The columns of the conflicts file: the panel key, the figure kept, those dropped, the rule that chose.
CONFLICT_COLUMNS = (
    "kind",
    "region_code",
    "year",
    "indicator_id",
    "measure",
    "strength",
    "unit",
    "kept",
    "dropped",
    "rule",
)


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a table of data/analysis_columns.tsv."""

    name: str
    type: str
    label: str
    en: str
    meaning: str

    @property
    def header(self) -> str:
        """The label in the language of messages (the Chinese one unless TAIZHANG_LANG=en)."""
        return self.en if language() == "en" else self.label


@cache
def _all_columns() -> dict[str, tuple[Column, ...]]:
    tables: dict[str, list[Column]] = {}
    for table, name, kind, label, en, meaning in data_rows("analysis_columns.tsv"):
        tables.setdefault(table, []).append(Column(name, kind, label, en, meaning))
    return {k: tuple(v) for k, v in tables.items()}


def columns(table: str) -> tuple[Column, ...]:
    """The columns of ``table`` (panel, escalation, escalation_detail, sums, sums_detail, yoy); none
    for another name."""
    return _all_columns().get(table, ())


# -- records in -------------------------------------------------------------------------------------


def ledger_records(session: Session) -> list[dict[str, Any]]:
    """The ledger's targets in force (edits applied) and its official figures, as panel records."""
    out: list[dict[str, Any]] = []
    for t in load_tracked(session):
        if t.state not in _IN_FORCE:
            continue
        out.append(
            {
                **t._asdict(),
                "kind": "target",
                "date": t.published.isoformat() if t.published else "",
            }
        )
    query = (
        select(Progress, Document.date)
        .outerjoin(Document, Document.id == Progress.document_id)
        .where(Progress.source == OFFICIAL, Progress.state.in_(_IN_FORCE), Progress.cumulative.is_(True))
        .order_by(Progress.id)
    )
    for row, day in session.execute(query):
        year, month = row.period[:4], row.period[5:7]
        if month != "12":
            continue  # part of a year: progress, not the year's outcome
        out.append(
            {
                "kind": "actual",
                "region_code": row.region_code,
                "indicator": row.indicator,
                "indicator_id": row.indicator_id,
                "value": row.value,  # stored signed: a fall is negative
                "unit": row.unit,
                "period_start": f"{year}-01-01",
                "period_end": f"{year}-12-31",
                "state": row.state,
                "date": day.isoformat() if day else "",
            }
        )
    return out


def _bad(source: Path, row: int, field: str, value: Any) -> InputError:
    shown = str(value) if len(str(value)) <= 40 else str(value)[:40] + "…"
    return InputError(M("panel.bad_field", source=source, row=row, field=field, value=shown))


def _clean(source: Path, n: int, raw: dict[str, Any]) -> dict[str, Any]:
    """One record with empty cells as None, ``year`` an int and ``value`` a Decimal; else E201 naming the row."""
    rec = {k: (None if v is None or (isinstance(v, str) and not v.strip()) else v) for k, v in raw.items()}
    if rec.get("year") is not None:
        try:
            rec["year"] = int(float(str(rec["year"])))
        except ValueError as exc:
            raise _bad(source, n, "year", rec["year"]) from exc
    if rec.get("region_code") is not None:
        code = str(rec["region_code"]).strip()
        if not (code.isdigit() and len(code) == 6):
            raise _bad(source, n, "region_code", rec["region_code"])
        rec["region_code"] = code
    if rec.get("value") is None:
        raise _bad(source, n, "value", "")
    try:
        value = Decimal(str(rec["value"]))
    except InvalidOperation as exc:
        raise _bad(source, n, "value", rec["value"]) from exc
    if not value.is_finite():
        raise _bad(source, n, "value", rec["value"])
    rec["value"] = value
    return rec


def _raw_rows(path: Path) -> Iterator[dict[str, Any]]:
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        import pyarrow.parquet as pq

        yield from pq.read_table(path).to_pylist()
    elif suffix == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as f:
            yield from csv.DictReader(f)
    else:
        with path.open(encoding="utf-8") as f:
            for n, line in enumerate(f, start=1):
                if line.strip():
                    try:
                        yield json.loads(line)
                    except json.JSONDecodeError as exc:
                        raise _bad(path, n, "json", line.strip()) from exc


def read_records(path: Path) -> list[dict[str, Any]]:
    """The records of a corpus output file (``.parquet``, ``.csv``, ``.jsonl``; rows numbered from 1)."""
    if path.suffix.lower() not in RECORD_FORMATS:
        raise InputError(M("panel.format", source=path, formats="、".join(RECORD_FORMATS)))
    if not path.is_file():
        raise ReadError(M("read.missing", source=path))
    try:
        return [_clean(path, n, raw) for n, raw in enumerate(_raw_rows(path), start=1)]
    except (OSError, ValueError) as exc:  # unreadable bytes, a broken Parquet or CSV file
        raise ReadError(M("read.cannot", source=path, reason=type(exc).__name__)) from exc


def ledger_panel(session: Session) -> Panel:
    """The panel of the ledger's targets and official figures."""
    return build_panel(ledger_records(session), load_regions())


def file_panel(path: Path) -> Panel:
    """The panel of a corpus output file."""
    return build_panel(read_records(path), load_regions())


# -- the panel out ----------------------------------------------------------------------------------


def _cells(panel: Panel) -> list[dict[str, Any]]:
    return [
        {
            "region_code": r.region_code,
            "region": r.region,
            "level": r.level,
            "parent_code": r.parent_code or "",
            "year": r.year,
            "indicator_id": r.indicator_id,
            "indicator": indicator_name(r.indicator_id),
            "measure": r.measure,
            "strength": r.strength,
            "comparator": r.comparator,
            "target_value": float(r.signed),
            "unit": r.unit,
            "target_text": r.value_text,
            "actual_value": None if r.actual is None else float(r.actual),
            "sources": r.sources,
            "conflict": r.conflict,
        }
        for r in panel.rows
    ]


def panel_frame(panel: Panel) -> Any:
    """The panel as a pandas DataFrame with the dictionary's columns and types."""
    import pandas as pd

    cols = columns("panel")
    frame = pd.DataFrame(_cells(panel), columns=[c.name for c in cols])
    kinds = {"str": "str", "int": "int64", "float": "float64", "bool": "bool"}
    return frame.astype({c.name: kinds[c.type] for c in cols})


def _fits_stata(value: str) -> str:
    data = value.encode("utf-8")
    return value if len(data) <= _STATA_BYTES else data[:_STATA_BYTES].decode("utf-8", "ignore")


def _stata(frame: Any, path: Path) -> None:
    cols = columns("panel")
    out = frame.copy()
    for c in cols:
        if c.type == "str":
            out[c.name] = out[c.name].map(_fits_stata)
        elif c.type == "bool":
            out[c.name] = out[c.name].astype("int8")
    labels = {c.name: c.label for c in cols}
    out.to_stata(path, write_index=False, version=118, variable_labels=labels, data_label="taizhang panel")


def _conflicts_csv(panel: Panel) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CONFLICT_COLUMNS)
    for c in panel.conflicts:
        writer.writerow([c.kind, c.region_code, c.year, c.indicator_id, c.measure or "", c.strength or "", c.unit,
                         c.kept, "；".join(c.dropped), c.rule])  # fmt: skip
    return buffer.getvalue()


def write_panel(panel: Panel, path: Path) -> Path | None:
    """Write ``panel`` to ``path`` (.parquet, .csv or .dta) and, when records disagreed, the
    conflicts to ``<path>.conflicts.csv`` (returned). Written to a temporary file first: a
    failure leaves no partial file."""
    suffix = path.suffix.lower()
    if suffix not in PANEL_FORMATS:
        raise InputError(M("panel.format", source=path, formats="、".join(PANEL_FORMATS)))
    frame = panel_frame(panel)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=suffix)
    os.close(fd)
    try:
        if suffix == ".parquet":
            frame.to_parquet(tmp, index=False)
        elif suffix == ".csv":
            frame.to_csv(tmp, index=False, encoding="utf-8-sig")
        else:
            _stata(frame, Path(tmp))
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    if not panel.conflicts:
        return None
    conflicts = path.with_name(path.name + ".conflicts.csv")
    conflicts.write_text(_conflicts_csv(panel), encoding="utf-8-sig")
    return conflicts
