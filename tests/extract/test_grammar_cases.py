"""The grammar, one case at a time: tests/extract/cases/grammar.jsonl.

Each case is a sentence (or two) and the records it must give, with the fields that matter
for that case (``indicator`` contains or is contained in the one found, ``indicator_is`` is it);
the expected values come from reading the Chinese, not from running the code.
Defaults: region 江门市, date 2023-01-20.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from taizhang import extract_targets

CASES = [
    json.loads(line)
    for line in (Path(__file__).parent / "cases" / "grammar.jsonl").read_text(encoding="utf-8").splitlines()
    if line.strip()
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(case: dict[str, Any]) -> None:
    found = [
        t.to_dict()
        for t in extract_targets(case["text"], region=case.get("region", "江门市"), date=case.get("date", "2023-01-20"))
    ]
    expected = case["expect"]
    assert len(found) == len(expected), [(r["value_text"], r["indicator"]) for r in found]
    for got, want in zip(found, expected, strict=True):
        for field, value in want.items():
            if field == "indicator":
                assert value in got["indicator"] or got["indicator"] in value, (field, got)
            elif field == "indicator_is":
                assert got["indicator"] == value, (field, got)
            elif field == "value":
                assert got["value"] == pytest.approx(value), got
            else:
                assert got[field] == value, (field, got)
