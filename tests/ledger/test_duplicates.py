"""Duplicate targets (issue 12): found, merged once into the other, undone, counted once; many
targets confirmed or rejected at once with one audit entry each. SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from taizhang.errors import NotFoundError, ReviewError
from taizhang.ledger.duplicates import find_duplicates, merge_target, merged_sources, review_targets, unmerge_target
from taizhang.ledger.models import AuditEntry, Target
from taizhang.ledger.progress import add_progress
from taizhang.ledger.review import confirm_target, get_target
from taizhang.ledger.service import ingest_document, ledger_status

# The city's report and the county's page state 蓬江区's 工业投资 (100 and 100.5 亿元: within 1 %);
# 新会区's is a growth rate, 新增就业 has no canonical indicator.
CITY = "江门市2023年政府工作报告。今年主要预期目标：蓬江区力争工业投资突破100亿元。新会区力争工业投资增长10%。"
COUNTY = "蓬江区2023年工作计划。蓬江区：2023年，确保工业投资达到100.5亿元，新增就业1.2万人。"
FAR = "蓬江区2023年工作计划（修订）。蓬江区：2023年，确保工业投资达到120亿元。"


def _ingest(ledger, *texts):
    with ledger.session(write=True) as s:
        for text in texts:
            ingest_document(s, text.encode(), who="t", region="江门市", date=date(2023, 1, 10))


def _pengjiang_investment(ledger):
    with ledger.session() as s:
        return list(
            s.scalars(
                select(Target.id)
                .where(Target.region_code == "440703", Target.indicator_id == "industrial_investment")
                .order_by(Target.id)
            )
        )


def _audit(ledger, action):
    with ledger.session() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)))


def test_the_same_target_from_two_documents_is_a_possible_duplicate(ledger):
    _ingest(ledger, CITY, COUNTY, FAR)
    city, county, far = _pengjiang_investment(ledger)
    with ledger.session() as s:
        found = find_duplicates(s)
        assert found[city] == [county] and found[county] == [city]
        assert far not in found  # 120 亿元 is not within 1 % of 100
        assert len(found) == 2  # 新会区's growth and the 就业 count have no twin
        assert find_duplicates(s, [county]) == {county: [city]}


def test_merge_keeps_both_sources_counts_once_and_can_be_undone(ledger):
    _ingest(ledger, CITY, COUNTY)
    city, county = _pengjiang_investment(ledger)
    with ledger.session(write=True) as s:
        confirm_target(s, city, who="审核员")
        add_progress(s, city, period="2023-06", value="56亿元", who="蓬江")
    with ledger.session() as s:
        before = [r.target.id for r in ledger_status(s, as_of=date(2023, 9, 30)).rows]
    assert city in before and county in before

    with ledger.session(write=True) as s:
        merged = merge_target(s, city, into=county, who="审核员")
    assert merged["state"] == "merged" and merged["merged_into"] == county
    with ledger.session() as s:
        rows = {r.target.id: r for r in ledger_status(s, as_of=date(2023, 9, 30)).rows}
        assert city not in rows and county in rows  # counted once
        assert rows[county].reading is not None and rows[county].reading.period == "2023-06"  # progress moved
        assert [r["id"] for r in merged_sources(s, county)] == [city]  # the kept one has both sources
        assert find_duplicates(s) == {}
    (entry,) = _audit(ledger, "merge")
    assert (entry.entity_id, entry.before["state"], entry.after["merged_into"]) == (city, "confirmed", county)

    with ledger.session(write=True) as s:
        undone = unmerge_target(s, city, who="审核员")
    assert (undone["state"], undone["merged_into"]) == ("confirmed", None)
    with ledger.session() as s:
        rows = {r.target.id: r for r in ledger_status(s, as_of=date(2023, 9, 30)).rows}
        assert city in rows and rows[city].reading is not None  # its progress came back
        assert rows[county].reading is None
        assert merged_sources(s, county) == []
    assert len(_audit(ledger, "unmerge")) == 1


def test_a_merge_that_makes_no_sense_changes_nothing(ledger):
    _ingest(ledger, CITY, COUNTY)
    city, county = _pengjiang_investment(ledger)
    with ledger.session() as s:
        xinhui = s.scalar(select(Target.id).where(Target.region_code == "440705"))
    for target_id, into in ((city, city), (city, xinhui), (city, 10**6)):
        with pytest.raises(Exception) as caught, ledger.session(write=True) as s:
            merge_target(s, target_id, into=into, who="审核员")
        assert getattr(caught.value, "code", "").startswith("E3")
    with ledger.session(write=True) as s:
        merge_target(s, city, into=county, who="审核员")
    for call in (
        lambda s: merge_target(s, county, into=city, who="审核员"),  # into a merged target
        lambda s: confirm_target(s, city, who="审核员"),  # a merged one is not reviewed on its own
        lambda s: add_progress(s, city, period="2023-06", value="1亿元", who="蓬江"),
    ):
        with pytest.raises(ReviewError), ledger.session(write=True) as s:
            call(s)
    with ledger.session(write=True) as s:
        unmerge_target(s, city, who="审核员")
    with pytest.raises(ReviewError), ledger.session(write=True) as s:
        unmerge_target(s, city, who="审核员")
    assert len(_audit(ledger, "merge")) == 1 and len(_audit(ledger, "unmerge")) == 1


def test_review_many_writes_one_audit_entry_per_target_all_or_nothing(ledger):
    _ingest(ledger, CITY, COUNTY)
    with ledger.session() as s:
        ids = list(s.scalars(select(Target.id).order_by(Target.id)))
    assert len(ids) == 4
    with pytest.raises(NotFoundError), ledger.session(write=True) as s:
        review_targets(s, [*ids[:2], 10**6], "confirm", who="审核员")  # an unknown id: nothing confirmed
    with ledger.session() as s:
        assert {get_target(s, i).state for i in ids} == {"proposed"}
    with ledger.session(write=True) as s:
        done = review_targets(s, ids[:3], "confirm", who="审核员")
        assert [r["state"] for r in done] == ["confirmed"] * 3
        review_targets(s, ids[3:], "reject", who="审核员", reason="重复")
    assert [e.entity_id for e in _audit(ledger, "confirm")] == ids[:3]
    (rejected,) = _audit(ledger, "reject")
    assert rejected.entity_id == ids[3] and rejected.after["reason"] == "重复"
    with pytest.raises(ReviewError), ledger.session(write=True) as s:
        review_targets(s, [], "confirm", who="审核员")
    with pytest.raises(ReviewError), ledger.session(write=True) as s:
        review_targets(s, ids, "delete", who="审核员")
