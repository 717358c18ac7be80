"""Time progress (序时进度) and target periods (issue 3)."""

from datetime import date
from decimal import Decimal

import pytest

from taizhang.track.schedule import Period, Profile, goal_period, parse_period, seasonal_profile, time_progress

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


D = Decimal


@pytest.mark.parametrize(
    ("years", "month", "expected"),
    [
        # Two years of 1-6月 at 38 % and 42 % of their whole year: 40 at June, not 50.
        ({2021: {6: D(38), 12: D(100)}, 2022: {6: D(84), 12: D(200)}}, 6, D(40)),
        # Between known months a straight line: 40 at June and 100 at December give 70 at September.
        ({2021: {6: D(38), 12: D(100)}, 2022: {6: D(84), 12: D(200)}}, 9, D(70)),
        # Before the first known month a straight line from 0: 30 at March gives 10 at January.
        ({2022: {3: D(30), 12: D(100)}}, 1, D(10)),
        # A month only one year gives averages over that year alone.
        ({2021: {3: D(20), 6: D(50), 12: D(100)}, 2022: {6: D(30), 12: D(100)}}, 3, D(20)),
        # A figure above the whole year is capped at 100 and the profile never falls.
        ({2022: {3: D(60), 6: D(120), 9: D(50), 12: D(100)}}, 9, D(100)),
        # A year without December (or a zero one) gives no share; the other year stands alone.
        ({2021: {6: D(10)}, 2020: {6: D(5), 12: D(0)}, 2022: {6: D(25), 12: D(50)}}, 6, D(50)),
    ],
)
def test_seasonal_profile_averages_earlier_years(years, month, expected):
    profile = seasonal_profile(years)
    assert profile is not None
    assert profile.cumulative[month - 1] == expected


@pytest.mark.parametrize(
    "years",
    [
        {},
        {2022: {12: D(100)}},  # the whole year alone says nothing of the months
        {2022: {6: D(40)}},  # no whole year to divide by
        {2022: {6: D(40), 12: D(-5)}},
        {2022: {6: D("NaN"), 12: D(100)}},
    ],
)
def test_no_usable_history_gives_no_profile(years):
    assert seasonal_profile(years) is None


def test_seasonal_profile_sets_time_progress_at_mid_year():
    profile = seasonal_profile({2021: {6: D(38), 12: D(100)}, 2022: {6: D(42), 12: D(100)}})
    assert time_progress(YEAR, date(2023, 6, 30), profile) == D(40)
    assert time_progress(YEAR, date(2023, 6, 30)) == D(50)


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
