"""Issue 13: concurrent edits of one target all survive (PostgreSQL locks the row; SQLite's writers
queue on BEGIN IMMEDIATE). Real threads, each with its own connection, on both databases."""

from __future__ import annotations

import threading

from sqlalchemy import select

from taizhang.ledger.documents import ingest_document
from taizhang.ledger.models import AuditEntry, Target
from taizhang.ledger.review import confirm_target, edit_target

from .helpers import extractor_of, target

WAIT = 60
# Four reviewers at once, each changing a different field of the same target.
EDITS = ({"strength": "ensure"}, {"year": 2030}, {"comparator": "<="}, {"direction": "decrease"})
TARGETS = 6


def test_four_concurrent_edits_of_each_target_all_survive(ledger):
    readings = [target(f"指标{i}", str(10 + i), start=10 * i, end=10 * i + 4) for i in range(TARGETS)]
    with ledger.session(write=True) as s:
        ids = ingest_document(s, b"six targets", who="t", extractor=extractor_of(*readings)).added
    jobs = [(tid, edit) for tid in ids for edit in EDITS]
    start = threading.Barrier(len(jobs) + 1)
    failures: list[BaseException] = []

    def run(tid, edit, who):
        start.wait(WAIT)
        try:
            with ledger.session(write=True) as s:
                edit_target(s, tid, edit, who=who)
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=run, args=(tid, edit, f"r{n}")) for n, (tid, edit) in enumerate(jobs)]
    threads.append(threading.Thread(target=lambda: _confirm_all(ledger, ids, start, failures)))
    for t in threads:
        t.start()
    for t in threads:
        t.join(WAIT)
    assert not failures, failures

    expected = {k: v for edit in EDITS for k, v in edit.items()}
    with ledger.session() as s:
        for tid in ids:
            row = s.get(Target, tid)
            assert row.edited == expected, (tid, row.edited)
            assert row.state == "confirmed"
            audits = s.scalars(select(AuditEntry).where(AuditEntry.entity_id == tid, AuditEntry.action == "edit"))
            logged = {k: v for a in audits for k, v in a.after.items()}
            assert logged == expected  # the audit log and the stored edits agree


def _confirm_all(ledger, ids, start, failures):
    start.wait(WAIT)
    try:
        for tid in ids:
            with ledger.session(write=True) as s:
                confirm_target(s, tid, who="chief")
    except BaseException as exc:
        failures.append(exc)
