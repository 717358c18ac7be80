"""Figures in the units people read: 9800000000 元 → "98亿元", 42000 人 → "4.2万人", 3.5 % → "3.5%".

The one formatter of a base-unit value for people: the pages, the XLSX export and the CLI tables
all call :func:`format_quantity`; a chart's axis uses :func:`display_scale` for the same unit.
The scales are ``data/display_units.tsv``. Pure: no clock, no settings; never raises.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal
from functools import cache
from types import MappingProxyType
from typing import Any

from taizhang.data import data_rows

__all__ = ["display_scale", "format_quantity"]

_DIGITS = 24  # magnitudes shown in full; beyond, the raw scientific text
_PLACES = 12  # small magnitudes shown in full; below, the raw scientific text
_ONE = Decimal(1)


@cache
def _scales() -> Mapping[str, tuple[tuple[Decimal, str], ...]]:
    """display_units.tsv: base unit → ((size, shown unit), …), the largest size first."""
    table: dict[str, list[tuple[Decimal, str]]] = {}
    for base, size, shown in data_rows("display_units.tsv"):
        table.setdefault(base, []).append((Decimal(size), shown))
    return MappingProxyType({k: tuple(sorted(v, reverse=True)) for k, v in table.items()})


def _number(value: Any) -> Decimal | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        return value if isinstance(value, Decimal) else Decimal(str(value))
    except (ArithmeticError, ValueError):
        return None


def _short(text: str, keep: int = 24) -> str:
    return text if len(text) <= keep else f"{text[:keep]}…"


def display_scale(values: Iterable[Any], unit: str | None) -> tuple[Decimal, str]:
    """(divisor, shown unit) for figures of ``unit`` read together (a chart's axis, a column):
    the largest scale the biggest of them reaches; (1, unit) if none or none is a finite number."""
    unit = unit or ""
    numbers = [n for n in map(_number, values) if n is not None and n.is_finite()]
    biggest = max((abs(n) for n in numbers), default=Decimal(0))
    for size, shown in _scales().get(unit, ()):
        if biggest >= size:
            return size, shown
    return _ONE, unit


def format_quantity(value: Any, unit: str | None = "") -> str:
    """12_000_000_000, 元 → "120亿元"; 42000, 人 → "4.2万人"; 3.5, % → "3.5%"; 30, 个 → "30个".

    At most two decimals after scaling, thousands separated. Never raises: a value that is no
    finite number of sensible size (NaN, Infinity, 1E+999999) is shown as its short raw text,
    something unreadable (None, text) as "—".
    """
    number = _number(value)
    if number is None:
        return "—"
    unit = unit or ""
    if not number.is_finite() or (number and not -_PLACES <= number.adjusted() < _DIGITS):
        return f"{_short(str(number))}{unit}"
    try:
        size, shown = display_scale([number], unit)
        if size != _ONE:
            scaled = (number / size).quantize(Decimal("0.01")).normalize()
            return f"{scaled:,f}{shown}"
        text = f"{number.normalize():,f}" if number == number.to_integral_value() else f"{number:,f}"
    except ArithmeticError:
        return f"{_short(str(number))}{unit}"
    return f"{text}{unit}"
