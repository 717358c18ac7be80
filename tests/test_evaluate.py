"""``taizhang evaluate``: scores annotated folders like the shared score.py, errors name the file."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from taizhang.cli import app

TEXT = "2024年主要预期目标：地区生产总值增长6%左右，一般公共预算收入突破20亿元。2023年全县完成固定资产投资120亿元。\n"


def annotated(folder: Path, gold: list[dict[str, object]], actuals: list[dict[str, object]] | None = None) -> Path:
    folder.mkdir(parents=True)
    (folder / "doc.txt").write_text(TEXT, encoding="utf-8")
    meta = {"date": "2024-01-10", "region": "台山市", "encoding": "utf-8"}
    (folder / "meta.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    (folder / "gold.jsonl").write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in gold), "utf-8")
    if actuals is not None:
        lines = "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in actuals)
        (folder / "actuals.jsonl").write_text(lines, "utf-8")
    return folder


def gold_record(value_text: str, value: float, unit: str, indicator: str, comparator: str) -> dict[str, object]:
    start = TEXT.index(value_text)
    return {
        "start": start,
        "end": start + len(value_text),
        "value": value,
        "unit": unit,
        "indicator": indicator,
        "comparator": comparator,
        "strength": "plan",
        "measure": "growth" if unit == "%" else "level",
        "region": "台山市",
        "region_code": "440781",
        "year": 2024,
        "direction": None,
        "value_text": value_text,
    }


def test_scores_per_document_and_in_total(tmp_path: Path) -> None:
    gold = [gold_record("6%", 6, "%", "地区生产总值", "~"), gold_record("20亿元", 2e9, "元", "一般公共预算收入", ">=")]
    annotated(tmp_path / "set" / "a", gold)
    annotated(tmp_path / "set" / "b", gold[:1])  # the second target is unannotated here: a false find
    out = tmp_path / "figures.json"
    result = CliRunner().invoke(app, ["evaluate", str(tmp_path / "set"), "--json", str(out), "-v"])
    assert result.exit_code == 0, result.output
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert [d["name"] for d in figures["documents"]] == ["a", "b"]
    assert figures["targets"]["tp"] == 3 and figures["targets"]["fp"] == 1 and figures["targets"]["fn"] == 0
    assert "误 一般公共预算收入" in result.output
    assert "合计（2 篇）" in result.output


def test_target_free_documents_report_false_targets_per_document(tmp_path: Path) -> None:
    annotated(tmp_path / "free", [])
    result = CliRunner().invoke(app, ["evaluate", str(tmp_path / "free")])
    assert result.exit_code == 0, result.output
    assert "无目标文档 1 篇，平均每篇误报目标 2.00 条" in result.output


def test_actuals_are_scored_when_annotated(tmp_path: Path) -> None:
    actual = gold_record("120亿元", 1.2e10, "元", "固定资产投资", "=") | {"period_end": "2023-12-31", "kind": "actual"}
    annotated(tmp_path / "a", [], [actual])
    result = CliRunner().invoke(app, ["evaluate", str(tmp_path / "a")])
    assert result.exit_code == 0, result.output
    assert "实际值 合计（1 篇）: 标注=  1" in result.output


def test_a_bad_gold_line_is_an_error_naming_file_and_line(tmp_path: Path) -> None:
    folder = annotated(tmp_path / "a", [])
    (folder / "gold.jsonl").write_text('{"start": 1}\nnot json\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate", str(folder)])
    assert result.exit_code == 2
    assert "gold.jsonl: 第 2 行不是 JSON" in result.output


def test_a_folder_without_annotations_is_refused(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["evaluate", str(tmp_path)])
    assert result.exit_code == 2
    assert "[E201]" in result.output and "找不到标注文件夹" in result.output
