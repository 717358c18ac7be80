"""Extraction benchmark: characters per second against jieba and a bare regex, and peak memory on 50 MB.

Run on demand (not in tests):

    .venv/bin/python bench/extract_speed.py               # ~2 MB speed run, then the 50 MB memory run
    .venv/bin/python bench/extract_speed.py --big-mb 0    # speed only
    .venv/bin/python bench/extract_speed.py --profile     # also the top functions of one extraction and
                                                          # of the real-corpus loop (by tottime and cumtime)

The text is the bundled Jiangmen example plus the annotated documents under ../shared/eval/*/doc.txt
($TAIZHANG_SHARED/eval) when they are there (each decoded with the encoding its meta.json names: the
Xinhui item is Big5), repeated to about 2 MB of UTF-8. On that same text it times, best of --repeat runs:

- ``extract_targets`` (region 江门市, date 2023-01-20), after one warm-up call on a short text so
  lexicons, the region table and OpenCC are loaded before the clock starts;
- ``jieba.lcut`` (default mode), after ``jieba.initialize()``: its dictionary load is excluded;
- ``re.findall(r"\\d+", text)``, the floor any extractor must read the text at.

The ratios are extraction speed over jieba's and over the regex's (issue 2's goal: extraction / jieba >= 1).
Then each document of the real corpus (tests/data/real) is read with its own region and date, targets
and actuals, against ``jieba.lcut`` on the same texts (issue 7: keep the ratio >= 1).
Peak memory is measured in a fresh process that reads a ~50 MB UTF-8 file of the same text the way
``taizhang extract`` does (``read_document``, then ``extract_targets``): its maximum resident set
size (VmHWM on Linux), next to the same process's peak after imports and warm-up.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "tests" / "data" / "real"
SHARED_EVAL = Path(os.environ.get("TAIZHANG_SHARED", ROOT.parent / "shared")) / "eval"
REGION = "江门市"
DATE = "2023-01-20"
MB = 1024 * 1024


def corpus() -> tuple[str, list[str]]:
    """The example and the eval documents (decoded), joined by blank lines, and their names."""
    texts = [resources.files("taizhang.data").joinpath("examples/jiangmen-2023-county-plans.txt").read_text("utf-8")]
    names = ["taizhang/data/examples/jiangmen-2023-county-plans.txt"]
    for doc in sorted(SHARED_EVAL.glob("*/doc.txt")):
        meta = doc.with_name("meta.json")
        encoding = json.loads(meta.read_text("utf-8")).get("encoding", "utf-8") if meta.exists() else "utf-8"
        texts.append(doc.read_bytes().decode(encoding))
        names.append(f"{doc.parent.name}/doc.txt ({encoding})")
    return "\n\n".join(texts), names


def repeat_to(text: str, size_bytes: int) -> str:
    """``text`` repeated (a blank line between copies) until its UTF-8 is at least ``size_bytes``."""
    unit = text + "\n\n"
    copies = -(-size_bytes // len(unit.encode("utf-8")))
    return unit * copies


def best_time(run: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return min(times)


def speed(text: str, repeat: int) -> None:
    import jieba

    from taizhang import extract_targets

    extract_targets("确保地区生产总值增长6%以上，全年完成工业投资不少于120亿元。", region=REGION, date=DATE)
    started = time.perf_counter()
    jieba.setLogLevel(60)  # its "Building prefix dict" lines are not results
    jieba.initialize()
    jieba_load = time.perf_counter() - started

    chars = len(text)
    found = len(extract_targets(text, region=REGION, date=DATE))
    t_extract = best_time(lambda: extract_targets(text, region=REGION, date=DATE), repeat)
    t_jieba = best_time(lambda: jieba.lcut(text), repeat)
    t_regex = best_time(lambda: re.findall(r"\d+", text), repeat)

    cps = {name: chars / t for name, t in (("extract", t_extract), ("jieba", t_jieba), ("regex", t_regex))}
    print(f"text: {chars:,} characters, {len(text.encode('utf-8')) / MB:.2f} MB as UTF-8; best of {repeat} runs")
    print(f"extract_targets     {cps['extract']:>14,.0f} chars/s  ({t_extract:.3f} s, {found:,} targets)")
    print(f"jieba.lcut          {cps['jieba']:>14,.0f} chars/s  ({t_jieba:.3f} s; dictionary load excluded)")
    print(f"re.findall(\\d+)     {cps['regex']:>14,.0f} chars/s  ({t_regex:.3f} s)")
    print(f"jieba dictionary load (excluded above): {jieba_load:.2f} s")
    print(f"ratio extraction/jieba: {cps['extract'] / cps['jieba']:.2f}")
    print(f"ratio extraction/regex: {cps['extract'] / cps['regex']:.4f}")


def real_documents() -> list[tuple[str, str, str]]:
    """(text, region, date) of every document of the real corpus (tests/data/real), decoded."""
    out = []
    for meta_path in sorted(REAL.glob("*/meta.json")):
        meta = json.loads(meta_path.read_text("utf-8"))
        text = meta_path.with_name("doc.txt").read_bytes().decode(meta["encoding"])
        out.append((text, meta["region"], meta["date"]))
    return out


def speed_real(repeat: int) -> None:
    """Each real document read with its own region and date, against jieba.lcut on the same texts."""
    import jieba

    from taizhang.extract.pipeline import read_numbers

    docs = real_documents()
    jieba.setLogLevel(60)
    jieba.initialize()
    read_numbers(docs[0][0], region=docs[0][1], date=docs[0][2])  # lexicons loaded before the clock

    def extract_all() -> None:
        for text, region, date in docs:
            read_numbers(text, region=region, date=date)

    def jieba_all() -> None:
        for text, _, _ in docs:
            jieba.lcut(text)

    chars = sum(len(text) for text, _, _ in docs)
    t_extract, t_jieba = best_time(extract_all, repeat), best_time(jieba_all, repeat)
    print(f"real corpus: {len(docs)} documents, {chars:,} characters, each with its own region and date")
    print(f"read_numbers (targets and actuals) {chars / t_extract:>12,.0f} chars/s  ({t_extract:.3f} s)")
    print(f"jieba.lcut                         {chars / t_jieba:>12,.0f} chars/s  ({t_jieba:.3f} s)")
    print(f"ratio extraction/jieba on the real corpus: {t_jieba / t_extract:.2f}")


# Runs in a fresh process, so its maximum resident set size is this run's alone.
_MEMORY_CHILD = """
import json, resource, sys, time
from pathlib import Path
from taizhang import extract_targets
from taizhang.text.readers import read_document

