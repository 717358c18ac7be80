"""Units, their targets, responsible persons and deadlines (issue 11), on SQLite and PostgreSQL."""

from datetime import date

import pytest
from alembic import command
from sqlalchemy import inspect, select

from taizhang.errors import DeadlineError, InputError, NotFoundError
from taizhang.ledger.database import _alembic_config, head_revision, make_engine
from taizhang.ledger.listing import TargetFilter, list_targets
from taizhang.ledger.models import AuditEntry, Commitment, Target
from taizhang.ledger.service import ingest_document
from taizhang.ledger.units import (
    assign_by_name,
    assign_commitment,
    assign_units,
    assignment,
    create_unit,
    find_unit,
    list_units,
    parse_deadline,
    resolve_unit,
    set_user_units,
    unit_targets,
    user_unit_ids,
)
from taizhang.ledger.users import create_user

from .helpers import extractor_of, target


@pytest.fixture
def tids(ledger):
    found = extractor_of(target("工业投资", start=0, end=5), target("社会消费品零售总额", "5e9", start=6, end=9))
    with ledger.session(write=True) as s:
        return ingest_document(s, "工业投资 社会消费", who="t", date=date(2023, 1, 1), extractor=found).added


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("6月底前", date(2023, 6, 30)),
        ("年底前", date(2023, 12, 31)),
        ("三季度末", date(2023, 9, 30)),
        ("2023年9月30日", date(2023, 9, 30)),
        ("2024-03-31", date(2024, 3, 31)),
        ("九月十五日前", date(2023, 9, 15)),
        ("2024年底", date(2024, 12, 31)),
        ("2月底", date(2023, 2, 28)),
    ],
)
def test_deadlines_are_read_as_the_day_they_mean(text, expected):
    assert parse_deadline(text, 2023) == expected


@pytest.mark.parametrize(
    ("text", "key"),
    [("2023-02-30", "invalid"), ("2023年2月30日", "invalid"), ("13月底", "invalid"), ("尽快", "unreadable")],
)
def test_a_bad_deadline_is_refused_with_its_code(text, key):
    with pytest.raises(DeadlineError) as caught:
        parse_deadline(text, 2023)
    assert caught.value.code == "E206" and text in caught.value.message
    assert caught.value._message.key == f"deadline.{key}"


def test_a_deadline_without_a_year_needs_the_targets_year():
    with pytest.raises(DeadlineError):
        parse_deadline("6月底前", None)
    assert parse_deadline("2023-06-30", None) == date(2023, 6, 30)


def test_units_are_unique_per_region_and_found_by_name(ledger):
    with ledger.session(write=True) as s:
        a = create_unit(s, "市发展改革局", region_code="440700", email="fgj@example.org", who="li")
        b = create_unit(s, "市发展改革局", region_code="440703", who="li")
        with pytest.raises(InputError):
            create_unit(s, "市发展改革局", region_code="440700", who="li")
        with pytest.raises(InputError):
            create_unit(s, "市商务局", email="not-an-address", who="li")
        assert find_unit(s, "市发展改革局", "440703").id == b.id
        assert find_unit(s, "市发展改革局") is None  # two regions, none without: ambiguous
        c = create_unit(s, "市商务局", who="li")
        assert resolve_unit(s, " 市商务局 ").id == c.id
        with pytest.raises(NotFoundError):
            resolve_unit(s, "市统计局")
        assert [u.id for u in list_units(s)] == [c.id, a.id, b.id]
        adds = s.scalars(select(AuditEntry).where(AuditEntry.entity == "unit")).all()
        assert len(adds) == 3 and adds[0].after["email"] == "fgj@example.org"


def test_assign_units_sets_replaces_keeps_and_audits(ledger, tids):
    first, second = tids
    with ledger.session(write=True) as s:
        lead = create_unit(s, "市工业和信息化局", who="li").id
        helper = create_unit(s, "市发展改革局", who="li").id
        other = create_unit(s, "市商务局", who="li").id
        got = assign_units(
            s, first, lead=lead, assisting=[helper, lead], person="张三", deadline=date(2023, 6, 30), actor="li"
        )
        assert got.lead.id == lead and [u.id for u in got.assisting] == [helper]  # the lead is not also assisting
        assign_units(s, second, lead=other, assisting=[helper], actor="li")
    with ledger.session(write=True) as s:
        now = assignment(s, first)
        assert (now.lead.id, now.person, now.deadline) == (lead, "张三", date(2023, 6, 30))
        row = s.get(Target, first)
        assert (row.responsible_person, row.deadline) == ("张三", date(2023, 6, 30))
        assert [t.id for t, role in unit_targets(s, helper)] == [first, second]
        assert [role for _, role in unit_targets(s, helper)] == ["assist", "assist"]
        assert [t.id for t, _ in unit_targets(s, lead, role="lead")] == [first]
        # Only the deadline changes; the units and the person stay.
        assign_units(s, first, deadline=date(2023, 9, 30), actor="wang")
        kept = assignment(s, first)
        assert (kept.lead.id, [u.id for u in kept.assisting], kept.person) == (lead, [helper], "张三")
        assign_units(s, first, lead=None, assisting=[], person=None, actor="wang")
        cleared = assignment(s, first)
        assert (cleared.lead, cleared.assisting, cleared.person) == (None, [], None)
    with ledger.session() as s:
        log = s.scalars(select(AuditEntry).where(AuditEntry.action == "assign").order_by(AuditEntry.id)).all()
        assert [(e.who, e.entity_id) for e in log] == [("li", first), ("li", second), ("wang", first), ("wang", first)]
        assert log[0].before["lead"] is None and log[0].after["lead"]["id"] == lead
        assert log[2].before["deadline"] == "2023-06-30" and log[2].after["deadline"] == "2023-09-30"


