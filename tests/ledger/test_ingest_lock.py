"""Issue 13: a large ingest never locks other writers out, a lock wait is bounded and reported as
E307, and identical concurrent uploads or imports are stored once, the others refused with E305.

On SQLite and PostgreSQL (the ``db_url`` fixture), with real threads.
"""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest
import typer
from sqlalchemy import func, select, text
from typer.testing import CliRunner

from taizhang.cli_ledger import register
from taizhang.errors import DuplicateImportError, InputError, LedgerBusyError
from taizhang.extract import extract_targets
from taizhang.ledger.database import busy_timeout, open_ledger
from taizhang.ledger.documents import ingest, ingest_document
from taizhang.ledger.models import AuditEntry, Document, ProgressImport, Target
from taizhang.ledger.progress import import_progress
from taizhang.ledger.review import confirm_target

from .helpers import extractor_of, target

WAIT = 60  # seconds a thread may take to reach a point before the test gives up (never reached when it works)
SMALL = "蓬江区工业投资突破100亿元。"


@pytest.fixture
def one_target(ledger):
    """A ledger holding one proposed target; its id."""
    with ledger.session(write=True) as s:
        r = ingest_document(s, SMALL.encode(), who="t", region="蓬江区", extractor=extractor_of(target()))
    return r.added[0]


def test_a_writer_proceeds_while_a_large_document_is_extracted(ledger, one_target):
    """The ingest extracts (the issue's text, then it waits until the other writer is done) with no lock held,
    so a confirm from another connection commits meanwhile; then the ingest stores."""
    extracting, go = threading.Event(), threading.Event()

    def gated(text_, *, region=None, date=None):
        found = extract_targets(text_, region=region, date=date)
        extracting.set()
        assert go.wait(WAIT)
        return found

    outcome: list[object] = []

    def run():
        try:
            outcome.append(ingest(ledger, "力争增长6%\n" * 2000, who="big", region="江门市", extractor=gated))
        except Exception as exc:
            outcome.append(exc)

    worker = threading.Thread(target=run)
    worker.start()
    try:
        assert extracting.wait(WAIT)
        other = open_ledger(ledger.url, busy_seconds=5)
        try:
            with other.session(write=True) as s:
                assert confirm_target(s, one_target, who="reviewer")["state"] == "confirmed"
        finally:
            other.close()
    finally:
        go.set()
        worker.join(WAIT)
    [result] = outcome
    assert not isinstance(result, Exception), result
    assert result.created and len(result.added) == 2000
    with ledger.session() as s:
        assert s.get(Target, one_target).state == "confirmed"
        assert s.scalar(select(func.count()).select_from(Document)) == 2


def _hold_write_lock(ledger, target_id):
    """A write transaction that has changed the target's row and stays open until the block ends."""
    session_cm = ledger.session(write=True)
    s = session_cm.__enter__()
    s.execute(text("UPDATE targets SET state = state WHERE id = :id"), {"id": target_id})
    return session_cm


def test_a_write_waits_at_most_the_busy_timeout_then_gets_e307(ledger, one_target):
    holder = _hold_write_lock(ledger, one_target)
    impatient = open_ledger(ledger.url, busy_seconds=0.2)
    try:
        with pytest.raises(LedgerBusyError) as caught, impatient.session(write=True) as s:
            confirm_target(s, one_target, who="reviewer")
        assert caught.value.code == "E307" and "台账正忙" in str(caught.value) and "稍后重试" in str(caught.value)
    finally:
        holder.__exit__(None, None, None)
        impatient.close()
    with ledger.session() as s:  # nothing of the refused confirm was written
        assert s.get(Target, one_target).state == "proposed"
        assert s.scalar(select(func.count()).where(AuditEntry.action == "confirm")) == 0


def test_cli_busy_is_one_line_and_exit_2(ledger, one_target, monkeypatch):
    app = typer.Typer()
    register(app)
    monkeypatch.setenv("TAIZHANG_BUSY_TIMEOUT", "0.2")
    holder = _hold_write_lock(ledger, one_target)
    try:
        r = CliRunner().invoke(app, ["targets", "confirm", str(one_target), "--db", ledger.url])
    finally:
        holder.__exit__(None, None, None)
    assert r.exit_code == 2, r.output
    assert r.output.startswith("[E307] 台账正忙") and "Traceback" not in r.output


def test_busy_timeout_setting(monkeypatch):
    monkeypatch.delenv("TAIZHANG_BUSY_TIMEOUT", raising=False)
    assert busy_timeout() == 10
    monkeypatch.setenv("TAIZHANG_BUSY_TIMEOUT", "2.5")
    assert busy_timeout() == 2.5 and busy_timeout(1) == 1
    for bad in ("soon", "0", "-3"):
        monkeypatch.setenv("TAIZHANG_BUSY_TIMEOUT", bad)
        with pytest.raises(InputError, match=r"TAIZHANG_BUSY_TIMEOUT"):
            busy_timeout()


def _at_once(n, work):
    """Run ``work(i)`` in ``n`` threads released together; each thread's result or exception."""
    start = threading.Barrier(n)
    results: list[object] = [None] * n

    def run(i):
        start.wait(WAIT)
        try:
            results[i] = work(i)
        except Exception as exc:
            results[i] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(WAIT)
    return results


def test_identical_concurrent_uploads_store_one_document(ledger):
    """8 uploads of the same bytes at once: one stores the document; every other one either finds
    it stored (created False) or is told E305 (PostgreSQL, when both inserted at once); never an
    IntegrityError (a 500)."""
    readings = [target(), target("固定资产投资", "8", start=10, end=12, unit="%", measure="growth")]
    data = "同一份文件：蓬江区工业投资突破100亿元，固定资产投资增长8%。".encode()
    results = _at_once(
        8,
        lambda i: ingest(
            ledger, data, who=f"u{i}", region="蓬江区", date=date(2023, 1, 20), extractor=extractor_of(*readings)
        ),
    )
    refused = [r for r in results if isinstance(r, Exception)]
    assert all(isinstance(r, DuplicateImportError) and r.code == "E305" and "已导入" in r.message for r in refused), (
        refused
    )
    stored = [r for r in results if not isinstance(r, Exception)]
    assert sum(r.created for r in stored) == 1
    with ledger.session() as s:
        assert s.scalar(select(func.count()).select_from(Document)) == 1
        assert s.scalar(select(func.count()).select_from(Target)) == 2
        assert s.scalar(select(func.count()).where(AuditEntry.action == "ingest")) == 1


def test_identical_concurrent_progress_imports_store_one(ledger, tmp_path):
    sheet = "region_code,indicator,period,value,unit,cumulative\n" + "".join(
        f"440703,工业投资,2023-{m:02d},{m * 10},亿元,true\n" for m in range(1, 13)
    )
    data = sheet.encode()

    def work(i):
        with ledger.session(write=True) as s:
            return import_progress(s, Path("progress.csv"), who=f"u{i}", data=data)

    results = _at_once(8, work)
    refused = [r for r in results if isinstance(r, Exception)]
    assert len(refused) == 7
    assert all(isinstance(r, DuplicateImportError) and r.code == "E305" for r in refused), refused
    with ledger.session() as s:
        assert s.scalar(select(func.count()).select_from(ProgressImport)) == 1
