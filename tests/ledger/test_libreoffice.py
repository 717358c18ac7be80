"""The XLSX 台账 opens cleanly in LibreOffice: converted headless, every sheet reads back (issue 3).

Needs ``soffice`` (Debian's libreoffice-calc-nogui; ``.ci/run`` installs it). Without it the
test skips with one line; with CI=true it fails instead.
"""

import csv
import os
import shutil
import subprocess

import pytest

from taizhang.ledger.service import export_ledger, import_progress, ledger_status

from .jiangmen import ACTUALS
from .test_jiangmen import AS_OF, load


@pytest.fixture
def soffice():
    path = shutil.which("soffice") or shutil.which("libreoffice")
    if path is None:
        reason = "soffice not found (apt-get install --no-install-recommends libreoffice-calc-nogui)"
        if os.environ.get("CI") == "true":
            pytest.fail(reason + " (CI=true: the LibreOffice check must run)")
        pytest.skip(reason)
    return path


def convert(soffice, path, out, target):
    """Run soffice headless with its own profile (kept outside ``out``); returns the files it wrote."""
    profile = (out.parent / f"profile-{out.name}").as_uri()
    done = subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            target,
            "--outdir",
            str(out),
            str(path),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    return sorted(p for p in out.iterdir() if p.is_file())


def test_xlsx_opens_in_libreoffice_with_every_sheet_and_value(soffice, sqlite_url, tmp_path):
    from taizhang.ledger.database import open_ledger

    ledger = open_ledger(sqlite_url)
    try:
        load(ledger)
        with ledger.session(write=True) as s:
            import_progress(s, ACTUALS, who="督查室")
        path = tmp_path / "taizhang.xlsx"
        with ledger.session() as s:
            export_ledger(s, path, format="xlsx", as_of=AS_OF, year=2023)
            report = ledger_status(s, as_of=AS_OF)
    finally:
        ledger.close()
    out = tmp_path / "out"
    out.mkdir()
    # UTF-8 (76), comma, quote, first line, and -1: one CSV file per sheet (LibreOffice 7.2+).
    files = convert(soffice, path, out, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1")
    sheets = {p.stem.removeprefix("taizhang-"): p for p in files}
    regions = {r.target.region or r.target.region_code for r in report.rows}
    assert set(sheets) == {"汇总", "核对", *regions}  # 核对: reported against official figures (issue 9)
    with sheets["核对"].open(encoding="utf-8") as f:
        assert next(csv.reader(f))[:3] == ["目标编号", "地区", "指标"]
    with sheets["汇总"].open(encoding="utf-8") as f:
        summary = list(csv.reader(f))
    assert summary[0][0] == "地区" and {row[0] for row in summary[1:]} == regions
    with sheets["恩平市"].open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    land = next(r for r in rows if r["目标值（原文）"] == "133.3公顷" and r["最新完成值"])
    # numbers as numbers (the CSV holds cell values, not their display format)
    assert land["完成率（%）"] == "64.9" and land["状态"] == "红灯" and land["时序进度（%）"] == "75"
    (tmp_path / "pdf").mkdir()
    pdf = convert(soffice, path, tmp_path / "pdf", "pdf")
    assert pdf[0].suffix == ".pdf" and pdf[0].read_bytes().startswith(b"%PDF") and pdf[0].stat().st_size > 2000
