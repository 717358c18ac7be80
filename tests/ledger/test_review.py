"""Confirm, edit and reject targets; edits kept apart from the reading (issue 3)."""

from datetime import date
from decimal import Decimal

import pytest

from taizhang.errors import NotFoundError, ReviewError, ValueInvalidError
from taizhang.ledger.listing import TargetFilter, list_targets
from taizhang.ledger.models import Target
from taizhang.ledger.review import confirm_target, edit_target, get_target, reject_target
from taizhang.ledger.service import ingest_document

from .helpers import extractor_of, target


@pytest.fixture
def tid(ledger):
    with ledger.session(write=True) as s:
        return ingest_document(s, "text", who="t", date=date(2023, 1, 1), extractor=extractor_of(target())).added[0]


def test_edit_keeps_the_reading_and_can_be_undone(ledger, tid):
    with ledger.session(write=True) as s:
        rec = edit_target(s, tid, {"value": "56e8", "comparator": "="}, who="li")
        assert rec["value"] == 5600000000 and rec["comparator"] == "="
        row = s.get(Target, tid)
        assert str(row.value) == "10000000000" and row.comparator == ">="
        rec = edit_target(s, tid, {"value": "10000000000"}, who="li")
        assert rec["edited"] == ["comparator"]


@pytest.mark.parametrize("changes", [{"start": 3}, {"measure": "amount"}, {"year": "next"}, {"bogus": 1}, {}])
def test_bad_edits_are_refused(ledger, tid, changes):
    with pytest.raises(ReviewError), ledger.session(write=True) as s:
        edit_target(s, tid, changes, who="li")


def test_states_and_filters(ledger, tid):
    with ledger.session(write=True) as s:
        confirm_target(s, tid, who="li")
        assert [r["id"] for r in list_targets(s, TargetFilter(state="confirmed", region="蓬江区", year=2023))] == [tid]
        assert list_targets(s, TargetFilter(indicator="招商")) == []
        reject_target(s, tid, who="li", reason="dup")
        assert get_target(s, tid).state == "rejected"
    with pytest.raises(NotFoundError), ledger.session() as s:
        get_target(s, 999)


def test_filters_see_edits_in_sql(ledger):
    """list_targets filters in SQL on the value after edits, also an edit to null (issue 3)."""
    targets = [
        target(),
        target("招商引资", start=10, end=12, region="江海区", code="440704"),
        target("新引进项目", "40", start=20, end=22, unit="个", measure="count", indicator_id="projects"),
    ]
    with ledger.session(write=True) as s:
        a, b, c = ingest_document(s, "text", who="t", date=date(2023, 1, 1), extractor=extractor_of(*targets)).added
        edit_target(s, a, {"region": "江海区", "region_code": "440704"}, who="li")
        edit_target(s, b, {"year": None}, who="li")
        edit_target(s, c, {"indicator": "引进亿元以上项目", "year": 2024}, who="li")

        def ids(**kw):
            return [r["id"] for r in list_targets(s, TargetFilter(**kw))]

        assert ids(region="440704") == [a, b] and ids(region="江海区") == [a, b] and ids(region="蓬江区") == [c]
        assert ids(year=2023) == [a] and ids(year=2024) == [c]
        assert ids(indicator="亿元以上") == [c] and ids(indicator="新引进") == [] and ids(indicator="projects") == [c]
        assert ids(indicator="%") == []  # LIKE wildcards are escaped

        # strength and text search (issue 8): the edited strength counts; text reads the indicator
        # after edits or the sentence the target was read from (never edited)
        edit_target(s, b, {"strength": "ensure"}, who="li")
        assert ids(strength="ensure") == [b] and ids(strength="plan") == [a, c] and ids(strength="strive") == []
        assert ids(text="亿元以上") == [c] and ids(text="新引进项目突破") == [c] and ids(text="招商") == [b]
        assert ids(text="突破") == [a, b, c] and ids(text="_") == [] and ids(text="突破", region="江海区") == [a, b]
        with pytest.raises(ReviewError):
            ids(strength="maybe")


# Issue 12: an edit in human units sets value, value_text, unit and comparator together.
# The target is 工业投资 突破1e10 元 (comparator >=, measure level).
HUMAN_EDITS = [
    ({"value_text": "160亿元"}, ("16000000000", "160亿元", "元", ">=", "level")),
    ({"value": "160亿元"}, ("16000000000", "160亿元", "元", ">=", "level")),
    ({"value": "突破160亿元"}, ("16000000000", "160亿元", "元", ">=", "level")),
    ({"value_text": "3%以内"}, ("3", "3%", "%", "<=", "share")),
    ({"value_text": "约八十亿"}, ("8000000000", "八十亿", "元", "~", "level")),
    ({"value": "56e8"}, ("5600000000", "5600000000元", "元", ">=", "level")),
    ({"value": "160亿元", "value_text": "160亿元"}, ("16000000000", "160亿元", "元", ">=", "level")),
    ({"value": "7", "unit": "%"}, ("7", "7%", "%", ">=", "share")),
]


@pytest.mark.parametrize(("changes", "expected"), HUMAN_EDITS, ids=[str(c) for c, _ in HUMAN_EDITS])
def test_an_edit_in_human_units_changes_the_amount_as_a_whole(ledger, tid, changes, expected):
    with ledger.session(write=True) as s:
        rec = edit_target(s, tid, changes, who="li")
    value, *rest = expected
    assert (rec["value"], rec["value_text"], rec["unit"], rec["comparator"], rec["measure"]) == (Decimal(value), *rest)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"value": "160亿元", "value_text": "150亿元"}, "value"),
        ({"value_text": "3%以内", "comparator": ">="}, "comparator"),
        ({"value": "160亿元", "unit": "%"}, "unit"),
        ({"value_text": "一百六十亿x"}, "value_text"),
    ],
    ids=["value-vs-text", "comparator", "unit-vs-value", "unreadable"],
)
def test_a_contradicting_edit_is_refused_in_chinese_and_writes_nothing(ledger, tid, changes, field):
    with pytest.raises(ValueInvalidError) as info, ledger.session(write=True) as s:
        edit_target(s, tid, changes, who="li")
    assert info.value.code == "E203" and info.value.field == field
    assert any("\u4e00" <= ch <= "\u9fff" for ch in str(info.value.reason))
    with ledger.session() as s:
        assert s.get(Target, tid).edited is None


def test_issue_12_value_text_160yi_no_longer_leaves_value_7(ledger):
    seven = target("地区生产总值", "7", unit="%", measure="growth", comparator=">=")
    with ledger.session(write=True) as s:
        tid = ingest_document(s, "t", who="t", date=date(2023, 1, 1), extractor=extractor_of(seven)).added[0]
        rec = edit_target(s, tid, {"value_text": "160亿元"}, who="li")
    assert (rec["value"], rec["unit"], rec["measure"]) == (16000000000, "元", "level")


def test_a_unit_changed_alone_must_agree_with_the_value_text(ledger, tid):
    with ledger.session(write=True) as s:
        edit_target(s, tid, {"value_text": "160亿元"}, who="li")
    with pytest.raises(ValueInvalidError) as info, ledger.session(write=True) as s:
        edit_target(s, tid, {"unit": "个"}, who="li")
    assert info.value.field == "unit" and "原文数值" in info.value.reason
    with ledger.session(write=True) as s:
        assert edit_target(s, tid, {"unit": "个", "value_text": "160亿个"}, who="li")["unit"] == "个"
