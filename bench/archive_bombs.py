"""Archive bombs: how long taizhang takes to refuse one, and its peak memory meanwhile (issue 13).

Run on demand (not in tests), from the repository root:

    .venv/bin/python bench/archive_bombs.py
    .venv/bin/python bench/archive_bombs.py --paragraphs 3000000 --cells 12000000

Builds (with tests/bombs.py) a .docx of N empty paragraphs and an .xlsx of N empty cells, writes
each to a temporary file and reads it in a fresh Python process the way taizhang does: the .docx
with ``read_document`` (what ``taizhang ingest``/``extract`` and the upload API call), the .xlsx
with ``read_progress_rows`` (what ``progress import`` and the import API call). For each it prints
the zipped size, the decompressed size of the largest member, the outcome (the error code), the
wall time of the read and the process's peak resident memory (``resource.getrusage``'s ru_maxrss)
beside its peak after imports, so the read's own share shows.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_CHILD = r"""
import json, resource, sys, time
from pathlib import Path

from taizhang.errors import TaizhangError
from taizhang.ledger.progress import read_progress_rows
from taizhang.text.readers import read_document

path = Path(sys.argv[1])
data = path.read_bytes()
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
try:
    if path.suffix == ".docx":
        read_document(path)
    else:
        read_progress_rows(path, data)
    outcome = "read"
except TaizhangError as exc:
    outcome = exc.code
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"outcome": outcome, "seconds": seconds, "rss_before_kib": before, "rss_peak_kib": peak}))
"""


def _measure(path: Path) -> dict[str, object]:
    env_path = f"{ROOT / 'src'}"
    run = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path)],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": env_path, "PATH": "/usr/bin:/bin"},
    )
    figures: dict[str, object] = json.loads(run.stdout)
    return figures


def _largest_member(path: Path) -> int:
    with zipfile.ZipFile(path) as archive:
        return max(info.file_size for info in archive.infolist())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--paragraphs", type=int, default=3_000_000, help="empty paragraphs in the .docx bomb")
    parser.add_argument("--cells", type=int, default=12_000_000, help="empty cells in the .xlsx bomb")
    args = parser.parse_args()

    sys.path[:0] = [str(ROOT), str(ROOT / "src")]
    from tests.bombs import docx_bomb, xlsx_bomb

    with tempfile.TemporaryDirectory() as tmp:
        bombs = [
            (f"docx, {args.paragraphs:,} empty paragraphs", Path(tmp, "bomb.docx"), docx_bomb(args.paragraphs)),
            (f"xlsx, {args.cells:,} empty cells", Path(tmp, "bomb.xlsx"), xlsx_bomb(args.cells)),
        ]
        for label, path, data in bombs:
            path.write_bytes(data)
            figures = _measure(path)
            print(
                f"{label}: {len(data) / 1024:.0f} KiB zipped, largest member "
                f"{_largest_member(path) / 2**20:.1f} MiB unzipped -> {figures['outcome']} in "
                f"{figures['seconds']:.3f} s; peak RSS {figures['rss_peak_kib'] / 1024:.0f} MiB "
                f"(after imports {figures['rss_before_kib'] / 1024:.0f} MiB)"
            )


if __name__ == "__main__":
    main()
