"""Where a corpus run keeps what it has read: part files per batch, then the one output table.

Each batch a worker finishes is written at once to ``OUT.parts/<run>-<n>.json`` (written to a
temporary name, then renamed: a killed run leaves whole parts only). The output, ``OUT.errors.csv``
and ``OUT.files.csv`` are built from all the parts, rows sorted, so they do not depend on the
number of workers, the order batches finished in, or how many runs it took.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from taizhang.corpus.rows import COLUMNS, FILE_COLUMNS, Batch

__all__ = ["FORMATS", "Combined", "Format", "PartStore", "format_of", "write_table"]

Format = Literal["parquet", "csv", "jsonl"]
FORMATS: tuple[Format, ...] = ("parquet", "csv", "jsonl")
_SUFFIXES: dict[str, Format] = {".parquet": "parquet", ".pq": "parquet", ".csv": "csv", ".jsonl": "jsonl"}
ERROR_COLUMNS = ("file", "code", "reason")


def format_of(out: Path) -> Format | None:
    """The format ``out``'s suffix names, or None."""
    return _SUFFIXES.get(out.suffix.lower())


def sidecar(out: Path, suffix: str) -> Path:
    """OUT.errors.csv, OUT.files.csv, OUT.parts: beside OUT, named after it."""
    return out.with_name(out.name + suffix)


@dataclass
class Combined:
    """Everything the parts hold for the files of this run, deduplicated and sorted."""

    files: list[dict[str, Any]] = field(default_factory=list)
    rows: list[dict[str, Any]] = field(default_factory=list)
    errors: list[dict[str, str]] = field(default_factory=list)


class PartStore:
    """The part files of one output."""

    def __init__(self, out: Path) -> None:
        self.folder = sidecar(out, ".parts")

    def clear(self) -> None:
        if self.folder.exists():
            for part in self.folder.iterdir():
                part.unlink()

    def write(self, run: str, number: int, batch: Batch) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        final = self.folder / f"{run}-{number:06d}.json"
        temporary = final.with_suffix(".tmp")
        keep = {key: batch[key] for key in ("files", "rows", "errors")}
        # One dumps call (json.dump to a file encodes in Python, piece by piece: ten times slower).
        # No fsync: the rename makes a part whole or absent when the run is killed; a power cut may
        # lose the last parts, which --resume reads again.
        temporary.write_text(json.dumps(keep, ensure_ascii=False), encoding="utf-8")
        os.replace(temporary, final)

    def parts(self, *, but: str | None = None) -> Iterator[Batch]:
        """The parts stored, oldest run first; ``but``: leave out those of that run."""
        if not self.folder.is_dir():
            return
        for part in sorted(self.folder.glob("*.json")):
            if but is None or not part.name.startswith(f"{but}-"):
                yield json.loads(part.read_text(encoding="utf-8"))

    def done(self) -> set[tuple[str, str]]:
        """(file, sha256) of every document read without error so far."""
        return {(f["file"], f["sha256"]) for part in self.parts() for f in part["files"]}

    def combine(self, current: dict[str, str | None], run: str, batches: Iterable[Batch]) -> Combined:
        """The entries of the files of this run (``current``: file → sha256, or None when it was not
        hashed) from the parts of earlier runs, then from this run's ``batches`` (its parts, kept in
        memory): a file read more than once keeps its latest reading, a file read keeps no error."""
        readings: dict[str, tuple[dict[str, Any], list[dict[str, Any]]]] = {}
        errors: dict[str, dict[str, str]] = {}
        for part in (*self.parts(but=run), *batches):
            rows_of: dict[str, list[dict[str, Any]]] = {}
            for row in part["rows"]:
                rows_of.setdefault(row["file"], []).append(row)
            for entry in part["files"]:
                name = entry["file"]
                if name in current and current[name] in (None, entry["sha256"]):
                    readings[name] = (entry, rows_of.get(name, []))
            for error in part["errors"]:
                if error["file"] in current:
                    errors[error["file"]] = error
        combined = Combined()
        for name in sorted(readings):
            entry, rows = readings[name]
            combined.files.append(entry)
            combined.rows.extend(rows)
        # Stable: records at the same place keep the order the extractor gave them, whoever read them.
        combined.rows.sort(key=_row_key)
        combined.errors = [errors[name] for name in sorted(errors) if name not in readings]
        return combined


def _row_key(row: dict[str, Any]) -> tuple[Any, ...]:
    return (row["file"], row["start"], row["end"], row["record_type"])


def write_table(combined: Combined, out: Path, fmt: Format) -> None:
    """OUT in ``fmt``, OUT.errors.csv and OUT.files.csv, each written whole then renamed."""
    _replace(out, lambda path: _WRITERS[fmt](combined.rows, path))
    _replace(sidecar(out, ".errors.csv"), lambda path: _write_csv(combined.errors, ERROR_COLUMNS, path))
    _replace(sidecar(out, ".files.csv"), lambda path: _write_csv(combined.files, FILE_COLUMNS, path))


def _replace(path: Path, write: Any) -> None:
    temporary = path.with_name(path.name + ".tmp")
    write(temporary)
    os.replace(temporary, path)


def _write_parquet(rows: list[dict[str, Any]], path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([(name, pa.type_for_alias(kind)) for name, kind in COLUMNS])
    columns = {name: [row[name] for row in rows] for name, _ in COLUMNS}
    table = pa.Table.from_pydict(columns, schema=schema)
    pq.write_table(table, path)


def _write_jsonl(rows: list[dict[str, Any]], path: Path) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def _write_rows_csv(rows: list[dict[str, Any]], path: Path) -> None:
    _write_csv(rows, tuple(name for name, _ in COLUMNS), path)


def _write_csv(rows: Iterable[dict[str, Any]], columns: tuple[str, ...], path: Path) -> None:
    # utf-8-sig: Excel opens it as UTF-8. Cells are data for a statistics package, not formulas.
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({key: "" if row.get(key) is None else row[key] for key in columns})


_WRITERS = {"parquet": _write_parquet, "csv": _write_rows_csv, "jsonl": _write_jsonl}
