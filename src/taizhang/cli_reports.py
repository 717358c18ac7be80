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
from taizhang.messages import text


def _cols(*names: str) -> list[str]:
    """Column headers from the catalogue (cli.col.<name>)."""
    return [text(f"cli.col.{name}") for name in names]


__all__ = ["register"]

FormatOption = Annotated[str, typer.Option("--format", help=text("cli.help.table_json"))]


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
    indicator: Annotated[str, typer.Argument(help=text("cli.help.indicator_id"))],
    year: Annotated[int | None, typer.Option(help=text("cli.help.year"))] = None,
    format: FormatOption = "table",
    db: DbOption = None,
) -> None:
    """Compare one indicator's targets across regions; each city's target beside its counties' sum."""
    from taizhang.cli_tables import fmt_value  # the pages' amounts: 660亿元
    from taizhang.ledger.compare import compare_indicator
    from taizhang.vocab import label

    with _errors(), _open(db).session() as s:
        result = compare_indicator(s, indicator, year=year)
    if format == "json":
        _echo_json(result)
        return
    console = _console()
    if not result["years"]:
        console.print(text("cli.compare_none", name=result["name"], indicator=indicator))
        return
    for block in result["years"]:
        year_shown = block["year"] or text("cli.year_unset")
        heading = text("cli.compare_heading", name=result["name"], year=year_shown, unit=block["unit"] or "—")
        rows = [
            [r["region"], r["region_code"], r["value_text"], label("strength", r["strength"] or "plan"),
             r["indicator"], r["target_id"]]
            for r in block["rows"]
        ]  # fmt: skip
        console.print(
            _table(heading, _cols("region", "code", "target", "strength", "indicator_text", "target_id"), rows)
        )
        if block["rollups"]:
            sums = [
                [u["region"], u["own_text"], fmt_value(u["children_sum"], block["unit"]), "、".join(u["children"]),
                 None if u["share"] is None else f"{u['share']}%"]
                for u in block["rollups"]
            ]  # fmt: skip
            columns = _cols("region", "own_target", "children_sum", "children", "children_share")
            console.print(_table(text("cli.compare_rollups"), columns, sums))


def _overview(
    as_of: Annotated[str | None, typer.Option("--as-of", help=text("cli.help.as_of"))] = None,
    prefecture: Annotated[str | None, typer.Option(help=text("cli.help.prefecture"))] = None,
    format: FormatOption = "table",
    db: DbOption = None,
) -> None:
    """Each region's targets by light, mean completion against time progress, and overdue reports."""
    from taizhang.ledger.names import region_names
    from taizhang.ledger.overview import overview, overview_view
    from taizhang.ledger.status import ledger_status
    from taizhang.vocab import STATUSES, label

    with _errors():
        day = _date(as_of, "--as-of") or date.today()
        with _open(db).session() as s:
            view = overview_view(overview(ledger_status(s, as_of=day), region_names(s)), prefecture)
    if format == "json":
        _echo_json(view)
        return
    shown = [status for status in STATUSES if view["totals"].get(status)]
    headers = [
        *_cols("region", "code", "targets"),
        *(label("status", st) for st in shown),
        *_cols("mean_completion", "mean_time_progress"),
    ]
    rows = [
        [r["name"], r["code"], r["total"], *(r["counts"].get(st, 0) for st in shown),
         None if r["completion"] is None else f"{r['completion']}%",
         None if r["time_progress"] is None else f"{r['time_progress']}%"]
        for r in view["regions"]
    ]  # fmt: skip
    console = _console()
    place = f" · {view['prefecture_name']}" if prefecture else ""
    console.print(_table(text("cli.overview_title", date=view["as_of"], place=place), headers, rows))
    if view["overdue"]:
        overdue = [[o["region"], o["indicator"], o["value_text"], o["id"]] for o in view["overdue"]]
        console.print(_table(label("status", "overdue"), _cols("region", "indicator", "target", "target_id"), overdue))


def register(app: typer.Typer) -> None:
    """Add the report commands to the taizhang Typer ``app``."""
    app.command("compare", help=text("cli.cmd.compare"))(_compare)
    app.command("overview", help=text("cli.cmd.overview"))(_overview)
    from taizhang.cli_analysis import register as register_analysis

    register_analysis(app)
