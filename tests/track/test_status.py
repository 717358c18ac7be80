"""Attainment and status lights, checked against the Jiangmen Q3 supervision notice (issue 3)."""

from datetime import date
from decimal import Decimal as D

import pytest

from taizhang.track.attainment import floor_and_stretch, round_half_up
from taizhang.track.schedule import Period, Profile
from taizhang.track.status import Goal, Policy, Reading, assess, due_period

Q3 = date(2023, 9, 30)
YEAR = Period.year(2023)


def goal(value, measure="level", comparator=">=", period=YEAR):
    return Goal(D(value), measure, comparator, period)


# (name, goal, actual, status, completion as displayed): the notice's own figures.
NOTICE = [
    ("jiangmen-industrial-investment", goal("1e11"), "74090000000", "yellow", "74.1"),
    ("pengjiang-industrial-investment", goal("1e10"), "7120000000", "yellow", "71.2"),
    ("pengjiang-projects", goal(40, "count", "="), "32", "green", "80.0"),
    ("jianghai-industrial-investment", goal("1e10", comparator="="), "7850000000", "green", "78.5"),
    ("xinhui-investment-conferences", goal(16, "count"), "13", "green", "81.3"),
    ("taishan-output", goal("6e10", comparator="="), "43620000000", "yellow", "72.7"),
    ("kaiping-industrial-investment", goal("1.4e10"), "9310000000", "yellow", "66.5"),
    ("heshan-signed-projects", goal(55, "count"), "41", "yellow", "74.5"),
    ("enping-idle-land-red", goal("133.3", comparator="="), "86.5", "red", "64.9"),
    ("enping-high-tech-firms", goal(160, "count"), "143", "green", "89.4"),
    ("jianghai-approvals-met-early", goal(500, "count"), "512", "achieved", "102.4"),
]


@pytest.mark.parametrize(("name", "g", "actual", "status", "shown"), NOTICE, ids=[n[0] for n in NOTICE])
def test_notice_lights_and_completion_rates(name, g, actual, status, shown):
    a = assess(g, Reading(D(actual), "2023-09"), Q3)
    assert a.status == status
    assert a.completion_display == D(shown)
    assert a.time_progress_display == D("75.0")


def test_lag_uses_displayed_rates():
    a = assess(goal("133.3"), Reading(D("86.5"), "2023-09"), Q3)
    assert a.lag == D("10.1")


def test_margin_is_configurable_and_inclusive():
    g = goal(100)
    assert assess(g, Reading(D(65), "2023-09"), Q3).status == "yellow"  # exactly 10 behind
    assert assess(g, Reading(D(65), "2023-09"), Q3, Policy(margin=D(5))).status == "red"


def test_rate_targets_compare_rates():
    growth = goal(8, "growth", "=")
    assert assess(growth, Reading(D("9.1"), "2023-09"), Q3).status == "green"
    assert assess(goal(7, "growth"), Reading(D("5.2"), "2023-09"), Q3).gap == D("-1.8")
    assert assess(goal(7, "growth"), Reading(D("6.5"), "2023-09"), Q3).status == "yellow"
    unemployment = goal(3, "share", "<=")
    assert assess(unemployment, Reading(D("2.62"), "2023-09"), Q3).status == "green"
    assert assess(unemployment, Reading(D("3.5"), "2023-09"), Q3).status == "yellow"
    assert assess(unemployment, Reading(D("4.5"), "2023-09"), Q3).status == "red"
    assert assess(goal(80, "share"), Reading(D("83.6"), "2023-09"), Q3).met


def test_rank_and_cap():
    assert assess(goal(50, "rank", "<="), Reading(D(48), "2023-09"), Q3).status == "green"
    assert assess(goal(50, "rank", "<="), Reading(D(52), "2023-09"), Q3).status == "red"
    assert assess(goal(3, "rank", "="), Reading(D(2), "2023-09"), Q3).met is False
    cap = goal(100, "level", "<=")
    assert assess(cap, Reading(D(90), "2023-09"), Q3).status == "green"
    assert assess(cap, Reading(D(101), "2023-12"), date(2023, 12, 31)).status == "missed"


def test_period_end_gives_achieved_or_missed():
    end = date(2023, 12, 31)
    assert assess(goal(100), Reading(D(99), "2023-12"), end).status == "missed"
    assert assess(goal(100), Reading(D(100), "2023-12"), end).status == "achieved"
    assert assess(goal(7, "growth"), Reading(D(7), "2023-12"), date(2024, 1, 31)).status == "achieved"


def test_overdue_pending_and_stale():
    assert assess(goal(100), None, Q3).status == "overdue"
    assert assess(goal(100), None, date(2023, 1, 20)).status == "pending"
    stale = assess(goal(100), Reading(D(50), "2023-06"), Q3)
    assert stale.stale and stale.status == "red"
    assert not assess(goal(100), Reading(D(80), "2023-08"), Q3).stale
    assert due_period(date(2023, 9, 3), 5) == "2023-07"
    assert due_period(date(2023, 1, 10), 5) == "2022-12"


def test_goal_without_year_is_open():
    a = assess(goal("1e11", period=None), Reading(D("61240000000"), "2023-09"), Q3)
    assert a.status == "open" and a.completion_display == D("61.2")


def test_monthly_profile_changes_the_light():
    back_loaded = Profile.from_weights([D(1)] * 9 + [D(3)] * 3)
    a = assess(goal(100), Reading(D(45), "2023-09"), Q3, Policy(profile=back_loaded))
    assert a.time_progress == D(50) and a.status == "yellow"


def test_floor_and_stretch():
    fs = floor_and_stretch("rate", ">=", D("5.2"), D(7), D("7.5"))
    assert (fs.met_floor, fs.met_stretch) == (False, False)
    fs = floor_and_stretch("rate", ">=", D("7.2"), D(7), D("7.5"))
    assert (fs.met_floor, fs.met_stretch) == (True, False)


@pytest.mark.parametrize(
    ("value", "shown"), [("81.25", "81.3"), ("64.85", "64.9"), ("74.45", "74.5"), ("-0.05", "-0.1")]
)
def test_round_half_up(value, shown):
    assert round_half_up(D(value)) == D(shown)
