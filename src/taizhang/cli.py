"""The taizhang command line. Each command parses its input, calls the library, maps errors.

Errors of the user's input are one line on stderr, ``[E101] …``, and exit code 2.
"""

from __future__ import annotations

import csv
import datetime
import json
import re
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from taizhang.errors import InputError, RegionNotFoundError, TaizhangError
from taizhang.messages import M, text
from taizhang.text.dates import date_note, document_date
from taizhang.vocab import label

app = typer.Typer(
    help=text("cli.help.app"),
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)


class OutputFormat(StrEnum):
    table = "table"
    jsonl = "jsonl"
    json = "json"
    csv = "csv"


class RecordKind(StrEnum):
    targets = "targets"
    actuals = "actuals"
    all = "all"


class Encoding(StrEnum):
    auto = "auto"
    utf8 = "utf-8"
    gb18030 = "gb18030"
    gbk = "gbk"
    big5 = "big5"


def fail(error: TaizhangError | str) -> None:
    """One line on stderr; the caller exits 2."""
    typer.echo(str(error), err=True)


@app.command(help=text("cli.cmd.version"))
def version() -> None:
    """Print the version."""
    from taizhang import __version__

    typer.echo(__version__)


@app.command(help=text("cli.cmd.extract"))
def extract(
    files: Annotated[list[str], typer.Argument(help=text("cli.help.files"))],
    region: Annotated[
        str | None,
        typer.Option(help=text("cli.help.region_default")),
    ] = None,
    date: Annotated[
        str | None,
        typer.Option(help=text("cli.help.date_extract")),
    ] = None,
    encoding: Annotated[Encoding, typer.Option(help=text("cli.help.encoding"))] = Encoding.auto,
    output: Annotated[OutputFormat, typer.Option("--format", help=text("cli.help.format"))] = OutputFormat.table,
    explain: Annotated[bool, typer.Option("--explain", help=text("cli.help.explain"))] = False,
    kind: Annotated[RecordKind, typer.Option("--kind", help=text("cli.help.kind"))] = RecordKind.targets,
) -> None:
    """Extract every quantified target (and, with --kind, every reported actual) from FILES."""
    from taizhang.extract.pipeline import read_numbers
    from taizhang.text.readers import read_bytes_document, read_document

    try:
        given_date = _parse_date(date)
        _check_region(region)
    except InputError as e:
        # One bad argument for every file: said once, before any file is read.
        fail(e)
        raise typer.Exit(2) from None
    failures = 0
    rows: list[dict[str, object]] = []
    for name in files:
        try:
            if name == "-":
                doc = read_bytes_document(sys.stdin.buffer.read(), name="<stdin>", encoding=encoding.value)
            else:
                doc = read_document(Path(name), encoding=encoding.value)
            used = _document_date(given_date, doc.text, doc.mtime, doc.source)
            reading = read_numbers(doc.text, region=region, date=used)
        except TaizhangError as e:
            fail(e)
            failures += 1
            continue
        if explain:
            typer.echo(text("cli.explain_kind", source=name, kind=reading.kind or text("cli.unknown")), err=True)
            for r in reading.rejected:
                line = doc.text.count("\n", 0, r.start) + 1
                column = r.start - (doc.text.rfind("\n", 0, r.start) + 1) + 1
                typer.echo(
                    text(
                        "cli.explain_rejected",
                        where=f"{name}:{line}:{column}",
                        value=r.value_text,
                        reason=explain_reason(r.reason),
                    ),
                    err=True,
                )
        found = []
        if kind is not RecordKind.actuals:
            found += [t.to_dict() | ({"kind": "target"} if kind is RecordKind.all else {}) for t in reading.targets]
        if kind is not RecordKind.targets:
            found += [a.to_dict() for a in reading.actuals]
        found.sort(key=lambda row: (row["start"], row["end"]))
        for row in found:
            if len(files) > 1:
                row["source"] = name
            rows.append(row)
    if rows or failures < len(files):  # nothing read at all: the errors alone, no empty result
        _print(rows, output)
    if failures:
        raise typer.Exit(2)


