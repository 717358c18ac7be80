"""A value as a person types it, read by the extractor's grammar (issues 8 and 12).

These cases replace track/quantity.py's: one quantity reader for documents, sheets and edits.
"""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from taizhang.extract.amounts import AmountError, read_amount
from taizhang.extract.numbers import find_quantities

# (text, unit hint) → (value in base units, base unit, comparator, value_text)
CASES = [
    ("56亿元", None, ("5600000000", "元", None, "56亿元")),
    ("56e8", "元", ("5600000000", "元", None, "56e8")),
    ("56E8", None, ("5600000000", "", None, "56E8")),
    ("3.2%", None, ("3.2", "%", None, "3.2%")),
    ("3.2", "%", ("3.2", "%", None, "3.2")),
    ("740.9亿元", "元", ("74090000000", "元", None, "740.9亿元")),
    ("１２３万元", None, ("1230000", "元", None, "123万元")),
    ("1,234.5", "万元", ("12345000", "元", None, "1,234.5")),
    ("千亿", "元", ("100000000000", "元", None, "千亿")),
    ("百亿元", None, ("10000000000", "元", None, "百亿元")),
    ("1.3万亿斤", None, ("1300000000000", "斤", None, "1.3万亿斤")),
    ("86.5公顷", "公顷", ("86.5", "公顷", None, "86.5公顷")),
    ("32个", "个", ("32", "个", None, "32个")),
    ("5亿美元", None, ("500000000", "美元", None, "5亿美元")),
    ("8成", None, ("80", "%", None, "8成")),
    ("八成", None, ("80", "%", None, "八成")),
    ("八十亿", None, ("8000000000", "元", None, "八十亿")),
    ("约十五个", None, ("15", "个", "~", "十五个")),
    ("约五个", None, ("5", "个", "~", "五个")),
    ("百分之五点五", None, ("5.5", "%", None, "百分之五点五")),
    ("160亿元", "元", ("16000000000", "元", None, "160亿元")),
    ("3%以内", None, ("3", "%", "<=", "3%")),
    ("突破100亿元", None, ("10000000000", "元", ">=", "100亿元")),
    ("达到100亿元", None, ("10000000000", "元", "=", "100亿元")),
    ("不低于3%以上", None, ("3", "%", ">=", "3%")),
    ("500余项", None, ("500", "项", "~", "500余项")),
    ("5万", "人", ("50000", "人", None, "5万")),
    ("-2.5%", None, ("-2.5", "%", None, "-2.5%")),
    ("一百六十億元", None, ("16000000000", "元", None, "一百六十亿元")),
    ("56 亿元", None, ("5600000000", "元", None, "56亿元")),
]


@pytest.mark.parametrize(("text", "unit", "expected"), CASES, ids=[c[0] + (c[1] or "") for c in CASES])
def test_read_amount(text, unit, expected):
    a = read_amount(text, unit)
    value, base, comparator, value_text = expected
    assert (a.value, a.unit, a.comparator, a.value_text) == (Decimal(value), base, comparator, value_text)


REFUSED = [
    ("", None, "为空"),
    ("abc", None, "读不出"),
    ("12abc3", None, "读不出"),
    ("3.2%", "元", "应为"),
    ("56亿元", "%", "应为"),
    ("nan", None, "读不出"),
    ("3-5亿元", None, "读不出"),  # a range is two targets, not one value
    ("突破", None, "读不出"),
    ("突破3%以内", None, "矛盾"),
    ("1e999999999", "亿元", "太大"),
]


@pytest.mark.parametrize(("text", "unit", "reason"), REFUSED, ids=[r[0] or "empty" for r in REFUSED])
def test_unreadable_values_raise_with_a_chinese_reason(text, unit, reason):
    with pytest.raises(AmountError, match=reason):
        read_amount(text, unit)


@pytest.mark.parametrize("text", ["8成", "八成", "4.2万人", "百亿元", "1.3万亿斤", "三十个", "5亿美元", "百分之五"])
def test_a_typed_value_reads_as_the_same_words_in_a_document(text):
    """One grammar: what the extractor finds in a sentence is what a sheet or an edit gets."""
    (found,) = find_quantities(f"全年实现{text}。")
    typed = read_amount(text)
    assert (typed.value, typed.unit) == (found.value, found.unit)


@given(st.decimals(min_value=-(10**12), max_value=10**12, allow_nan=False, places=4))
def test_plain_numbers_round_trip(value):
    assert read_amount(str(value), "元").value == value
