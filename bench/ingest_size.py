"""Ingest time against document size (issue 13): extraction and the write, 100 KB to 10 MB.

Run on demand (not in tests):

    .venv/bin/python bench/ingest_size.py                      # plans 0.1, 1, 10 MB; dense 0.1, 1 MB
    .venv/bin/python bench/ingest_size.py --sizes 0.1 1 --dense-sizes 0.1 1 10

Two kinds of number-dense text, each ingested into a fresh temporary SQLite ledger in the two steps
of ``taizhang.ledger.documents.ingest`` (what the CLI and the web call): read and extract with no
lock held, then store in one short write transaction:

- *plans*: the bundled Jiangmen example and the annotated documents under ../shared/eval/*/doc.txt
  (the text ``bench/extract_speed.py`` uses), repeated to the size: real plans, a target or a
  commitment every ~250 bytes;
- *dense*: issue 13's reproduction, ``力争增长6%`` on every line, a target every 12 bytes.

For each size it prints the targets and commitments stored, the seconds spent extracting (no lock
held), the seconds the write lock was held (store and commit), the total and the seconds per MB.
Linear growth shows as a steady seconds-per-MB column.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract_speed import DATE, MB, REGION, corpus, repeat_to

DENSE_LINE = "力争增长6%\n"


def dense(size_bytes: int) -> str:
    return DENSE_LINE * -(-size_bytes // len(DENSE_LINE.encode("utf-8")))


def ingest_once(text: str) -> dict[str, float]:
    """Ingest ``text`` into a fresh SQLite ledger: seconds extracting, seconds holding the write lock."""
    from datetime import date

    from taizhang.ledger.database import open_ledger
    from taizhang.ledger.documents import prepare_document, store_document
    from taizhang.ledger.models import Commitment, Target

    with tempfile.TemporaryDirectory(prefix="taizhang-bench-") as tmp:
        ledger = open_ledger(f"sqlite:///{tmp}/ledger.db")
        try:
            started = time.perf_counter()
            prepared = prepare_document(text.encode("utf-8"), region=REGION, date=date.fromisoformat(DATE))
            extracted = time.perf_counter()
            with ledger.session(write=True) as s:
                store_document(s, prepared, who="bench")
            stored = time.perf_counter()
            with ledger.session() as s:
                targets = s.scalar(select(func.count()).select_from(Target)) or 0
                commitments = s.scalar(select(func.count()).select_from(Commitment)) or 0
        finally:
            ledger.close()
    return {
        "targets": targets,
        "commitments": commitments,
        "extract_s": extracted - started,
        "write_s": stored - extracted,
        "total_s": stored - started,
    }


def report(kind: str, texts: list[str]) -> None:
    print(f"{kind}:")
    print(f"  {'MB':>6} {'targets':>9} {'commitm.':>9} {'extract s':>10} {'lock s':>8} {'total s':>8} {'s/MB':>7}")
    for text in texts:
        mb = len(text.encode("utf-8")) / MB
        r = ingest_once(text)
        print(
            f"  {mb:>6.2f} {r['targets']:>9,.0f} {r['commitments']:>9,.0f} {r['extract_s']:>10.2f}"
            f" {r['write_s']:>8.2f} {r['total_s']:>8.2f} {r['total_s'] / mb:>7.2f}",
            flush=True,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=float, nargs="*", default=[0.1, 1, 10], help="plans text sizes, MB")
    parser.add_argument("--dense-sizes", type=float, nargs="*", default=[0.1, 1], help="dense text sizes, MB")
    args = parser.parse_args()
    from taizhang import extract_targets

    extract_targets("确保地区生产总值增长6%以上。", region=REGION, date=DATE)  # load the tables first
    plans, _ = corpus()
    if args.sizes:
        report("plans (annotated documents repeated)", [repeat_to(plans, int(s * MB)) for s in args.sizes])
    if args.dense_sizes:
        report(f"dense ({DENSE_LINE.strip()!r} per line)", [dense(int(s * MB)) for s in args.dense_sizes])


if __name__ == "__main__":
    main()
