"""Judging and rounding never raise, whatever Decimal a stored value holds (issue 13).

The probe put 1e-30 on a target with progress and status failed for the whole ledger; 1e999999
broke every page. A value that cannot be judged gives the status ``unknown`` (无法计算).
"""

from datetime import date
from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from taizhang.extract.record import decimal_to_json
from taizhang.track.attainment import floor_and_stretch, round_half_up, rule_of
from taizhang.track.schedule import Period
from taizhang.track.status import STATUSES, Goal, Reading, assess

ODD = ["NaN", "sNaN", "-NaN", "Infinity", "-Infinity", "1e999999", "-1e999999", "1e-999999", "-1e308", "1e-30", "0"]
NOT_FINITE = {"NaN", "sNaN", "-NaN", "Infinity", "-Infinity"}
KINDS = [("level", ">="), ("level", "<="), ("count", "="), ("growth", ">="), ("share", "<="), ("rank", "<=")]
Q3 = date(2023, 9, 30)


@pytest.mark.parametrize("odd", ODD)
@pytest.mark.parametrize(("measure", "comparator"), KINDS, ids=[f"{m}{c}" for m, c in KINDS])
def test_an_odd_target_or_actual_is_judged_or_unknown(odd, measure, comparator):
    for target, actual in ((odd, "5"), ("5", odd), (odd, odd)):
        a = assess(Goal(D(target), measure, comparator, Period.year(2023)), Reading(D(actual), "2023-09"), Q3)
        assert a.status in STATUSES
        if odd in NOT_FINITE:
            assert a.status == "unknown" and a.completion is None and a.lag is None
        # the displayed figures never raise either
        assert a.completion_display is None or isinstance(a.completion_display, D)
        assert a.time_progress_display == D("75.0")


def test_a_tiny_target_is_judged_not_fatal():
    """1e-30 on a level target: the probe's whole-ledger failure. Reached, so achieved."""
    a = assess(Goal(D("1e-30"), "level", ">=", Period.year(2023)), Reading(D(5), "2023-09"), Q3)
    assert a.status == "achieved" and a.completion_display == D("5E+32")
    b = assess(Goal(D("1e-999999"), "level", ">=", Period.year(2023)), Reading(D(5), "2023-09"), Q3)
    assert b.status == "unknown" and "cannot compute" in b.notes


@pytest.mark.parametrize("odd", ODD)
def test_rounding_and_json_never_raise(odd):
    value = D(odd)
    rounded = round_half_up(value)
    assert rounded is value or rounded == value.quantize(D("0.1"))
    number = decimal_to_json(value)
    assert isinstance(number, int | float)
    if isinstance(number, int):
        assert abs(number) < 10**28


def test_floor_and_stretch_on_finite_extremes():
    fs = floor_and_stretch(rule_of("level", ">="), ">=", D("1e999999"), D(7), D("1e-999999"))
    assert fs.met_floor and fs.met_stretch


@given(
    target=st.decimals(allow_nan=True, allow_infinity=True),
    actual=st.decimals(allow_nan=True, allow_infinity=True),
    kind=st.sampled_from(KINDS),
)
def test_assess_never_raises(target, actual, kind):
    a = assess(Goal(target, kind[0], kind[1], Period.year(2023)), Reading(actual, "2023-09"), Q3)
    assert a.status in STATUSES
    assert a.completion_display is None or isinstance(a.completion_display, D)
