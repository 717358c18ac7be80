"""Time progress (序时进度) and target periods (issue 3)."""

from datetime import date
from decimal import Decimal

import pytest

from taizhang.track.schedule import Period, Profile, goal_period, parse_period, time_progress

YEAR = Period.year(2023)


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        (date(2022, 12, 31), Decimal(0)),
        (date(2023, 3, 31), Decimal(25)),
        (date(2023, 6, 30), Decimal(50)),
        (date(2023, 9, 30), Decimal(75)),  # 三季度末序时进度为75%
        (date(2023, 12, 31), Decimal(100)),
        (date(2024, 2, 1), Decimal(100)),
    ],
)
def test_linear_time_progress_by_months(as_of, expected):
    assert time_progress(YEAR, as_of) == expected


def test_days_within_a_month_count_pro_rata():
    assert time_progress(YEAR, date(2023, 9, 15)) == Decimal(100) * Decimal("8.5") / 12


def test_monthly_profile_moves_the_schedule():
    back_loaded = Profile.from_weights([Decimal(1)] * 9 + [Decimal(3)] * 3)
    assert time_progress(YEAR, date(2023, 9, 30), back_loaded) == Decimal(50)
    assert Profile.linear().cumulative[8] == Decimal(75)


def test_bad_profiles_are_refused():
    with pytest.raises(ValueError):
        Profile((Decimal(10),) * 12)


def test_multi_year_and_window_periods():
    period, increment = goal_period(2025, date(2023, 1, 20))
    assert period == Period(date(2023, 1, 1), date(2025, 12, 31)) and not increment
    assert time_progress(period, date(2023, 12, 31)) == Decimal(100) / 3
    period, increment = goal_period(2023, date(2023, 10, 20), "力争四季度新增签约亿元以上项目14个以上")
    assert period == Period(date(2023, 10, 1), date(2023, 12, 31)) and increment
    assert goal_period(None, date(2023, 1, 1)) == (None, False)
    assert goal_period(2023, date(2023, 1, 20), "工业投资突破100亿元") == (YEAR, False)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("2023-09", "2023-09"),
        ("2023-9", "2023-09"),
        ("2023-09-30", "2023-09"),
        ("2023年9月", "2023-09"),
        ("2023-Q3", "2023-09"),
        ("2023", "2023-12"),
        ("2023/06", "2023-06"),
    ],
)
def test_parse_period(text, key):
    assert parse_period(text) == key


@pytest.mark.parametrize("text", ["09-2023", "2023-13", "2023-02-30", "soon"])
def test_parse_period_refuses(text):
    with pytest.raises(ValueError):
        parse_period(text)