# Why the extractor passed over a number (``extract.context.why_not_target``) is an English phrase,
# which its own logic also reads (``extract.actuals.ACTUAL_REASONS``, the pipeline's "gap", "rank"…),
# so it stays as it is and is shown here through the catalogue: the longest of these beginnings
# that starts the reason gives its key. An example in brackets ("(省委十一届四次全会)") is kept.
_REASON_KEYS = (
    ("qualifier", "explain.reason.qualifier"),
    ("a number inside a quoted name", "explain.reason.quoted_name"),
    ("names a meeting", "explain.reason.meeting"),
    ("a frequency", "explain.reason.frequency"),
    ("a streak", "explain.reason.streak"),
    ("one at a time", "explain.reason.one_at_a_time"),
    ("part of a named example", "explain.reason.example_name"),
    ("part of a group's name", "explain.reason.group_name"),
    ("counts the subject of another target", "explain.reason.subject_count"),
    ("gap to a schedule or target", "explain.reason.gap"),
    ("gap in percentage points", "explain.reason.gap_points"),
    ("last year's target, restated", "explain.reason.last_years_target"),
    ("a change of a target", "explain.reason.target_change"),
    ("counts the parts of a text", "explain.reason.text_parts"),
    ("counts things by their present state", "explain.reason.present_state"),
    ("counts the regions spoken of", "explain.reason.regions_count"),
    ("counts the items of a work list", "explain.reason.work_items"),
    ("a forecast", "explain.reason.forecast"),
    ("a grant or subsidy rule", "explain.reason.grant"),
    ("describes what exists already", "explain.reason.existing"),
    ("completion rate", "explain.reason.completion"),
    ("a ranking list's name", "explain.reason.rank_list"),
    ("a rank already held", "explain.reason.rank_title"),
    ("a change of rank", "explain.reason.rank_change"),
    ("rank already held", "explain.reason.rank_held"),
    ("the report's own statistics", "explain.reason.report_statistics"),
    ("past result (review section)", "explain.reason.past_section"),
    ("past result (the paragraph reviews the past)", "explain.reason.past_paragraph"),
    ("past result (an earlier sentence names a past year)", "explain.reason.past_before"),
    ("past result", "explain.reason.past"),
    ("actual for a reporting period", "explain.reason.period_actual"),
    ("a progress report's figure", "explain.reason.progress_figure"),
    ("fact", "explain.reason.fact"),
    ("describes what follows", "explain.reason.describes_following"),
)
# A bracket holding Chinese is an example of the pattern, not a word of the reason.
_EXAMPLE = re.compile(r" ?\(([^()]*[\u4e00-\u9fff][^()]*)\)")


def reason_key(reason: str) -> str | None:
    """The catalogue key of an extractor's reason, or None for a reason this table does not know."""
    for start, key in sorted(_REASON_KEYS, key=lambda row: -len(row[0])):  # "past result (…)" before "past result"
        if reason.startswith(start):
            return key
    return None


def explain_reason(reason: str) -> str:
    """An extractor's reason in the user's language, its example kept; the reason itself if unknown."""
    key = reason_key(reason)
    if key is None:
        return reason
    example = _EXAMPLE.search(reason)
    said = text(key)
    return text("explain.with_example", reason=said, example=example.group(1)) if example else said


def _check_region(region: str | None) -> None:
    """E202 for a --region that names no division (火星市): it would give targets an empty code."""
    if region is None:
        return
    from taizhang.extract.regions import load_regions

    if load_regions().resolve(region) is None:
        raise RegionNotFoundError(M("region.unknown_option", option="--region", value=region))


def _parse_date(value: str | None) -> datetime.date | None:
    if value is None:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise InputError(M("input.date", option="--date", value=value)) from None


