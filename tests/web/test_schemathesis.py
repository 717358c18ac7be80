"""Schemathesis against /openapi.json, in-process over ASGI (issues 4 and 13).

Two phases on a SQLite ledger with the Jiangmen examples, logged in as an admin with a script
token (so the authenticated paths are explored and CSRF does not stop writes):

- stateless: a few dozen positive and negative examples per operation;
- stateful: sequences of calls chained by the links schemathesis infers from the schema (a
  created user is then edited, deactivated…), each sequence from the same loaded ledger.

Every response must be no 5xx and conform to the schema: its status documented, its content type
and body those the schema states. The admin is kept from harming itself: a call on its own user
(deactivate, demote, new password) or on its own token goes to an id that does not exist instead.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from types import SimpleNamespace

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable

from .conftest import AS_OF, PASSWORD, load_examples

NOBODY = 2**31 - 1  # an id no user or token has


@pytest.fixture
def api(sqlite_url, tmp_path):
    """The schema of an app over a loaded ledger, its admin's token, and ``reset()`` to reload the ledger."""
    from taizhang.ledger.database import open_ledger
    from taizhang.ledger.users import create_token, get_user, list_tokens
    from taizhang.web.app import create_app
    from taizhang.web.settings import Settings

    ledger = open_ledger(sqlite_url)
    load_examples(ledger)
    with ledger.session(write=True) as s:
        admin = get_user(s, "admin")
        token = create_token(s, admin, label="schemathesis")
        [(own_token, _)] = list_tokens(s, admin)
        ids = SimpleNamespace(admin=admin.id, token=own_token.id)
    with ledger.engine.connect() as c:
        c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    loaded = sqlite3.connect(":memory:")
    with sqlite3.connect(sqlite_url.removeprefix("sqlite:///")) as source:
        source.backup(loaded)

    def reset() -> None:
        raw = ledger.engine.raw_connection()
        try:
            loaded.backup(raw.driver_connection)
        finally:
            raw.close()
        ledger.reports.clear()

    # status_cache=0: a reset takes the data version back, so a page cached at a version must not survive it
    settings_ = Settings(database_url=sqlite_url, as_of=AS_OF, max_upload_bytes=100_000, status_cache=0)
    app = create_app(settings_, ledger=ledger)
    yield SimpleNamespace(
        schema=schemathesis.openapi.from_asgi("/openapi.json", app), token=token, ids=ids, reset=reset
    )
    loaded.close()
    ledger.close()


def _checks():
    from schemathesis.checks import not_a_server_error
    from schemathesis.specs.openapi.checks import (
        content_type_conformance,
        response_headers_conformance,
        response_schema_conformance,
        status_code_conformance,
    )

    return [
        not_a_server_error,
        status_code_conformance,
        content_type_conformance,
        response_headers_conformance,
        response_schema_conformance,
    ]


def _prepare(case, ids) -> None:
    """Spare the admin's own user and token; give the login operations a real password."""
    params = case.path_parameters or {}
    if case.path.startswith("/api/users/{user_id}") and params.get("user_id") == ids.admin:
        params["user_id"] = NOBODY
    if case.path == "/api/tokens/{token_id}" and params.get("token_id") == ids.token:
        params["token_id"] = NOBODY
    if case.path in ("/api/auth/login", "/api/auth/tokens") and isinstance(case.body, dict):
        case.body.setdefault("password", PASSWORD)


class Tally:
    """Responses by status, and every failed check (not only the first)."""

    def __init__(self) -> None:
        self.statuses: Counter[int] = Counter()
        self.failures: list[str] = []

    def check(self, case, response, **kwargs) -> None:
        from schemathesis.core.failures import FailureGroup

        self.statuses[response.status_code] += 1
        try:
            case.validate_response(response, checks=_checks(), **kwargs)
        except FailureGroup as group:
            for failure in group.exceptions:
                title = getattr(failure, "title", type(failure).__name__)
                self.failures.append(f"{case.method} {case.formatted_path} -> {response.status_code}: {title}")

    def report(self, phase: str) -> str:
        return f"schemathesis {phase}: {self.statuses.total()} requests {dict(sorted(self.statuses.items()))}"


@pytest.mark.slow
def test_stateless(api):
    from schemathesis import GenerationMode

    tally = Tally()
    operations = [result.ok() for result in api.schema.get_all_operations()]
    assert len(operations) >= 20
    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):

            @given(case=operation.as_strategy(mode))
            @settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
            def check(case):
                _prepare(case, api.ids)
                response = case.call(headers={"Authorization": f"Bearer {api.token}"})
                tally.check(case, response)
                if response.status_code >= 400 and "json" in response.headers.get("content-type", ""):
                    assert set(response.json()) == {"error"}, response.text[:300]

            try:
                check()
            except Unsatisfiable:  # no negative input exists for an operation without parameters
                assert mode is GenerationMode.NEGATIVE, operation.label
    print(tally.report("stateless"))
    assert not tally.failures, "\n".join(sorted(set(tally.failures))[:30])
    assert tally.statuses.total() > 20 * len(operations) and tally.statuses[200] > 100


@pytest.mark.slow
def test_stateful(api):
    tally = Tally()

    class Machine(api.schema.as_state_machine()):
        def setup(self) -> None:
            api.reset()

        def before_call(self, case) -> None:
            _prepare(case, api.ids)

        def get_call_kwargs(self, case) -> dict:
            return {"headers": {"Authorization": f"Bearer {api.token}"}}

        def validate_response(self, response, case, additional_checks=None, **kwargs) -> None:
            tally.check(case, response, transport_kwargs=kwargs or None)

    Machine.run(
        settings=settings(
            max_examples=100,
            stateful_step_count=8,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            derandomize=True,
            database=None,
        )
    )
    print(tally.report("stateful"))
    assert not tally.failures, "\n".join(sorted(set(tally.failures))[:30])
    assert tally.statuses.total() > 500 and tally.statuses[201] > 20  # users and tokens made, then used
    assert tally.statuses[401] == 0  # the admin never lost its own token
