"""The login limit counts before the password check and is shared through the ledger (issue 13).

The probe sent 40 concurrent wrong passwords and 40 reached the password check: the old limiter
checked before and recorded after argon2, in a dict of one process.
"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from .conftest import AS_OF, PASSWORD


def _app(ledger, attempts=5):
    from taizhang.web.app import create_app
    from taizhang.web.settings import Settings

    settings = Settings(database_url=ledger.url, as_of=AS_OF, login_attempts=attempts, secret_key="t")
    return create_app(settings, ledger=ledger)


@pytest.fixture
def second_ledger(web_ledger):
    """Another open ledger on the same database: what a second worker process holds."""
    from taizhang.ledger.database import open_ledger

    other = open_ledger(web_ledger.url)
    yield other
    other.close()


@pytest.fixture
def checks(monkeypatch):
    """Count the logins that reach the password check, each made slow like a real argon2 hash."""
    from taizhang.web.routes import auth

    seen: list[str] = []
    lock = threading.Lock()
    real = auth.authenticate

    def slow_authenticate(session, name, password):
        with lock:
            seen.append(name)
        threading.Event().wait(0.05)
        return real(session, name, password)

    monkeypatch.setattr(auth, "authenticate", slow_authenticate)
    return seen


def _attempts(ledger) -> int:
    from taizhang.ledger.models import LoginAttempt

    with ledger.session() as s:
        return s.scalar(select(func.count()).select_from(LoginAttempt))


def test_forty_concurrent_wrong_passwords_on_two_workers_reach_the_check_five_times(web_ledger, second_ledger, checks):
    clients = [TestClient(_app(web_ledger)), TestClient(_app(second_ledger))]

    def attempt(i: int) -> int:
        r = clients[i % 2].post("/api/auth/login", json={"name": "viewer", "password": f"wrong-{i}"})
        return r.status_code

    with ThreadPoolExecutor(max_workers=20) as pool:
        statuses = sorted(pool.map(attempt, range(40)))
    assert len(checks) == 5
    assert statuses == [401] * 5 + [429] * 35


def test_two_app_instances_share_the_count(web_ledger, second_ledger):
    first, second = TestClient(_app(web_ledger, 3)), TestClient(_app(second_ledger, 3))
    for _ in range(3):
        assert first.post("/api/auth/login", json={"name": "Viewer ", "password": "wrong"}).status_code == 401
    refused = second.post("/api/auth/login", json={"name": "viewer", "password": PASSWORD})
    assert refused.status_code == 429 and refused.json()["error"]["code"] == "E429"
    assert int(refused.headers["retry-after"]) > 0
    # another user from the same address still logs in, and that clears only their own count
    assert second.post("/api/auth/login", json={"name": "reviewer", "password": PASSWORD}).status_code == 200
    assert _attempts(web_ledger) == 3


def test_a_success_clears_the_count(web_ledger):
    client = TestClient(_app(web_ledger, 3))
    for _ in range(2):
        assert client.post("/api/auth/login", json={"name": "viewer", "password": "wrong"}).status_code == 401
    assert client.post("/api/auth/login", json={"name": "viewer", "password": PASSWORD}).status_code == 200
    assert _attempts(web_ledger) == 0
    for _ in range(3):
        assert client.post("/api/auth/login", json={"name": "viewer", "password": "wrong"}).status_code == 401


def test_the_window_slides_and_old_attempts_are_pruned(web_ledger):
    from taizhang.web.errors import RateLimitedError
    from taizhang.web.security import LoginLimiter

    now = [datetime(2026, 1, 1, 8, 0, 0)]
    limiter = LoginLimiter(web_ledger, 2, 60, clock=lambda: now[0])
    limiter.reserve("li", "1.1.1.1")
    limiter.reserve("LI", "1.1.1.1")
    with pytest.raises(RateLimitedError) as refused:
        limiter.reserve("li", "1.1.1.1")
    assert refused.value.retry_after == 61
    limiter.reserve("li", "2.2.2.2")  # another address
    for i in range(50):  # a spray of names, each tried once
        limiter.reserve(f"name-{i}", "3.3.3.3")
    assert _attempts(web_ledger) == 53
    now[0] += timedelta(seconds=30)
    with pytest.raises(RateLimitedError) as refused:
        limiter.reserve("li", "1.1.1.1")
    assert refused.value.retry_after == 31
    now[0] += timedelta(seconds=31)
    limiter.reserve("li", "1.1.1.1")  # the first two left the window
    assert _attempts(web_ledger) == 1  # and every row older than the window was deleted
