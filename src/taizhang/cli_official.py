"""Official-figure commands of the taizhang CLI: observations (list, show, confirm, edit, reject) and reconcile.

Thin, like :mod:`taizhang.cli_ledger`: parse options, call one service function, print.
Registered by :func:`taizhang.cli_ledger.register`.
"""

from __future__ import annotations

from typing import Annotated, Any

import typer

from taizhang.cli_ledger import DbOption, WhoOption, _codes, _date, _echo_json, _errors, _open, _who
from taizhang.errors import InputError
from taizhang.messages import M, text

__all__ = ["register"]

RegionOption = Annotated[str | None, typer.Option(help=text("cli.help.region"))]


def _observations_app() -> typer.Typer:
    app = typer.Typer(
        help=text("cli.help.observations"),
        no_args_is_help=True,
    )

    @app.command("list")
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
        from taizhang.ledger.untracked import UNTRACKED_REASONS
        from taizhang.web.pages.filters import fmt_value

        with _errors(), _open(db).session() as s:
            codes = _codes(s, region)
            if unmatched:
                rows = unmatched_observations(s, source=source, region_codes=codes)
            else:
                rows = list_observations(s, source=source, state=state, region_codes=codes, document_id=document)
        for r in rows:
            if format == "jsonl":
                _echo_json(r)
                continue
            where = f"文档{r['document_id']}:{r['start']}" if r["document_id"] else f"导入{r['import_id'] or ''}"
            why = f"  （{UNTRACKED_REASONS[r['reason']]}）" if "reason" in r else ""
            typer.echo(
                f"{r['id']:>6} {r['source']:<8} {r['state']:<9} {r['region_code']} {r['indicator']:<14} "
                f"{r['period']} {fmt_value(r['value'], r['unit']):>12} {where}{why}"
            )

    @app.command()
    def show(observation_id: int, db: DbOption = None) -> None:
        """Show one observation as JSON."""
        from taizhang.ledger.observations import get_observation, observation_record

        with _errors(), _open(db).session() as s:
            _echo_json(observation_record(get_observation(s, observation_id)))

    @app.command()
    def confirm(observation_ids: list[int], db: DbOption = None, who: WhoOption = None) -> None:
        """Confirm observations (of an ambiguous pair: pick one); re-ingests never change them."""
        from taizhang.ledger.observations import confirm_observation

        with _errors(), _open(db).session(write=True) as s:
            for oid in observation_ids:
                confirm_observation(s, oid, who=_who(who))
        typer.echo(text("cli.observations_confirmed", count=len(observation_ids)))

    @app.command()
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

    @app.command()
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
    from taizhang.web.pages.filters import fmt_value

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
    typer.echo(f"{'目标':>6} {'地区':<6} {'指标':<12} {'期间':<8} {'填报值':>12} {'官方值':>12} {'差异':>14}  标记")
    for p in result.pairs:
        t = p.target
        diff = f"{p.difference:+}个百分点" if p.rate else fmt_value(p.difference, p.official.unit)
        if p.relative is not None:
            diff += f"（{p.relative:+}%）"
        typer.echo(
            f"{t.id:>6} {t.region or t.region_code or '':<6} {t.indicator:<12} {p.period:<8} "
            f"{fmt_value(p.reported.value, p.reported.unit):>12} {fmt_value(p.official.value, p.official.unit):>12} "
            f"{diff:>14}  {'不一致' if p.flagged else '一致'}"
        )


def register(app: typer.Typer) -> None:
    """Add ``observations`` and ``reconcile`` to the taizhang Typer ``app``."""
    app.add_typer(_observations_app(), name="observations")
    app.command("reconcile")(_reconcile)