def _document_date(
    given: datetime.date | None, body: str, mtime: datetime.date | None, name: str
) -> datetime.date | None:
    """The date 今年 is read against, by the one rule (``text.dates.document_date``); stderr says
    which date was used, and when it is a guess."""
    chosen = document_date(body, given=given, file_date=mtime)
    note = date_note(chosen, given)
    if note:
        typer.echo(text("cli.date_note", source=name, note=note), err=True)
    return chosen.date


_TABLE_COLUMNS = (
    ("cli.col.region", "region"),
    ("cli.col.indicator", "indicator"),
    ("cli.col.target", "target"),
    ("cli.col.value", "value"),
    ("cli.col.measure", "measure"),
    ("cli.col.strength", "strength"),
    ("cli.col.period", "year"),
)


def _print(rows: list[dict[str, object]], output: OutputFormat) -> None:
    out = sys.stdout
    if output is OutputFormat.jsonl:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif output is OutputFormat.json:
        out.write(json.dumps(rows, ensure_ascii=False, indent=1) + "\n")
    elif output is OutputFormat.csv:
        # The header even when nothing was found, so a reader of the file still knows the columns.
        fields = list(dict.fromkeys(key for row in rows for key in row)) if rows else _csv_fields()
        writer = csv.DictWriter(out, fieldnames=fields)
        writer.writeheader()
        for row in rows:
            # comparator keeps TARGETS.md's "=": a reader of the file expects the record's own value
            writer.writerow({k: v if k == "comparator" else _cell(v) for k, v in row.items()})
    else:
        _print_table(rows)


def _csv_fields() -> list[str]:
    import dataclasses

    from taizhang.extract.record import Target

    return [f.name for f in dataclasses.fields(Target)]


def _cell(value: object) -> object:
    """A CSV cell: a list joined, and text that starts like a formula escaped (=, +, -, @)."""
    from taizhang.ledger.export import safe_cell

    return safe_cell("; ".join(map(str, value)) if isinstance(value, list) else value)


def _print_table(rows: list[dict[str, object]]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False)
    from taizhang.cli_tables import fmt_value

    for header, _ in _TABLE_COLUMNS:
        table.add_column(text(header), overflow="fold")
    for row in rows:
        shown = dict(row)
        shown["value"] = fmt_value(row["value"], str(row.get("unit") or ""))
        shown["measure"] = label("measure", str(row.get("measure") or "")) if row.get("measure") else ""
        if row.get("kind") == "actual":
            shown["target"] = text("cli.actual_value", value=row["value_text"])
            shown["strength"] = text("cli.actual")
            shown["year"] = text("cli.period_range", start=row["period_start"], end=row["period_end"])
        else:
            shown["target"] = f"{label('comparator', str(row['comparator']))} {row['value_text']}"
            shown["strength"] = label("strength", str(row.get("strength") or ""))
        table.add_row(*("" if shown.get(key) is None else str(shown[key]) for _, key in _TABLE_COLUMNS))
    console = Console(width=None if sys.stdout.isatty() else 140)
    console.print(table)
    actuals = sum(1 for row in rows if row.get("kind") == "actual")
    console.print(
        text("cli.extract_count", targets=len(rows) - actuals)
        + (text("cli.extract_actuals", actuals=actuals) if actuals else "")
    )


def _register_ledger_commands() -> None:
    from taizhang.cli_ledger import register

    register(app)


_register_ledger_commands()


def _register_web_commands() -> None:
    from taizhang.cli_web import register

    register(app)


_register_web_commands()


def _register_report_commands() -> None:
    from taizhang.cli_reports import register

    register(app)


_register_report_commands()


def _register_unit_commands() -> None:
    from taizhang.cli_units import register

    register(app)


_register_unit_commands()


def _register_supervision_commands() -> None:
    from taizhang.cli_supervision import register

    register(app)


_register_supervision_commands()


def _register_evaluate_command() -> None:
    from taizhang.cli_evaluate import register

    register(app)


_register_evaluate_command()


def _register_corpus_commands() -> None:
    from taizhang.cli_corpus import register

    register(app)


_register_corpus_commands()


def main() -> None:
    app()


if __name__ == "__main__":
    main()
