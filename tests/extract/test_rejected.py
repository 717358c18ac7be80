"""Numbers that are not targets are kept with the reason, so a reviewer can see why."""

from __future__ import annotations

import pytest

from taizhang.extract.pipeline import read_numbers

CASES = [
    ("去年完成工业投资87亿元。", "87亿元", "past result"),
    ("新会片区面积670多平方公里。", "670多平方公里", "fact"),
    ("1-9月，全区完成工业投资71.2亿元。", "71.2亿元", "actual for a reporting period"),
    ("完成年度目标的71.2%。", "71.2%", "completion rate"),
    ("滞后序时进度3.8个百分点。", "3.8个百分点", "gap to a schedule or target"),
    ("引进超50亿元项目3个以上。", "50亿元", "qualifier"),
]


@pytest.mark.parametrize(("text", "value_text", "reason"), CASES, ids=[c[2] for c in CASES])
def test_reason_is_given(text: str, value_text: str, reason: str) -> None:
    reading = read_numbers(text, region="江门市", date="2023-01-20")
    assert value_text not in [t.value_text for t in reading.targets]
    assert any(r.value_text == value_text and r.reason.startswith(reason) for r in reading.rejected)


def test_cli_explain_names_file_line_and_reason(tmp_path: object) -> None:
    from pathlib import Path

    from typer.testing import CliRunner

    from taizhang.cli import app

    doc = Path(str(tmp_path)) / "plan.txt"
    doc.write_text("标题\n去年完成工业投资87亿元，今年突破100亿元。\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(doc), "--date", "2023-01-20", "--format", "jsonl", "--explain"])
    assert result.exit_code == 0
    assert f"{doc}:2:9：87亿元 未取为目标：已取得的成绩" in result.stderr, result.stderr
    assert '"value": 10000000000' in result.stdout
