"""The ledger commands through Typer's CliRunner on an app built by register() (issue 3)."""

import json

import pytest
import typer
from typer.testing import CliRunner

from taizhang.cli_ledger import register

from .jiangmen import ACTUALS, Q3, gold_extractor


@pytest.fixture
def cli(monkeypatch, db_url):
    import taizhang.ledger.documents as documents

    gold = gold_extractor(Q3)
    monkeypatch.setattr(documents, "_default_reader", lambda text, **kw: (gold(text, **kw), []))
    app = typer.Typer()
    register(app)
    runner = CliRunner()

    def invoke(*args):
        return runner.invoke(app, [*args, "--db", db_url])

    return invoke


def test_cli_round_trip(cli, tmp_path):
    r = cli("ingest", str(Q3 / "doc.txt"), "--region", "江门市", "--date", "2023-10-20", "--who", "li")
    assert r.exit_code == 0, r.output
    assert "1 份文档；目标：新增 34 条" in r.output
    r = cli("targets", "list", "--region", "恩平市", "--format", "jsonl")
    recs = [json.loads(line) for line in r.output.splitlines()]
    land = next(x for x in recs if x["value"] == 133.3)
    assert cli("targets", "confirm", str(land["id"])).exit_code == 0
    r = cli("targets", "edit", str(land["id"]), "--set", "value=133.3", "--set", "strength=ensure")
    assert json.loads(r.output)["strength"] == "ensure"
    assert json.loads(cli("targets", "show", str(land["id"]), "--json").output)["state"] == "confirmed"
    r = cli("progress", "import", str(ACTUALS))
    assert r.exit_code == 0 and "导入 44 行" in r.output and "未对应的第 3 行：440700 工业投资" in r.output
    r = cli("status", "--region", "恩平市", "--as-of", "2023-09-30", "--format", "json")
    rows = {x["id"]: x for x in json.loads(r.output)["rows"]}
    assert rows[land["id"]]["status"] == "red" and rows[land["id"]]["completion"] == 64.9
    r = cli("status", "--as-of", "2023-09-30")
    assert "红灯" in r.output and "黄灯" in r.output
    out = tmp_path / "t.xlsx"
    assert cli("export", "--format", "xlsx", "-o", str(out), "--as-of", "2023-09-30").exit_code == 0
    assert out.exists()
    r = cli("progress", "add", str(land["id"]), "--period", "2023-10", "--value", "100公顷")
    assert r.exit_code == 0, r.output
    assert cli("db", "upgrade").exit_code == 0


def test_cli_errors_are_one_line_and_exit_2(cli, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("region_code,indicator,period,value\nxx,工业投资,2023-09,1\n", encoding="utf-8")
    r = cli("progress", "import", str(bad))
    assert r.exit_code == 2 and "[E303]" in r.output and "bad.csv：第 2 行，地区代码" in r.output
    r = cli("targets", "show", "999")
    assert r.exit_code == 2 and r.output.startswith("[E302]")
    r = cli("status", "--as-of", "30/09/2023")
    assert r.exit_code == 2 and "[E201]" in r.output


def test_backup(cli, db_url, tmp_path):
    dest = tmp_path / "copy.db"
    r = cli("backup", str(dest))
    if db_url.startswith("sqlite"):
        assert r.exit_code == 0 and dest.stat().st_size > 0
    else:
        assert r.exit_code == 2 and "pg_dump" in r.output
