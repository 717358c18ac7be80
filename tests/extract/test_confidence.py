"""Confidence: the committed table is what the script builds, and records carry their share."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from taizhang.extract import confidence
from taizhang.extract.pipeline import read_numbers

ROOT = Path(__file__).resolve().parents[2]


def _script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("build_confidence", ROOT / "scripts" / "build_confidence.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_committed_table_is_what_the_script_builds_from_the_corpus() -> None:
    script = _script()
    folders = sorted(p.parent for p in script.REAL.glob("*/gold.jsonl"))
    dev = [f for f in folders if not f.name.startswith(script.HELD_OUT)]
    assert script.TABLE.read_text(encoding="utf-8") == script.table(script.judged(dev)), (
        "rerun scripts/build_confidence.py after changing the extractor"
    )


def test_every_record_gets_a_confidence_between_0_and_1() -> None:
    text = "2023年，全县地区生产总值完成320.5亿元，同比增长6.2%。\n2024年，力争地区生产总值增长6%左右。\n"
    reading = read_numbers(text, region="台山市", date="2024-01-10")
    assert reading.targets and reading.actuals
    assert all(0 < r.confidence <= 1 for r in [*reading.targets, *reading.actuals] if r.confidence is not None)
    assert all(r.confidence is not None for r in [*reading.targets, *reading.actuals])


def test_a_rarely_seen_signature_borrows_its_record_kinds_share() -> None:
    table = confidence._table()
    right, found = table[("target", "*")]
    assert confidence._share("target", "no|such|signature") == round((right + 1) / (found + 2), 2)
