"""reconcile, observations, compare and overview on the command line: headers from the catalogue, codes
shown by their labels, columns lined up by display width, English with TAIZHANG_LANG=en (issue 12)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from taizhang.cli import app
from taizhang.messages import width


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> str:
    """The demo's ledger: the Jiangmen plans, the 1-9月 bulletin's official figures, the Q3 sheet."""
    from taizhang.cli_web import load_demo

    path = tmp_path_factory.mktemp("reports") / "ledger.db"
    shutil.copy(sqlite_template, path)
    load_demo(f"sqlite:///{path}")
    return str(path)


def _run(monkeypatch: pytest.MonkeyPatch, db: str, *args: str, lang: str = "zh") -> list[str]:
    monkeypatch.setenv("TAIZHANG_LANG", lang)
    result = CliRunner().invoke(app, [*args, "--db", db])
    assert result.exit_code == 0, result.output
    return result.stdout.splitlines()


def _column(lines: list[str], cell: str) -> set[int]:
    """The display columns where ``cell`` starts on the lines that hold it."""
    return {width(line[: line.index(cell)]) for line in lines if cell in line}


def test_reconcile_prints_a_chinese_table_that_lines_up(monkeypatch, demo_db):
    lines = _run(monkeypatch, demo_db, "reconcile", "--as-of", "2023-09-30")
    assert lines[0].startswith("核对（截至 2023-09-30）：10 组填报值与官方值，2 组超出容差")
    assert lines[1].split() == ["目标编号", "地区", "指标", "期间", "填报值", "官方值", "差异", "核对"]
    rows = lines[3:]
    jianghai = [row for row in rows if "江海区" in row]
    assert len(jianghai) == 2 and all(row.endswith("不一致") for row in jianghai)
    assert all("78.5亿元" in row and "75.3亿元" in row and "+3.2亿元（相差 +4.25%）" in row for row in jianghai)
    assert {row.split()[-1] for row in rows} == {"一致", "不一致"}
    assert len(_column([lines[1], *rows], "2023-09") | _column([lines[1]], "期间")) == 1
    flags = {width(row) - width(row.split()[-1]) for row in rows}  # the last column starts at one place
    assert flags == _column([lines[1]], "核对")


def test_reconcile_in_english(monkeypatch, demo_db):
    lines = _run(monkeypatch, demo_db, "reconcile", "--as-of", "2023-09-30", lang="en")
    assert lines[0].startswith("reconciliation (as of 2023-09-30): 10 pair(s)")
    assert "Reported" in lines[1] and "Official" in lines[1] and "Difference" in lines[1]
    assert any(row.endswith("differs") and "(+4.25%)" in row for row in lines[3:])
    assert not any("一致" in line or "个百分点" in line for line in lines)


def test_observations_list_shows_labels_not_codes(monkeypatch, demo_db):
    lines = _run(monkeypatch, demo_db, "observations", "list", "--unmatched")
    assert lines[0].split() == ["编号", "来源", "状态", "代码", "指标", "期间", "数值", "出处", "未对应原因"]
    rows = lines[2:]
    assert {row.split()[1] for row in rows} == {"官方统计", "填报"}
    assert {row.split()[2] for row in rows} == {"待审核"}
    assert not any(word in line for line in lines for word in ("official", "reported", "proposed"))
    assert len(_column([lines[0], *rows], "文档") | _column([lines[0]], "出处")) == 1
    english = _run(monkeypatch, demo_db, "observations", "list", "--unmatched", lang="en")
    assert english[0].split()[:3] == ["ID", "Source", "State"]
    assert {row.split()[1] for row in english[2:]} == {"official", "reported"}
    assert any(row.endswith("the indicator matches none of the region's targets") for row in english[2:]), english


def test_compare_and_overview_have_chinese_headers(monkeypatch, demo_db):
    compare = "\n".join(_run(monkeypatch, demo_db, "compare", "industrial_investment", "--year", "2023"))
    assert "工业投资" in compare and "目标编号" in compare and "下辖合计" in compare
    overview = "\n".join(_run(monkeypatch, demo_db, "overview", "--as-of", "2023-09-30"))
    assert "目标台账总览 · 截至 2023-09-30" in overview and "平均完成率" in overview
    english = "\n".join(_run(monkeypatch, demo_db, "overview", "--as-of", "2023-09-30", lang="en"))
    assert "ledger overview · as of 2023-09-30" in english and "mean completion" in english
