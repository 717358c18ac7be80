"""Where a corpus run keeps what it has read: part files per batch, then the one output table.

Each batch a worker finishes is stored at once in ``OUT.parts/``: its rows as ``<run>-<n>.parquet``,
then its documents and errors as ``<run>-<n>.json``, each written under a temporary name and renamed
(the JSON last: a part counts only once both are whole, so a killed run leaves whole parts only).
The output, ``OUT.errors.csv`` and ``OUT.files.csv`` are built from all the parts, rows sorted by
file and place, so they do not depend on the number of workers, the order batches finished in, or
how many runs it took. Rows are held as Arrow tables from the moment a batch arrives: a year's
corpus of a million rows stays a few hundred megabytes.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from taizhang.corpus.rows import COLUMNS, FILE_COLUMNS, Batch

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = ["FORMATS", "Combined", "Format", "PartStore", "format_of", "rows_table", "write_table"]

Format = Literal["parquet", "csv", "jsonl"]
FORMATS: tuple[Format, ...] = ("parquet", "csv", "jsonl")
_SUFFIXES: dict[str, Format] = {".parquet": "parquet", ".pq": "parquet", ".csv": "csv", ".jsonl": "jsonl"}
ERROR_COLUMNS = ("file", "code", "reason")
_NAMES = tuple(name for name, _ in COLUMNS)
# The place of a row in its part: within one file, the order the extractor gave.
_ORDER = "_order"
_SORT = [("file", "ascending"), ("start", "ascending"), ("end", "ascending"), ("record_type", "ascending")]


def format_of(out: Path) -> Format | None:
    """The format ``out``'s suffix names, or None."""
    return _SUFFIXES.get(out.suffix.lower())


def sidecar(out: Path, suffix: str) -> Path:
    """OUT.errors.csv, OUT.files.csv, OUT.parts: beside OUT, named after it."""
    return out.with_name(out.name + suffix)


def schema() -> pa.Schema:
    import pyarrow as pa

    return pa.schema([(name, pa.type_for_alias(kind)) for name, kind in COLUMNS])


def rows_table(rows: list[dict[str, Any]]) -> pa.Table:
    """A batch's rows as an Arrow table of the corpus schema."""
    import pyarrow as pa

    return pa.Table.from_pylist(rows, schema=schema())


@dataclass
class Combined:
    """Everything the parts hold for the files of this run, deduplicated and sorted."""

    files: list[dict[str, Any]] = field(default_factory=list)
    table: Any = None  # pa.Table of COLUMNS
    errors: list[dict[str, str]] = field(default_factory=list)

    @property
    def rows(self) -> int:
        return 0 if self.table is None else int(self.table.num_rows)

    @property
    def actuals(self) -> int:
        import pyarrow.compute as pc

        if self.table is None:
            return 0
        return int(pc.sum(pc.equal(self.table["record_type"], "actual")).as_py() or 0)


@dataclass
class Part:
    """One batch as stored: its documents, errors and rows."""

    files: list[dict[str, Any]]
    errors: list[dict[str, str]]
    table: Any  # pa.Table


