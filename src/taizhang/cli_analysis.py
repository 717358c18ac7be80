"""Research commands of the taizhang CLI: ``panel`` and ``analyse``.

Thin edges over :mod:`taizhang.ledger.panel` and :mod:`taizhang.ledger.analysis`, the same
services as ``/api/analysis`` and the ``/analysis`` page. Both read a ledger (``--db``) or a
corpus output file (``--from``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from taizhang.cli_ledger import DbOption, _echo_json, _errors, _open
from taizhang.cli_reports import FormatOption, _console, _table
from taizhang.errors import InputError
from taizhang.messages import M, text

__all__ = ["register"]

FromOption = Annotated[Path | None, typer.Option("--from", help=text("cli.help.panel_from"))]


def _panel_of(db: str | None, source: Path | None) -> Any:
    from taizhang.ledger.panel import file_panel, ledger_panel

    if db is not None and source is not None:
        raise InputError(M("panel.source_both"))
    if source is not None:
        return file_panel(source)
    with _open(db).session() as s:
        return ledger_panel(s)


def _panel(
    out: Annotated[Path, typer.Option("-o", "--out", help=text("cli.help.panel_out"))],
    source: FromOption = None,
    db: DbOption = None,
) -> None:
    """The research panel (region × year × indicator × strength) as Parquet, CSV or Stata .dta."""
    from taizhang.ledger.panel import write_panel

    with _errors():
        panel = _panel_of(db, source)
        conflicts = write_panel(panel, out)
    shown = f"（{conflicts}）" if conflicts else ""
    typer.echo(
        text(
            "panel.written",
            path=out,
            rows=len(panel.rows),
            conflicts=len(panel.conflicts),
            conflicts_path=shown,
            unplaced=panel.unplaced,
        ),
        err=True,
    )


def _analyse(
    kind: Annotated[str, typer.Argument(help=text("cli.help.analysis_kind"))],
    indicator: Annotated[str | None, typer.Option(help=text("cli.help.indicator_id"))] = None,
    year: Annotated[int | None, typer.Option(help=text("cli.help.year"))] = None,
    xlsx: Annotated[Path | None, typer.Option("--xlsx", help=text("cli.help.analysis_xlsx"))] = None,
    format: FormatOption = "table",
    source: FromOption = None,
    db: DbOption = None,
) -> None:
    """Escalation analytics: escalation, sums or yoy."""
    from taizhang.ledger.analysis import analysis_xlsx, check_kind, display_rows, displayed, tables_of
    from taizhang.track.escalation import analyse

    with _errors():
        check_kind(kind)
        result = analyse(_panel_of(db, source), kind, indicator=indicator, year=year)
        if xlsx is not None:
            xlsx.write_bytes(analysis_xlsx(result))
    if format == "json":
        _echo_json(result)
        return
    console = _console()
    if not result["rows"]:
        console.print(text("analysis.none"))
        return
    main, detail = (displayed(cols) for cols in tables_of(kind))
    console.print(_table(text(f"analysis.title.{kind}"), [c.header for c in main], display_rows(result["rows"], main)))
    if detail and result["detail"]:
        rows = display_rows(result["detail"], detail)
        console.print(_table(text(f"analysis.detail.{kind}"), [c.header for c in detail], rows))


def register(app: typer.Typer) -> None:
    """Add ``panel`` and ``analyse`` to the taizhang Typer ``app``."""
    app.command("panel", help=text("cli.cmd.panel"))(_panel)
    app.command("analyse", help=text("cli.cmd.analyse"))(_analyse)
