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
    assert "li 现为填报员（440703, 440705）" in cli("user", "role", "li", "--role", "reporter",
                                                        "--region", "440705", "--region", "440703")  # fmt: skip
    assert _row(cli("user", "list"), "li") == ["li", "填报员", "440703,", "440705"]
    assert "li 现为审核员（无地区）" in cli("user", "role", "li", "--role", "reviewer")
    assert "填报员至少需要一个地区代码" in cli("user", "role", "li", "--role", "reporter", code=2)
    assert "没有名为「nobody」的用户" in cli("user", "role", "nobody", "--role", "viewer", code=2)
    assert "最后一位在用的管理员" in cli("user", "role", "boss", "--role", "viewer", code=2)
    edits = _audit(db_url, "edit")
    assert [(who, b["regions"], a["regions"]) for who, b, a in edits] == [
        ("ops", ["440703"], ["440703", "440705"]),
        ("ops", ["440703", "440705"], []),
    ]


def test_user_deactivate(cli, db_url):
    assert "已停用 li" in cli("user", "deactivate", "li")
    assert _row(cli("user", "list"), "li")[-1] == "已停用"
    assert "li 已停用" in cli("user", "deactivate", "li", code=2)
    assert "已停用" in cli("token", "create", "li", code=2)
    assert "最后一位在用的管理员" in cli("user", "deactivate", "boss", code=2)
    [(who, before, after)] = _audit(db_url, "deactivate")
    assert who == "ops" and before["active"] and not after["active"]
    cli("user", "passwd", "li", "--password", "a-new-password")
    assert _row(cli("user", "list"), "li")[-1] != "已停用"


def test_token_create_list_revoke(cli, db_url):
    from taizhang.ledger.database import open_ledger
    from taizhang.ledger.users import token_user

    out = cli("token", "create", "li", "--label", "nightly")
    token = out.strip().splitlines()[-1]
    assert token.startswith("tz_") and "只显示这一次" in out
    ledger = open_ledger(db_url)
    try:
        with ledger.session() as s:
            assert token_user(s, token).name == "li"
        listed = cli("token", "list")
        assert "li" in listed and "nightly" in listed and token not in listed and "从未使用" not in listed
        assert len(cli("token", "list", "--user", "boss").strip().splitlines()) == 2  # the header and its rule
        token_id = listed.splitlines()[2].split()[0]
        assert f"已吊销令牌 {token_id}（nightly）" in cli("token", "revoke", token_id)
        with ledger.session() as s:
            assert token_user(s, token) is None
    finally:
        ledger.close()
    assert f"没有编号为 {token_id} 的令牌" in cli("token", "revoke", token_id, code=2)
    [(who, before, _)] = _audit(db_url, "revoke")
    assert (who, before) == ("ops", {"label": "nightly", "user": "li"})


def test_an_unused_token_says_so(cli):
    cli("token", "create", "boss")
    assert "从未使用" in cli("token", "list", "--user", "boss")


def _row(table: str, name: str) -> list[str]:
    """The cells of the user ``name``'s line in a ``user list`` table."""
    return next(line.split() for line in table.splitlines()[2:] if line.split()[0] == name)
