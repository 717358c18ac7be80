"""``taizhang evaluate``: score extraction on annotated folders, per document and in total."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from taizhang.errors import TaizhangError
from taizhang.extract.scoring import ACTUAL_ATTRIBUTES, TARGET_ATTRIBUTES, Score
from taizhang.messages import text

ATTRIBUTE_NAMES = {
    "comparator": "比较",
    "strength": "力度",
    "measure": "类型",
    "region": "地区",
    "year": "年份",
    "period_end": "期末",
    "direction": "方向",
    "indicator": "指标",
}


def register(app: typer.Typer) -> None:
    app.command(help=text("cli.cmd.evaluate"))(evaluate)


def evaluate(
    folders: Annotated[list[Path], typer.Argument(help=text("cli.help.evaluate_folders"))],
    verbose: Annotated[bool, typer.Option("-v", "--verbose", help=text("cli.help.evaluate_verbose"))] = False,
    json_file: Annotated[Path | None, typer.Option("--json", help=text("cli.help.evaluate_json"))] = None,
) -> None:
    """Score extraction against annotated documents: precision, recall, F1, fully-right."""
    from taizhang.evaluate import evaluate as run

    try:
        result = run(folders)
    except TaizhangError as e:
        typer.echo(str(e), err=True)
        raise typer.Exit(2) from None
    for f in result.folders:
        typer.echo(f"{f.name:48s} {_line(f.targets)}")
        if f.actuals is not None:
            typer.echo(f"{'':44s}实际值 {_line(f.actuals)}")
        if verbose:
            _details(f.text, f.targets)
            if f.actuals is not None:
                _details(f.text, f.actuals)
    targets = result.total("targets")
    typer.echo(f"目标 合计（{len(result.folders)} 篇）: {_line(targets)}")
    typer.echo("  各属性正确率: " + _attributes(targets, TARGET_ATTRIBUTES))
    free = result.false_targets_per_target_free()
    if free is not None:
        typer.echo(f"  无目标文档 {len(result.target_free())} 篇，平均每篇误报目标 {free:.2f} 条")
    with_actuals = [f for f in result.folders if f.actuals is not None]
    actuals = result.total("actuals")
    if with_actuals:
        typer.echo(f"实际值 合计（{len(with_actuals)} 篇）: {_line(actuals)}")
        typer.echo("  各属性正确率: " + _attributes(actuals, ACTUAL_ATTRIBUTES))
    if json_file is not None:
        figures = {
            "documents": [
                {"name": f.name, "kind": f.meta.get("kind"), "targets": _figures(f.targets)}
                | ({"actuals": _figures(f.actuals)} if f.actuals is not None else {})
                for f in result.folders
            ],
            "targets": _figures(targets),
            "false_targets_per_target_free_document": free,
            "actuals": _figures(actuals) if with_actuals else None,
        }
        json_file.write_text(json.dumps(figures, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def _line(s: Score) -> str:
    return (
        f"标注={s.tp + s.fn:3d} 对={s.tp:3d} 误={s.fp:3d} 漏={s.fn:3d} "
        f"P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f} 全对={s.fully_right:.3f}"
    )


def _attributes(s: Score, names: tuple[str, ...]) -> str:
    shown = [(n, s.accuracy(n)) for n in names]
    return " ".join(f"{ATTRIBUTE_NAMES[n]}={a:.3f}" for n, a in shown if a is not None) or "（无匹配）"


def _figures(s: Score) -> dict[str, Any]:
    return {
        "tp": s.tp,
        "fp": s.fp,
        "fn": s.fn,
        "precision": s.precision,
        "recall": s.recall,
        "f1": s.f1,
        "fully_right": s.fully_right,
        "attributes": {n: s.accuracy(n) for n in (*TARGET_ATTRIBUTES, "period_end") if s.judged[n]},
    }


def _details(text: str, s: Score) -> None:
    def around(r: Any) -> str:
        start, end = int(r.get("start", 0)), int(r.get("end", 0))
        return text[max(0, start - 15) : end + 5].replace("\n", " ")

    for g in s.misses:
        typer.echo(f"    漏 {g.get('indicator')} {g.get('value_text')} | {around(g)}")
    for p in s.false:
        typer.echo(f"    误 {p.get('indicator')} {p.get('value')} {p.get('unit')} | {around(p)}")
    for name, g, p in s.wrong:
        label = ATTRIBUTE_NAMES.get(name, name)
        where = f"{g.get('value_text')} {g.get('indicator')}"
        typer.echo(f"    错 {label}: 标注={g.get(name)} 得到={p.get(name)} | {where}")
