"""Build src/taizhang/data/confidence.tsv from the annotated real corpus (issue 7).

    .venv/bin/python scripts/build_confidence.py            # write the table, then print calibration
    .venv/bin/python scripts/build_confidence.py --check    # exit 1 when the committed table differs

For every development document of tests/data/real (every folder but the held-out ``x6-`` set), the
extractor's targets and actuals are matched to the gold records as ``taizhang evaluate`` matches
them; each record counts as found under its evidence signature (taizhang.extract.confidence) and
as right when it matched. The held-out set is then read with the new table and the records are
binned by confidence: the share right in each bin is the calibration figure.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from taizhang.evaluate import ACTUALS, GOLD, read_folder, read_records
from taizhang.extract import confidence
from taizhang.extract.pipeline import read_numbers
from taizhang.extract.record import Target
from taizhang.extract.scoring import match

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "tests" / "data" / "real"
TABLE = ROOT / "src" / "taizhang" / "data" / "confidence.tsv"
HELD_OUT = "x6-"
HEADER = (
    "# Confidence per evidence signature (taizhang.extract.confidence), built by scripts/build_confidence.py\n"
    "# from the development documents of tests/data/real: of the records the extractor found with this\n"
    "# signature, how many matched a gold record. Row * is the record kind overall.\n"
    "# Columns: record\tsignature\tright\tfound\n"
)


def judged(folders: list[Path]) -> list[tuple[str, str, bool, float]]:
    """(record kind, signature, right, confidence) of every record found in ``folders``."""
    out = []
    for folder in folders:
        text, meta = read_folder(folder)
        reading = read_numbers(text, region=meta.get("region"), date=meta.get("date"))
        gold = read_records(folder / GOLD)
        actual_gold = read_records(folder / ACTUALS) if (folder / ACTUALS).is_file() else []
        kind = reading.kind
        for record, found, wanted in (
            ("target", reading.targets, gold),
            ("actual", reading.actuals, actual_gold),
        ):
            hits = {i for i, _ in match([r.to_dict() for r in found], wanted)}
            for i, r in enumerate(found):
                sig = (
                    confidence.target_signature(r, kind)
                    if isinstance(r, Target)
                    else confidence.actual_signature(r, kind)
                )
                out.append((record, sig, i in hits, r.confidence or 0.0))
    return out


def table(rows: list[tuple[str, str, bool, float]]) -> str:
    found, right = Counter(), Counter()
    for record, sig, ok, _ in rows:
        for key in ((record, sig), (record, "*")):
            found[key] += 1
            right[key] += ok
    lines = [f"{record}\t{sig}\t{right[(record, sig)]}\t{found[(record, sig)]}" for record, sig in sorted(found)]
    return HEADER + "\n".join(lines) + "\n"


def calibration(rows: list[tuple[str, str, bool, float]]) -> None:
    bins = ((0.0, 0.5), (0.5, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01))
    print("record   confidence   records   right   share right")
    for kind in ("target", "actual", "both"):
        for lo, hi in bins:
            inside = [ok for record, _, ok, c in rows if kind in (record, "both") and lo <= c < hi]
            if inside:
                share = sum(inside) / len(inside)
                print(f"{kind:8s} [{lo:.1f}, {min(hi, 1):.1f})  {len(inside):8d} {sum(inside):7d}   {share:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the committed table")
    args = parser.parse_args()
    folders = sorted(p.parent for p in REAL.glob(f"*/{GOLD}"))
    dev = [f for f in folders if not f.name.startswith(HELD_OUT)]
    built = table(judged(dev))
    if args.check:
        sys.exit(0 if TABLE.read_text(encoding="utf-8") == built else 1)
    TABLE.write_text(built, encoding="utf-8")
    confidence._table.cache_clear()
    held = [f for f in folders if f.name.startswith(HELD_OUT)]
    print(f"{TABLE.relative_to(ROOT)}: from {len(dev)} development documents; calibration on {len(held)} held out:")
    calibration(judged(held))


if __name__ == "__main__":
    main()
