"""Reading a reported value as people write it: "56亿元", "3.2%", "56e8", "1,234.5万元", "千亿".

A progress sheet is typed by hand; the same figure arrives as ``5600000000``, ``56e8``,
``56亿元`` or ``５６亿元``. :func:`parse_quantity` turns each into an exact ``Decimal`` in base
units plus the base unit (money in 元, percentages in %), the way TARGETS.md stores a target.
It never guesses: text it cannot read raises :class:`QuantityError` with the reason.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from taizhang.messages import M

__all__ = ["Quantity", "QuantityError", "parse_quantity", "to_base_unit"]

# Magnitude characters, longest first so 万亿 is read before 万.
_MAGNITUDES: tuple[tuple[str, Decimal], ...] = (
    ("万亿", Decimal(10) ** 12),
    ("千亿", Decimal(10) ** 11),
    ("百亿", Decimal(10) ** 10),
    ("十亿", Decimal(10) ** 9),
    ("千万", Decimal(10) ** 7),
    ("百万", Decimal(10) ** 6),
    ("十万", Decimal(10) ** 5),
    ("亿", Decimal(10) ** 8),
    ("万", Decimal(10) ** 4),
    ("千", Decimal(10) ** 3),
    ("百", Decimal(10) ** 2),
    ("十", Decimal(10)),
)
_NUMBER = re.compile(r"^\s*([+-]?(?:\d[\d,]*(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?)")
# Digits of decimal arithmetic's default precision: an integer longer than this keeps its exponent.
_DIGITS = 28
# Units that mean "percent" whatever way they are written.
_PERCENT = {"%", "％", "percent", "pct"}


class QuantityError(ValueError):
    """Text that is not a quantity taizhang can read; the message says why."""


@dataclass(frozen=True, slots=True)
class Quantity:
    """An exact value in base units and its base unit ("元", "%", "个", "公顷", or "" if none)."""

    value: Decimal
    unit: str


def to_base_unit(value: Decimal, unit: str) -> Quantity:
    """Move magnitude characters from ``unit`` into ``value``: (56, "亿元") → (5600000000, "元")."""
    unit = unit.strip()
    if unit.lower() in _PERCENT:
        return Quantity(value, "%")
    for chars, factor in _MAGNITUDES:
        if unit.startswith(chars) and len(unit) > len(chars):
            return Quantity(value * factor, unit[len(chars) :])
    return Quantity(value, unit)


def parse_quantity(text: str, unit: str | None = None) -> Quantity:
    """The quantity written in ``text``; ``unit`` is the unit to assume when the text has none.

    >>> parse_quantity("56亿元")
    Quantity(value=Decimal('5600000000'), unit='元')
    >>> parse_quantity("56e8", unit="元")
    Quantity(value=Decimal('5600000000'), unit='元')
    >>> parse_quantity("3.2%")
    Quantity(value=Decimal('3.2'), unit='%')
    """
    try:
        return _parse(text, unit)
    except ArithmeticError as exc:  # 1e999999亿: past what decimal arithmetic can hold
        raise QuantityError(M("quantity.out_of_range", text=text[:40])) from exc


def _parse(text: str, unit: str | None) -> Quantity:
    raw = unicodedata.normalize("NFKC", text).strip()
    if not raw:
        raise QuantityError(M("quantity.empty"))
    match = _NUMBER.match(raw)
    if match:
        try:
            number = Decimal(match.group(1).replace(",", ""))
        except InvalidOperation as exc:  # pragma: no cover - the pattern admits only numbers
            raise QuantityError(M("quantity.not_number", text=text)) from exc
        rest = raw[match.end() :].strip()
    else:
        # A bare magnitude: 千亿, 百亿元.
        for chars, factor in _MAGNITUDES:
            if raw.startswith(chars):
                number, rest = factor, raw[len(chars) :].strip()
                break
        else:
            raise QuantityError(M("quantity.no_number", text=text))
    if not number.is_finite():
        raise QuantityError(M("quantity.not_finite", text=text))
    magnitude = Decimal(1)
    for chars, factor in _MAGNITUDES:
        if rest.startswith(chars):
            magnitude, rest = factor, rest[len(chars) :].strip()
            break
    if rest and not re.fullmatch(r"[^\d\s]+", rest):
        raise QuantityError(M("quantity.trailing", text=text, rest=rest))
    written_unit = rest or ""
    if written_unit:
        base = to_base_unit(number * magnitude, written_unit)
        if unit is not None:
            expected = to_base_unit(Decimal(1), unit).unit
            if expected and base.unit != expected:
                raise QuantityError(M("quantity.unit", text=text, unit=base.unit, expected=expected))
        return _normal(base)
    if unit is None:
        return _normal(Quantity(number * magnitude, ""))
    hinted = to_base_unit(Decimal(1), unit)
    return _normal(Quantity(number * magnitude * hinted.value, hinted.unit))


def _normal(q: Quantity) -> Quantity:
    """Remove exponent noise: 56E+8 → 5600000000, 3.20 stays 3.20 (as written)."""
    value = q.value
    if value == value.to_integral_value() and value.adjusted() < _DIGITS:
        value = value.quantize(Decimal(1))
    return Quantity(value, q.unit)
