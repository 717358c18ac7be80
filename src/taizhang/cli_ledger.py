"""Ledger commands of the taizhang CLI: ingest, targets, progress, status, export, backup, db.

A thin edge: each command parses its options, opens the ledger, calls one service function and
prints. A TaizhangError becomes one line on stderr ("[E303] …") and exit code 2.
"""

from __future__ import annotations

import getpass
import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer

from taizhang.errors import InputError, TaizhangError

__all__ = ["register"]

DbOption = Annotated[
    str | None,
    typer.Option("--db", help="Database URL or SQLite file (default: $TAIZHANG_DATABASE_URL or ./taizhang.db)."),
]
WhoOption = Annotated[str | None, typer.Option("--who", help="Name recorded in the audit log (default: $USER).")]
NoteOption = Annotated[str | None, typer.Option("--note", help="Why, for the audit log.")]
StrengthOption = Annotated[str | None, typer.Option(help="ensure (确保), strive (力争) or plan.")]
TextOption = Annotated[str | None, typer.Option("--text", help="Words of the indicator or of its sentence.")]


def _who(who: str | None) -> str:
    from taizhang.ledger.inputs import check_text

    return check_text("who", who or os.environ.get("TAIZHANG_USER") or getpass.getuser()) or ""


def _date(text: str | None, name: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise InputError(f"{name} must be a date YYYY-MM-DD, not {text!r}") from exc


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


def _echo_json(obj: Any) -> None:
    typer.echo(json.dumps(obj, ensure_ascii=False, default=str))


def _codes(session: Any, region: str | None) -> set[str] | None:
    if region is None:
        return None
    from taizhang.ledger.regions import resolve_region_codes

    codes: set[str] = resolve_region_codes(session, region)
    return codes


def _files(paths: list[Path]) -> tuple[list[Path], list[Path]]:
    """The files to ingest, and those a folder holds that are no document format taizhang reads.

    A file named on the command line is always tried (and refused with its error if unreadable)."""
    from taizhang.text.readers import DOCUMENT_SUFFIXES

    out: list[Path] = []
    skipped: list[Path] = []
    for p in paths:
        if p.is_dir():
            for f in sorted(f for f in p.rglob("*") if f.is_file() and not f.name.startswith(".")):
                (out if f.suffix.lower() in DOCUMENT_SUFFIXES else skipped).append(f)
        else:
            out.append(p)
    return out, skipped


def _ingest(
    files: Annotated[list[Path], typer.Argument(help="Files or folders to ingest.")],
    region: Annotated[str | None, typer.Option(help="The documents' default region.")] = None,
    date_: Annotated[str | None, typer.Option("--date", help="Publication date YYYY-MM-DD.")] = None,
    db: DbOption = None,
    who: WhoOption = None,
) -> None:
    """Extract targets from documents and store them (idempotent by content hash)."""
    from rich.progress import track

    from taizhang.ledger.documents import ingest_path
    from taizhang.text.dates import date_note
    from taizhang.text.readers import DOCUMENT_SUFFIXES

    with _errors():
        published = _date(date_, "--date")
        ledger = _open(db, create=True)
        paths, skipped = _files(files)
        docs = added = updated = retired = commitments = official = 0
        refused: list[str] = []
        listed: list[str] = []
        shown: Any = track(paths, description="ingesting", transient=True) if sys.stderr.isatty() else paths
        for path in shown:
            try:
                r = ingest_path(ledger, path, who=_who(who), region=region, date=published)
            except TaizhangError as exc:
                refused.append(f"{path}: {exc}")
                continue
            note = date_note(r.dated, published)
            if note:
                typer.echo(f"{path}: {note}", err=True)
            docs += 1
            added, updated, retired = added + len(r.added), updated + len(r.updated), retired + len(r.retired)
            commitments += len(r.commitments_added)
            official += len(r.official.added)
            if r.official.ambiguous:
                ids = ", ".join(map(str, r.official.ambiguous))
                listed.append(f"{path}: 同一指标、地区、期间有不同数值，未采用任何一个，请审核（观测值 {ids}）")
            listed += [
                f"{path}: 第 {f.start} 字起 {f.indicator} {f.value_text} 未存入：{f.reason}" for f in r.official.refused
            ]
        typer.echo(
            f"{docs} document(s); targets: {added} added, {updated} updated, {retired} retired; "
            f"commitments: {commitments} added; official figures: {official} added; {len(refused)} file(s) refused"
        )
        for line in listed:
            typer.echo(f"  {line}", err=True)
        for line in refused:
            typer.echo(f"  refused {line}", err=True)
        if skipped:
            typer.echo(f"跳过 {len(skipped)} 个非文档文件（只读 {' '.join(DOCUMENT_SUFFIXES)}）：", err=True)
            for path in skipped:
                typer.echo(f"  {path}", err=True)
        ledger.close()
        if refused:  # a missing or unreadable input is an error, as in extract; the others are stored
            raise typer.Exit(2)


def _targets_app() -> typer.Typer:
    app = typer.Typer(help="Review targets: list, show, confirm, edit, reject.", no_args_is_help=True)

    @app.command("list")
    def list_(
        region: Annotated[str | None, typer.Option(help="Region code or name.")] = None,
        indicator: Annotated[str | None, typer.Option(help="Indicator text or canonical id.")] = None,
        year: Annotated[int | None, typer.Option(help="Due year.")] = None,
        state: Annotated[str | None, typer.Option(help="proposed, confirmed or rejected.")] = None,
        strength: StrengthOption = None,
        text: TextOption = None,
        sort: Annotated[str, typer.Option(help="id, or confidence (the least sure first).")] = "id",
        format: Annotated[str, typer.Option("--format", help="table or jsonl.")] = "table",
        db: DbOption = None,
    ) -> None:
        """List targets."""
        from taizhang.ledger.listing import TargetFilter, list_targets

        with _errors():
            f = TargetFilter(region=region, indicator=indicator, text=text, year=year, state=state, strength=strength)
            ledger = _open(db)
            with ledger.session() as s:
                rows = list_targets(s, f, sort=sort)
            for r in rows:
                if format == "jsonl":
                    _echo_json(r)
                else:
                    mark = "*" if r["edited"] else " "
                    sure = "" if r["confidence"] is None else f"{r['confidence']:.2f}"
                    typer.echo(
                        f"{r['id']:>6} {r['state']:<9}{mark} {r['region'] or '':<6} {r['indicator']:<16} "
                        f"{r['comparator']:>2} {r['value_text']:<10} {r['strength']:<6} {r['year'] or '':<4} {sure}"
                    )

    @app.command()
    def show(target_id: int, db: DbOption = None) -> None:
        """Show one target as JSON."""
        from taizhang.ledger.records import target_record
        from taizhang.ledger.review import get_target

        with _errors(), _open(db).session() as s:
            _echo_json(target_record(get_target(s, target_id)))

    @app.command()
    def confirm(target_ids: list[int], db: DbOption = None, who: WhoOption = None) -> None:
        """Confirm targets: re-ingests will never change them."""
        from taizhang.ledger.review import confirm_target

        with _errors(), _open(db).session(write=True) as s:
            for tid in target_ids:
                confirm_target(s, tid, who=_who(who))
        typer.echo(f"confirmed {len(target_ids)}")

    @app.command()
    def reject(
        target_ids: list[int],
        reason: Annotated[str | None, typer.Option(help="Why.")] = None,
        db: DbOption = None,
        who: WhoOption = None,
    ) -> None:
        """Reject targets (kept, left out of status)."""
        from taizhang.ledger.review import reject_target

        with _errors(), _open(db).session(write=True) as s:
            for tid in target_ids:
                reject_target(s, tid, who=_who(who), reason=reason)
        typer.echo(f"rejected {len(target_ids)}")

    @app.command()
    def edit(
        target_id: int,
        set_: Annotated[
            list[str],
            typer.Option("--set", help="FIELD=VALUE (repeatable), e.g. value=160亿元, value_text=3%以内, value=56e8."),
        ],
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
                    raise InputError(f"--set wants FIELD=VALUE, not {item!r}")
                changes[field.strip()] = None if value == "" else value
            with _open(db).session(write=True) as s:
                _echo_json(edit_target(s, target_id, changes, who=_who(who)))

    return app


def _commitments_app() -> typer.Typer:
    app = typer.Typer(help="Qualitative commitments: list, mark done or not done.", no_args_is_help=True)

    @app.command("list")
    def list_(
        region: Annotated[str | None, typer.Option(help="Region code or name.")] = None,
        year: Annotated[int | None, typer.Option(help="Due year.")] = None,
        state: Annotated[str | None, typer.Option(help="proposed, confirmed or rejected.")] = None,
        progress: Annotated[str | None, typer.Option(help="done, undone or open (not marked).")] = None,
        format: Annotated[str, typer.Option("--format", help="table or jsonl.")] = "table",
        db: DbOption = None,
    ) -> None:
        """List commitments."""
        from taizhang.ledger.commitments import list_commitments

        with _errors(), _open(db).session() as s:
            rows = list_commitments(s, region=region, year=year, state=state, progress=progress)
        for r in rows:
            if format == "jsonl":
                _echo_json(r)
            else:
                mark = {True: "done", False: "undone", None: "open"}[r["done"]]
                typer.echo(f"{r['id']:>6} {mark:<6} {r['region'] or '':<6} {r['year'] or '':<4} {r['text']}")

    def _mark(ids: list[int], done: bool, note: str | None, db: str | None, who: str | None) -> None:
        from taizhang.ledger.commitments import mark_commitment

        with _errors(), _open(db).session(write=True) as s:
            for cid in ids:
                mark_commitment(s, cid, done=done, who=_who(who), note=note)
        typer.echo(f"{len(ids)} commitment(s) marked {'done' if done else 'not done'}")

    @app.command()
    def done(commitment_ids: list[int], note: NoteOption = None, db: DbOption = None, who: WhoOption = None) -> None:
        """Mark commitments done."""
        _mark(commitment_ids, True, note, db, who)

    @app.command()
    def undone(commitment_ids: list[int], note: NoteOption = None, db: DbOption = None, who: WhoOption = None) -> None:
        """Mark commitments not done."""
        _mark(commitment_ids, False, note, db, who)

    return app


def _progress_app() -> typer.Typer:
    app = typer.Typer(help="Report actuals: add one, or import a CSV/XLSX sheet.", no_args_is_help=True)

    @app.command()
    def add(
        target_id: int,
        period: Annotated[str, typer.Option(help="Month, e.g. 2023-06.")],
        value: Annotated[str, typer.Option(help='Value as written: 56e8, "56亿元", "3.2%".')],
        cumulative: Annotated[bool, typer.Option("--cumulative/--point", help="Year to date, or a reading.")] = True,
        source: Annotated[str | None, typer.Option(help="Source note.")] = None,
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
        typer.echo(f"progress {oid} recorded")

    @app.command("import")
    def import_(
        file: Path,
        untracked: Annotated[
            Path | None,
            typer.Option("--untracked", help="Write every row matching no target (row, reason, fields) to this CSV."),
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
        typer.echo(f"imported {r.rows} row(s) from {r.filename}: {len(r.matched)} matched a target")
        summary = summarize_untracked(r)
        if not summary.count:
            return
        typer.echo(f"{summary.count} row(s) match no target (kept as untracked observations):")
        for reason, n in summary.by_reason.items():
            typer.echo(f"  {n:>8}  {UNTRACKED_REASONS[reason]}")
        for o, reason in summary.examples:
            typer.echo(
                f"  untracked row {o.row}: {o.region_code} {o.indicator} {o.period} {o.value}{o.unit}"
                f" ({UNTRACKED_REASONS[reason]})"
            )
        if untracked is not None:
            typer.echo(f"all {summary.count} untracked row(s) written to {untracked}")
        elif summary.count > len(summary.examples):
            typer.echo(f"  ... {summary.count - len(summary.examples)} more; --untracked FILE writes them all")

    return app


def _status(
    region: Annotated[str | None, typer.Option(help="Region code or name.")] = None,
    indicator: Annotated[str | None, typer.Option(help="Indicator text or canonical id.")] = None,
    year: Annotated[int | None, typer.Option(help="Due year.")] = None,
    state: Annotated[str | None, typer.Option(help="proposed or confirmed.")] = None,
    strength: StrengthOption = None,
    text: TextOption = None,
    as_of: Annotated[str | None, typer.Option("--as-of", help="Date YYYY-MM-DD (default: today).")] = None,
    format: Annotated[str, typer.Option("--format", help="table or json.")] = "table",
    margin: Annotated[float, typer.Option(help="Points behind time progress still yellow.")] = 10.0,
    source: Annotated[
        str | None,
        typer.Option(
            help="Figure judged where a period has both: official, reported or latest "
            "(default: $TAIZHANG_STATUS_SOURCE, else official)."
        ),
    ] = None,
    db: DbOption = None,
) -> None:
    """Where each target stands: completion, time progress and its light."""
    from decimal import Decimal

    from taizhang.ledger.listing import TargetFilter, filter_status
    from taizhang.ledger.settings import LedgerSettings
    from taizhang.ledger.status import ledger_status
    from taizhang.track.status import Policy
    from taizhang.vocab import STATUS_LABELS

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
        for r in rows:
            done = "" if r["completion"] is None else f"{r['completion']}%"
            typer.echo(
                f"{r['id']:>6} {r['region'] or '':<6} {r['indicator']:<16} {r['value_text']:<10} "
                f"{'' if r['actual'] is None else r['actual']!s:>14} {done:>7} {STATUS_LABELS[r['status']]}"
            )


def _export(
    output: Annotated[Path, typer.Option("-o", "--output", help="File to write.")],
    format: Annotated[str, typer.Option("--format", help="xlsx, csv, jsonl or parquet.")] = "xlsx",
    region: Annotated[str | None, typer.Option(help="Region code or name.")] = None,
    year: Annotated[int | None, typer.Option(help="Due year.")] = None,
    as_of: Annotated[str | None, typer.Option("--as-of", help="Date YYYY-MM-DD (default: today).")] = None,
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
        typer.echo(f"wrote {n} target(s) to {output}")


def _backup(dest: Path, db: DbOption = None) -> None:
    """Copy a SQLite ledger with SQLite's online backup (for PostgreSQL use pg_dump)."""
    from taizhang.ledger.backup import backup

    with _errors():
        backup(_open(db), dest)
        typer.echo(f"backed up to {dest}")


def _db_app() -> typer.Typer:
    app = typer.Typer(help="Database maintenance.", no_args_is_help=True)

    @app.command()
    def upgrade(db: DbOption = None) -> None:
        """Migrate the database to the newest schema (creates a fresh one)."""
        from taizhang.ledger.database import current_revision, open_ledger

        with _errors():
            ledger = open_ledger(db)
            typer.echo(f"database at revision {current_revision(ledger.engine)}")

    return app


def register(app: typer.Typer) -> None:
    """Add the ledger commands to the taizhang Typer ``app``."""
    commands: list[tuple[str, Callable[..., None]]] = [
        ("ingest", _ingest),
        ("status", _status),
        ("export", _export),
        ("backup", _backup),
    ]
    for name, fn in commands:
        app.command(name)(fn)
    app.add_typer(_targets_app(), name="targets")
    app.add_typer(_commitments_app(), name="commitments")
    app.add_typer(_progress_app(), name="progress")
    app.add_typer(_db_app(), name="db")
    from taizhang.cli_official import register as register_official

    register_official(app)
