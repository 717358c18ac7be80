"""How sure a record is: the share of records with the same evidence that were right.

A record's evidence is a short signature: for a target the kind of document it was read from,
its strength (确保 / 力争 / a plain statement) and whether its indicator is a known one; for an
actual the kind of document, its measure and whether a basis (同比) was read. ``confidence.tsv``
holds, per signature, how many records the extractor found in the annotated development corpus
and how many of them were right (scripts/build_confidence.py builds it from tests/data/real).
Confidence is that share, smoothed, backing off to the record kind's share when a signature was
seen too rarely. Pure: a record in, a number in [0, 1] out.
"""

from __future__ import annotations

from functools import cache

from taizhang.data import data_rows
from taizhang.extract.kinds import states_results
from taizhang.extract.record import Actual, Target

# A signature seen fewer times than this borrows the estimate of its record kind.
MIN_SEEN = 5


def kind_group(kind: str | None) -> str:
    """plan, report (a work report), results (bulletins, progress reports, summaries), or none."""
    if kind == "plan":
        return "plan"
    if kind == "work_report":
        return "report"
    return "results" if states_results(kind) else "none"


def target_signature(t: Target, kind: str | None) -> str:
    return f"{kind_group(kind)}|{t.strength}|{'known' if t.indicator_id else 'new'}"


def actual_signature(a: Actual, kind: str | None) -> str:
    return evidence_of_actual(kind, a.measure, a.basis)


def evidence_of_actual(kind: str | None, measure: str, basis: str | None) -> str:
    """An actual's signature from its fields, before the record is built."""
    return f"{kind_group(kind)}|{measure}|{'basis' if basis else 'bare'}"


@cache
def _table() -> dict[tuple[str, str], tuple[int, int]]:
    """(record, signature) → (right, found), with the row ``*`` for each record kind overall."""
    return {(record, sig): (int(right), int(found)) for record, sig, right, found in data_rows("confidence.tsv")}


def _share(record: str, signature: str) -> float:
    table = _table()
    right, found = table.get((record, signature), (0, 0))
    if found < MIN_SEEN:
        right, found = table.get((record, "*"), (1, 2))
    return round((right + 1) / (found + 2), 2)


def of_target(t: Target, kind: str | None) -> float:
    return _share("target", target_signature(t, kind))


def of_actual(a: Actual, kind: str | None) -> float:
    return for_actual(kind, a.measure, a.basis)


def for_actual(kind: str | None, measure: str, basis: str | None) -> float:
    """``of_actual`` from the fields: an actual is never changed once read, so it is judged as it is built."""
    return _share("actual", evidence_of_actual(kind, measure, basis))
