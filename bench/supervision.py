"""Supervision benchmark (issue 11): reminders and the 督查通报 on the demo ledger, scaled by units.

Run on demand (not in tests):

    .venv/bin/python bench/supervision.py               # 20 units
    .venv/bin/python bench/supervision.py --units 200

Loads the demo ledger (the bundled Jiangmen 2023 examples, illustrative actuals), creates N units
with e-mail addresses and gives every target a lead unit (round robin), an assisting unit and a
deadline spread over 2023-09-01 … 2023-12-31, then times at 2023-09-30 (median of --repeat runs):
``unit_reminders`` (every unit's list), ``send_reminders`` to a local aiosmtpd server (all mails,
first run; needs the test extra), ``build_notice`` + ``write_notice`` (the .docx in memory), and,
when soffice is on PATH, one LibreOffice conversion of the notice to PDF.
"""

from __future__ import annotations

import argparse
import io
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from taizhang.cli_web import load_demo
from taizhang.ledger.database import open_ledger
from taizhang.ledger.mail import Mailer
from taizhang.ledger.notice import build_notice
from taizhang.ledger.notice_document import write_notice
from taizhang.ledger.reminders import send_reminders, unit_reminders
from taizhang.ledger.settings import LedgerSettings
from taizhang.ledger.status import ledger_status
from taizhang.ledger.units import assign_units, create_unit

AS_OF = date(2023, 9, 30)


def timed(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--units", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'demo.db'}"
        load_demo(url)
        ledger = open_ledger(url)
        with ledger.session(write=True) as s:
            units = [
                create_unit(s, f"单位{i:03d}", email=f"u{i}@example.gov.cn", who="bench").id for i in range(args.units)
            ]
            rows = ledger_status(s, as_of=AS_OF).rows
            for n, row in enumerate(rows):
                deadline = date(2023, 9, 1) + timedelta(days=(n * 7) % 122)
                lead, helper = units[n % len(units)], units[(n + 1) % len(units)]
                assign_units(s, row.target.id, lead=lead, assisting=[helper], deadline=deadline, actor="bench")
        with ledger.session() as s:
            report = ledger_status(s, as_of=AS_OF)
            lists = unit_reminders(s, report, within=14)
            ms = timed(lambda: unit_reminders(s, report, within=14), args.repeat)
            notice_ms = timed(
                lambda: write_notice(build_notice(s, report, number=3, issued=AS_OF, issuer="督查室"), io.BytesIO()),
                args.repeat,
            )
        items = sum(len(r.items) for r in lists)
        print(f"targets {len(report.rows)}, units {args.units}, reminder items {items} in {len(lists)} lists")
        print(f"unit_reminders: {ms:.1f} ms")
        print(f"build_notice + write_notice (.docx): {notice_ms:.1f} ms")
        try:
            sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
            from tests.smtp import Inbox, smtp_server
        except ImportError:
            print("aiosmtpd not installed: mail not timed")
        else:
            inbox = Inbox()
            with smtp_server(inbox) as port:
                settings = LedgerSettings(smtp_host="127.0.0.1", smtp_port=port, smtp_sender="ducha@example.gov.cn")
                t0 = time.perf_counter()
                result = send_reminders(ledger, report, within=14, issuer="督查室", mailer=Mailer(settings))
                took = time.perf_counter() - t0
            print(f"send_reminders: {len(result.sent)} mails in {took * 1000:.0f} ms ({len(inbox.messages)} arrived)")
        soffice = shutil.which("soffice")
        if soffice:
            docx = Path(tmp) / "notice.docx"
            with ledger.session() as s:
                write_notice(build_notice(s, report, number=3, issued=AS_OF, issuer="督查室"), docx)
            t0 = time.perf_counter()
            subprocess.run(
                [soffice, f"-env:UserInstallation={(Path(tmp) / 'profile').as_uri()}", "--headless",
                 "--convert-to", "pdf", "--outdir", tmp, str(docx)],
                check=True, capture_output=True,
            )  # fmt: skip
            print(f"soffice --convert-to pdf (first start, fresh profile): {time.perf_counter() - t0:.1f} s")
        ledger.close()


if __name__ == "__main__":
    main()
