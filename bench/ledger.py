"""Ledger benchmark: ingest rate and status latency at 100,000 targets and 1,000,000 progress rows.

Run on demand (not in tests):

    .venv/bin/python bench/ledger.py                 # SQLite (a temp file) and PostgreSQL
    .venv/bin/python bench/ledger.py --only sqlite

Synthetic ledger: 2,000 regions; 100,000 targets over 2019-2023 (50 per region, 10 per region
and year); 1,000,000 progress rows (10 monthly reports per target, January-October of its year).
Status is computed as of 2023-10-31, the ledger's current date (the newest reports are for
October), when it reads the latest observation per series from ``progress_latest``, and as of
2023-09-30, a date in the past, when it must read the history (the latest of 180,000
observations of 2023 up to September). Either way it judges the 20,000 targets due in 2023.
"cold" is ``ledger_status`` computing from the database; "warm" is ``cached_status`` answering
from the ledger's cache of reports for the current data version (what repeated web and API
calls get). Goals (issue 3): one region < 50 ms, all regions < 500 ms. The load average is
printed before and after: the timings are only comparable on a similarly loaded machine.
The ingest rate uses a stand-in extractor returning 20 targets per document, so it measures the
ledger's own cost (storing, reconciling, auditing), not extraction.

Then 1,000,000 official observations are added beside the reported ones (issue 9): for every
target's series, the cumulative official figure of each month from September 2019 to October
2023 (50 months), December included, so each of the 20,000 series due in 2023 has three earlier
whole years and every one follows a seasonal profile (the worst case in number; the figures give
50 distinct shapes, one per ``region % 50``; the profiles are kept on write in ``seasonal_profiles``,
so adding the figures also times that), and status is timed again.
``--no-official`` skips that part.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, insert, select

from taizhang.extract.record import Target as Extracted
from taizhang.ledger.database import open_ledger
from taizhang.ledger.documents import ingest_document
from taizhang.ledger.latest import refresh_latest
from taizhang.ledger.models import Document, Progress, Target
from taizhang.ledger.status import cached_status, ledger_status

REGIONS = 2000
TARGETS = 100_000
REPORTS_PER_TARGET = 10
YEARS = (2019, 2020, 2021, 2022, 2023)
INDICATORS = [f"指标{i:02d}" for i in range(TARGETS // REGIONS // len(YEARS))]
CHUNK = 20_000
OFFICIAL_MONTHS = [(y, m) for y in range(2019, 2024) for m in range(1, 13) if (2019, 9) <= (y, m) <= (2023, 10)]
PG = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def code(i: int) -> str:
    return f"{110000 + i:06d}"


def fill(ledger) -> None:
    """Bulk-insert the synthetic ledger."""
    with ledger.session(write=True) as s:
        s.execute(
            insert(Document),
            [
                {
                    "sha256": f"{r:064x}",
                    "title": f"doc {r}",
                    "date": date(2019, 1, 15),
                    "text": "…",
                    "ingested_by": "bench",
                    "region_code": code(r),
                }
                for r in range(REGIONS)
            ],
        )
    rows = []
    for r in range(REGIONS):
        for y in YEARS:
            for k, name in enumerate(INDICATORS):
                rows.append(
                    {
                        "document_id": r + 1,
                        "extractor_key": f"{y}-{k}",
                        "span_start": k,
                        "span_end": k + 3,
                        "text": f"{name}达到1000个",
                        "region": f"地区{r}",
                        "region_code": code(r),
                        "indicator": name,
                        "measure": "count",
                        "comparator": ">=",
                        "value": Decimal(1000),
                        "unit": "个",
                        "value_text": "1000个",
                        "strength": "plan",
                        "year": y,
                        "notes": [],
                        "state": "confirmed",
                    }
                )
    for start in range(0, len(rows), CHUNK):
        with ledger.session(write=True) as s:
            s.execute(insert(Target), rows[start : start + CHUNK])
    batch = []
    done = 0
    for r in range(REGIONS):
        for y in YEARS:
            for name in INDICATORS:
                for m in range(1, REPORTS_PER_TARGET + 1):
                    batch.append(
                        {
                            "region_code": code(r),
                            "indicator": name,
                            "period": f"{y}-{m:02d}",
                            "value": Decimal(80 * m + r % 50),
                            "unit": "个",
                            "cumulative": True,
                            "reported_by": "bench",
                        }
                    )
                if len(batch) >= CHUNK:
                    _write_progress(ledger, batch)
                    done += len(batch)
                    batch = []
    if batch:
        _write_progress(ledger, batch)
    if ledger.dialect == "postgresql":
        with ledger.engine.connect() as c:
            c.exec_driver_sql("ANALYZE")
    else:
        with ledger.engine.connect() as c:
            c.exec_driver_sql("ANALYZE")


def fill_official(ledger) -> int:
    """Bulk-insert official cumulative figures for every region and indicator (see the module doc):
    a back-loaded year (1-6月 a quarter of the whole), so a seasonal profile differs from a line."""
    batch: list[dict] = []
    done = 0
    for r in range(REGIONS):
        for name in INDICATORS:
            for y, m in OFFICIAL_MONTHS:
                batch.append(
                    {
                        "region_code": code(r),
                        "indicator": name,
                        "period": f"{y}-{m:02d}",
                        "value": Decimal(7 * m * m + r % 50),
                        "unit": "个",
                        "cumulative": True,
                        "reported_by": "bench",
                        "source": "official",
                        "state": "confirmed",
                    }
                )
            if len(batch) >= CHUNK:
                _write_progress(ledger, batch)
                done += len(batch)
                batch = []
    if batch:
        _write_progress(ledger, batch)
        done += len(batch)
    with ledger.engine.connect() as c:
        c.exec_driver_sql("ANALYZE")
    return done


def _write_progress(ledger, batch: list[dict]) -> None:
    """Insert progress rows as an import does: with progress_latest updated in the same transaction."""
    with ledger.session(write=True) as s:
        before = s.scalar(select(func.coalesce(func.max(Progress.id), 0)))
        s.execute(insert(Progress), batch)
        refresh_latest(s, Progress.id > before)


def ingest_rate(ledger, docs: int = 200) -> tuple[float, float]:
    """Documents and targets per second through ingest_document (stand-in extractor)."""
    targets = [
        Extracted(
            start=i * 10,
            end=i * 10 + 5,
            text="…",
            region="基准区",
            region_code="999999",
            indicator=f"项目{i}",
            measure="count",
            comparator=">=",
            value=Decimal(30),
            unit="个",
            value_text="30个",
            strength="plan",
            year=2023,
        )
        for i in range(20)
    ]
    t0 = time.perf_counter()
    for d in range(docs):
        with ledger.session(write=True) as s:
            ingest_document(
                s,
                f"基准文件 {uuid.uuid4()} {d}",
                who="bench",
                date=date(2023, 1, 1),
                extractor=lambda text, region=None, date=None: targets,
                commitment_extractor=lambda text, region=None, date=None: [],
            )
    elapsed = time.perf_counter() - t0
    return docs / elapsed, docs * len(targets) / elapsed


def timed(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def time_status(ledger) -> None:
    """Print status timings: one region and all regions, as of the current date and a past one."""
    for as_of, label in ((date(2023, 10, 31), "current"), (date(2023, 9, 30), "past, from history")):

        def one(as_of: date = as_of) -> None:
            with ledger.session() as s:
                report = ledger_status(s, as_of=as_of, region_codes={code(REGIONS // 2)})
                assert len(report.rows) == len(INDICATORS)

        def every(as_of: date = as_of) -> None:
            with ledger.session() as s:
                report = ledger_status(s, as_of=as_of)
                assert len(report.rows) >= REGIONS * len(INDICATORS)

        def warm(as_of: date = as_of) -> None:
            with ledger.session() as s:
                report = cached_status(ledger.reports, s, as_of=as_of)
                assert len(report.rows) >= REGIONS * len(INDICATORS)

        one()
        every()
        warm()
        with ledger.session() as s:
            rows = ledger_status(s, as_of=as_of).rows
        seasonal = sum(r.schedule == "seasonal" for r in rows)
        print(f"  status as of {as_of} ({label}; {seasonal:,} of {len(rows):,} rows on a seasonal schedule):")
        print(f"    one region:  {timed(one, 20):.1f} ms (median of 20)")
        print(f"    all regions: {timed(every, 5):.0f} ms cold (median of 5, {REGIONS * len(INDICATORS):,} due)")
        print(f"    all regions: {timed(warm, 20):.2f} ms warm (cached for this data version, median of 20)")


def bench(url: str, *, filled: bool = False, official: bool = True) -> None:
    ledger = open_ledger(url)
    if not filled:
        t0 = time.perf_counter()
        fill(ledger)
        print(
            f"  filled {TARGETS:,} targets and {TARGETS * REPORTS_PER_TARGET:,} progress rows in "
            f"{time.perf_counter() - t0:.0f} s"
        )
        docs_s, targets_s = ingest_rate(ledger)
        print(f"  ingest: {docs_s:.0f} documents/s ({targets_s:.0f} targets/s, 20 targets per document)")
    time_status(ledger)
    if official:
        with ledger.session() as s:
            held = s.scalar(select(func.count()).select_from(Progress).where(Progress.source == "official"))
        if not held:  # a kept --sqlite-file may have them already
            t0 = time.perf_counter()
            held = fill_official(ledger)
            print(f"  added {held:,} official observations in {time.perf_counter() - t0:.0f} s")
        print(f"  with {held:,} official observations beside the reported ones:")
        time_status(ledger)
    ledger.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=["sqlite", "postgresql"])
    parser.add_argument("--pg", default=os.environ.get("TAIZHANG_BENCH_PG", PG))
    parser.add_argument(
        "--sqlite-file", type=Path, help="Keep the SQLite ledger in this file; an existing one is timed, not refilled."
    )
    parser.add_argument(
        "--no-official", action="store_true", help="Skip the part with 1,000,000 official observations."
    )
    args = parser.parse_args()
    print("load average {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    if args.only != "postgresql":
        print("SQLite")
        if args.sqlite_file is not None:
            bench(f"sqlite:///{args.sqlite_file}", filled=args.sqlite_file.exists(), official=not args.no_official)
        else:
            with tempfile.TemporaryDirectory() as tmp:
                bench(f"sqlite:///{Path(tmp) / 'bench.db'}", official=not args.no_official)
    if args.only != "sqlite":
        import psycopg
        from sqlalchemy.engine import make_url

        url = make_url(args.pg)
        schema = f"taizhang_bench_{uuid.uuid4().hex[:8]}"
        admin = psycopg.connect(
            host=url.host, port=url.port or 5432, user=url.username, dbname=url.database, autocommit=True
        )
        admin.execute(f'CREATE SCHEMA "{schema}"')
        try:
            print("PostgreSQL")
            bench(
                url.update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False),
                official=not args.no_official,
            )
        finally:
            admin.execute(f'DROP SCHEMA "{schema}" CASCADE')
            admin.close()
    print("load average {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))


if __name__ == "__main__":
    sys.exit(main())
