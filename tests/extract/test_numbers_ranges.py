"""Ranges whose low end is written without its unit or magnitude (issue 8: 5-6亿元 gave 5 元)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from taizhang import extract_targets


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("力争工业投资达到5-6亿元。", Decimal("5e8"), Decimal("6e8")),
        ("今年新增就业3-5万人。", Decimal("3e4"), Decimal("5e4")),
        ("新增就业3万-5万人。", Decimal("3e4"), Decimal("5e4")),
        ("新建学校10至15个。", Decimal(10), Decimal(15)),
        ("培育企业3000-5000个。", Decimal(3000), Decimal(5000)),
        ("地区生产总值增长5.5-6.5%。", Decimal("5.5"), Decimal("6.5")),
    ],
)
def test_both_ends_of_a_range_are_targets_in_the_same_units(text: str, low: Decimal, high: Decimal) -> None:
    targets = extract_targets(text, region="郑州市", date="2024-01-20")
    assert [(t.value, t.comparator) for t in targets] == [(low, ">="), (high, "<=")]
    assert targets[0].unit == targets[1].unit
