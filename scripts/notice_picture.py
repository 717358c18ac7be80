"""Draw docs/notice.png, the README's picture of a 督查通报's first page.

Loads the demo ledger (the bundled Jiangmen 2023 examples, illustrative actuals), names lead units
for two targets, writes the notice at 2023-09-30 with ``taizhang report``'s services, converts it
with headless LibreOffice and renders page 1 with poppler's pdftoppm. Run from the repository:

    python scripts/notice_picture.py            # needs soffice and pdftoppm on PATH
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from taizhang.cli_web import load_demo
from taizhang.ledger.database import open_ledger
from taizhang.ledger.notice import build_notice
from taizhang.ledger.notice_document import write_notice
from taizhang.ledger.status import ledger_status
from taizhang.ledger.units import assign_units, create_unit

AS_OF = date(2023, 9, 30)
OUT = Path(__file__).resolve().parent.parent / "docs" / "notice.png"


def main() -> int:
    soffice, pdftoppm = shutil.which("soffice"), shutil.which("pdftoppm")
    if not soffice or not pdftoppm:
        print("needs soffice (LibreOffice) and pdftoppm (poppler-utils) on PATH", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        url = f"sqlite:///{work / 'demo.db'}"
        load_demo(url)
        ledger = open_ledger(url)
        with ledger.session(write=True) as s:
            rows = ledger_status(s, as_of=AS_OF).rows
            for (region, indicator), name in (
                (("恩平市", "盘活低效用地"), "恩平市自然资源局"),
                (("开平市", "工业投资"), "开平市工业和信息化局"),
            ):
                row = next((r for r in rows if (r.target.region, r.target.indicator) == (region, indicator)), None)
                if row is not None:
                    unit = create_unit(s, name, region_code=row.target.region_code, who="示例")
                    assign_units(s, row.target.id, lead=unit.id, deadline=date(2023, 9, 15), actor="示例")
        with ledger.session() as s:
            notice = build_notice(
                s, ledger_status(s, as_of=AS_OF), number=3, issued=date(2023, 10, 20), issuer="江门市人民政府督查室"
            )
        ledger.close()
        docx = work / "notice.docx"
        write_notice(notice, docx)
        profile = (work / "profile").as_uri()
        subprocess.run(
            [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", tmp, docx],
            check=True,
            capture_output=True,
        )
        subprocess.run(
            [pdftoppm, "-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile", work / "notice.pdf", work / "page"],
            check=True,
        )
        shutil.copy(work / "page.png", OUT)
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
