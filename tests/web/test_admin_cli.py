"""CLI parity with the admin page, on SQLite and PostgreSQL: ``taizhang user role``, ``user
deactivate`` and ``token create|list|revoke`` call the same service functions (issue 4)."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from taizhang.cli import app

PASSWORD = "correct-horse-1"


@pytest.fixture
def cli(db_url):
    runner = CliRunner()

    def run(*args: str, code: int = 0) -> str:
        result = runner.invoke(app, [*args, "--db", db_url], env={"TAIZHANG_USER": "ops"})
        assert result.exit_code == code, result.output
        return result.output

    run("user", "add", "boss", "--role", "admin", "--password", PASSWORD)
    run("user", "add", "li", "--role", "reporter", "--region", "440703", "--password", PASSWORD)
    return run


def _audit(db_url: str, action: str) -> list:
    from sqlalchemy import select

    from taizhang.ledger.database import open_ledger
    from taizhang.ledger.models import AuditEntry

    ledger = open_ledger(db_url)
    try:
        with ledger.session() as s:
            return [
                (e.who, e.before, e.after) for e in s.scalars(select(AuditEntry).where(AuditEntry.action == action))
            ]
    finally:
        ledger.close()


def test_user_role_sets_role_and_exactly_the_regions_given(cli, db_url):
    assert "li is now reporter (440703,440705)" in cli("user", "role", "li", "--role", "reporter",
                                                        "--region", "440705", "--region", "440703")  # fmt: skip
    assert "li               reporter  440703,440705" in cli("user", "list")
    assert "li is now reviewer (no regions)" in cli("user", "role", "li", "--role", "reviewer")
    assert "a reporter needs at least one region" in cli("user", "role", "li", "--role", "reporter", code=2)
    assert "no user called 'nobody'" in cli("user", "role", "nobody", "--role", "viewer", code=2)
    assert "last active admin" in cli("user", "role", "boss", "--role", "viewer", code=2)
    edits = _audit(db_url, "edit")
    assert [(who, b["regions"], a["regions"]) for who, b, a in edits] == [
        ("ops", ["440703"], ["440703", "440705"]),
        ("ops", ["440703", "440705"], []),
    ]


def test_user_deactivate(cli, db_url):
    assert "li deactivated" in cli("user", "deactivate", "li")
    assert "(deactivated)" in cli("user", "list").splitlines()[1]
    assert "already deactivated" in cli("user", "deactivate", "li", code=2)
    assert "deactivated" in cli("token", "create", "li", code=2)
    assert "last active admin" in cli("user", "deactivate", "boss", code=2)
    [(who, before, after)] = _audit(db_url, "deactivate")
    assert who == "ops" and before["active"] and not after["active"]
    cli("user", "passwd", "li", "--password", "a-new-password")
    assert "(deactivated)" not in cli("user", "list")


def test_token_create_list_revoke(cli, db_url):
    from taizhang.ledger.database import open_ledger
    from taizhang.ledger.users import token_user

    out = cli("token", "create", "li", "--label", "nightly")
    token = out.strip().splitlines()[-1]
    assert token.startswith("tz_") and "shown once" in out
    ledger = open_ledger(db_url)
    try:
        with ledger.session() as s:
            assert token_user(s, token).name == "li"
        listed = cli("token", "list")
        assert "li" in listed and "nightly" in listed and token not in listed and "never used" not in listed
        assert cli("token", "list", "--user", "boss").strip() == ""
        token_id = listed.split()[0]
        assert f"token {token_id} (nightly) revoked" in cli("token", "revoke", token_id)
        with ledger.session() as s:
            assert token_user(s, token) is None
    finally:
        ledger.close()
    assert "no token with id" in cli("token", "revoke", token_id, code=2)
    [(who, before, _)] = _audit(db_url, "revoke")
    assert (who, before) == ("ops", {"label": "nightly", "user": "li"})


def test_an_unused_token_says_so(cli):
    cli("token", "create", "boss")
    assert "never used" in cli("token", "list", "--user", "boss")
