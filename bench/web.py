"""Web benchmark: p50/p95 latency and requests/s of the overview, a region page and /api/targets
with 100,000 targets, 20 concurrent clients, on SQLite and PostgreSQL (issue 4). Goal: p95 < 200 ms.

Run on demand (not in tests):

    .venv/bin/python bench/web.py                    # SQLite (a temp file) and PostgreSQL
    .venv/bin/python bench/web.py --only sqlite --requests 400

Synthetic ledger: 2,000 regions (with region rows, so region pages exist); 100,000 targets over
2019-2023 (50 per region: 10 indicators × 5 years); one year-to-date actual per 2023 target.
The server is ``uvicorn --factory taizhang.web.app:create_app`` in a subprocess on 127.0.0.1,
statuses as of 2023-09-30; clients are httpx.AsyncClient with a script token. Each endpoint is
first requested once (the cold request, which computes and caches the status report; reported
apart), then ``--requests`` times by 20 concurrent clients. The first row, a static file, is the
floor the harness itself measures on the machine (client and server share its cores).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import date
from decimal import Decimal
from pathlib import Path

import httpx
from sqlalchemy import insert

from taizhang.ledger.database import open_ledger
from taizhang.ledger.latest import refresh_latest
from taizhang.ledger.models import Document, Progress, Region, Target
from taizhang.ledger.users import create_token, create_user

REGIONS = 2000
YEARS = (2019, 2020, 2021, 2022, 2023)
INDICATORS = [f"指标{i:02d}" for i in range(10)]
CHUNK = 20_000
CLIENTS = 20
PG = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
AS_OF = "2023-09-30"


def code(i: int) -> str:
    return f"{110000 + i:06d}"


def fill(ledger) -> str:
    """Bulk-insert the synthetic ledger and an admin; returns a script token."""
    with ledger.session(write=True) as s:
        s.execute(insert(Region), [{"code": code(r), "name": f"地区{r}", "level": "county"} for r in range(REGIONS)])
        s.execute(
            insert(Document),
            [
                {"sha256": f"{r:064x}", "title": f"doc {r}", "date": date(2019, 1, 15), "text": "…",
                 "ingested_by": "bench", "region_code": code(r)}
                for r in range(REGIONS)
            ],
        )  # fmt: skip
    rows = [
        {
            "document_id": r + 1, "extractor_key": f"{y}-{k}", "span_start": 0, "span_end": 1,
            "text": f"{name}达到1000个", "region": f"地区{r}", "region_code": code(r), "indicator": name,
            "indicator_id": f"bench_{k}", "measure": "count", "comparator": ">=", "value": Decimal(1000),
            "unit": "个", "value_text": "1000个", "strength": "plan", "year": y, "notes": [], "state": "confirmed",
        }
        for r in range(REGIONS) for y in YEARS for k, name in enumerate(INDICATORS)
    ]  # fmt: skip
    for start in range(0, len(rows), CHUNK):
        with ledger.session(write=True) as s:
            s.execute(insert(Target), rows[start : start + CHUNK])
    progress = [
        {"region_code": code(r), "indicator": name, "period": "2023-09", "value": Decimal(500 + 10 * (r % 40)),
         "unit": "个", "cumulative": True, "reported_by": "bench"}
        for r in range(REGIONS) for name in INDICATORS
    ]  # fmt: skip
    with ledger.session(write=True) as s:
        s.execute(insert(Progress), progress)
        refresh_latest(s, Progress.id > 0)
    with ledger.session(write=True) as s:
        user = create_user(s, "bench", role="admin", password="bench-password", who="bench")
        token = create_token(s, user, label="bench")
    with ledger.engine.connect() as c:
        c.exec_driver_sql("ANALYZE")
        c.commit()
    return token


def start_server(url: str, port: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "TAIZHANG_DATABASE_URL": url, "TAIZHANG_AS_OF": AS_OF}
    cmd = [sys.executable, "-m", "uvicorn", "--factory", "taizhang.web.app:create_app", "--host", "127.0.0.1",
           "--port", str(port), "--log-level", "warning", "--no-access-log"]  # fmt: skip
    proc = subprocess.Popen(cmd, env=env)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/openapi.json", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("the server did not start")


async def measure(base: str, path: str, token: str, requests: int) -> dict[str, float]:
    headers = {"Authorization": f"Bearer {token}", "Accept": "text/html" if not path.startswith("/api") else "*/*"}
    limits = httpx.Limits(max_connections=CLIENTS, max_keepalive_connections=CLIENTS)
    async with httpx.AsyncClient(base_url=base, headers=headers, timeout=120, limits=limits) as client:
        t0 = time.perf_counter()
        cold = await client.get(path)
        cold.raise_for_status()
        cold_ms = (time.perf_counter() - t0) * 1000
        latencies: list[float] = []
        queue: asyncio.Queue[int] = asyncio.Queue()
        for i in range(requests):
            queue.put_nowait(i)

        async def worker() -> None:
            while not queue.empty():
                queue.get_nowait()
                t = time.perf_counter()
                r = await client.get(path)
                latencies.append((time.perf_counter() - t) * 1000)
                r.raise_for_status()

        start = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(CLIENTS)))
        wall = time.perf_counter() - start
    q = statistics.quantiles(latencies, n=100)
    return {"cold_ms": cold_ms, "p50": q[49], "p95": q[94], "rps": len(latencies) / wall}


def run(kind: str, url: str, requests: int, port: int) -> None:
    ledger = open_ledger(url)
    t = time.perf_counter()
    token = fill(ledger)
    ledger.close()
    print(f"{kind}: filled 100,000 targets in {time.perf_counter() - t:.1f} s", flush=True)
    proc = start_server(url, port)
    try:
        for name, path in (
            ("harness floor /static/app.css", "/static/app.css"),
            ("overview /", "/"),
            ("prefecture /?prefecture=1100", "/?prefecture=1100"),
            ("region /regions/110007", "/regions/110007"),
            ("GET /api/targets", "/api/targets"),
            ("GET /api/targets?region=110007", "/api/targets?region=110007"),
        ):
            m = asyncio.run(measure(f"http://127.0.0.1:{port}", path, token, requests))
            ok = "ok" if m["p95"] < 200 else "OVER GOAL"
            print(
                f"{kind:<10} {name:<32} p50 {m['p50']:7.1f} ms  p95 {m['p95']:7.1f} ms  {m['rps']:7.1f} req/s  "
                f"(cold {m['cold_ms']:.0f} ms) {ok}",
                flush=True,
            )
    finally:
        proc.terminate()
        proc.wait(10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=("sqlite", "postgresql"))
    parser.add_argument("--requests", type=int, default=1000, help="Requests per endpoint (after one cold request).")
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args()
    print("load average {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()), flush=True)
    if args.only in (None, "sqlite"):
        with tempfile.TemporaryDirectory() as tmp:
            run("sqlite", f"sqlite:///{Path(tmp) / 'bench.db'}", args.requests, args.port)
    if args.only in (None, "postgresql"):
        import psycopg

        schema = f"taizhang_bench_{uuid.uuid4().hex[:8]}"
        admin = psycopg.connect("host=127.0.0.1 user=postgres dbname=test", autocommit=True)
        admin.execute(f'CREATE SCHEMA "{schema}"')
        try:
            run("postgresql", f"{PG}?options=-csearch_path%3D{schema}", args.requests, args.port)
        finally:
            admin.execute(f'DROP SCHEMA "{schema}" CASCADE')
            admin.close()
    print("load average {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))


if __name__ == "__main__":
    main()
