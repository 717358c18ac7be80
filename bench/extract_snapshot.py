"""Snapshot of every annotated document's extraction, to check that a speed change alters no output.

Run on demand (not in tests), before and after a change that must not change what is extracted:

    .venv/bin/python bench/extract_snapshot.py /tmp/before          # write the snapshot
    .venv/bin/python bench/extract_snapshot.py /tmp/after --compare /tmp/before

For every ``doc.txt`` under tests/data/{real,eval,corpus,heldout*}/*/ and ../shared/eval/*/
($TAIZHANG_SHARED/eval) it runs ``taizhang extract FILE --kind all --format jsonl --explain`` in
this process, with the region, date and encoding of the folder's meta.json, and writes the records
(stdout) to ``NAME.jsonl`` and the ``--explain`` lines (stderr: the document's kind and every number
not taken, with the reason) to ``NAME.explain``. ``--compare`` then lists every file that differs,
byte for byte, and exits 1 if any does.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SETS = ["tests/data/real", "tests/data/eval", "tests/data/corpus", "tests/data/heldout*"]
SHARED_EVAL = Path(os.environ.get("TAIZHANG_SHARED", ROOT.parent / "shared")) / "eval"


def documents() -> list[tuple[str, Path]]:
    """(snapshot name, doc.txt) of every annotated document, in a fixed order."""
    found: list[Path] = []
    for pattern in SETS:
        for folder in sorted(ROOT.glob(pattern)):
            found += sorted(folder.glob("*/doc.txt"))
    found += sorted(SHARED_EVAL.glob("*/doc.txt"))
    return [(os.path.relpath(doc.parent, ROOT).replace("../", "").replace("/", "--"), doc) for doc in found]


def write(out: Path) -> None:
    from typer.testing import CliRunner

    from taizhang.cli import app

    out = out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    os.chdir(ROOT)  # the --explain lines name each file by its path from the repository
    runner = CliRunner()
    for name, doc in documents():
        meta = json.loads(doc.with_name("meta.json").read_text("utf-8"))
        args = ["extract", os.path.relpath(doc, ROOT), "--kind", "all", "--format", "jsonl", "--explain"]
        for option in ("region", "date", "encoding"):
            if meta.get(option):
                args += [f"--{option}", meta[option]]
        result = runner.invoke(app, args)
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            raise result.exception
        (out / f"{name}.jsonl").write_bytes(result.stdout_bytes)
        (out / f"{name}.explain").write_bytes(result.stderr_bytes)
        (out / f"{name}.exit").write_text(f"{result.exit_code}\n")


def compare(after: Path, before: Path) -> int:
    names = sorted({p.name for p in before.iterdir()} | {p.name for p in after.iterdir()})
    differ = [n for n in names if not (before / n).is_file() or not (after / n).is_file()]
    differ += [n for n in names if n not in differ and (before / n).read_bytes() != (after / n).read_bytes()]
    for name in differ:
        print(f"differs: {name}")
    print(f"{len(names) - len(differ)} of {len(names)} files identical")
    return 1 if differ else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder to write the snapshot to")
    parser.add_argument("--compare", type=Path, metavar="BEFORE", help="then compare it with this earlier snapshot")
    args = parser.parse_args()
    write(args.out)
    if args.compare:
        sys.exit(compare(args.out, args.compare))


if __name__ == "__main__":
    main()
