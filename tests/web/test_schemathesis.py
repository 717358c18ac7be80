"""Schemathesis against /openapi.json, in-process over ASGI: no input makes the API answer 5xx (issue 4).

Bounded: a few dozen examples per operation, logged in as an admin with a script token (so the
authenticated paths are explored, and CSRF does not stop writes), on a SQLite ledger.
"""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable

from .conftest import AS_OF, PASSWORD, load_examples


@pytest.fixture
def api_schema(sqlite_url):
    from taizhang.ledger.database import open_ledger
    from taizhang.ledger.users import create_token, get_user
    from taizhang.web.app import create_app
    from taizhang.web.settings import Settings

    ledger = open_ledger(sqlite_url)
    load_examples(ledger)
    with ledger.session(write=True) as s:
        token = create_token(s, get_user(s, "admin"), label="schemathesis")
    app = create_app(Settings(database_url=sqlite_url, as_of=AS_OF, max_upload_bytes=100_000), ledger=ledger)
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    schema.token = token  # type: ignore[attr-defined]
    yield schema
    ledger.close()


@pytest.mark.slow
def test_no_server_errors(api_schema):
    from schemathesis import GenerationMode

    failures: list[str] = []
    calls: list[int] = []
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 20
    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):

            @given(case=operation.as_strategy(mode))
            @settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
            def check(case):
                if case.path in ("/api/auth/login", "/api/auth/tokens") and isinstance(case.body, dict):
                    case.body.setdefault("password", PASSWORD)
                response = case.call(headers={"Authorization": f"Bearer {api_schema.token}"})
                calls.append(response.status_code)
                if response.status_code >= 500:
                    failures.append(
                        f"{case.method} {case.formatted_path} -> {response.status_code}: {response.text[:200]}"
                    )
                elif response.status_code >= 400 and "json" in response.headers.get("content-type", ""):
                    assert set(response.json()) == {"error"}, response.text[:300]

            try:
                check()
            except Unsatisfiable:  # no negative input exists for an operation without parameters
                assert mode is GenerationMode.NEGATIVE, operation.label
    assert not failures, "\n".join(failures[:20])
    assert len(calls) > 20 * len(operations) and any(c < 300 for c in calls), len(calls)
    print(f"schemathesis: {len(calls)} requests over {len(operations)} operations, no 5xx")
