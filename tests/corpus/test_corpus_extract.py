"""`taizhang corpus extract` (issue 10): the same table whatever runs it, a killed run resumed, bad
files listed and nothing else changed.

The Dask case starts a LocalCluster of two in-process workers (``processes=False``): the tasks are
the same ``read_batch`` calls a remote worker runs, sent through the scheduler; two worker
processes would only add seconds of start-up to the test.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from taizhang.cli import app
from taizhang.corpus.rows import COLUMNS
from taizhang.corpus.run import extract_corpus
from taizhang.text.readers import document_files
from tests.corpus.conftest import DOCUMENTS, build_corpus

SRC = Path(__file__).resolve().parents[2] / "src"


def _run(corpus: Path, out: Path, **options: object) -> dict[str, bytes]:
    files, _ = document_files([corpus])
    extract_corpus(files, out, fmt="jsonl", batch_size=3, **options)  # type: ignore[arg-type]
    return _outputs(out)


def _outputs(out: Path) -> dict[str, bytes]:
    return {suffix: Path(f"{out}{suffix}").read_bytes() for suffix in ("", ".errors.csv", ".files.csv")}


def _errors(out: Path) -> list[dict[str, str]]:
    with Path(f"{out}.errors.csv").open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_one_worker_two_workers_and_a_dask_cluster_write_the_same_table(corpus: Path, tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    one = _run(corpus, tmp_path / "one.jsonl", workers=1)
    two = _run(corpus, tmp_path / "two.jsonl", workers=2)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cl:
        on_dask = _run(corpus, tmp_path / "dask.jsonl", workers=2, scheduler=cl.scheduler_address)
    assert two == one
    assert on_dask == one
    rows = [json.loads(line) for line in one[""].decode().splitlines()]
    assert {row["record_type"] for row in rows} == {"target", "actual"}
    assert list(rows[0]) == [name for name, _ in COLUMNS]
    files = list(csv.DictReader(one[".files.csv"].decode("utf-8-sig").splitlines()))
    assert len(files) == DOCUMENTS  # README.md and notes.csv are no documents
    assert sum(f["file"].endswith(".docx") for f in files) >= 3


def test_a_run_killed_midway_then_resumed_writes_what_one_clean_run_writes(corpus: Path, tmp_path: Path) -> None:
    clean = _run(corpus, tmp_path / "clean.jsonl", workers=1)
    out = tmp_path / "killed.jsonl"
    # The real command in a subprocess with 2 worker processes, killed (SIGKILL, no clean-up) right
    # after its third part; its workers must then end by themselves.
    script = textwrap.dedent(
        f"""
        import os, signal, sys
        from taizhang.corpus import store
        write = store.PartStore.write
        def write_then_die(self, run, number, batch):
            part = write(self, run, number, batch)
            if number == 2:
                (self.folder / "half-written.tmp").write_text("{{")
                os.kill(os.getpid(), signal.SIGKILL)
            return part
        store.PartStore.write = write_then_die
        from taizhang.cli import app
        sys.argv = ["taizhang", "corpus", "extract", {str(corpus)!r}, "-o", {str(out)!r}, "--workers", "2",
                    "--batch-size", "3"]
        app()
        """
    )
    mark = f"corpus-kill-test-{os.getpid()}"
    env = {**os.environ, "PYTHONPATH": str(SRC), "TAIZHANG_TEST_MARK": mark}
    with tempfile.TemporaryFile() as log:
        done = subprocess.run([sys.executable, "-c", script], env=env, stdout=log, stderr=log, timeout=120)
        log.seek(0)
        assert done.returncode == -9, log.read().decode()
    assert _wait_for_no_process_marked(mark), "the killed run's workers did not end"
    assert not out.exists()
    assert len(list(Path(f"{out}.parts").glob("*.json"))) == 3

    result = CliRunner().invoke(
        app, ["corpus", "extract", str(corpus), "-o", str(out), "--resume", "--batch-size", "3"]
    )
    assert result.exit_code == 0, result.output
    assert "9 份已读过的文档" in result.stderr
    assert _outputs(out) == {suffix: clean[suffix] for suffix in clean}


def _wait_for_no_process_marked(mark: str, seconds: float = 20) -> bool:
    """True once no process of ours carries ``mark`` in its environment (Linux /proc)."""
    needle = f"TAIZHANG_TEST_MARK={mark}".encode()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        alive = []
        for environ in Path("/proc").glob("[0-9]*/environ"):
            try:
                if needle in environ.read_bytes():
                    alive.append(environ.parent.name)
            except OSError:
                continue
        if not alive:
            return True
        time.sleep(0.5)
    return False


def test_a_corrupt_file_is_listed_in_the_errors_file_and_changes_nothing_else(corpus: Path, tmp_path: Path) -> None:
    good = _run(corpus, tmp_path / "good.jsonl", workers=2)
    mixed = tmp_path / "mixed"
    shutil.copytree(corpus, mixed)
    (mixed / "2023" / "broken.docx").write_bytes(b"PK\x03\x04 this zip archive ends here")
    (mixed / "2024" / "broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> nothing more")
    bad = _run(mixed, tmp_path / "mixed.jsonl", workers=2)

    assert bad[""] == good[""].replace(str(corpus).encode(), str(mixed).encode())
    assert bad[".files.csv"] == good[".files.csv"].replace(str(corpus).encode(), str(mixed).encode())
    errors = _errors(tmp_path / "mixed.jsonl")
    assert [(Path(e["file"]).name, e["code"]) for e in errors] == [("broken.docx", "E101"), ("broken.pdf", "E101")]
    assert "已损坏" in errors[0]["reason"]
    assert errors[0]["reason"].startswith(str(mixed / "2023" / "broken.docx"))


def test_the_cli_writes_parquet_by_default_and_lists_files_without_a_region(tmp_path: Path) -> None:
    corpus = build_corpus(tmp_path / "c", count=8)
    (corpus / "2024" / "anonymous.txt").write_text("全年新增就业1万人以上。\n", encoding="utf-8")
    out = tmp_path / "table"
    result = CliRunner().invoke(app, ["corpus", "extract", str(corpus), "-o", str(out), "--workers", "1"])
    assert result.exit_code == 0, result.output
    table = pq.read_table(out)
    assert table.column_names == [name for name, _ in COLUMNS]
    assert str(table.schema.field("value").type) == "double"
    assert "9 份文档" in result.stdout
    unplaced = result.stderr.split("找不到地区")[1].split("找不到日期")[0]
    assert str(corpus / "2024" / "anonymous.txt") in unplaced
    with Path(f"{out}.files.csv").open(encoding="utf-8-sig", newline="") as handle:
        files = {row["file"]: row for row in csv.DictReader(handle)}
    anonymous = files[str(corpus / "2024" / "anonymous.txt")]
    assert (anonymous["region_source"], anonymous["date_source"], anonymous["document_year"]) == (
        "none",
        "path",
        "2024",
    )


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["-o", "out.xlsx"], "[E201]"),
        (["-o", "out.csv", "--workers", "0"], "[E201]"),
        (["-o", "out.csv", "--date", "2024-13-01"], "[E201]"),
        (["-o", "out.csv", "--region", "火星市"], "[E202]"),
    ],
    ids=["unknown-suffix", "no-workers", "bad-date", "unknown-region"],
)
def test_bad_options_are_one_line_and_exit_2(corpus: Path, tmp_path: Path, args: list[str], code: str) -> None:
    args = [a if not a.startswith("out.") else str(tmp_path / a) for a in args]
    result = CliRunner().invoke(app, ["corpus", "extract", str(corpus), *args])
    assert result.exit_code == 2
    assert result.stderr.startswith(code)
    assert not list(tmp_path.iterdir())


def test_csv_output_by_its_suffix(tmp_path: Path) -> None:
    corpus = build_corpus(tmp_path / "c", count=4)
    out = tmp_path / "table.csv"
    result = CliRunner().invoke(app, ["corpus", "extract", str(corpus), "-o", str(out), "--workers", "1"])
    assert result.exit_code == 0, result.output
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and list(rows[0]) == [name for name, _ in COLUMNS]
    assert all(row["sha256"] and len(row["sha256"]) == 64 for row in rows)


def test_resume_reads_only_what_is_new_or_changed(tmp_path: Path) -> None:
    corpus = build_corpus(tmp_path / "c", count=8)
    out = tmp_path / "t.jsonl"
    first = _run(corpus, out, workers=1)
    files, _ = document_files([corpus])
    again = extract_corpus(files, out, fmt="jsonl", workers=1, resume=True)
    assert (again.skipped, again.read) == (8, 0)
    assert _outputs(out) == first

    changed = next(f for f in files if f.suffix == ".txt")
    changed.write_text("霍邱县人民政府\n2024年1月10日\n全年新增就业1万人以上。\n", encoding="utf-8")
    (corpus / "2024" / "new.txt").write_text("江门市人民政府\n2023年1月20日\n工业投资增长10%。\n", encoding="utf-8")
    files, _ = document_files([corpus])
    resumed = extract_corpus(files, out, fmt="jsonl", workers=1, resume=True)
    assert (resumed.skipped, resumed.read) == (7, 2)
    clean = _run(corpus, tmp_path / "clean.jsonl", workers=2)
    assert _outputs(out) == clean
    listed = [line for line in clean[".files.csv"].decode("utf-8-sig").splitlines() if line.startswith(str(changed))]
    assert len(listed) == 1 and ",霍邱县,341522,text,2024-01-10," in listed[0]
