"""Tables and records for the CLI's terminal output, aligned by display width.

A Chinese character takes two terminal columns (``east_asian_width`` W or F), so padding with
``str.ljust`` misaligns every column after one. Headers are catalogue keys (``cli.col.*``), so a
table speaks the user's language like every other message.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from taizhang.messages import field_label, pad, text, width
from taizhang.vocab import label

__all__ = [
    "Column",
    "commitment_table",
    "fmt_value",
    "record_lines",
    "status_table",
    "table_lines",
    "target_record_lines",
    "target_table",
]


class Column:
    """A column: the catalogue key of its header, and whether its cells are right-aligned (numbers)."""

    __slots__ = ("key", "right")

    def __init__(self, key: str, *, right: bool = False) -> None:
        self.key, self.right = key, right


def table_lines(columns: Sequence[Column], rows: Iterable[Sequence[object]], *, gap: int = 2) -> list[str]:
    """The header, a rule and one line per row, each column as wide as its widest cell."""
    headers = [text(c.key) for c in columns]
    cells = [["" if v is None else str(v) for v in row] for row in rows]
    widths = [max([width(h)] + [width(row[i]) for row in cells]) for i, h in enumerate(headers)]
    space = " " * gap

    def line(values: Sequence[str]) -> str:
        return space.join(pad(v, w, right=c.right) for v, w, c in zip(values, widths, columns, strict=True)).rstrip()

    return [line(headers), space.join("─" * w for w in widths), *(line(row) for row in cells)]


def record_lines(fields: Sequence[tuple[str, object]]) -> list[str]:
    """A record as "label：value" lines, the labels padded to one width; empty values left out."""
    shown = [(label, str(value)) for label, value in fields if value not in (None, "")]
    size = max((width(label) for label, _ in shown), default=0)
    return [f"{pad(label, size)}  {value}" for label, value in shown]


def fmt_value(value: object, unit: str | None = "") -> str:
    """A figure in the unit people read (120亿元, 3.5%): the one formatter of pages, XLSX and CLI."""
    from taizhang.track.figures import format_quantity

    return format_quantity(value, unit)


def _target_cell(r: dict[str, Any]) -> str:
    return f"{label('comparator', r.get('comparator'))}{r.get('value_text') or ''}".strip()


def target_table(rows: Sequence[dict[str, Any]]) -> list[str]:
    """``targets list``: one line per target, headed, labels instead of codes, and a count."""
    columns = [
        Column("cli.col.id", right=True), Column("cli.col.state"), Column("cli.col.region"),
        Column("cli.col.indicator"), Column("cli.col.target"), Column("cli.col.strength"),
        Column("cli.col.year", right=True), Column("cli.col.confidence", right=True),
    ]  # fmt: skip
    lines = table_lines(
        columns,
        (
            (
                r["id"],
                label("state", r["state"]) + ("*" if r.get("edited") else ""),
                r.get("region") or "",
                r.get("indicator") or "",
                _target_cell(r),
                label("strength", r.get("strength")),
                r.get("year") or "",
                "" if r.get("confidence") is None else f"{r['confidence']:.2f}",
            )
            for r in rows
        ),
    )
    edited = any(r.get("edited") for r in rows)
    return [*lines, text("cli.targets_count", count=len(rows)) + (text("cli.edited_mark") if edited else "")]


def _time_progress_cell(row: dict[str, Any]) -> str:
    """序时进度 and what it follows, as the target page shows them: "40% 按往年同期进度"."""
    if row.get("time_progress") is None:
        return ""
    return f"{row['time_progress']}% {label('schedule', row.get('schedule') or 'linear')}"


def status_table(rows: Sequence[dict[str, Any]], *, as_of: date) -> list[str]:
    """``status``: each target, its latest actual in the unit people read, completion, time progress
    (and the schedule it follows: seasonal or linear) and light; a last line counts them and names the day."""
    columns = [
        Column("cli.col.id", right=True), Column("cli.col.region"), Column("cli.col.indicator"),
        Column("cli.col.target"), Column("cli.col.actual", right=True), Column("cli.col.completion", right=True),
        Column("cli.col.time_progress"), Column("cli.col.status"),
    ]  # fmt: skip
    lines = table_lines(
        columns,
        (
            (
                r["id"],
                r.get("region") or "",
                r.get("indicator") or "",
                _target_cell(r),
                "" if r.get("actual") is None else fmt_value(r["actual"], r.get("unit")),
                "" if r.get("completion") is None else f"{r['completion']}%",
                _time_progress_cell(r),
                label("status", r.get("status")),
            )
            for r in rows
        ),
    )
    return [*lines, text("cli.status_summary", count=len(rows), as_of=as_of.isoformat())]


def commitment_table(rows: Sequence[dict[str, Any]]) -> list[str]:
    """``commitments list``: one line per commitment, headed, with a count."""
    columns = [
        Column("cli.col.id", right=True), Column("cli.col.progress"), Column("cli.col.region"),
        Column("cli.col.year", right=True), Column("cli.col.commitment"),
    ]  # fmt: skip
    marks = {True: "done", False: "undone", None: "open"}
    lines = table_lines(
        columns,
        (
            (r["id"], label("commitment", marks[r["done"]]), r.get("region") or "", r.get("year") or "", r["text"])
            for r in rows
        ),
    )
    return [*lines, text("cli.commitments_count", count=len(rows))]


# The fields of ``targets show``, in the order a reviewer reads them.
_SHOWN = (
    "id", "state", "region", "region_code", "subject", "indicator", "indicator_id", "qualifier", "measure",
    "comparator", "value_text", "value", "unit", "direction", "strength", "year", "confidence", "edited",
    "document_id", "text",
)  # fmt: skip
_LABELLED = {"state": "state", "measure": "measure", "strength": "strength", "comparator": "comparator"}


def target_record_lines(record: dict[str, Any]) -> list[str]:
    """``targets show``: the record as "字段 值" lines, labels for codes, the value in the unit people read."""
    fields: list[tuple[str, object]] = []
    for name in _SHOWN:
        value = record.get(name)
        if name in _LABELLED:
            value = label(_LABELLED[name], value)
        elif name == "value":
            value = fmt_value(value, record.get("unit")) if value is not None else None
        elif name == "edited":
            value = "、".join(field_label(f) for f in value or ())
        elif name == "direction" and value:
            value = text(f"cli.direction.{value}")
        elif name == "confidence" and value is not None:
            value = f"{value:.2f}"
        if record.get("retired") and name == "state":
            value = f"{value}（{text('cli.retired')}）"
        fields.append((field_label(name), value))
    return record_lines(fields)
