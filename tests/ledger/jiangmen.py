"""Test data: the Jiangmen evaluation documents and their gold targets as extractor output.

The ledger tests never depend on extraction quality: :func:`gold_extractor` returns the gold
records of a document as ``Target`` objects, as a perfect extractor would.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from taizhang.extract.indicators import load_indicators
from taizhang.extract.record import Target

DATA = Path(__file__).resolve().parents[1] / "data"
EVAL = DATA / "eval"  # copies of shared/eval's annotated documents
Q3 = EVAL / "jiangmen-2023-q3-supervision"  # the supervision notice of 2023-10-20
JAN = EVAL / "jiangmen-2023"  # the county page of 2023-01-20
CITY = EVAL / "jiangmen-2023-city-report"  # the city's work report of 2023-01-10
ACTUALS = DATA / "ledger" / "actuals.csv"  # a copy of the notice's actuals.csv (44 rows)


def _indicator_id(indicator: str) -> str | None:
    """The lexicon id the extractor would give."""
    found = load_indicators().canonical(indicator)
    return None if found is None else found.id


def gold_targets(folder: Path) -> list[Target]:
    """The gold records of an evaluation folder as Target objects."""
    out = []
    for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        rec.pop("optional", None)
        rec["value"] = Decimal(str(rec["value"]))
        rec["indicator_id"] = _indicator_id(rec["indicator"])
        out.append(Target(**rec))
    return out


def gold_extractor(folder: Path, keep=None):
    """An extractor returning ``folder``'s gold records (those ``keep`` accepts, if given)."""
    targets = [t for t in gold_targets(folder) if keep is None or keep(t)]

    def extract(text, *, region=None, date=None):
        return list(targets)

    return extract
