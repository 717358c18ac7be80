"""The one rule for a number a person gives the ledger, at every entry point.

A target's value (edited through the API, a form or the CLI) and a reported actual (added one by
one or imported from a sheet) are accepted only when:

- the text as given is at most :data:`MAX_TEXT` characters, and reads as a number;
- the number is finite (no NaN, no Infinity);
- its magnitude is within the limit for its unit's measure (``data/value_limits.tsv``: money and
  other levels 1e15 base units, counts 1e12, percentages and points 1e6);
- it has at most :data:`MAX_PLACES` meaningful decimal places (0.5 yes, 1e-30 no).

Anything else raises :class:`~taizhang.errors.ValueInvalidError` (E203), which names the field and
the value. :func:`value_problem` gives the reason without raising, for the repair migration.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from decimal import Decimal, InvalidOperation
from functools import cache
from types import MappingProxyType

from taizhang.data import data_rows
from taizhang.errors import ValueInvalidError
from taizhang.extract.amounts import Amount, AmountError, read_amount
from taizhang.extract.lexicon import load_units
from taizhang.messages import M

__all__ = [
    "MAX_PLACES",
    "MAX_TEXT",
    "check_value",
    "limit_for",
    "read_actual",
    "read_number",
    "read_quantity",
    "value_problem",
]

MAX_TEXT = 40
"""Characters of a value as written ("1,234.5万元")."""
MAX_PLACES = 8
"""Meaningful decimal places of a value in base units."""


@cache
def _limits() -> Mapping[str, Decimal]:
    """Base unit (and "*" for any other) → the largest |value| accepted."""
    by_measure = {measure: Decimal(limit) for measure, limit in data_rows("value_limits.tsv")}
    out: dict[str, Decimal] = {"*": by_measure["*"]}
    for unit in load_units().values():
        limit = by_measure.get(unit.measure, by_measure["*"])
        out[unit.base] = max(out.get(unit.base, limit), limit)
    return MappingProxyType(out)


def limit_for(unit: str | None) -> Decimal:
    """The largest |value| accepted in base unit ``unit`` (the loosest limit for an unknown unit)."""
    limits = _limits()
    return limits.get((unit or "").strip(), limits["*"])


def _places(value: Decimal) -> int:
    """Decimal places that carry a digit other than a trailing zero: 0.50 → 1, 1e-30 → 30, 5e3 → 0."""
    _, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)  # a finite value
    significant = "".join(map(str, digits)).rstrip("0")
    if not significant:  # zero, however written
        return 0
    return max(0, -(exponent + len(digits) - len(significant)))


def value_problem(value: Decimal, unit: str | None) -> M | None:
    """Why ``value`` in base unit ``unit`` breaks the rule (a Chinese reason), or None if it is fine."""
    if not value.is_finite():
        return M("value.not_finite")
    limit = limit_for(unit)
    if abs(value) > limit:
        return M("value.too_large", limit=f"{limit:E}", unit=unit or "-")
    if _places(value) > MAX_PLACES:
        return M("value.places", places=MAX_PLACES)
    return None


def check_value(value: Decimal, unit: str | None, *, field: str = "value", text: str | None = None) -> Decimal:
    """``value`` if it keeps the rule, trailing zeros past :data:`MAX_PLACES` dropped; else E203."""
    problem = value_problem(value, unit)
    if problem is not None:
        raise ValueInvalidError(field, text if text is not None else str(value), problem)
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -MAX_PLACES:  # 0.50000000000 → 0.50000000, exactly
        value = value.quantize(Decimal(1).scaleb(-MAX_PLACES)) if value else Decimal(0)
    return value


def _short(raw: object, field: str) -> str:
    text = "" if raw is None else str(raw).strip()
    if not text:
        raise ValueInvalidError(field, text, M("value.empty"))
    if len(text) > MAX_TEXT:
        raise ValueInvalidError(field, text, M("value.long", length=len(text), limit=MAX_TEXT))
    return text


def read_number(raw: object, unit: str | None, *, field: str = "value") -> Decimal:
    """A number written in base units ("56e8", "5600000000", "0.5"), checked against the rule."""
    text = _short(raw, field)
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise ValueInvalidError(field, text, M("value.not_base_number")) from None
    return check_value(number, unit, field=field, text=text)


def read_quantity(raw: object, unit: str | None = None, *, field: str = "value") -> Amount:
    """A value as people write it ("56亿元", "3%以内", "八成", "56e8"), read by the extractor's
    grammar (:func:`~taizhang.extract.amounts.read_amount`) and checked against the rule."""
    text = _short(raw, field)
    try:
        a = read_amount(text, unit)
    except AmountError as exc:
        raise ValueInvalidError(field, text, exc.args[0]) from None  # the amount reader's message
    return replace(a, value=check_value(a.value, a.unit, field=field, text=text))


def read_actual(raw: object, unit: str | None = None, *, field: str = "value") -> Amount:
    """A reported actual as written ("八十亿", "约十五个", "8成"): :func:`read_quantity`, but an
    actual is a figure, so a bound (突破…, …以内) is refused; 约/左右 are kept as approximate."""
    a = read_quantity(raw, unit, field=field)
    if a.comparator in ("<=", ">="):
        raise ValueInvalidError(field, str(raw).strip(), M("value.actual_bound"))
    return a