def test_assigning_an_unknown_unit_or_target_writes_nothing(ledger, tids):
    with ledger.session(write=True) as s:
        lead = create_unit(s, "市工业和信息化局", who="li").id
    with pytest.raises(NotFoundError), ledger.session(write=True) as s:
        assign_units(s, tids[0], lead=lead, assisting=[999], person="张三", actor="li")
    with pytest.raises(NotFoundError), ledger.session(write=True) as s:
        assign_units(s, 999, lead=lead, actor="li")
    with ledger.session() as s:
        assert assignment(s, tids[0]).lead is None and s.get(Target, tids[0]).responsible_person is None


def test_the_target_filter_selects_a_units_targets(ledger, tids):
    with ledger.session(write=True) as s:
        unit = create_unit(s, "市商务局", who="li").id
        assign_units(s, tids[1], lead=unit, actor="li")
    with ledger.session() as s:
        assert [r["id"] for r in list_targets(s, TargetFilter(units=(unit,)))] == [tids[1]]
        assert list_targets(s, TargetFilter(units=(unit + 1,))) == []


def test_a_reporter_may_be_scoped_to_units(ledger):
    with ledger.session(write=True) as s:
        unit = create_unit(s, "市商务局", who="admin").id
        user = create_user(s, "shangwu", role="reporter", password="secret-pass", units=[unit], who="admin")
        assert user_unit_ids(s, user.id) == {unit}
        set_user_units(s, user.id, [], who="admin")
        assert user_unit_ids(s, user.id) == frozenset()
        with pytest.raises(InputError):  # a reporter needs a region or a unit
            create_user(s, "nobody", role="reporter", password="secret-pass", who="admin")


def test_migration_0014_goes_down_and_up(db_url):
    engine = make_engine(db_url)
    try:
        with engine.begin() as c:
            command.downgrade(_alembic_config(c), "0013_seasonal_profiles")
        names = inspect(engine).get_table_names()
        assert "units" not in names and "target_units" not in names and "user_units" not in names
        assert "deadline" not in {c["name"] for c in inspect(engine).get_columns("targets")}
        with engine.begin() as c:
            command.upgrade(_alembic_config(c), head_revision())
        assert "deadline" in {c["name"] for c in inspect(engine).get_columns("commitments")}
        assert {"units", "target_units", "user_units"} <= set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_a_commitment_takes_a_person_and_a_deadline(ledger):
    from .test_commitments import CIVILISED, ingest

    cid = ingest(ledger, CIVILISED).commitments_added[0]
    with ledger.session(write=True) as s:
        row = assign_commitment(s, cid, person="王五", deadline=parse_deadline("年底前", 2023), actor="li")
        assert (row.responsible_person, row.deadline) == ("王五", date(2023, 12, 31))
        assign_commitment(s, cid, person=None, actor="li")  # the deadline stays
    with ledger.session() as s:
        row = s.get(Commitment, cid)
        assert (row.responsible_person, row.deadline) == (None, date(2023, 12, 31))
        log = s.scalars(
            select(AuditEntry).where(AuditEntry.entity == "commitment", AuditEntry.action == "assign")
        ).all()
        assert [e.after for e in log] == [
            {"responsible_person": "王五", "deadline": "2023-12-31"},
            {"responsible_person": None, "deadline": "2023-12-31"},
        ]


def test_a_unit_name_is_looked_up_in_the_targets_region_first(ledger, tids):
    with ledger.session(write=True) as s:
        create_unit(s, "区发展改革局", region_code="440705", who="li")
        here = create_unit(s, "区发展改革局", region_code="440703", who="li").id  # the targets are 蓬江区's
        assert assign_by_name(s, tids[0], lead="区发展改革局", deadline="6月底前", actor="li").lead.id == here
        with pytest.raises(NotFoundError):
            assign_by_name(s, tids[0], assisting=["区商务局"], actor="li")
