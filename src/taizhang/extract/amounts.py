"""Reading a value a person types — "160亿元", "3%以内", "突破100亿元", "8成", "约十五个", "56e8".

A progress sheet, the edit form and the CLI all take values as people write them. They are read
here with the extractor's own grammar (``numbers.read_alone`` over ``units.tsv`` and
``numerals.tsv``, comparator words from ``comparators.tsv``), so 8成 and 八成 are both 80 %, as
they are in a document. :func:`read_amount` returns the value in base units, its base unit, the
comparator the words give, and the number and unit as written; text it cannot read raises
:class:`AmountError` with a Chinese reason. Pure: no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import cast

from taizhang.extract.lexicon import load_comparators
from taizhang.extract.numbers import read_alone
from taizhang.extract.record import Comparator
from taizhang.messages import M
from taizhang.text.normalise import normalise

__all__ = ["Amount", "AmountError", "read_amount", "unit_scale"]

# A number as machines write it: 5600000000, 56e8, -1,234.5 (read exactly, in the unit given).
_PLAIN = re.compile(r"[+-]?(?:\d[\d,]*(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?")
# A number with magnitude characters and an unknown unit: 12万辆 when the target counts 辆.
_WITH_REST = re.compile(r"(\d+(?:\.\d+)?)([十百千万亿]*)(\D+)")
# Signs a person puts before a negative value (a growth of -2%).
_MINUS = ("-", "负")
# Digits of decimal arithmetic's default precision: an integer longer than this keeps its exponent.
_DIGITS = 28


class AmountError(ValueError):
    """Text that is not one value taizhang can read; the message (Chinese) says why."""


@dataclass(frozen=True, slots=True)
class Amount:
    """A value as typed: ``value`` in base ``unit`` ("" when neither text nor hint gives one),
    the ``comparator`` its words give (None when none: the caller keeps its own), ``measure``
    from units.tsv ("" if unknown) and ``value_text``, the number and unit as written
    (comparator words left out)."""

    value: Decimal
    unit: str
    comparator: Comparator | None
    measure: str
    value_text: str


def unit_scale(unit: str | None) -> tuple[Decimal, str, str]:
    """(factor, base unit, measure) of a unit as written: "亿元" → (1e8, "元", "level").

    A unit the table does not know is its own base: "辆/天" → (1, "辆/天", "").
    """
    surface = re.sub(r"\s+", "", normalise(unit or ""))
    if not surface:
        return Decimal(1), "", ""
    q = read_alone("1" + surface)
    if q is not None and q.value_text == "1" + surface:
        return q.value, q.unit, q.measure
    return Decimal(1), surface, ""


def read_amount(text: str, unit: str | None = None) -> Amount:
    """The value written in ``text``; ``unit`` is the unit a bare number is in (and the base unit a
    written one must agree with).

    >>> a = read_amount("突破100亿元")
    >>> a.value, a.unit, a.comparator, a.value_text
    (Decimal('10000000000'), '元', '>=', '100亿元')
    >>> b = read_amount("3%以内")
    >>> b.value, b.unit, b.comparator
    (Decimal('3'), '%', '<=')
    >>> read_amount("56e8", unit="元").value
    Decimal('5600000000')
    """
    written = re.sub(r"\s+", "", normalise(text))
    if not written:
        raise AmountError(M("amount.empty"))
    core, comparator = _strip_comparators(written)
    negative = core.startswith(_MINUS)
    if negative:
        core = core[1:]
    if not core:
        raise AmountError(M("amount.no_number"))
    value, base, measure, approx = _read_core(core, unit)
    if approx and comparator is None:
        comparator = "~"  # 500余项, as the extractor reads it
    if not value.is_finite():
        raise AmountError(M("amount.not_finite"))
    if negative:
        value = -value
    if value == value.to_integral_value() and value.adjusted() < _DIGITS:
        value = value.quantize(Decimal(1))
    shown = ("-" if negative else "") + core
    return Amount(value, base, comparator, measure, shown)


def _strip_comparators(text: str) -> tuple[str, Comparator | None]:
    """``text`` without comparator words before and after, and the comparator they give (None: no
    words; 达到 alone gives "=")."""
    words = load_comparators()
    found: list[str] = []
    for word, comp in sorted((*words["before"], *words.get("near", ())), key=lambda p: len(p[0]), reverse=True):
        if text.startswith(word) and len(text) > len(word):
            text, found = text[len(word) :], [comp]
            break
    for word, comp in words["after"]:
        if text.endswith(word) and len(text) > len(word):
            text = text[: -len(word)]
            found.append(comp)
            break
    meaningful = {c for c in found if c != "="}
    if len(meaningful) > 1:
        raise AmountError(M("amount.contradictory"))
    if not found:
        return text, None
    return text, cast(Comparator, meaningful.pop() if meaningful else "=")


def _read_core(core: str, unit: str | None) -> tuple[Decimal, str, str, bool]:
    """(value in base units, base unit, measure, approximate) of a number with or without its unit."""
    factor, hint_base, hint_measure = unit_scale(unit)
    if _PLAIN.fullmatch(core):
        try:
            number = Decimal(core.replace(",", ""))
        except (InvalidOperation, ArithmeticError):
            raise AmountError(M("amount.not_number")) from None
        return _scaled(number, factor), hint_base, hint_measure, False
    q = read_alone(core)
    if q is None and unit:
        q = read_alone(core + re.sub(r"\s+", "", normalise(unit)))
    if q is not None:
        if hint_base and q.unit != hint_base:
            raise AmountError(M("amount.unit", unit=q.unit, expected=hint_base))
        return q.value, q.unit, q.measure, q.approx
    m = _WITH_REST.fullmatch(core)
    if m is not None and hint_base and m.group(3) in (hint_base, normalise(unit or "")):
        magnitude = read_alone("1" + m.group(2) + "个") if m.group(2) else None
        scale = magnitude.value if magnitude is not None else Decimal(1)
        return _scaled(Decimal(m.group(1)) * scale, factor), hint_base, hint_measure, False
    raise AmountError(M("amount.unreadable"))


def _scaled(number: Decimal, factor: Decimal) -> Decimal:
    try:
        return number * factor
    except ArithmeticError:  # 1e999999999 亿: past what decimal arithmetic holds
        raise AmountError(M("amount.too_large")) from None
