"""Bad inputs to the ledger commands are errors with a code and exit 2, never a silent empty result (issue 12)."""

import pytest
import typer
from typer.testing import CliRunner

from taizhang.cli_ledger import register

PLAN = "蓬江区2023年工作要点\n发布时间：2023-02-01\n今年力争全区工业投资突破120亿元。\n"


@pytest.fixture
def run():
    app = typer.Typer()
    register(app)
    runner = CliRunner()
    return lambda *args: runner.invoke(app, list(args))


@pytest.mark.parametrize(
    "command", [["status"], ["targets", "list"], ["targets", "show", "1"], ["export", "-o", "x.xlsx"]]
)
def test_a_reading_command_on_a_missing_database_creates_nothing(run, tmp_path, command):
    """status --db nonexist.db created an empty database and exited 0."""
    db = tmp_path / "nonexist.db"
    r = run(*command, "--db", str(db))
    assert r.exit_code == 2 and "[E308]" in r.output and "nonexist.db" in r.output
    assert not db.exists()


def test_ingest_of_a_folder_takes_only_document_formats_and_lists_the_rest(run, tmp_path):
    """README.md in a folder was ingested as a government document."""
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "plan.txt").write_text(PLAN, encoding="utf-8")
    (folder / "README.md").write_text("# 说明\n今年力争工业投资突破999亿元。\n", encoding="utf-8")
    (folder / "actuals.xlsx").write_bytes(b"PK")
    db = tmp_path / "l.db"
    r = run("ingest", str(folder), "--db", str(db))
    assert r.exit_code == 0, r.output
    assert "1 份文档" in r.stdout
    assert "跳过 2 个非文档文件" in r.stderr and "README.md" in r.stderr and "actuals.xlsx" in r.stderr
    listed = run("targets", "list", "--format", "jsonl", "--db", str(db))
    assert "999" not in listed.stdout and "120亿元" in listed.stdout


def test_ingest_of_a_missing_file_exits_2_though_the_others_are_stored(run, tmp_path):
    plan = tmp_path / "plan.txt"
    plan.write_text(PLAN, encoding="utf-8")
    r = run("ingest", str(plan), str(tmp_path / "missing.txt"), "--db", str(tmp_path / "l.db"))
    assert r.exit_code == 2 and "1 份文档" in r.stdout and "[E101]" in r.stderr


def test_ingest_of_an_unknown_region_is_refused(run, tmp_path):
    plan = tmp_path / "plan.txt"
    plan.write_text(PLAN, encoding="utf-8")
    r = run("ingest", str(plan), "--region", "火星市", "--db", str(tmp_path / "l.db"))
    assert r.exit_code == 2 and "[E202]" in r.output