class PartStore:
    """The part files of one output."""

    def __init__(self, out: Path) -> None:
        self.folder = sidecar(out, ".parts")

    def clear(self) -> None:
        if self.folder.exists():
            for part in self.folder.iterdir():
                part.unlink()

    def write(self, run: str, number: int, batch: Batch) -> Part:
        """Store a batch as it came from a worker; the part, its rows as an Arrow table."""
        import pyarrow.parquet as pq

        self.folder.mkdir(parents=True, exist_ok=True)
        stem = self.folder / f"{run}-{number:06d}"
        part = Part(batch["files"], batch["errors"], rows_table(batch["rows"]))
        _replace(stem.with_suffix(".parquet"), lambda path: pq.write_table(part.table, path))
        listing = json.dumps({"files": part.files, "errors": part.errors}, ensure_ascii=False)
        # No fsync: the renames make a part whole or absent when the run is killed; a power cut may
        # lose the last parts, which --resume reads again.
        _replace(stem.with_suffix(".json"), lambda path: path.write_text(listing, encoding="utf-8"))
        return part

    def parts(self, *, but: str | None = None) -> Iterator[Part]:
        """The parts stored, oldest run first; ``but``: leave out those of that run."""
        import pyarrow.parquet as pq

        if not self.folder.is_dir():
            return
        for listing in sorted(self.folder.glob("*.json")):
            if but is not None and listing.name.startswith(f"{but}-"):
                continue
            entries = json.loads(listing.read_text(encoding="utf-8"))
            table = pq.read_table(listing.with_suffix(".parquet"), schema=schema())
            yield Part(entries["files"], entries["errors"], table)

    def done(self) -> set[tuple[str, str]]:
        """(file, sha256) of every document read without error so far."""
        return {(f["file"], f["sha256"]) for part in self.parts() for f in part.files}

    def combine(self, current: dict[str, str | None], run: str, fresh: Iterable[Part]) -> Combined:
        """The entries of the files of this run (``current``: file → sha256, or None when it was not
        hashed) from the parts of earlier runs, then from this run's parts (``fresh``, in memory): a
        file read more than once keeps its latest reading, a file read keeps no error."""
        import pyarrow as pa
        import pyarrow.compute as pc

        parts = [*self.parts(but=run), *fresh]
        chosen: dict[str, tuple[dict[str, Any], int]] = {}
        errors: dict[str, dict[str, str]] = {}
        for number, part in enumerate(parts):
            for entry in part.files:
                name = entry["file"]
                if name in current and current[name] in (None, entry["sha256"]):
                    chosen[name] = (entry, number)
            for error in part.errors:
                if error["file"] in current:
                    errors[error["file"]] = error
        tables = []
        for number, part in enumerate(parts):
            mine = pa.array([name for name, (_, at) in chosen.items() if at == number], pa.string())
            table = part.table.append_column(_ORDER, pa.array(range(part.table.num_rows), pa.int64()))
            tables.append(table.filter(pc.is_in(table["file"], value_set=mine)))
        empty = rows_table([]).append_column(_ORDER, pa.array([], pa.int64()))
        table = pa.concat_tables([empty, *tables])
        table = table.take(pc.sort_indices(table, sort_keys=[*_SORT, (_ORDER, "ascending")]))
        return Combined(
            files=[chosen[name][0] for name in sorted(chosen)],
            table=table.drop_columns([_ORDER]),
            errors=[errors[name] for name in sorted(errors) if name not in chosen],
        )


def write_table(combined: Combined, out: Path, fmt: Format) -> None:
    """OUT in ``fmt``, OUT.errors.csv and OUT.files.csv, each written whole then renamed."""
    _replace(out, lambda path: _WRITERS[fmt](combined.table, path))
    _replace(sidecar(out, ".errors.csv"), lambda path: _write_csv(combined.errors, ERROR_COLUMNS, path))
    _replace(sidecar(out, ".files.csv"), lambda path: _write_csv(combined.files, FILE_COLUMNS, path))


def _replace(path: Path, write: Any) -> None:
    temporary = path.with_name(path.name + ".tmp")
    write(temporary)
    os.replace(temporary, path)


def _write_parquet(table: pa.Table, path: Path) -> None:
    import pyarrow.parquet as pq

    pq.write_table(table, path)


def _records(table: pa.Table) -> Iterator[dict[str, Any]]:
    for batch in table.to_batches(max_chunksize=10_000):
        yield from batch.to_pylist()


def _write_jsonl(table: pa.Table, path: Path) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for row in _records(table):
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def _write_rows_csv(table: pa.Table, path: Path) -> None:
    _write_csv(_records(table), _NAMES, path)


def _write_csv(rows: Iterable[dict[str, Any]], columns: tuple[str, ...], path: Path) -> None:
    # utf-8-sig: Excel opens it as UTF-8. Cells are data for a statistics package, not formulas.
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({key: "" if row.get(key) is None else row[key] for key in columns})


_WRITERS = {"parquet": _write_parquet, "csv": _write_rows_csv, "jsonl": _write_jsonl}
