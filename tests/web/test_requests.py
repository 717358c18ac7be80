"""What a read request costs the database: one session (one pooled connection) for the login
check, the data version and the data, and a warm page served from the caches of that version."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import event

from .conftest import PASSWORD

PAGES = ["/", "/?prefecture=4407", "/regions/440703", "/api/targets", "/api/targets?region=440703", "/api/status"]


@pytest.fixture
def checkouts(web_ledger: Any) -> Any:
    seen: list[int] = []

    def count(*_: Any) -> None:
        seen.append(1)

    event.listen(web_ledger.engine, "checkout", count)
    yield seen
    event.remove(web_ledger.engine, "checkout", count)


@pytest.mark.parametrize("path", PAGES)
def test_a_read_request_uses_one_connection(path, anon, login, checkouts):
    client = login("viewer")
    bearer = {"Authorization": f"Bearer {_token(anon)}"}
    anon.get("/api/regions", headers=bearer)  # notes the token's first use: a write, committed apart
    for headers in ({}, bearer):  # the cookie, then the token
        for _ in range(2):  # cold, then warm
            checkouts.clear()
            r = client.get(path, headers=headers)
            assert r.status_code == 200, r.text
            assert len(checkouts) == 1, path


def _token(anon: Any) -> str:
    r = anon.post("/api/auth/login", json={"name": "viewer", "password": PASSWORD})
    csrf = r.json()["csrf_token"]
    r = anon.post("/api/tokens", json={"label": "bench"}, headers={"X-CSRF-Token": csrf})
    assert r.status_code in (200, 201), r.text
    return str(r.json()["token"])


def test_a_write_makes_the_cached_pages_current(login, web_ledger):
    from .conftest import target_id

    reviewer = login("reviewer")
    tid = target_id(web_ledger, "440703")
    before = reviewer.get("/api/targets", params={"region": "440703", "state": "confirmed"}).json()["count"]
    assert reviewer.write("POST", f"/api/targets/{tid}/confirm").status_code == 200
    after = reviewer.get("/api/targets", params={"region": "440703", "state": "confirmed"}).json()["count"]
    assert after == before + 1
