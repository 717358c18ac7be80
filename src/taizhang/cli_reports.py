"""Report commands of the taizhang CLI: compare and overview, as the dashboard shows them.

A thin edge over the same ledger services as the pages and the API
(:func:`taizhang.ledger.compare.compare_indicator`, :func:`taizhang.ledger.overview.overview`):
each command opens the ledger, calls them and prints Chinese tables with headers (or JSON).
"""

from __future__ import annotations

import sys
from datetime import date
from typing import Annotated, Any

import typer

from taizhang.cli_ledger import DbOption, _date, _echo_json, _errors, _open

__all__ = ["register"]

FormatOption = Annotated[str, typer.Option("--format", help="table or json.")]


def _console() -> Any:
    from rich.console import Console

    return Console(width=None if sys.stdout.isatty() else 160)


def _table(title: str, headers: list[str], rows: list[list[Any]]) -> Any:
    from rich.table import Table

    table = Table(title=title, title_justify="left")
    for header in headers:
        table.add_column(header, overflow="fold")
    for row in rows:
        table.add_row(*("—" if cell is None else str(cell) for cell in row))
    return table


def _compare(
    indicator: Annotated[str, typer.Argument(help="Canonical indicator id, e.g. industrial_investment.")],
    year: Annotated[int | None, typer.Option(help="Due year (default: every year).")] = None,
    format: FormatOption = "table",
    db: DbOption = None,
) -> None:
    """Compare one indicator's targets across regions; each city's target beside its counties' sum."""
    from taizhang.ledger.compare import compare_indicator
    from taizhang.ledger.export import STRENGTH_LABELS
    from taizhang.web.pages.filters import fmt_value  # the pages' amounts: 660亿元

    with _errors(), _open(db).session() as s:
        result = compare_indicator(s, indicator, year=year)
    if format == "json":
        _echo_json(result)
        return
    console = _console()
    if not result["years"]:
        console.print(f"没有{result['name']}（{indicator}）的目标")
        return
    for block in result["years"]:
        heading = f"{result['name']} · {block['year'] or '未定年度'}年 · 单位：{block['unit'] or '—'}"
        rows = [
            [r["region"], r["region_code"], r["value_text"], STRENGTH_LABELS.get(r["strength"]) or "计划",
             r["indicator"], r["target_id"]]
            for r in block["rows"]
        ]  # fmt: skip
        console.print(_table(heading, ["地区", "代码", "目标", "力度", "原文指标", "目标编号"], rows))
        if block["rollups"]:
            sums = [
                [u["region"], u["own_text"], fmt_value(u["children_sum"], block["unit"]), "、".join(u["children"]),
                 None if u["share"] is None else f"{u['share']}%"]
                for u in block["rollups"]
            ]  # fmt: skip
            console.print(_table("下辖地区目标合计", ["地区", "本级目标", "下辖合计", "下辖地区", "合计占本级"], sums))


def _overview(
    as_of: Annotated[str | None, typer.Option("--as-of", help="Date YYYY-MM-DD (default: today).")] = None,
    prefecture: Annotated[str | None, typer.Option(help="Four-digit prefecture code: list its regions.")] = None,
    format: FormatOption = "table",
    db: DbOption = None,
) -> None:
    """Each region's targets by light, mean completion against time progress, and overdue reports."""
    from taizhang.ledger.names import region_names
    from taizhang.ledger.overview import overview, overview_view
    from taizhang.ledger.status import ledger_status
    from taizhang.vocab import STATUS_LABELS

    with _errors():
        day = _date(as_of, "--as-of") or date.today()
        with _open(db).session() as s:
            view = overview_view(overview(ledger_status(s, as_of=day), region_names(s)), prefecture)
    if format == "json":
        _echo_json(view)
        return
    shown = [status for status in STATUS_LABELS if view["totals"].get(status)]
    headers = ["地区", "代码", "目标数", *(STATUS_LABELS[st] for st in shown), "平均完成率", "平均时序进度"]
    rows = [
        [r["name"], r["code"], r["total"], *(r["counts"].get(st, 0) for st in shown),
         None if r["completion"] is None else f"{r['completion']}%",
         None if r["time_progress"] is None else f"{r['time_progress']}%"]
        for r in view["regions"]
    ]  # fmt: skip
    console = _console()
    place = f" · {view['prefecture_name']}" if prefecture else ""
    console.print(_table(f"目标台账总览 · 截至 {view['as_of']}{place}", headers, rows))
    if view["overdue"]:
        overdue = [[o["region"], o["indicator"], o["value_text"], o["id"]] for o in view["overdue"]]
        console.print(_table("逾期未报", ["地区", "指标", "目标", "目标编号"], overdue))


def register(app: typer.Typer) -> None:
    """Add the report commands to the taizhang Typer ``app``."""
    app.command("compare")(_compare)
    app.command("overview")(_overview)
