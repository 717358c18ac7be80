"""The data version: bumped once by every transaction that changes data, and a cache keyed by it
stays exact when PostgreSQL writers commit out of audit-id order (caches were keyed by the newest
audit-log id before, which could miss a write committed after a later id; issues 3 and 4)."""

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from taizhang.ledger.audit import record
from taizhang.ledger.models import Region
from taizhang.ledger.progress import add_progress
from taizhang.ledger.service import confirm_target, ingest_document, ledger_status
from taizhang.ledger.status import cached_status
from taizhang.ledger.users import create_session, create_token, create_user
from taizhang.ledger.version import VersionedCache, data_version

from .helpers import extractor_of, target

AS_OF = date(2023, 9, 30)


def version(ledger):
    with ledger.session() as s:
        return data_version(s)


def ingest(ledger):
    with ledger.session(write=True) as s:
        return ingest_document(s, "t", who="t", date=date(2023, 1, 20), extractor=extractor_of(target())).added


def test_each_data_write_bumps_the_version_once(ledger):
    v0 = version(ledger)
    (tid,) = ingest(ledger)  # a document, a region, a target: several audit entries, one transaction
    assert version(ledger) == v0 + 1
    with ledger.session(write=True) as s:
        confirm_target(s, tid, who="r")
    assert version(ledger) == v0 + 2
    with ledger.session(write=True) as s:
        add_progress(s, tid, period="2023-06", value="5e9", who="r")
    assert version(ledger) == v0 + 3


def test_a_rolled_back_write_leaves_the_version(ledger):
    (tid,) = ingest(ledger)
    v = version(ledger)
    with pytest.raises(RuntimeError), ledger.session(write=True) as s:
        confirm_target(s, tid, who="r")
        raise RuntimeError("abandon")
    assert version(ledger) == v
    with ledger.session(write=True) as s:  # the abandoned mark does not carry over to a later read-only commit
        s.add(Region(code="440704", name="江海区"))
    assert version(ledger) == v


def test_logins_and_script_tokens_leave_the_version(ledger):
    with ledger.session(write=True) as s:
        user = create_user(s, "li", role="viewer", password="a long password", who="admin")
    v = version(ledger)
    with ledger.session(write=True) as s:
        create_session(s, user, lifetime=timedelta(hours=1))
        create_token(s, user, label="script")
    assert version(ledger) == v


def test_a_cached_report_is_stale_after_a_write(ledger):
    (tid,) = ingest(ledger)
    cache = VersionedCache(8)
    with ledger.session() as s:
        before = cached_status(cache, s, as_of=AS_OF)
        assert cached_status(cache, s, as_of=AS_OF) is before  # warm
        assert cached_status(cache, s, as_of=AS_OF, region_codes={"440703"}).rows == before.rows  # cut from it
    assert before.rows[0].assessment.status == "overdue"
    with ledger.session(write=True) as s:
        add_progress(s, tid, period="2023-08", value="9e9", who="r")
    with ledger.session() as s:
        after = cached_status(cache, s, as_of=AS_OF)
        assert [r.to_dict() for r in after.rows] == [r.to_dict() for r in ledger_status(s, as_of=AS_OF).rows]
    assert after.rows[0].assessment.status == "green"


def test_writers_committing_out_of_id_order_leave_no_stale_cache(ledger):
    """Writer A takes the lower audit id but commits after writer B (possible on PostgreSQL; SQLite
    serialises writers, so there A and B run one after the other)."""
    cache = VersionedCache(8)

    def regions(s):
        return cache.get(s, ("regions",), lambda: s.scalar(select(func.count()).select_from(Region)))

    def write(s, code):
        s.add(Region(code=code, name=code))
        record(s, "t", "add", "region", None, None, {"code": code})
        s.flush()  # takes the audit id now

    if ledger.dialect == "postgresql":
        a = ledger.reader()
        write(a, "440703")
        with ledger.session(write=True) as b:
            write(b, "440704")
        with ledger.session() as s:
            assert regions(s) == 1  # B's write only, cached
        a.commit()
        a.close()
    else:
        with ledger.session(write=True) as b:
            write(b, "440704")
        with ledger.session() as s:
            assert regions(s) == 1
        with ledger.session(write=True) as a:
            write(a, "440703")
    with ledger.session() as s:
        assert regions(s) == 2
