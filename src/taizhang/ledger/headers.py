"""Which field each column of an office's own 台账 sheet holds, read from its headings.

Offices head their columns as they please (目标 / 预期目标 / 年度目标, 牵头单位 / 责任单位 …), in any order.
``data/taizhang_headers.tsv`` lists the headings of each field; a heading is compared by its
:func:`heading_key` (spaces, line breaks and a bracketed note such as （万元） dropped), so 目标值（万元）
is 目标值. A person corrects what the guess got wrong by choosing a field per column; the checked
choice is a *mapping*: one field, or None (the column is not read), per column.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache
from types import MappingProxyType

from taizhang.data import data_rows
from taizhang.messages import M, Message
from taizhang.text.normalise import normalise

__all__ = ["check_mapping", "field_label", "guess_mapping", "heading_key", "parse_mapping", "sheet_fields"]

DATA_FILE = "taizhang_headers.tsv"
_NOTE = re.compile(r"[（(][^）)]*[）)]")
_SPACE = re.compile(r"\s+")


def heading_key(heading: object) -> str:
    """A heading as compared: normalised, without spaces, bracketed notes and a trailing colon."""
    text = normalise("" if heading is None else str(heading))
    text = _SPACE.sub("", _NOTE.sub("", text)).rstrip(":：")
    return text.lower()


@cache
def _table() -> tuple[tuple[str, ...], Mapping[str, str], Mapping[str, str]]:
    """(fields in file order, heading key → field, field → its first heading)."""
    fields: list[str] = []
    by_key: dict[str, str] = {}
    labels: dict[str, str] = {}
    for field, heading in data_rows(DATA_FILE):
        if field not in labels:
            fields.append(field)
            labels[field] = heading
        by_key.setdefault(heading_key(heading), field)
    return tuple(fields), MappingProxyType(by_key), MappingProxyType(labels)


def sheet_fields() -> tuple[str, ...]:
    """The fields a column may fill, in the data file's order."""
    return _table()[0]


def field_label(field: str) -> str:
    """The name a page shows for ``field``: its first heading in the data file (目标值)."""
    return _table()[2][field]


def guess_mapping(headings: Sequence[object]) -> list[str | None]:
    """The field of each column by its heading; a field is given to its first column only."""
    by_key = _table()[1]
    taken: set[str] = set()
    out: list[str | None] = []
    for heading in headings:
        field = by_key.get(heading_key(heading))
        if field is None or field in taken:
            out.append(None)
            continue
        taken.add(field)
        out.append(field)
    return out


def parse_mapping(chosen: Sequence[str], columns: int) -> list[str | None]:
    """A mapping as a person sends it (one field name or "" per column), padded to ``columns``.

    Raises ValueError naming an unknown field (a tampered form)."""
    known = set(sheet_fields())
    out: list[str | None] = []
    for name in list(chosen)[:columns]:
        name = name.strip()
        if name and name not in known:
            raise ValueError(name)
        out.append(name or None)
    return out + [None] * (columns - len(out))


def check_mapping(mapping: Sequence[str | None], source: str, row: int = 1) -> list[Message]:
    """What makes ``mapping`` unusable: a field chosen for two columns, no 目标值 column, neither a
    指标 nor a 任务 column. Each problem is a message naming ``row``, the row of the headings."""
    problems: list[Message] = []
    seen: set[str] = set()
    for field in mapping:
        if field is None:
            continue
        if field in seen:
            problems.append(M("taizhang.column_twice", source=source, row=row, field=field_label(field)))
        seen.add(field)
    if "value" not in seen:
        problems.append(M("taizhang.column_missing", source=source, row=row, field=field_label("value")))
    if not seen & {"indicator", "task"}:
        problems.append(
            M(
                "taizhang.column_missing",
                source=source,
                row=row,
                field=f"{field_label('indicator')}/{field_label('task')}",
            )
        )
    return problems
