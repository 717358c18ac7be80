"""Measure how often ``taizhang corpus`` finds a document's region and year without flags.

On the annotated real corpus (tests/data/real/<folder>/doc.txt with meta.json's ``region`` and
``date``): the share of documents whose region (by GB/T 2260 code) and whose year are read right
from the text alone, and from the text then the path. The folders' own names (wr-hebei-raoyang-2022)
are the annotators' and carry the year, so the text-only figure is the one to quote; the path figure
uses the path tests/data/real/<folder>/doc.txt as it is.

    python scripts/measure_origin.py                 # the development set (all but x6-)
    python scripts/measure_origin.py --held-out      # x6- only (held out: never tuned on)
    python scripts/measure_origin.py --misses        # also list each miss
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from dataclasses import dataclass
from pathlib import Path

from taizhang.corpus.origin import find_origin
from taizhang.extract.regions import load_regions

REAL = Path(__file__).resolve().parents[1] / "tests" / "data" / "real"
HELD_OUT_PREFIX = "x6-"


@dataclass(frozen=True)
class Score:
    documents: int
    region_text: int
    year_text: int
    region_any: int
    year_any: int
    misses: tuple[str, ...]

    def share(self, count: int) -> float:
        return count / self.documents if self.documents else 0.0


def folders(*, held_out: bool) -> list[Path]:
    """The annotated folders of the development set, or of the held-out set."""
    found = sorted(p.parent for p in REAL.glob("*/meta.json"))
    return [p for p in found if p.name.startswith(HELD_OUT_PREFIX) == held_out]


def measure(paths: list[Path]) -> Score:
    table = load_regions()
    region_text = year_text = region_any = year_any = 0
    misses: list[str] = []
    for folder in paths:
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        text = (folder / "doc.txt").read_text(encoding=meta.get("encoding", "utf-8"))
        expected = table.resolve(meta["region"])
        year = datetime.date.fromisoformat(meta["date"]).year
        alone = find_origin(text)
        with_path = find_origin(text, folder / "doc.txt")
        right = [
            _same(alone.region, expected),
            alone.year == year,
            _same(with_path.region, expected),
            with_path.year == year,
        ]
        region_text, year_text, region_any, year_any = (
            total + ok for total, ok in zip((region_text, year_text, region_any, year_any), right, strict=True)
        )
        if not right[0] or not right[1]:
            got = alone.region.name if alone.region else "—"
            misses.append(f"{folder.name}: region {got} ({meta['region']}), year {alone.year} ({year})")
    return Score(len(paths), region_text, year_text, region_any, year_any, tuple(misses))


def _same(found: object, expected: object) -> bool:
    return found is not None and expected is not None and getattr(found, "code") == getattr(expected, "code")  # noqa: B009


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--held-out", action="store_true", help="measure the held-out x6- folders")
    parser.add_argument("--misses", action="store_true", help="list the documents read wrong")
    args = parser.parse_args()
    score = measure(folders(held_out=args.held_out))
    which = "held out (x6-)" if args.held_out else "development"
    print(f"{which}: {score.documents} documents")
    print(f"  region right, text alone:   {score.region_text:3d}  {score.share(score.region_text):.3f}")
    print(f"  year right,   text alone:   {score.year_text:3d}  {score.share(score.year_text):.3f}")
    print(f"  region right, text + path:  {score.region_any:3d}  {score.share(score.region_any):.3f}")
    print(f"  year right,   text + path:  {score.year_any:3d}  {score.share(score.year_any):.3f}")
    if args.misses:
        for line in score.misses:
            print("  miss", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
