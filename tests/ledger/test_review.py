"""Confirm, edit and reject targets; edits kept apart from the reading (issue 3)."""

from datetime import date

import pytest

from taizhang.errors import NotFoundError, ReviewError
from taizhang.ledger.models import Target
from taizhang.ledger.review import confirm_target, edit_target, get_target, list_targets, reject_target
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


@pytest.mark.parametrize(
    "changes", [{"start": 3}, {"measure": "amount"}, {"value": "lots"}, {"year": "next"}, {"bogus": 1}, {}]
)
def test_bad_edits_are_refused(ledger, tid, changes):
    with pytest.raises(ReviewError), ledger.session(write=True) as s:
        edit_target(s, tid, changes, who="li")


def test_states_and_filters(ledger, tid):
    with ledger.session(write=True) as s:
        confirm_target(s, tid, who="li")
        assert [r["id"] for r in list_targets(s, state="confirmed", region="蓬江区", year=2023)] == [tid]
        assert list_targets(s, indicator="招商") == []
        reject_target(s, tid, who="li", reason="dup")
        assert get_target(s, tid).state == "rejected"
    with pytest.raises(NotFoundError), ledger.session() as s:
        get_target(s, 999)
