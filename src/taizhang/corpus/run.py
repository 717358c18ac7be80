"""``extract_corpus``: every document under some paths, read in batches on all cores or a Dask cluster.

The files are cut into batches; each batch is read by a worker (``rows.read_batch``): in this
process for one worker, in a process pool for several, or on the workers of a Dask cluster given
by its scheduler's address. Each finished batch is stored at once as a part (``store.PartStore``);
the output is built from the parts at the end. A run that is killed leaves its parts; ``resume``
skips the files they hold (same path, same sha256) and reads the rest.
"""

from __future__ import annotations

import datetime
import os
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path

from taizhang.corpus.rows import Batch, read_batch, sha256_of
from taizhang.corpus.store import Combined, Format, Part, PartStore, write_table
from taizhang.errors import InputError
from taizhang.messages import M

__all__ = ["CorpusRun", "default_workers", "extract_corpus", "make_batches"]

# Batches per worker: enough that a slow batch at the end leaves the others little idle time, few
# enough that the parts stay a few hundred files for a year's corpus.
_BATCHES_PER_WORKER = 16
_MAX_BATCH = 32
# Batches in flight per worker: the pool never holds the whole corpus's futures at once.
_IN_FLIGHT = 2
_WATCH_SECONDS = 1.0  # how often a pool worker checks that the run's process is still there

Progress = Callable[[int], None]


@dataclass
class CorpusRun:
    """What a run did: the combined tables, how many files it skipped as already read, and the peak
    resident memory of each worker (by process id, in kilobytes)."""

    combined: Combined
    skipped: int = 0
    read: int = 0
    peak_rss_kb: dict[str, int] = field(default_factory=dict)
    # (worker, its peak resident memory so far) after each batch, in the order they finished.
    rss_trace: list[tuple[str, int]] = field(default_factory=list)
    # Each worker's processor time since it started (user + system), at its last batch.
    cpu_seconds: dict[str, float] = field(default_factory=dict)


def default_workers() -> int:
    """All the cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def make_batches(files: list[str], workers: int, batch_size: int | None = None) -> list[list[str]]:
    size = batch_size or max(1, min(_MAX_BATCH, len(files) // (workers * _BATCHES_PER_WORKER) or 1))
    return [files[i : i + size] for i in range(0, len(files), size)]


def extract_corpus(
    files: list[Path],
    out: Path,
    *,
    fmt: Format = "parquet",
    workers: int | None = None,
    scheduler: str | None = None,
    resume: bool = False,
    region: str | None = None,
    date: datetime.date | None = None,
    batch_size: int | None = None,
    progress: Callable[[int, int], Progress] | None = None,
) -> CorpusRun:
    """Read ``files`` into ``out`` (and OUT.errors.csv, OUT.files.csv); see the module docstring.

    ``progress(done, total)`` is called once with the files already done and the total; it returns
    the function to call with the number of files of each batch as it finishes.
    """
    workers = workers or default_workers()
    if workers < 1:
        raise InputError(M("corpus.workers", value=workers))
    names = list(dict.fromkeys(str(path) for path in files))  # a file named twice is read once
    store = PartStore(out)
    current: dict[str, str | None] = dict.fromkeys(names)
    pending = names
    if resume:
        current = {name: sha256_of(name) for name in names}
        done = store.done()
        pending = [name for name in names if (name, current[name]) not in done]
    else:
        store.clear()
    run = CorpusRun(Combined(), skipped=len(names) - len(pending), read=len(pending))
    advance = progress(len(names) - len(pending), len(names)) if progress else None
    batches = make_batches(pending, workers, batch_size)
    # Named so that a later run's parts sort after an earlier run's.
    tag = f"{time.time_ns():020d}-{uuid.uuid4().hex[:6]}"
    given = date.isoformat() if date else None
    if scheduler:
        results = _on_dask(scheduler, batches, region, given)
    elif workers == 1:
        results = (read_batch(batch, region, given) for batch in batches)
    else:
        results = _on_pool(workers, batches, region, given)
    fresh: list[Part] = []
    for number, batch in enumerate(results):
        fresh.append(store.write(tag, number, batch))
        key = f"{batch['pid']}"
        run.peak_rss_kb[key] = max(run.peak_rss_kb.get(key, 0), int(batch["peak_rss_kb"]))
        run.rss_trace.append((key, int(batch["peak_rss_kb"])))
        run.cpu_seconds[key] = max(run.cpu_seconds.get(key, 0.0), float(batch["cpu_seconds"]))
        if advance:
            advance(len(batch["files"]) + len(batch["errors"]))
    run.combined = store.combine(current, tag, fresh)
    write_table(run.combined, out, fmt)
    return run


def _on_pool(workers: int, batches: list[list[str]], region: str | None, date: str | None) -> Iterator[Batch]:
    """Batches read by a pool of ``workers`` processes, yielded as they finish.

    ``forkserver``: the workers start from a clean process, not a fork of one running threads (a
    progress bar's)."""
    context = get_context("forkserver")
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_end_with, initargs=(os.getpid(),)
    ) as pool:
        queue = iter(batches)
        running: set[Future[Batch]] = set()
        for batch in _take(queue, workers * _IN_FLIGHT):
            running.add(pool.submit(read_batch, batch, region, date))
        while running:
            finished, running = wait(running, return_when=FIRST_COMPLETED)
            for future in finished:
                for batch in _take(queue, 1):
                    running.add(pool.submit(read_batch, batch, region, date))
                yield future.result()


def _end_with(parent: int) -> None:
    """In a pool worker: exit when the process that started the run is gone (killed with SIGKILL, it
    cannot stop its workers; they would read on for nobody)."""

    def watch() -> None:
        while True:
            time.sleep(_WATCH_SECONDS)
            try:
                os.kill(parent, 0)
            except ProcessLookupError:
                os._exit(1)

    threading.Thread(target=watch, name="taizhang-parent-watch", daemon=True).start()


def _take(queue: Iterator[list[str]], count: int) -> Iterable[list[str]]:
    for _ in range(count):
        batch = next(queue, None)
        if batch is None:
            return
        yield batch


def _on_dask(address: str, batches: list[list[str]], region: str | None, date: str | None) -> Iterator[Batch]:
    """Batches read on the workers of the Dask cluster whose scheduler is at ``address``."""
    try:
        from distributed import Client, as_completed
    except ImportError:
        raise InputError(M("corpus.no_dask")) from None
    try:
        client = Client(address, timeout="10s")
    except (OSError, TimeoutError) as exc:
        raise InputError(M("corpus.scheduler", address=address, reason=exc)) from None
    try:
        futures = [client.submit(read_batch, batch, region, date, pure=False) for batch in batches]
        for future in as_completed(futures):
            yield future.result()
            future.release()
    finally:
        client.close()
