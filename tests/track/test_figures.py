"""Figures in the unit people read (issue 12): one formatter for pages, XLSX and CLI tables."""

from __future__ import annotations

from decimal import Decimal

import pytest

from taizhang.track.figures import display_scale, format_quantity


@pytest.mark.parametrize(
    ("value", "unit", "shown"),
    [
        (9_800_000_000, "元", "98亿元"),
        (Decimal("7120000000"), "元", "71.2亿元"),
        (Decimal("123456789012"), "元", "1,234.57亿元"),
        (56_000, "元", "5.6万元"),
        (9_999, "元", "9,999元"),
        (42_000, "人", "4.2万人"),
        (3_000, "人", "3,000人"),
        (Decimal("3.5"), "%", "3.5%"),
        (30, "个", "30个"),
        (-500_000_000, "元", "-5亿元"),
        (Decimal("133.3"), "公顷", "133.3公顷"),
        (None, "元", "—"),
        ("not a number", "元", "—"),
        (Decimal("NaN"), "%", "NaN%"),
        (Decimal("1e999999"), "元", "1E+999999元"),
    ],
)
def test_format_quantity(value, unit, shown):
    assert format_quantity(value, unit) == shown


def test_display_scale_takes_the_biggest_figure():
    assert display_scale([5_000, 2_000_000_000, None], "元") == (Decimal(10**8), "亿元")
    assert display_scale([5_000, 20_000], "元") == (Decimal(10**4), "万元")
    assert display_scale([1, 2], "元") == (Decimal(1), "元")
    assert display_scale([], "人") == (Decimal(1), "人")
    assert display_scale([10**9], "%") == (Decimal(1), "%")
