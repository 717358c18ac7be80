"""Reading reported values as written in progress sheets (issue 3)."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from taizhang.track.quantity import Quantity, QuantityError, parse_quantity

CASES = [
    ("56亿元", None, Quantity(Decimal(5600000000), "元")),
    ("56e8", "元", Quantity(Decimal(5600000000), "元")),
    ("56E8", None, Quantity(Decimal(5600000000), "")),
    ("3.2%", None, Quantity(Decimal("3.2"), "%")),
    ("3.2", "%", Quantity(Decimal("3.2"), "%")),
    ("740.9亿元", "元", Quantity(Decimal(74090000000), "元")),
    ("１２３万元", None, Quantity(Decimal(1230000), "元")),
    ("1,234.5", "万元", Quantity(Decimal(12345000), "元")),
    ("千亿", "元", Quantity(Decimal(100000000000), "元")),
    ("百亿元", None, Quantity(Decimal(10000000000), "元")),
    ("1.3万亿斤", None, Quantity(Decimal(1300000000000), "斤")),
    ("86.5公顷", "公顷", Quantity(Decimal("86.5"), "公顷")),
    ("74090000000", "元", Quantity(Decimal(74090000000), "元")),
    ("32个", "个", Quantity(Decimal(32), "个")),
    ("5亿美元", None, Quantity(Decimal(500000000), "美元")),
]


@pytest.mark.parametrize(("text", "unit", "expected"), CASES, ids=[c[0] for c in CASES])
def test_parse_quantity(text, unit, expected):
    assert parse_quantity(text, unit) == expected


@pytest.mark.parametrize(
    ("text", "unit"),
    [("", None), ("abc", None), ("12abc3", None), ("3.2%", "元"), ("56亿元", "%"), ("nan", None)],
)
def test_unreadable_values_raise_with_a_reason(text, unit):
    with pytest.raises(QuantityError):
        parse_quantity(text, unit)


@given(st.decimals(min_value=-(10**12), max_value=10**12, allow_nan=False, places=4))
def test_plain_numbers_round_trip(value):
    assert parse_quantity(str(value), "元").value == value
