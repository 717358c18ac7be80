"""Supervision commands of the taizhang CLI: ``remind`` (mail each unit its due and overdue
targets) and ``report`` (write the 督查通报 as a Word document).

Thin edges over :mod:`taizhang.ledger.reminders` and :mod:`taizhang.ledger.notice` /
:mod:`taizhang.ledger.notice_document`, the services the overview page calls too.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from taizhang.cli_ledger import DbOption, _date, _errors, _open
from taizhang.errors import InputError
from taizhang.messages import M, text

__all__ = ["register"]

AsOfOption = Annotated[str | None, typer.Option("--as-of", help=text("cli.help.as_of"))]


def _remind(
    as_of: AsOfOption = None,
    within: Annotated[int | None, typer.Option("--within", help=text("cli.help.within"))] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help=text("cli.help.remind_dry_run"))] = False,
    db: DbOption = None,
) -> None:
    """Mail each unit its targets due within N days and those past their deadline; none twice."""
    from taizhang.ledger.mail import Mailer
    from taizhang.ledger.reminders import check_within, reminder_mail, send_reminders
    from taizhang.ledger.settings import LedgerSettings
    from taizhang.ledger.status import ledger_status

    with _errors():
        settings = LedgerSettings()
        day = _date(as_of, "--as-of") or date.today()
        within = check_within(settings.remind_within if within is None else within)
        mailer = None if dry_run else Mailer(settings)
        ledger = _open(db)
        with ledger.session() as s:
            report = ledger_status(s, as_of=day, source=settings.status_source)
        result = send_reminders(
            ledger, report, within=within, issuer=settings.notice_issuer, mailer=mailer, dry_run=dry_run
        )
    if not result.reminders and not result.skipped:
        typer.echo(text("remind.none", as_of=day.isoformat()))
        return
    if dry_run:
        for reminder in result.reminders:
            mail = reminder_mail(reminder, as_of=day, within=within, issuer=settings.notice_issuer)
            typer.echo(f"== {reminder.unit.name} <{reminder.unit.email or '—'}>\n{mail.subject}\n\n{mail.body}")
        typer.echo(text("remind.dry_run", count=len(result.reminders)))
        return
    typer.echo(text("remind.sent", sent=len(result.sent), items=result.items_sent, skipped=result.skipped))
    if result.ok:
        return
    typer.echo(text("remind.failed", count=len(result.failed) + len(result.no_address)), err=True)
    for reminder, delivery in result.failed:
        typer.echo(
            text(
                "remind.failed_one",
                unit=reminder.unit.name,
                to=delivery.mail.to,
                error=delivery.error,
                attempts=delivery.attempts,
            ),
            err=True,
        )
    for reminder in result.no_address:
        typer.echo(text("remind.no_address", unit=reminder.unit.name), err=True)
    raise typer.Exit(1)


def _report(
    out: Annotated[Path, typer.Option("-o", "--output", help=text("cli.help.notice_output"))],
    as_of: AsOfOption = None,
    number: Annotated[int | None, typer.Option("--number", min=1, help=text("cli.help.notice_number"))] = None,
    issued: Annotated[str | None, typer.Option("--issued", help=text("cli.help.notice_issued"))] = None,
    db: DbOption = None,
) -> None:
    """Write the 督查通报 at a date as a Word document (.docx)."""
    from taizhang.ledger.notice import build_notice, default_number
    from taizhang.ledger.notice_document import write_notice
    from taizhang.ledger.settings import LedgerSettings
    from taizhang.ledger.status import ledger_status

    with _errors():
        settings = LedgerSettings()
        day = _date(as_of, "--as-of") or date.today()
        issued_on = _date(issued, "--issued") or date.today()
        with _open(db).session() as s:
            report = ledger_status(s, as_of=day, source=settings.status_source)
            notice = build_notice(
                s,
                report,
                number=number or default_number(day),
                issued=issued_on,
                issuer=settings.notice_issuer,
            )
        try:
            write_notice(notice, out)
        except OSError as exc:
            raise InputError(M("notice.cannot_write", path=out, reason=exc.strerror or exc)) from exc
    c = notice.counts
    typer.echo(
        text("notice.written", path=out, total=notice.total, red=c["red"], yellow=c["yellow"], overdue=c["overdue"])
    )


def register(app: typer.Typer) -> None:
    """Add the supervision commands to the taizhang Typer ``app``."""
    app.command("remind", help=text("cli.cmd.remind"))(_remind)
    app.command("report", help=text("cli.cmd.report"))(_report)
