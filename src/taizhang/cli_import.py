"""``taizhang import-taizhang``: take in a supervision office's own 台账 sheet, all rows or none.

Thin, like :mod:`taizhang.cli_ledger`: parse options, call
:func:`taizhang.ledger.office_sheet.import_office_sheet`, print. Registered by
:func:`taizhang.cli_ledger.register`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from taizhang.cli_ledger import DbOption, WhoOption, _errors, _open, _who
from taizhang.errors import InputError
from taizhang.messages import M, pad, text

__all__ = ["register"]


def _mapping_lines(headings: list[str], mapping: list[str | None]) -> list[str]:
    from taizhang.ledger.headers import field_label

    width = max((len(h) * 2 for h in headings), default=0)
    return [
        f"  {i + 1:>2}  {pad(h or '-', width)}  → {field_label(f) if f else text('cli.taizhang_unread')}"
        for i, (h, f) in enumerate(zip(headings, mapping, strict=True))
    ]


def _import_taizhang(
    file: Annotated[Path, typer.Argument(help=text("cli.help.taizhang_file"))],
    region: Annotated[str | None, typer.Option(help=text("cli.help.taizhang_region"))] = None,
    year: Annotated[int | None, typer.Option(help=text("cli.help.taizhang_year"))] = None,
    column: Annotated[list[str] | None, typer.Option("--column", help=text("cli.help.taizhang_column"))] = None,
    create_units: Annotated[bool, typer.Option("--create-units", help=text("cli.help.create_units"))] = False,
    dry_run: Annotated[bool, typer.Option("--dry-run", help=text("cli.help.taizhang_dry_run"))] = False,
    db: DbOption = None,
    who: WhoOption = None,
) -> None:
    """Import an office's 台账 (targets with units and deadlines), all rows or none."""
    from taizhang.ledger.office_sheet import import_office_sheet, read_office_sheet

    with _errors():
        try:
            data = file.read_bytes()
        except OSError as exc:
            raise InputError(M("input.cannot_read", source=file, reason=exc.strerror or exc)) from exc
        with _open(db).session(write=not dry_run) as s:
            sheet = read_office_sheet(s, file.name, data, region=region, year=year, create_units=create_units)
            mapping = _corrected(sheet.mapping, sheet.headings, column or [])
            if mapping != sheet.mapping:
                sheet = read_office_sheet(
                    s, file.name, data, mapping=mapping, region=region, year=year, create_units=create_units
                )
            typer.echo(text("cli.taizhang_mapping", source=file.name))
            for line in _mapping_lines(sheet.headings, sheet.mapping):
                typer.echo(line)
            if dry_run:
                sheet.check()
                typer.echo(text("cli.taizhang_checked", rows=len(sheet.rows), source=file.name))
                return
            r = import_office_sheet(
                s, file.name, data, who=_who(who), mapping=mapping, region=region, year=year,
                create_units=create_units,
            )  # fmt: skip
    if r.units_created:
        typer.echo(text("cli.taizhang_units_created", names="、".join(r.units_created)))
    typer.echo(
        text(
            "cli.taizhang_imported", source=r.filename, rows=r.rows, added=len(r.ingest.added),
            updated=len(r.ingest.updated), kept=r.ingest.kept, document=r.document_id,
        )
    )  # fmt: skip


def _corrected(mapping: list[str | None], headings: list[str], columns: list[str]) -> list[str | None]:
    """``mapping`` with each ``--column N=field`` (N counts from 1; an empty field: not read) applied."""
    from taizhang.ledger.headers import sheet_fields

    out = list(mapping)
    for spec in columns:
        number, _, name = spec.partition("=")
        name = name.strip()
        if (
            not number.strip().isdigit()
            or not 1 <= int(number) <= len(headings)
            or (name and name not in sheet_fields())
        ):
            raise InputError(M("taizhang.column_option", value=spec, fields=", ".join(sheet_fields())))
        out[int(number) - 1] = name or None
    return out


def register(app: typer.Typer) -> None:
    """Add ``import-taizhang`` to the taizhang Typer ``app``."""
    app.command("import-taizhang", help=text("cli.cmd.import-taizhang"))(_import_taizhang)
