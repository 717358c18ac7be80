"""Issue 13 at the API: a write that waits past the busy timeout is a 503 with Retry-After and
E307, never a 500; identical concurrent uploads and imports are 201 once, 409 (E305) otherwise."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import func, select, text

from taizhang.ledger.models import Document, ProgressImport

from .conftest import AS_OF, PASSWORD, Client, target_id

WAIT = 60


@pytest.fixture
def impatient(web_ledger: Any) -> Iterator[Client]:
    """A reviewer's client of an app whose ledger waits 0.3 s for a lock (the others wait 10 s)."""
    from taizhang.ledger.database import open_ledger
    from taizhang.web.app import create_app
    from taizhang.web.settings import Settings

    ledger = open_ledger(web_ledger.url, busy_seconds=0.3)
    client = Client(create_app(Settings(database_url=ledger.url, as_of=AS_OF, secret_key="test"), ledger=ledger))
    r = client.post("/api/auth/login", json={"name": "reviewer", "password": PASSWORD})
    assert r.status_code == 200, r.text
    client.csrf = r.json()["csrf_token"]
    try:
        yield client
    finally:
        ledger.close()


def test_a_write_behind_a_held_lock_is_503_with_retry_after(impatient, web_ledger):
    c = impatient
    tid = target_id(web_ledger, "440703")
    with web_ledger.session(write=True) as s:  # another writer holds the lock (and the row)
        s.execute(text("UPDATE targets SET state = state WHERE id = :id"), {"id": tid})
        r = c.write("POST", f"/api/targets/{tid}/confirm")
    assert r.status_code == 503, r.text
    assert r.headers["Retry-After"].isdigit()
    error = r.json()["error"]
    assert error["code"] == "E307" and "台账正忙" in error["message"]
    assert c.get(f"/api/targets/{tid}").json()["state"] == "proposed"  # nothing written
    assert c.write("POST", f"/api/targets/{tid}/confirm").status_code == 200  # and it works once free


def _eight_at_once(clients: list[Any], send: Any) -> list[Any]:
    start = threading.Barrier(len(clients))
    responses: list[Any] = [None] * len(clients)

    def run(i: int) -> None:
        start.wait(WAIT)
        responses[i] = send(clients[i])

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(clients))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(WAIT)
    return responses


def test_identical_concurrent_uploads_are_201_or_409_never_500(login, web_ledger):
    clients = [login("reviewer") for _ in range(8)]
    files = {"file": ("同一份.txt", "蓬江区今年力争工业投资突破130亿元。".encode(), "text/plain")}
    rs = _eight_at_once(clients, lambda c: c.write("POST", "/api/documents", files=files, data={"region": "蓬江区"}))
    assert {r.status_code for r in rs} <= {201, 409}, [r.text for r in rs]
    assert all(r.json()["error"]["code"] == "E305" for r in rs if r.status_code == 409)
    assert sum(r.json()["created"] for r in rs if r.status_code == 201) == 1
    with web_ledger.session() as s:
        assert s.scalar(select(func.count()).where(Document.source == "upload:同一份.txt")) == 1


def test_identical_concurrent_progress_imports_are_one_201_and_409s(login, web_ledger):
    clients = [login("admin") for _ in range(8)]
    sheet = "region_code,indicator,period,value,unit,cumulative\n440703,工业投资,2023-10,99,亿元,true\n"
    files = {"file": ("同一表.csv", sheet.encode(), "text/csv")}
    rs = _eight_at_once(clients, lambda c: c.write("POST", "/api/progress/import", files=files))
    assert sorted(r.status_code for r in rs) == [201] + [409] * 7, [r.text for r in rs]
    assert all(r.json()["error"]["code"] == "E305" for r in rs if r.status_code == 409)
    with web_ledger.session() as s:
        assert s.scalar(select(func.count()).where(ProgressImport.filename == "同一表.csv")) == 1
