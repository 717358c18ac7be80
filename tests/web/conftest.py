"""Web fixtures: an app over each ledger database (SQLite and PostgreSQL), with the Jiangmen
examples loaded and one user per role, and clients logged in as each."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

import taizhang.ledger.users  # noqa: F401  (the web tables, so the PostgreSQL fixture empties them too)

PASSWORD = "correct-horse-1"
AS_OF = date(2023, 9, 30)
USERS = {
    "admin": ("admin", ()),
    "reviewer": ("reviewer", ()),
    "pengjiang": ("reporter", ("440703",)),  # 蓬江区
    "xinhui": ("reporter", ("440705",)),  # 新会区
    "viewer": ("viewer", ()),
}
EXAMPLES = resources.files("taizhang.data").joinpath("examples")


@functools.cache
def _extracted(text: str, region: str | None, day: date | None) -> tuple[Any, ...]:
    from taizhang.extract import extract_targets

    return tuple(extract_targets(text, region=region, date=day))


def cached_extractor(text: str, *, region: str | None = None, date: date | None = None) -> list[Any]:
    """The real extractor, run once per text in a test session."""
    return list(_extracted(text, region, date))


def load_examples(ledger: Any, *, actuals: bool = True, official: bool = False) -> None:
    """The demo's data: both Jiangmen documents (real extractor), the Q3 actuals, one user per role;
    with ``official``, also the illustrative 1-9月 经济运行 text, whose actuals become official figures."""
    from taizhang.ledger.documents import ingest_document
    from taizhang.ledger.progress import import_progress
    from taizhang.ledger.users import create_user

    with ledger.session(write=True) as s:
        for name, day in (
            ("jiangmen-2023-city-work-report.txt", date(2023, 1, 10)),
            ("jiangmen-2023-county-plans.txt", date(2023, 1, 20)),
        ):
            data = EXAMPLES.joinpath(name).read_bytes()
            ingest_document(s, data, who="t", region="江门市", date=day, extractor=cached_extractor)
        if official:
            name = "jiangmen-2023-q3-economy-illustrative.txt"
            ingest_document(s, EXAMPLES.joinpath(name).read_bytes(), who="t", region="江门市", date=date(2023, 10, 20))
        if actuals:
            sheet = "jiangmen-2023-q3-actuals-illustrative.csv"
            import_progress(s, Path(sheet), who="督查室", data=EXAMPLES.joinpath(sheet).read_bytes())
        for name, (role, regions) in USERS.items():
            create_user(s, name, role=role, password=PASSWORD, regions=regions, who="t")


@pytest.fixture
def web_ledger(db_url: str) -> Iterator[Any]:
    """An open ledger with the examples loaded (SQLite and PostgreSQL)."""
    from taizhang.ledger.database import open_ledger

    ledger = open_ledger(db_url)
    load_examples(ledger)
    try:
        yield ledger
    finally:
        ledger.close()


@pytest.fixture
def app(web_ledger: Any) -> Any:
    from taizhang.web.app import create_app
    from taizhang.web.settings import Settings

    settings = Settings(
        database_url=web_ledger.url, as_of=AS_OF, max_upload_bytes=200_000, login_attempts=3, secret_key="test"
    )
    return create_app(settings, ledger=web_ledger)


@pytest.fixture
def anon(app: Any) -> TestClient:
    return TestClient(app)


class Client(TestClient):
    """A TestClient logged in with a session cookie, sending its CSRF token on writes by default."""

    csrf: str = ""

    def write(self, method: str, url: str, **kw: Any) -> Any:
        headers = {"X-CSRF-Token": self.csrf, **kw.pop("headers", {})}
        return self.request(method, url, headers=headers, **kw)


@pytest.fixture
def login(app: Any) -> Callable[[str], Client]:
    def make(name: str) -> Client:
        client = Client(app)
        r = client.post("/api/auth/login", json={"name": name, "password": PASSWORD})
        assert r.status_code == 200, r.text
        client.csrf = r.json()["csrf_token"]
        return client

    return make


@pytest.fixture
def bare_client(sqlite_url: str) -> Iterator[TestClient]:
    """A client with an admin's script token on an app over an empty SQLite ledger, with a 1,000-byte
    upload limit, that answers an unhandled exception with a 500 rather than raising it."""
    from taizhang.ledger.database import open_ledger
    from taizhang.ledger.users import create_token, create_user
    from taizhang.web.app import create_app
    from taizhang.web.settings import Settings

    ledger = open_ledger(sqlite_url)
    with ledger.session(write=True) as s:
        token = create_token(s, create_user(s, "admin", role="admin", password=PASSWORD, who="t"), label="t")
    app = create_app(Settings(database_url=sqlite_url, max_upload_bytes=1000, secret_key="t"), ledger=ledger)
    yield TestClient(app, raise_server_exceptions=False, headers={"Authorization": f"Bearer {token}"})
    ledger.close()


def target_id(ledger: Any, region_code: str, indicator_id: str = "industrial_investment") -> int:
    """The id of a region's target on a canonical indicator (the county page's, if several)."""
    from sqlalchemy import select

    from taizhang.ledger.models import Target

    with ledger.session() as s:
        ids = s.scalars(
            select(Target.id)
            .where(Target.region_code == region_code, Target.indicator_id == indicator_id, Target.unit == "元")
            .order_by(Target.document_id.desc(), Target.id)
        ).all()
    assert ids, (region_code, indicator_id)
    return ids[0]


def audit_actions(ledger: Any, action: str) -> list[Any]:
    from sqlalchemy import select

    from taizhang.ledger.models import AuditEntry

    with ledger.session() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.action == action)))


@pytest.fixture(autouse=True, scope="session")
def _cheap_argon2() -> Iterator[None]:
    """argon2id with small parameters: the tests check the logic, not the work factor."""
    from argon2 import PasswordHasher

    from taizhang.ledger import users

    cheap = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(users, "_hasher", lambda: cheap)
        yield
