"""Idempotent ingest; re-ingest refreshes proposed readings only (issue 3)."""

from datetime import date

from sqlalchemy import func, select

from taizhang.ledger.listing import TargetFilter, list_targets
from taizhang.ledger.models import AuditEntry, Document, Region, Target
from taizhang.ledger.review import confirm_target, edit_target, reject_target
from taizhang.ledger.service import ingest_document

from .helpers import extractor_of, target

TEXT = "蓬江区工业投资突破100亿元。固定资产投资增长8%。新引进项目40个。"


def ingest(s, *targets, text=TEXT):
    return ingest_document(
        s,
        text.encode(),
        who="tester",
        region="蓬江区",
        date=date(2023, 1, 20),
        extractor=extractor_of(*targets),
    )


def test_ingest_is_idempotent_by_content_hash(ledger):
    a, b = target(), target("固定资产投资", "8", start=10, end=12, unit="%", measure="growth")
    with ledger.session(write=True) as s:
        first = ingest(s, a, b)
    with ledger.session(write=True) as s:
        again = ingest(s, a, b)
        assert s.scalar(select(func.count()).select_from(Document)) == 1
        assert s.scalar(select(func.count()).select_from(Target)) == 2
        assert s.get(Region, "440703").name == "蓬江区"
    assert first.created and len(first.added) == 2
    assert not again.created and again.added == again.updated == again.retired == [] and again.kept == 2


def test_reingest_updates_adds_and_retires_only_untouched_proposed_targets(ledger):
    investment = target()
    growth = target("固定资产投资", "8", start=10, end=12, unit="%", measure="growth")
    projects = target("新引进项目", "40", start=20, end=23, unit="个", measure="count")
    jobs = target("就业", "1000", start=30, end=33, unit="人", measure="count")
    with ledger.session(write=True) as s:
        ids = {
            t.indicator: i
            for t, i in zip(
                (investment, growth, projects, jobs),
                ingest(s, investment, growth, projects, jobs).added,
                strict=True,
            )
        }
        confirm_target(s, ids["工业投资"], who="reviewer")
        edit_target(s, ids["固定资产投资"], {"value": "8.5"}, who="reviewer")
        reject_target(s, ids["就业"], who="reviewer", reason="not a target")
    # The extractor changes: every value read differently, projects no longer found, one new.
    changed = [
        target(value="2e10"),
        target("固定资产投资", "9", start=10, end=12, unit="%", measure="growth"),
        target("就业", "2000", start=30, end=33, unit="人", measure="count"),
        target("招商引资", "5e10", start=40, end=45),
    ]
    with ledger.session(write=True) as s:
        result = ingest(s, *changed)
        rows = {r["indicator"]: r for r in list_targets(s, TargetFilter(include_retired=True))}
    assert rows["工业投资"]["value"] == 10000000000 and rows["工业投资"]["state"] == "confirmed"
    assert rows["固定资产投资"]["value"] == 8.5 and rows["固定资产投资"]["edited"] == ["value", "value_text"]
    assert rows["就业"]["value"] == 1000 and rows["就业"]["state"] == "rejected"
    assert rows["新引进项目"]["retired"] and result.retired == [ids["新引进项目"]]
    assert rows["招商引资"]["state"] == "proposed" and len(result.added) == 1
    # Re-finding the retired reading brings it back.
    with ledger.session(write=True) as s:
        back = ingest(s, *changed, projects)
        assert not s.get(Target, ids["新引进项目"]).retired_at
    assert back.updated == [ids["新引进项目"]]


def test_every_change_is_audited(ledger):
    with ledger.session(write=True) as s:
        tid = ingest(s, target()).added[0]
        edit_target(s, tid, {"value": "12e9", "year": 2024}, who="li")
    with ledger.session() as s:
        entries = s.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
    assert [e.action for e in entries] == ["ingest", "extract", "edit"]
    edit = entries[-1]
    assert edit.who == "li" and edit.entity_id == tid
    assert edit.before == {"value": "10000000000", "value_text": "1e10", "year": 2023}
    assert edit.after == {"value": "12000000000", "value_text": "12000000000元", "year": 2024}
