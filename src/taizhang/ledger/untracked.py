"""Rows of a progress import that measure no target: why, a short summary, and a CSV of them all.

A sheet of 300,000 rows may hold 250,000 such rows (a bureau reporting every indicator it keeps,
not only the targets'), so the CLI and the API show a summary (the count, the count per reason,
the first few rows) and the CLI writes every row to a CSV file on request.
"""

from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from taizhang.errors import InputError
from taizhang.ledger.export import safe_cell
from taizhang.ledger.progress import ImportResult, Observation
from taizhang.messages import M

__all__ = ["EXAMPLES", "UNTRACKED_REASONS", "UntrackedSummary", "summarize_untracked", "write_untracked"]

UNTRACKED_REASONS = {  # data/messages.tsv; each rendered when shown, in the language of that moment
    "no_target": M("untracked.no_target"),
    "unit": M("untracked.unit"),
    "indicator": M("untracked.indicator"),
}
"""Why a row matched no target (the reason keys of ``match_observations``) → what a person reads."""

EXAMPLES = 10
_COLUMNS = ("row", "reason", "region_code", "indicator", "period", "value", "unit", "cumulative", "source_text")


@dataclass(frozen=True)
class UntrackedSummary:
    """How many rows matched no target, how many for each reason (most first), the first few rows."""

    count: int
    by_reason: dict[str, int]
    examples: list[tuple[Observation, str]]


def summarize_untracked(result: ImportResult, *, examples: int = EXAMPLES) -> UntrackedSummary:
    """The summary of ``result``'s untracked rows, with the first ``examples`` of them."""
    counts = Counter(result.reasons[o.row] for o in result.untracked)
    return UntrackedSummary(
        count=len(result.untracked),
        by_reason=dict(counts.most_common()),
        examples=[(o, result.reasons[o.row]) for o in result.untracked[:examples]],
    )


def write_untracked(result: ImportResult, path: Path) -> int:
    """Write every untracked row of ``result`` to the CSV file ``path`` (UTF-8 with a BOM, so Excel
    reads it): sheet row, reason, then the row's fields. Returns the number of rows written."""
    try:
        with Path(path).open("w", newline="", encoding="utf-8-sig") as f:
            writer = csv.writer(f)
            writer.writerow(_COLUMNS)
            for o in result.untracked:
                fields = (o.region_code, o.indicator, o.period, o.value, o.unit, o.cumulative, o.source_text or "")
                writer.writerow([o.row, str(UNTRACKED_REASONS[result.reasons[o.row]]), *map(safe_cell, fields)])
    except OSError as exc:
        raise InputError(M("untracked.write", path=path, reason=exc.strerror or exc)) from None
    return len(result.untracked)
