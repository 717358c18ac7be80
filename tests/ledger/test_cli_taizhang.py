"""``taizhang import-taizhang`` (issue 11): the mapping shown, a correction by --column, a bad sheet
refused with its row numbers and exit code 2, nothing written."""

from __future__ import annotations

import pytest
import typer
from sqlalchemy import func, select
from typer.testing import CliRunner

from taizhang.cli_ledger import register
from taizhang.ledger.database import open_ledger
from taizhang.ledger.models import Target

from .test_office_sheet import PLAIN, xlsx


@pytest.fixture
def cli(db_url):
    app = typer.Typer()
    register(app)
    runner = CliRunner()

    def invoke(*args):
        return runner.invoke(app, [*args, "--db", db_url])

    return invoke


def _targets(db_url) -> int:
    ledger = open_ledger(db_url)
    try:
        with ledger.session() as s:
            return s.scalar(select(func.count()).select_from(Target))
    finally:
        ledger.close()


def test_import_shows_the_mapping_and_imports(cli, db_url, tmp_path):
    path = tmp_path / "台账.xlsx"
    path.write_bytes(xlsx(PLAIN))
    r = cli("import-taizhang", str(path), "--region", "江门市", "--year", "2023", "--who", "督查室")
    assert r.exit_code == 0, r.output
    assert "预期目标" in r.output and "→ 目标值" in r.output and "序号" in r.output
    assert "导入台账 5 行：新增目标 5 条" in r.output
    again = cli("import-taizhang", str(path), "--region", "江门市", "--year", "2023")
    assert again.exit_code == 0 and "新增目标 0 条，更新 0 条，未变 5 条" in again.output
    assert _targets(db_url) == 5


def test_a_column_is_corrected_on_the_command_line(cli, db_url, tmp_path):
    path = tmp_path / "2023年台账.csv"
    path.write_text("名称,目标\n工业投资,120亿元\n", encoding="utf-8")
    r = cli("import-taizhang", str(path), "--dry-run")
    assert r.exit_code == 2 and "没有「指标/任务」列" in r.output
    r = cli("import-taizhang", str(path), "--column", "1=indicator", "--dry-run")
    assert r.exit_code == 0, r.output
    assert "1 行均可导入" in r.output and _targets(db_url) == 0
    r = cli("import-taizhang", str(path), "--column", "1=indicator", "--region", "江门市")
    assert r.exit_code == 0, r.output
    assert _targets(db_url) == 1
    bad = cli("import-taizhang", str(path), "--column", "9=indicator")
    assert bad.exit_code == 2 and "[E201]" in bad.output


def test_a_bad_sheet_exits_2_naming_its_rows(cli, db_url, tmp_path):
    path = tmp_path / "2023年台账.xlsx"
    rows = [["指标", "目标值"], ["工业投资", "120亿元"], ["地区生产总值", ""], ["固定资产投资", "许多"]]
    path.write_bytes(xlsx(rows))
    r = cli("import-taizhang", str(path))
    assert r.exit_code == 2
    assert "[E303]" in r.output and "2 行有误，未导入任何行" in r.output
    assert "第 3 行，目标值：为空" in r.output and "第 4 行，目标值：读不出数和单位" in r.output
    assert _targets(db_url) == 0


def test_units_and_deadlines_on_the_command_line(cli, db_url, tmp_path):
    path = tmp_path / "2023年台账.xlsx"
    rows = [["牵头单位", "目标值", "指标", "完成时限"], ["市科技局", "30个以上", "新增高新技术企业", "2023-02-30"]]
    path.write_bytes(xlsx(rows))
    r = cli("import-taizhang", str(path))
    assert r.exit_code == 2
    assert "第 2 行，牵头单位：台账中没有单位「市科技局」" in r.output
    assert "第 2 行，完成时限：完成时限「2023-02-30」不是有效日期" in r.output
    rows[1][3] = "三季度末"
    path.write_bytes(xlsx(rows))
    r = cli("import-taizhang", str(path), "--create-units", "--region", "江门市")
    assert r.exit_code == 0, r.output
    assert "新建单位：市科技局" in r.output and "新增目标 1 条" in r.output
