"""``taizhang corpus extract``: a whole corpus into one table, on all cores or a Dask cluster.

Parses the options, calls ``taizhang.corpus.run.extract_corpus``, shows a progress bar on stderr
and a summary. Errors of the input: one line ``[E…]`` on stderr, exit 2; a file that cannot be read
is no error of the run (it is listed in OUT.errors.csv).
"""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from taizhang.errors import InputError, TaizhangError
from taizhang.messages import M, text

if TYPE_CHECKING:
    from taizhang.corpus.store import Format

corpus_app = typer.Typer(help=text("cli.help.corpus_group"), no_args_is_help=True)

_LISTED = 20  # files without region or date named in the summary; the rest are in OUT.files.csv


class TableFormat(StrEnum):
    parquet = "parquet"
    csv = "csv"
    jsonl = "jsonl"


def register(app: typer.Typer) -> None:
    app.add_typer(corpus_app, name="corpus")


@corpus_app.command("extract", help=text("cli.cmd.corpus.extract"))
def extract(
    paths: Annotated[list[Path], typer.Argument(help=text("cli.help.corpus"))],
    out: Annotated[Path, typer.Option("-o", "--out", help=text("cli.help.corpus_out"))],
    fmt: Annotated[TableFormat | None, typer.Option("--format", help=text("cli.help.corpus_format"))] = None,
    workers: Annotated[int | None, typer.Option(help=text("cli.help.corpus_workers"))] = None,
    scheduler: Annotated[str | None, typer.Option(help=text("cli.help.corpus_scheduler"))] = None,
    resume: Annotated[bool, typer.Option("--resume", help=text("cli.help.corpus_resume"))] = False,
    region: Annotated[str | None, typer.Option(help=text("cli.help.corpus_region"))] = None,
    date: Annotated[str | None, typer.Option(help=text("cli.help.corpus_date"))] = None,
    batch_size: Annotated[int | None, typer.Option(help=text("cli.help.corpus_batch"))] = None,
) -> None:
    """Read every document under PATHS into one table of targets and actuals."""
    from taizhang.cli import _check_region, _parse_date
    from taizhang.corpus.run import extract_corpus
    from taizhang.corpus.store import format_of, sidecar
    from taizhang.text.readers import DOCUMENT_SUFFIXES, document_files

    try:
        chosen: Format = fmt.value if fmt else (format_of(out) or _no_suffix(out))
        given = _parse_date(date)
        _check_region(region)
        if workers is not None and workers < 1:
            raise InputError(M("corpus.workers", value=workers))
        files, _skipped = document_files(paths)
        if not files:
            names, suffixes = " ".join(map(str, paths)), " ".join(DOCUMENT_SUFFIXES)
            raise InputError(M("corpus.no_files", paths=names, suffixes=suffixes))
        run = extract_corpus(
            files, out, fmt=chosen, workers=workers, scheduler=scheduler, resume=resume,
            region=region, date=given, batch_size=batch_size, progress=_progress_bar,
        )  # fmt: skip
    except TaizhangError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(2) from None
    finally:
        _close_bar()
    combined = run.combined
    if run.skipped:
        typer.echo(text("cli.corpus_resumed", count=run.skipped), err=True)
    files_file = sidecar(out, ".files.csv")
    for key, source in (("cli.corpus_unplaced", "region_source"), ("cli.corpus_undated", "date_source")):
        missing = [entry["file"] for entry in combined.files if entry[source] == "none"]
        if missing:
            typer.echo(text(key, count=len(missing)), err=True)
            for name in missing[:_LISTED]:
                typer.echo(f"  {name}", err=True)
            if len(missing) > _LISTED:
                typer.echo(text("cli.corpus_more", count=len(missing) - _LISTED, files_file=files_file), err=True)
    actuals = combined.actuals
    typer.echo(
        text(
            "cli.corpus_summary", files=len(combined.files), targets=combined.rows - actuals, actuals=actuals,
            errors=len(combined.errors), errors_file=sidecar(out, ".errors.csv"), out=out,
        )
    )  # fmt: skip


def _no_suffix(out: Path) -> Format:
    if out.suffix:
        raise InputError(M("corpus.format", option="-o", value=out.name))
    return "parquet"


_bar: dict[str, Any] = {}


def _progress_bar(done: int, total: int) -> Any:
    """A rich progress bar on stderr (files, files/s, ETA); nothing when stderr is no terminal."""
    if not sys.stderr.isatty():
        return None
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    progress = Progress(
        TextColumn(text("cli.corpus_progress")),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
    )
    task = progress.add_task("corpus", total=total, completed=done, rate="")
    progress.start()
    _bar["progress"] = progress

    def advance(count: int) -> None:
        progress.advance(task, count)
        speed = progress.tasks[task].speed
        progress.update(task, rate=text("cli.corpus_rate", rate=f"{speed:.1f}") if speed else "")

    return advance


def _close_bar() -> None:
    progress = _bar.pop("progress", None)
    if progress is not None:
        progress.stop()
