"""Targets in tables: the 主要指标表 of plans, as text readers render them (cells split by tabs).

    指标	2023年基数	2024年目标	2025年目标
    接待游客总人次（万人次）	9000.6	9800	10500

A block of lines with tabs whose first line names columns by year (or 目标) is a table. Each
row's first cell is the indicator, with its unit in brackets; each numeric cell under a target
column is one record, due in that column's year. Columns of a base or a past year are not
targets (their cells are the baseline), and neither is an 属性 column (预期性/约束性).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from taizhang.extract.lexicon import any_of, load_comparators, load_roles, load_units
from taizhang.extract.numbers import find_quantities, parse_chinese_numeral
from taizhang.extract.segments import Span

_CELL = re.compile(r"[^\t]+")
_YEAR = re.compile(r"((?:19|20)\d\d)")
_UNIT_IN_NAME = re.compile(r"[（(]([^（()）]{1,8})[)）]\s*$")
_NUMBER = re.compile(r"^\s*([\d,]+(?:\.\d+)?)\s*$")


@dataclass(frozen=True, slots=True)
class Column:
    """A column of a table: where it is due (a year), or None when it holds no targets."""

    year: int | None


@dataclass(frozen=True, slots=True)
class TableCell:
    """A numeric cell under a target column, read with its row's indicator and unit."""

    start: int
    end: int
    value: Decimal
    unit: str
    measure: str
    comparator: str
    indicator: str
    year: int
    row: Span


def table_blocks(norm: str, lines: list[Span]) -> Iterator[list[Span]]:
    """Runs of consecutive lines that each hold a tab, at least a header and one row."""
    block: list[Span] = []
    for line in lines:
        if "\t" in line.of(norm):
            block.append(line)
            continue
        if len(block) >= 2:
            yield block
        block = []
    if len(block) >= 2:
        yield block


def read_table(norm: str, block: list[Span], doc_year: int | None) -> list[TableCell] | None:
    """The target cells of a table, or None when the block's first line is no header."""
    header = [m.group() for m in _CELL.finditer(block[0].of(norm))]
    columns = [_column(cell, doc_year) for cell in header[1:]]
    if not any(c.year is not None for c in columns):
        return None
    cells: list[TableCell] = []
    for row in block[1:]:
        found = [(m.start(), m.group()) for m in _CELL.finditer(row.of(norm))]
        if len(found) < 2:
            continue
        name, unit_text = _name_and_unit(found[0][1])
        for (offset, cell), column in zip(found[1:], columns, strict=False):
            if column.year is None:
                continue
            read = _cell(norm, row.start + offset, cell, unit_text, name)
            if read is not None:
                start, end, value, unit, measure, comparator = read
                cells.append(TableCell(start, end, value, unit, measure, comparator, name, column.year, row))
    return cells


def _column(cell: str, doc_year: int | None) -> Column:
    year_match = _YEAR.search(cell)
    if year_match is None:
        chinese = re.search(r"二〇[〇一二三四五六七八九]{2}", cell)
        year = int(parse_chinese_numeral(chinese.group()) or 0) if chinese else None
    else:
        year = int(year_match.group(1))
    if any(w in cell for w in load_roles()["table_base"]):
        return Column(None)
    if year is None:
        return Column(doc_year if any(w in cell for w in load_roles()["table_target"]) else None)
    if doc_year is not None and year < doc_year and not any(w in cell for w in load_roles()["table_target"]):
        return Column(None)  # a past year's column: the baseline
    return Column(year)


def _name_and_unit(cell: str) -> tuple[str, str]:
    """接待游客总人次（万人次） → (接待游客总人次, 万人次)."""
    m = _UNIT_IN_NAME.search(cell)
    if m is None:
        return cell.strip(), ""
    return cell[: m.start()].strip(), m.group(1).strip()


def _cell(norm: str, at: int, cell: str, unit_text: str, name: str) -> tuple[int, int, Decimal, str, str, str] | None:
    """(start, end, value, unit, measure, comparator) of a numeric cell, or None."""
    stripped = cell.strip()
    lead = len(cell) - len(cell.lstrip())
    comparator = "="
    for word, comp in load_comparators()["after"]:
        if stripped.endswith(word):
            stripped, comparator = stripped[: -len(word)].rstrip(), comp
            break
    number = _NUMBER.match(stripped)
    if number is None:
        # A cell with its own unit (9800万人次, 7%): read it as running text.
        quantities = find_quantities(stripped)
        if len(quantities) != 1:
            return None
        q = quantities[0]
        measure = _measure(q.measure, q.unit, name)
        return at + lead + q.start, at + lead + q.end, q.value, q.unit, measure, comparator
    unit = _unit(unit_text)
    if unit is None:
        return None
    factor, base, unit_measure = unit
    try:
        value = Decimal(number.group(1).replace(",", "")) * factor
    except InvalidOperation:
        return None
    start = at + lead + number.start(1)
    return start, start + len(number.group(1)), value, base, _measure(unit_measure, base, name), comparator


def _unit(text: str) -> tuple[Decimal, str, str] | None:
    """万人次 → (10000, 人次, count); 亿元 → (1e8, 元, level); % → (1, %, share)."""
    units = load_units()
    magnitude = re.match(r"[十百千万亿]*", text)
    prefix = magnitude.group() if magnitude else ""
    rest = text[len(prefix) :]
    if rest in units:
        factor = parse_chinese_numeral(prefix) if prefix else Decimal(1)
        if factor is None:
            return None
        unit = units[rest]
        return factor * unit.factor, unit.base, unit.measure
    return None


def _measure(measure: str, unit: str, name: str) -> str:
    if unit == "%" and any_of(load_roles()["growth_named"]).search(name):
        return "growth"
    return measure