def maxrss_mb():
    # Linux keeps ru_maxrss across exec, so it would count the parent's size at fork time; the
    # high-water mark of this process's own memory is VmHWM.
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024

path, region, date = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
extract_targets("确保地区生产总值增长6%以上。", region=region, date=date)
baseline = maxrss_mb()
started = time.perf_counter()
doc = read_document(path)
read = time.perf_counter() - started
targets = extract_targets(doc.text, region=region, date=date)
total = time.perf_counter() - started
print(json.dumps({"baseline_mb": baseline, "peak_mb": maxrss_mb(), "chars": len(doc.text),
                  "encoding": doc.encoding, "targets": len(targets), "read_s": read, "total_s": total}))
"""


def memory(text: str, size_mb: int) -> None:
    with tempfile.TemporaryDirectory(prefix="taizhang-bench-") as tmp:
        path = Path(tmp) / "big.txt"
        data = repeat_to(text, size_mb * MB).encode("utf-8")
        path.write_bytes(data)
        done = subprocess.run(
            [sys.executable, "-c", _MEMORY_CHILD, str(path), REGION, DATE],
            capture_output=True,
            text=True,
            check=False,
        )
    if done.returncode != 0:
        print(f"memory run failed (exit {done.returncode}):\n{done.stderr}", file=sys.stderr)
        raise SystemExit(1)
    r = json.loads(done.stdout.strip().splitlines()[-1])
    print(
        f"file: {len(data) / MB:.1f} MB ({r['encoding']}), {r['chars']:,} characters, {r['targets']:,} targets; "
        f"read_document + extract_targets in {r['total_s']:.1f} s (reading {r['read_s']:.1f} s), "
        f"{r['chars'] / r['total_s']:,.0f} chars/s"
    )
    print(f"peak memory (max RSS): {r['peak_mb']:.0f} MB; after imports and warm-up: {r['baseline_mb']:.0f} MB")


def profile(text: str, top: int) -> None:
    from taizhang import extract_targets

    extract_targets("确保地区生产总值增长6%以上。", region=REGION, date=DATE)
    profiler = cProfile.Profile()
    profiler.runcall(extract_targets, text, region=REGION, date=DATE)
    print_profile(profiler, "cumulative", top)


def profile_real(top: int) -> None:
    """The real-corpus loop of ``speed_real`` under cProfile: where short documents spend their time."""
    from taizhang.extract.pipeline import read_numbers

    docs = real_documents()
    read_numbers(docs[0][0], region=docs[0][1], date=docs[0][2])
    profiler = cProfile.Profile()
    profiler.enable()
    for text, region, date in docs:
        read_numbers(text, region=region, date=date)
    profiler.disable()
    for order in ("tottime", "cumulative"):
        print(f"real corpus, {len(docs)} documents, by {order}:")
        print_profile(profiler, order, top)


def print_profile(profiler: cProfile.Profile, order: str, top: int) -> None:
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats(order).print_stats(top)
    print(out.getvalue().rstrip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=float, default=2, help="size of the speed text in MB of UTF-8 (default 2)")
    parser.add_argument("--big-mb", type=int, default=50, help="size of the memory run's file in MB; 0 skips it")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs of each contender; the best counts")
    parser.add_argument("--profile", action="store_true", help="print the top functions by cumulative time")
    parser.add_argument("--top", type=int, default=25, help="functions listed per real-corpus profile (default 25)")
    args = parser.parse_args()

    base, names = corpus()
    print("corpus: " + "; ".join(names))
    text = repeat_to(base, int(args.size_mb * MB))
    print()
    speed(text, args.repeat)
    if REAL.is_dir():
        print()
        speed_real(args.repeat)
    if args.big_mb:
        print()
        memory(base, args.big_mb)
    if args.profile:
        print()
        profile(text, 10)
        if REAL.is_dir():
            print()
            profile_real(args.top)


if __name__ == "__main__":
    main()
