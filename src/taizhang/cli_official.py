"""Official-figure commands of the taizhang CLI: observations (list, show, confirm, edit, reject) and reconcile.

Thin, like :mod:`taizhang.cli_ledger`: parse options, call one service function, print.
Registered by :func:`taizhang.cli_ledger.register`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Annotated, Any

import typer

from taizhang.cli_ledger import DbOption, WhoOption, _codes, _date, _echo_json, _echo_lines, _errors, _open, _who
from taizhang.cli_tables import Column, fmt_value, table_lines
from taizhang.errors import InputError
from taizhang.messages import M, text
from taizhang.vocab import label

if TYPE_CHECKING:
    from taizhang.ledger.reconcile import Pair

__all__ = ["register"]

RegionOption = Annotated[str | None, typer.Option(help=text("cli.help.region"))]


def _observations_app() -> typer.Typer:
    app = typer.Typer(
        help=text("cli.help.observations"),
        no_args_is_help=True,
    )

    @app.command("list", help=text("cli.cmd.observations.list"))
    def list_(
        source: Annotated[str | None, typer.Option(help=text("cli.help.obs_source"))] = None,
        state: Annotated[str | None, typer.Option(help=text("cli.help.obs_state"))] = None,
        region: RegionOption = None,
        document: Annotated[int | None, typer.Option(help=text("cli.help.obs_document"))] = None,
        unmatched: Annotated[bool, typer.Option("--unmatched", help=text("cli.help.obs_unmatched"))] = False,
        format: Annotated[str, typer.Option("--format", help=text("cli.help.table_jsonl"))] = "table",
        db: DbOption = None,
    ) -> None:
        """List observations; --state ambiguous lists the figures a document gives twice."""
        from taizhang.ledger.observations import list_observations, unmatched_observations

        with _errors(), _open(db).session() as s:
            codes = _codes(s, region)
            if unmatched:
                rows = unmatched_observations(s, source=source, region_codes=codes)
            else:
                rows = list_observations(s, source=source, state=state, region_codes=codes, document_id=document)
        if format == "jsonl":
            for r in rows:
                _echo_json(r)
        else:
            _echo_lines(_observation_table(rows))

    @app.command(help=text("cli.cmd.observations.show"))
    def show(observation_id: int, db: DbOption = None) -> None:
        """Show one observation as JSON."""
        from taizhang.ledger.observations import get_observation, observation_record

        with _errors(), _open(db).session() as s:
            _echo_json(observation_record(get_observation(s, observation_id)))

    @app.command(help=text("cli.cmd.observations.confirm"))
    def confirm(observation_ids: list[int], db: DbOption = None, who: WhoOption = None) -> None:
        """Confirm observations (of an ambiguous pair: pick one); re-ingests never change them."""
        from taizhang.ledger.observations import confirm_observation

        with _errors(), _open(db).session(write=True) as s:
            for oid in observation_ids:
                confirm_observation(s, oid, who=_who(who))
        typer.echo(text("cli.observations_confirmed", count=len(observation_ids)))

    @app.command(help=text("cli.cmd.observations.reject"))
    def reject(
        observation_ids: list[int],
        reason: Annotated[str | None, typer.Option(help=text("cli.help.reason"))] = None,
        db: DbOption = None,
        who: WhoOption = None,
    ) -> None:
        """Reject observations (kept, left out of status and reconciliation)."""
        from taizhang.ledger.observations import reject_observation

        with _errors(), _open(db).session(write=True) as s:
            for oid in observation_ids:
                reject_observation(s, oid, who=_who(who), reason=reason)
        typer.echo(text("cli.observations_rejected", count=len(observation_ids)))

    @app.command(help=text("cli.cmd.observations.edit"))
    def edit(
        observation_id: int,
        set_: Annotated[list[str], typer.Option("--set", help=text("cli.help.set"))],
        db: DbOption = None,
        who: WhoOption = None,
    ) -> None:
        """Change an observation's figure; the extractor's reading is kept, a re-ingest never undoes it."""
        from taizhang.ledger.observations import edit_observation

        with _errors():
            changes: dict[str, Any] = {}
            for item in set_:
                field, sep, value = item.partition("=")
                if not sep:
                    raise InputError(M("cli.set_format", value=item))
                changes[field.strip()] = value
            with _open(db).session(write=True) as s:
                _echo_json(edit_observation(s, observation_id, changes, who=_who(who)))

    return app


def _reconcile(
    region: RegionOption = None,
    as_of: Annotated[str | None, typer.Option("--as-of", help=text("cli.help.as_of"))] = None,
    format: Annotated[str, typer.Option("--format", help=text("cli.help.table_json"))] = "table",
    db: DbOption = None,
) -> None:
    """Reported against official figures: every target-period with both, the difference, flags."""
    from datetime import date

    from taizhang.ledger.reconcile import reconcile as run
    from taizhang.ledger.reconcile import tolerance_from
    from taizhang.ledger.settings import LedgerSettings

    with _errors():
        day = _date(as_of, "--as-of") or date.today()
        with _open(db).session() as s:
            result = run(s, as_of=day, region_codes=_codes(s, region), tolerance=tolerance_from(LedgerSettings()))
    if format == "json":
        _echo_json(result.to_dict())
        return
    tol = result.tolerance
    typer.echo(
        text(
            "cli.reconcile_summary",
            date=day.isoformat(),
            pairs=len(result.pairs),
            flagged=sum(p.flagged for p in result.pairs),
            rate=tol.rate,
            level=tol.level,
        )
    )
    _echo_lines(_reconcile_table(result.pairs))


def _observation_table(rows: list[dict[str, Any]]) -> list[str]:
    """``observations list``: one line per figure, where it was read, and why it matches no target."""
    from taizhang.ledger.untracked import UNTRACKED_REASONS

    columns = [
        Column("cli.col.id", right=True), Column("cli.col.source"), Column("cli.col.state"), Column("cli.col.code"),
        Column("cli.col.indicator"), Column("cli.col.report_period"), Column("cli.col.value", right=True),
        Column("cli.col.read_from"), Column("cli.col.unmatched"),
    ]  # fmt: skip
    return table_lines(
        columns,
        (
            (
                r["id"],
                label("source", r["source"]),
                label("observation", r["state"]),
                r["region_code"],
                r["indicator"],
                r["period"],
                fmt_value(r["value"], r["unit"]),
                text("cli.obs_in_document", id=r["document_id"], start=r["start"])
                if r["document_id"]
                else text("cli.obs_in_import", id=r["import_id"] or ""),
                str(UNTRACKED_REASONS[r["reason"]]) if r.get("reason") else "",
            )
            for r in rows
        ),
    )


def _reconcile_table(pairs: Sequence[Pair]) -> list[str]:
    """``reconcile``: each target-period with both figures, the difference and whether it agrees."""
    columns = [
        Column("cli.col.target_id", right=True), Column("cli.col.region"), Column("cli.col.indicator"),
        Column("cli.col.report_period"), Column("cli.col.reported", right=True),
        Column("cli.col.official", right=True), Column("cli.col.difference", right=True), Column("cli.col.check"),
    ]  # fmt: skip
    return table_lines(
        columns,
        (
            (
                p.target.id,
                p.target.region or p.target.region_code or "",
                p.target.indicator,
                p.period,
                fmt_value(p.reported.value, p.reported.unit),
                fmt_value(p.official.value, p.official.unit),
                _difference(p),
                text("cli.reconcile_differs" if p.flagged else "cli.reconcile_agrees"),
            )
            for p in pairs
        ),
    )


def _difference(p: Pair) -> str:
    """Reported − official: in points for a rate, else in the figures' unit with its share of the official one."""
    if p.rate:
        return text("cli.points", value=f"{p.difference:+}")
    shown = ("+" if p.difference > 0 else "") + fmt_value(p.difference, p.official.unit)
    if p.relative is None:
        return shown
    return text("cli.difference_relative", difference=shown, relative=f"{p.relative:+}")


def register(app: typer.Typer) -> None:
    """Add ``observations`` and ``reconcile`` to the taizhang Typer ``app``."""
    app.add_typer(_observations_app(), name="observations")
    app.command("reconcile", help=text("cli.cmd.reconcile"))(_reconcile)
