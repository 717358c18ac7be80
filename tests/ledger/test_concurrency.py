"""Two writers at once and a SIGKILL mid-import: imports are whole or absent (issue 3).

On SQLite and on PostgreSQL (the ``db_url`` fixture): SQLite's writers queue on its lock
(BEGIN IMMEDIATE); PostgreSQL's run side by side, and a killed client's transaction is rolled
back by the server when the connection drops.
"""

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest
from sqlalchemy import func, select

from taizhang.ledger.database import open_ledger
from taizhang.ledger.models import Progress, ProgressImport, ProgressLatest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")

IMPORT = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from taizhang.ledger.database import open_ledger
    from taizhang.ledger.progress import import_progress
    from taizhang.errors import TaizhangError

    url, path, pause = sys.argv[1], Path(sys.argv[2]), sys.argv[3] == "pause"

    def on_batch(n):
        if pause:
            print("written", n, flush=True)
            time.sleep(60)

    try:
        with open_ledger(url).session(write=True) as s:
            r = import_progress(s, path, who="proc", on_batch=on_batch)
        print("ok", r.rows, flush=True)
    except TaizhangError as exc:
        print("refused", exc.code, flush=True)
        sys.exit(3)
    """
)


def sheet(path, rows, indicator):
    lines = ["region_code,indicator,period,value,unit,cumulative"]
    lines += [f"440703,{indicator},2023-{1 + i % 12:02d},{i},个,true" for i in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run(url, path, mode="go"):
    return subprocess.Popen(
        [sys.executable, "-c", IMPORT, url, str(path), mode],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def counts(url):
    ledger = open_ledger(url)
    try:
        with ledger.session() as s:
            imports = s.scalar(select(func.count()).select_from(ProgressImport))
            rows = s.scalar(select(func.count()).select_from(Progress))
            # one series per imported sheet (one indicator each): the stored latest is whole too
            assert s.scalar(select(func.count()).select_from(ProgressLatest)) == imports
            return imports, rows
    finally:
        ledger.close()


def test_two_processes_importing_at_once(db_url, tmp_path):
    a = sheet(tmp_path / "a.csv", 20000, "甲")
    b = sheet(tmp_path / "b.csv", 20000, "乙")
    procs = [run(db_url, a), run(db_url, b)]
    outs = [p.communicate(timeout=120) for p in procs]
    codes = [p.returncode for p in procs]
    assert all(c in (0, 3) for c in codes), outs
    done = codes.count(0)
    assert done >= 1
    if db_url.startswith("postgresql"):
        assert done == 2, outs  # no lock in common: both commit
    assert counts(db_url) == (done, 20000 * done)


def test_sigkill_mid_import_leaves_nothing(db_url, tmp_path):
    big = sheet(tmp_path / "big.csv", 12000, "丙")
    proc = run(db_url, big, "pause")
    line = proc.stdout.readline()
    assert line.startswith("written"), proc.stderr.read()
    time.sleep(0.2)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL
    assert counts(db_url) == (0, 0)
    # the file imports cleanly afterwards
    again = run(db_url, big)
    _out, err = again.communicate(timeout=60)
    assert again.returncode == 0, err
    assert counts(db_url) == (1, 12000)
