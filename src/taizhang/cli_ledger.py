"""Ledger commands of the taizhang CLI: ingest, targets, progress, status, export, backup, db.

A thin edge: each command parses its options, opens the ledger, calls one service function and
prints. A TaizhangError becomes one line on stderr ("[E303] …") and exit code 2.
"""

from __future__ import annotations

import getpass
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer

from taizhang.cli_tables import commitment_table, fmt_value, status_table, target_record_lines, target_table
from taizhang.errors import InputError, TaizhangError
from taizhang.messages import M, text
from taizhang.vocab import label

__all__ = ["register"]

DbOption = Annotated[
    str | None,
    typer.Option("--db", help=text("cli.help.db")),
]
WhoOption = Annotated[str | None, typer.Option("--who", help=text("cli.help.who"))]
NoteOption = Annotated[str | None, typer.Option("--note", help=text("cli.help.note"))]
StrengthOption = Annotated[str | None, typer.Option(help=text("cli.help.strength"))]
TextOption = Annotated[str | None, typer.Option("--text", help=text("cli.help.text"))]


def _who(who: str | None) -> str:
    from taizhang.ledger.inputs import check_text

    return check_text("who", who or os.environ.get("TAIZHANG_USER") or getpass.getuser()) or ""


def _date(value: str | None, name: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise InputError(M("input.date", option=name, value=value)) from exc


@contextmanager
def _errors() -> Iterator[None]:
    try:
        yield
    except TaizhangError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(2) from exc


def _open(db: str | None, *, create: bool = False) -> Any:
    """The ledger at ``db``; only ``ingest`` creates a new one, every other command wants it (E308)."""
    from taizhang.ledger.database import open_ledger

    return open_ledger(db, create=create)


def _echo_lines(lines: list[str]) -> None:
    for line in lines:
        typer.echo(line)


def _echo_json(obj: Any) -> None:
    typer.echo(json.dumps(obj, ensure_ascii=False, default=str))


def _codes(session: Any, region: str | None) -> set[str] | None:
    if region is None:
        return None
    from taizhang.ledger.regions import resolve_region_codes

    codes: set[str] = resolve_region_codes(session, region)
    return codes


def _ingest(
    files: Annotated[list[Path], typer.Argument(help=text("cli.help.ingest_files"))],
    region: Annotated[str | None, typer.Option(help=text("cli.help.region_docs"))] = None,
    date_: Annotated[str | None, typer.Option("--date", help=text("cli.help.date"))] = None,
    db: DbOption = None,
    who: WhoOption = None,
) -> None:
    """Extract targets from documents and store them (idempotent by content hash)."""
    from rich.progress import track

    from taizhang.ledger.documents import ingest_path
    from taizhang.text.dates import date_note
    from taizhang.text.readers import DOCUMENT_SUFFIXES, document_files

    with _errors():
        published = _date(date_, "--date")
        ledger = _open(db, create=True)
        paths, skipped = document_files(files)
        docs = added = updated = retired = commitments = official = 0
        refused: list[str] = []
        listed: list[str] = []
        shown: Any = track(paths, description=text("cli.ingesting"), transient=True) if sys.stderr.isatty() else paths
        for path in shown:
            try:
                r = ingest_path(ledger, path, who=_who(who), region=region, date=published)
            except TaizhangError as exc:
                refused.append(f"{path}: {exc}")
                continue
            note = date_note(r.dated, published)
            if note:
                typer.echo(text("cli.date_note", source=path, note=note), err=True)
            docs += 1
            added, updated, retired = added + len(r.added), updated + len(r.updated), retired + len(r.retired)
            commitments += len(r.commitments_added)
            official += len(r.official.added)
            if r.official.ambiguous:
                ids = ", ".join(map(str, r.official.ambiguous))
                listed.append(text("cli.official_ambiguous", source=path, ids=ids))
            listed += [
                text("cli.official_refused", source=path, start=f.start, indicator=f.indicator, value=f.value_text,
                     reason=f.reason)
                for f in r.official.refused
            ]  # fmt: skip
        typer.echo(
            text(
                "cli.ingest_summary", docs=docs, added=added, updated=updated, retired=retired,
                commitments=commitments, official=official, refused=len(refused),
            )
        )  # fmt: skip
        for line in listed:
            typer.echo(f"  {line}", err=True)
        for line in refused:
            typer.echo(text("cli.ingest_refused", line=line), err=True)
        if skipped:
            typer.echo(text("cli.ingest_skipped", count=len(skipped), suffixes=" ".join(DOCUMENT_SUFFIXES)), err=True)
            for path in skipped:
                typer.echo(f"  {path}", err=True)
        ledger.close()
        if refused:  # a missing or unreadable input is an error, as in extract; the others are stored
            raise typer.Exit(2)


def _targets_app() -> typer.Typer:
    app = typer.Typer(help=text("cli.help.targets"), no_args_is_help=True)

    @app.command("list", help=text("cli.cmd.targets.list"))
    def list_(
        region: Annotated[str | None, typer.Option(help=text("cli.help.region"))] = None,
        indicator: Annotated[str | None, typer.Option(help=text("cli.help.indicator"))] = None,
        year: Annotated[int | None, typer.Option(help=text("cli.help.year"))] = None,
        state: Annotated[str | None, typer.Option(help=text("cli.help.state"))] = None,
        strength: StrengthOption = None,
        text: TextOption = None,
        unit: Annotated[int | None, typer.Option(help=text("cli.help.filter_unit"))] = None,
        sort: Annotated[str, typer.Option(help=text("cli.help.sort"))] = "id",
        format: Annotated[str, typer.Option("--format", help=text("cli.help.table_jsonl"))] = "table",
        db: DbOption = None,
    ) -> None:
        """List targets."""
        from taizhang.ledger.listing import TargetFilter, list_targets

        with _errors():
            units = None if unit is None else (unit,)
            f = TargetFilter(
                region=region, indicator=indicator, text=text, year=year, state=state, strength=strength, units=units
            )
            ledger = _open(db)
            with ledger.session() as s:
                rows = list_targets(s, f, sort=sort)
            if format == "jsonl":
                for r in rows:
                    _echo_json(r)
            else:
                _echo_lines(target_table(rows))

    @app.command(help=text("cli.cmd.targets.show"))
    def show(
        target_id: int,
        as_json: Annotated[bool, typer.Option("--json", help=text("cli.help.json"))] = False,
        db: DbOption = None,
    ) -> None:
        """Show one target: a record to read, or JSON with --json."""
        from taizhang.ledger.records import target_record
        from taizhang.ledger.review import get_target

        with _errors(), _open(db).session() as s:
            record = target_record(get_target(s, target_id))
        if as_json:
            _echo_json(record)
        else:
            _echo_lines(target_record_lines(record))

    @app.command(help=text("cli.cmd.targets.confirm"))
    def confirm(target_ids: list[int], db: DbOption = None, who: WhoOption = None) -> None:
        """Confirm targets: re-ingests will never change them."""
        from taizhang.ledger.review import confirm_target

        with _errors(), _open(db).session(write=True) as s:
            for tid in target_ids:
                confirm_target(s, tid, who=_who(who))
        typer.echo(text("cli.confirmed", count=len(target_ids)))

    @app.command(help=text("cli.cmd.targets.reject"))
    def reject(
        target_ids: list[int],
        reason: Annotated[str | None, typer.Option(help=text("cli.help.reason"))] = None,
        db: DbOption = None,
        who: WhoOption = None,
    ) -> None:
        """Reject targets (kept, left out of status)."""
        from taizhang.ledger.review import reject_target

        with _errors(), _open(db).session(write=True) as s:
            for tid in target_ids:
                reject_target(s, tid, who=_who(who), reason=reason)
        typer.echo(text("cli.rejected", count=len(target_ids)))

    @app.command(help=text("cli.cmd.targets.edit"))
    def edit(
        target_id: int,
        set_: Annotated[list[str], typer.Option("--set", help=text("cli.help.set"))],
        db: DbOption = None,
        who: WhoOption = None,
    ) -> None:
        """Override fields of a target; the extractor's reading is kept beside the edit."""
        from taizhang.ledger.review import edit_target

        with _errors():
            changes: dict[str, Any] = {}
            for item in set_:
                field, sep, value = item.partition("=")
                if not sep:
                    raise InputError(M("cli.set_format", value=item))
                changes[field.strip()] = None if value == "" else value
            with _open(db).session(write=True) as s:
                _echo_json(edit_target(s, target_id, changes, who=_who(who)))

    return app


def _commitments_app() -> typer.Typer:
    app = typer.Typer(help=text("cli.help.commitments"), no_args_is_help=True)

    @app.command("list", help=text("cli.cmd.commitments.list"))
    def list_(
        region: Annotated[str | None, typer.Option(help=text("cli.help.region"))] = None,
        year: Annotated[int | None, typer.Option(help=text("cli.help.year"))] = None,
        state: Annotated[str | None, typer.Option(help=text("cli.help.state"))] = None,
        progress: Annotated[str | None, typer.Option(help=text("cli.help.progress_state"))] = None,
        format: Annotated[str, typer.Option("--format", help=text("cli.help.table_jsonl"))] = "table",
        db: DbOption = None,
    ) -> None:
        """List commitments."""
        from taizhang.ledger.commitments import list_commitments

        with _errors(), _open(db).session() as s:
            rows = list_commitments(s, region=region, year=year, state=state, progress=progress)
        if format == "jsonl":
            for r in rows:
                _echo_json(r)
        else:
            _echo_lines(commitment_table(rows))

    def _mark(ids: list[int], done: bool, note: str | None, db: str | None, who: str | None) -> None:
        from taizhang.ledger.commitments import mark_commitment

        with _errors(), _open(db).session(write=True) as s:
            for cid in ids:
                mark_commitment(s, cid, done=done, who=_who(who), note=note)
        typer.echo(text("cli.marked", count=len(ids), state=label("commitment", "done" if done else "undone")))

    @app.command(help=text("cli.cmd.commitments.done"))
    def done(commitment_ids: list[int], note: NoteOption = None, db: DbOption = None, who: WhoOption = None) -> None:
        """Mark commitments done."""
        _mark(commitment_ids, True, note, db, who)

    @app.command(help=text("cli.cmd.commitments.undone"))
    def undone(commitment_ids: list[int], note: NoteOption = None, db: DbOption = None, who: WhoOption = None) -> None:
        """Mark commitments not done."""
        _mark(commitment_ids, False, note, db, who)

    return app


def _progress_app() -> typer.Typer:
    app = typer.Typer(help=text("cli.help.progress"), no_args_is_help=True)

    @app.command(help=text("cli.cmd.progress.add"))
    def add(
        target_id: int,
        period: Annotated[str, typer.Option(help=text("cli.help.period"))],
        value: Annotated[str, typer.Option(help=text("cli.help.value"))],
        cumulative: Annotated[bool, typer.Option("--cumulative/--point", help=text("cli.help.cumulative"))] = True,
        source: Annotated[str | None, typer.Option(help=text("cli.help.source"))] = None,
        db: DbOption = None,
        who: WhoOption = None,
    ) -> None:
        """Record one actual against a target."""
        from taizhang.ledger.progress import add_progress

        with _errors(), _open(db).session(write=True) as s:
            oid = add_progress(
                s,
                target_id,
                period=period,
                value=value,
                who=_who(who),
                cumulative=cumulative,
                source_text=source,
            )
        typer.echo(text("cli.progress_recorded", id=oid))

    @app.command("import", help=text("cli.cmd.progress.import"))
    def import_(
        file: Path,
        untracked: Annotated[
            Path | None,
            typer.Option("--untracked", help=text("cli.help.untracked")),
        ] = None,
        db: DbOption = None,
        who: WhoOption = None,
    ) -> None:
        """Import a progress sheet, all rows or none; summarises the rows that match no target."""
        from taizhang.ledger.progress import import_progress
        from taizhang.ledger.untracked import UNTRACKED_REASONS, summarize_untracked, write_untracked

        with _errors(), _open(db).session(write=True) as s:
            r = import_progress(s, file, who=_who(who))
            if untracked is not None:  # in the transaction: a file that cannot be written undoes the import
                write_untracked(r, untracked)
        typer.echo(text("cli.imported", rows=r.rows, source=r.filename, matched=len(r.matched)))
        summary = summarize_untracked(r)
        if not summary.count:
            return
        typer.echo(text("cli.untracked_count", count=summary.count))
        for reason, n in summary.by_reason.items():
            typer.echo(f"  {n:>8}  {UNTRACKED_REASONS[reason]}")
        for o, reason in summary.examples:
            typer.echo(
                text(
                    "cli.untracked_row", row=o.row, region=o.region_code, indicator=o.indicator, period=o.period,
                    value=fmt_value(o.value, o.unit), reason=UNTRACKED_REASONS[reason],
                )
            )  # fmt: skip
        if untracked is not None:
            typer.echo(text("cli.untracked_written", count=summary.count, path=untracked))
        elif summary.count > len(summary.examples):
            typer.echo(text("cli.untracked_more", count=summary.count - len(summary.examples)))

    return app


def _status(
    region: Annotated[str | None, typer.Option(help=text("cli.help.region"))] = None,
    indicator: Annotated[str | None, typer.Option(help=text("cli.help.indicator"))] = None,
    year: Annotated[int | None, typer.Option(help=text("cli.help.year"))] = None,
    state: Annotated[str | None, typer.Option(help=text("cli.help.state_status"))] = None,
    strength: StrengthOption = None,
    text: TextOption = None,
    as_of: Annotated[str | None, typer.Option("--as-of", help=text("cli.help.as_of"))] = None,
    format: Annotated[str, typer.Option("--format", help=text("cli.help.table_json"))] = "table",
    margin: Annotated[float, typer.Option(help=text("cli.help.margin"))] = 10.0,
    source: Annotated[str | None, typer.Option(help=text("cli.help.status_source"))] = None,
    db: DbOption = None,
) -> None:
    """Where each target stands: completion, time progress and its light."""
    from decimal import Decimal

    from taizhang.ledger.listing import TargetFilter, filter_status
    from taizhang.ledger.settings import LedgerSettings
    from taizhang.ledger.status import ledger_status
    from taizhang.track.status import Policy

    with _errors():
        day = _date(as_of, "--as-of") or date.today()
        f = TargetFilter(indicator=indicator, text=text, year=year, state=state, strength=strength)
        with _open(db).session() as s:
            report = ledger_status(
                s,
                as_of=day,
                region_codes=_codes(s, region),
                policy=Policy(margin=Decimal(str(margin))),
                source=source or LedgerSettings().status_source,
            )
            report = filter_status(s, report, f)
        rows = [r.to_dict() for r in report.rows]
        if format == "json":
            _echo_json({"as_of": day.isoformat(), "rows": rows, "counts": report.counts()})
            return
        _echo_lines(status_table(rows, as_of=day))


def _export(
    output: Annotated[Path, typer.Option("-o", "--output", help=text("cli.help.output"))],
    format: Annotated[str, typer.Option("--format", help=text("cli.help.export_format"))] = "xlsx",
    region: Annotated[str | None, typer.Option(help=text("cli.help.region"))] = None,
    year: Annotated[int | None, typer.Option(help=text("cli.help.year"))] = None,
    as_of: Annotated[str | None, typer.Option("--as-of", help=text("cli.help.as_of"))] = None,
    db: DbOption = None,
) -> None:
    """Export the 台账."""
    from taizhang.ledger.export import export_ledger
    from taizhang.ledger.reconcile import tolerance_from
    from taizhang.ledger.settings import LedgerSettings

    with _errors():
        day = _date(as_of, "--as-of") or date.today()
        settings = LedgerSettings()
        with _open(db).session() as s:
            n = export_ledger(
                s,
                output,
                format=format,
                as_of=day,
                region_codes=_codes(s, region),
                region=region,
                year=year,
                source=settings.status_source,
                tolerance=tolerance_from(settings),
            )
        typer.echo(text("cli.exported", count=n, path=output))


def _backup(dest: Path, db: DbOption = None) -> None:
    """Copy a SQLite ledger with SQLite's online backup (for PostgreSQL use pg_dump)."""
    from taizhang.ledger.backup import backup

    with _errors():
        backup(_open(db), dest)
        typer.echo(text("cli.backed_up", path=dest))


def _db_app() -> typer.Typer:
    app = typer.Typer(help=text("cli.help.db_app"), no_args_is_help=True)

    @app.command(help=text("cli.cmd.db.upgrade"))
    def upgrade(db: DbOption = None) -> None:
        """Migrate the database to the newest schema (creates a fresh one)."""
        from taizhang.ledger.database import current_revision, open_ledger

        with _errors():
            ledger = open_ledger(db)
            typer.echo(text("cli.db_revision", revision=current_revision(ledger.engine)))

    return app


def register(app: typer.Typer) -> None:
    """Add the ledger commands to the taizhang Typer ``app``."""
    app.command("ingest", help=text("cli.cmd.ingest"))(_ingest)
    app.command("status", help=text("cli.cmd.status"))(_status)
    app.command("export", help=text("cli.cmd.export"))(_export)
    app.command("backup", help=text("cli.cmd.backup"))(_backup)
    app.add_typer(_targets_app(), name="targets")
    app.add_typer(_commitments_app(), name="commitments")
    app.add_typer(_progress_app(), name="progress")
    app.add_typer(_db_app(), name="db")
    from taizhang.cli_official import register as register_official

    register_official(app)
    from taizhang.cli_import import register as register_import

    register_import(app)
