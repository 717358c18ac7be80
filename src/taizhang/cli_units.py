"""Unit commands of the taizhang CLI (issue 11): ``unit add``, ``unit list`` and ``assign``.

Registered on the main Typer app by :func:`register`; each calls :mod:`taizhang.ledger.units`.
"""

from __future__ import annotations

from typing import Annotated, Any

import typer

from taizhang.cli_ledger import DbOption, WhoOption, _errors, _open, _who
from taizhang.cli_tables import Column, table_lines
from taizhang.ledger.units import KEEP
from taizhang.messages import text

__all__ = ["register"]

_UNIT_COLUMNS = (
    Column("cli.col.id", right=True),
    Column("cli.col.unit"),
    Column("cli.col.region"),
    Column("cli.col.email"),
    Column("cli.col.targets", right=True),
)


def _unit_app() -> typer.Typer:
    app = typer.Typer(help=text("cli.help.unit"), no_args_is_help=True)

    @app.command("add", help=text("cli.cmd.unit.add"))
    def add(
        name: str,
        region: Annotated[str | None, typer.Option(help=text("cli.help.unit_region"))] = None,
        email: Annotated[str | None, typer.Option(help=text("cli.help.unit_email"))] = None,
        db: DbOption = None,
        who: WhoOption = None,
    ) -> None:
        """Add a unit: taizhang unit add 市商务局 --region 440700 --email swj@example.org."""
        from taizhang.ledger.units import create_unit

        with _errors(), _open(db).session(write=True) as s:
            unit = create_unit(s, name, region_code=region, email=email, who=_who(who))
            uid = unit.id
        typer.echo(text("cli.unit_added", name=name.strip(), id=uid))

    @app.command("list", help=text("cli.cmd.unit.list"))
    def list_(db: DbOption = None) -> None:
        """List units with their regions, e-mail addresses and number of targets."""
        from taizhang.ledger.units import list_units, unit_target_counts

        with _errors(), _open(db).session() as s:
            counts = unit_target_counts(s)
            rows = [(u.id, u.name, u.region_code or "", u.email or "", counts.get(u.id, 0)) for u in list_units(s)]
        for line in table_lines(_UNIT_COLUMNS, rows):
            typer.echo(line)

    return app


def _assign(
    target_id: int,
    lead: Annotated[str | None, typer.Option(help=text("cli.help.assign_lead"))] = None,
    assist: Annotated[list[str] | None, typer.Option(help=text("cli.help.assign_assist"))] = None,
    person: Annotated[str | None, typer.Option(help=text("cli.help.assign_person"))] = None,
    deadline: Annotated[str | None, typer.Option(help=text("cli.help.assign_deadline"))] = None,
    db: DbOption = None,
    who: WhoOption = None,
) -> None:
    """Set a target's lead and assisting units, responsible person and deadline; what is not given stays."""
    from taizhang.ledger.units import assign_by_name

    changes: dict[str, Any] = {
        "lead": KEEP if lead is None else lead,
        "assisting": KEEP if assist is None else assist,
        "person": KEEP if person is None else person,
        "deadline": KEEP if deadline is None else deadline,
    }
    with _errors(), _open(db).session(write=True) as s:
        got = assign_by_name(s, target_id, actor=_who(who), **changes)
        shown = text(
            "cli.assigned",
            id=target_id,
            lead=got.lead.name if got.lead else "-",
            assisting="、".join(u.name for u in got.assisting) or "-",
            person=got.person or "-",
            deadline=got.deadline.isoformat() if got.deadline else "-",
        )
    typer.echo(shown)


def register(app: typer.Typer) -> None:
    """Add ``unit`` and ``assign`` to the taizhang Typer ``app``."""
    app.add_typer(_unit_app(), name="unit")
    app.command("assign", help=text("cli.cmd.assign"))(_assign)
