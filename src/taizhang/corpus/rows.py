"""One document file → its rows: what a worker does, the same in this process, a process pool or a
Dask worker.

``read_batch`` reads a batch of files and returns plain data (dicts and lists), so a batch crosses
process and network boundaries as it is. A file that cannot be read gives an error entry, never an
exception: the run goes on.
"""

from __future__ import annotations

import datetime
import hashlib
import os
import resource
from pathlib import Path
from typing import Any

from taizhang.corpus.origin import find_origin
from taizhang.errors import ExtractionFailedError, TaizhangError
from taizhang.messages import M

__all__ = ["COLUMNS", "FILE_COLUMNS", "Batch", "read_batch", "read_file", "sha256_of"]

Batch = dict[str, Any]

# The columns of a corpus table, in order, with their Arrow types (see the README, "Corpus").
COLUMNS: tuple[tuple[str, str], ...] = (
    ("record_type", "string"),  # target | actual
    ("file", "string"),
    ("sha256", "string"),
    ("document_kind", "string"),
    ("document_region", "string"),
    ("document_region_code", "string"),
    ("region_source", "string"),  # text | path | flag | none
    ("document_date", "string"),  # ISO date, when a full date is known
    ("document_year", "int64"),
    ("date_source", "string"),  # text | path | flag | none
    ("start", "int64"),
    ("end", "int64"),
    ("text", "string"),
    ("region", "string"),
    ("region_code", "string"),
    ("subject", "string"),
    ("indicator", "string"),
    ("indicator_id", "string"),
    ("qualifier", "string"),
    ("measure", "string"),
    ("comparator", "string"),  # targets only
    ("value", "double"),
    ("unit", "string"),
    ("direction", "string"),
    ("value_text", "string"),
    ("strength", "string"),  # targets only
    ("year", "int64"),  # targets only
    ("period_start", "string"),  # actuals only
    ("period_end", "string"),  # actuals only
    ("cumulative", "bool"),  # actuals only
    ("basis", "string"),  # actuals only
    ("confidence", "double"),
)
# The columns of OUT.files.csv: one line per document read, with or without records.
FILE_COLUMNS: tuple[str, ...] = (
    "file",
    "sha256",
    "document_kind",
    "document_region",
    "document_region_code",
    "region_source",
    "document_date",
    "document_year",
    "date_source",
    "targets",
    "actuals",
)
_NAMES = tuple(name for name, _ in COLUMNS)
_CHUNK = 1 << 20


def sha256_of(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(_CHUNK):
            digest.update(block)
    return digest.hexdigest()


def read_batch(files: list[str], region: str | None = None, date: str | None = None) -> Batch:
    """Read each of ``files``; ``region``/``date`` (ISO) are the defaults when a file names none.

    Returns ``{"files": [...], "rows": [...], "errors": [...]}`` and, for benchmarks, the worker's
    ``pid``, ``peak_rss_kb`` and ``cpu_seconds`` so far."""
    given = datetime.date.fromisoformat(date) if date else None
    out: Batch = {"files": [], "rows": [], "errors": []}
    for name in files:
        document, rows, error = read_file(name, region=region, date=given)
        if error is not None:
            out["errors"].append(error)
        else:
            out["files"].append(document)
            out["rows"].extend(rows)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    out["pid"] = os.getpid()
    out["peak_rss_kb"] = usage.ru_maxrss  # kilobytes on Linux
    out["cpu_seconds"] = usage.ru_utime + usage.ru_stime  # the worker's, since it started
    return out


def read_file(
    name: str, *, region: str | None = None, date: datetime.date | None = None
) -> tuple[dict[str, Any], list[dict[str, Any]], dict[str, str] | None]:
    """The file's entry (FILE_COLUMNS), its rows (COLUMNS), or an error entry (file, code, reason)."""
    from taizhang.extract.pipeline import read_numbers
    from taizhang.text.readers import read_document

    try:
        doc = read_document(name)
        digest = sha256_of(name)
        origin = find_origin(doc.text, name, region=region, date=date)
        reading = read_numbers(doc.text, region=origin.region.code if origin.region else None, date=origin.reading_date)
    except TaizhangError as exc:
        return {}, [], _error(name, exc)
    except Exception as exc:  # the extractor failed on this file: said in the errors file, the run goes on
        failed = ExtractionFailedError(M("corpus.failed", source=name, reason=f"{type(exc).__name__}: {exc}"))
        return {}, [], _error(name, failed)
    document = {
        "file": name,
        "sha256": digest,
        "document_kind": reading.kind,
        "document_region": origin.region.name if origin.region else None,
        "document_region_code": origin.region.code if origin.region else None,
        "region_source": origin.region_source,
        "document_date": origin.date.isoformat() if origin.date else None,
        "document_year": origin.year,
        "date_source": origin.date_source,
        "targets": len(reading.targets),
        "actuals": len(reading.actuals),
    }
    head = {key: document[key] for key in FILE_COLUMNS if key not in ("targets", "actuals")}
    records = [("target", t.to_dict()) for t in reading.targets] + [("actual", a.to_dict()) for a in reading.actuals]
    rows = []
    for record_type, record in records:
        row = {"record_type": record_type, **head, **record}
        rows.append({key: row.get(key) for key in _NAMES})
    return document, rows, None


def _error(name: str, exc: TaizhangError) -> dict[str, str]:
    return {"file": name, "code": exc.code, "reason": exc.message}
