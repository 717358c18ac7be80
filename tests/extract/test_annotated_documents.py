"""Extraction against annotated documents: the four shared examples and our own fixtures.

The shared examples (tests/data/eval, copied from shared/eval) and the fixtures written for
other regions, genres and encodings (tests/data/corpus) are scored as TARGETS.md defines.
Each document must clear a floor of its own, and the totals must meet issue #2's bar.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from taizhang import extract_targets
from taizhang.evaluate import GOLD, read_folder, read_records
from taizhang.extract.scoring import Record, Score, score

DATA = Path(__file__).parent.parent / "data"
GROUPS = ("eval", "corpus", "heldout", "heldout2", "heldout3", "heldout4")
FOLDERS = sorted(p.parent for p in DATA.glob("*/*/gold.jsonl") if p.parent.parent.name in GROUPS)


def read_gold(folder: Path) -> tuple[str, dict[str, Any], list[Record]]:
    text, meta = read_folder(folder)
    return text, meta, read_records(folder / GOLD)


def _score(folder: Path) -> Score:
    text, meta, gold = read_gold(folder)
    predicted = [t.to_dict() for t in extract_targets(text, region=meta["region"], date=meta["date"])]
    return score(predicted, gold)


@pytest.mark.parametrize("folder", FOLDERS, ids=[f.name for f in FOLDERS])
def test_each_document_is_read_well(folder: Path) -> None:
    result = _score(folder)
    assert result.f1 >= 0.9, f"detection F1 {result.f1:.3f}; wrong attributes: {result.wrong}"
    assert result.fully_right >= 0.75, f"fully right {result.fully_right:.3f}: {result.wrong}"


@pytest.mark.parametrize("group", GROUPS)
def test_totals_meet_the_bar(group: str) -> None:
    total = Score()
    for folder in FOLDERS:
        if folder.parent.name == group:
            total.add(_score(folder))
    assert total.tp > 100
    assert total.f1 >= 0.95
    assert total.fully_right >= 0.85, total.wrong


def test_spans_slice_back_to_the_value_text() -> None:
    for folder in FOLDERS:
        text, meta, _ = read_gold(folder)
        for t in extract_targets(text, region=meta["region"], date=meta["date"]):
            assert t.value_text in text[t.start : t.end], (folder.name, t)
