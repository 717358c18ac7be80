"""One value rule at every ledger entry point: service, CLI, CSV and XLSX import (issue 13).

The probe's values (1e999999, 5000 digits, -1e308, 1e-30, 1e-999999) were stored and then broke
pages and status; each is now refused with E203 and nothing is written.
"""

from datetime import date
from decimal import Decimal

import pytest
import typer
from sqlalchemy import func, select
from typer.testing import CliRunner

from taizhang.cli_ledger import register
from taizhang.errors import ImportRejectedError, InputError, ValueInvalidError
from taizhang.ledger.models import AuditEntry, Progress, Target
from taizhang.ledger.progress import add_progress, import_progress
from taizhang.ledger.review import edit_target
from taizhang.ledger.service import ingest_document
from taizhang.ledger.values import check_value, read_number, read_quantity

from .helpers import extractor_of, target

PROBES = ["1e999999", "9" * 5000, "-1e308", "1e-30", "1e-999999", "NaN", "-Infinity", "1e999999亿元", ""]


@pytest.mark.parametrize(
    ("value", "unit", "ok"),
    [
        ("0.5", "元", True),
        ("0.12345678", "%", True),
        ("0.123456789", "%", False),
        ("1e-30", "元", False),
        ("1e15", "元", True),
        ("1000000000000000.5", "元", False),
        ("-1e15", "元", True),
        ("1e15", "吨", True),
        ("1e12", "个", True),
        ("1000000000001", "人", False),
        ("1e6", "%", True),
        ("1000001", "个百分点", False),
        ("1e15", "", True),
        ("1e16", "万人", False),
        ("NaN", "元", False),
        ("Infinity", "元", False),
        ("-Infinity", "%", False),
    ],
)
def test_the_rule(value, unit, ok):
    if ok:
        assert check_value(Decimal(value), unit) == Decimal(value)
    else:
        with pytest.raises(ValueInvalidError) as info:
            check_value(Decimal(value), unit)
        assert info.value.code == "E203" and isinstance(info.value, InputError)


def test_trailing_zeros_are_not_precision():
    assert read_number("0.50000000000", "元") == Decimal("0.5") and len(str(read_number("0.50000000000", "%"))) <= 10
    assert read_number("0e-30", "元") == 0 and str(read_number("0e-30", "元")) == "0"
    assert read_quantity("1.5万元").value == Decimal(15000)


@pytest.mark.parametrize("text", PROBES, ids=lambda t: t[:12] or "empty")
def test_probe_values_are_refused_with_the_field_and_a_short_value(text):
    for read in (read_number, read_quantity):
        with pytest.raises(ValueInvalidError) as info:
            read(text, "元", field="完成值")
        message = str(info.value)
        assert message.startswith("[E203] 字段「完成值」的值「") and len(message) < 160, message
        assert text[:20] in message


@pytest.fixture
def tids(ledger):
    targets = [target(), target("地区生产总值", "6", start=10, end=12, unit="%", measure="growth")]
    with ledger.session(write=True) as s:
        return ingest_document(s, "t", who="t", date=date(2023, 1, 20), extractor=extractor_of(*targets)).added


def _count(ledger, model):
    with ledger.session() as s:
        return s.scalar(select(func.count()).select_from(model))


@pytest.mark.parametrize("text", PROBES[:6], ids=lambda t: t[:12])
def test_edit_and_add_refuse_and_write_nothing(ledger, tids, text):
    audited = _count(ledger, AuditEntry)
    with pytest.raises(ValueInvalidError), ledger.session(write=True) as s:
        edit_target(s, tids[0], {"value": text}, who="li")
    with pytest.raises(ValueInvalidError), ledger.session(write=True) as s:
        add_progress(s, tids[0], period="2023-06", value=text, who="li")
    with ledger.session() as s:
        assert s.get(Target, tids[0]).edited is None
    assert _count(ledger, Progress) == 0 and _count(ledger, AuditEntry) == audited


def test_a_unit_edit_keeps_the_value_within_its_new_limit(ledger, tids):
    with ledger.session(write=True) as s:
        edit_target(s, tids[0], {"value": "5e14"}, who="li")
    with pytest.raises(ValueInvalidError, match="上限"), ledger.session(write=True) as s:
        edit_target(s, tids[0], {"unit": "%"}, who="li")
    with ledger.session(write=True) as s:
        assert edit_target(s, tids[0], {"value": "3.5", "unit": "%"}, who="li")["unit"] == "%"


def test_csv_import_names_each_bad_value_row_and_writes_nothing(ledger, tids, tmp_path):
    sheet = tmp_path / "q3.csv"
    sheet.write_text(
        "region_code,indicator,period,value,unit\n"
        "440703,工业投资,2023-06,56亿元,\n"
        "440703,工业投资,2023-07,1e999999,元\n"
        "440703,地区生产总值,2023-07,1e-30,%\n"
        f"440703,工业投资,2023-08,{'9' * 5000},元\n",
        encoding="utf-8",
    )
    with pytest.raises(ImportRejectedError) as info, ledger.session(write=True) as s:
        import_progress(s, sheet, who="li")
    errors = info.value.errors
    assert [e.split("，")[0] for e in errors] == ["q3.csv：第 3 行", "q3.csv：第 4 行", "q3.csv：第 5 行"]
    assert "上限" in errors[0] and "小数超过 8 位" in errors[1] and "超过 40 个" in errors[2]
    assert all(len(e) < 200 for e in errors)
    assert _count(ledger, Progress) == 0


def test_xlsx_import_refuses_numeric_cells_out_of_range(ledger, tids, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["region_code", "indicator", "period", "value", "unit"])
    sheet.append(["440703", "工业投资", "2023-06", 5.6e9, "元"])
    sheet.append(["440703", "工业投资", "2023-07", -1e308, "元"])
    sheet.append(["440703", "地区生产总值", "2023-07", 1e-30, "%"])
    path = tmp_path / "q3.xlsx"
    book.save(path)
    with pytest.raises(ImportRejectedError) as info, ledger.session(write=True) as s:
        import_progress(s, path, who="li")
    assert [e.split("，")[0] for e in info.value.errors] == ["q3.xlsx：第 3 行", "q3.xlsx：第 4 行"]
    assert _count(ledger, Progress) == 0


@pytest.fixture
def cli(db_url):
    app = typer.Typer()
    register(app)
    runner = CliRunner()
    return lambda *args: runner.invoke(app, [*args, "--db", db_url])


@pytest.mark.parametrize("text", ["1e999999", "-1e308", "1e-30", "9" * 5000])
def test_cli_edit_and_add_exit_2_with_e203(cli, ledger, tids, text):
    r = cli("targets", "edit", str(tids[0]), "--set", f"value={text}")
    assert r.exit_code == 2 and r.output.startswith("[E203] 字段「数值」（value）的值") and "Traceback" not in r.output
    r = cli("progress", "add", str(tids[0]), "--period", "2023-06", "--value", text)
    assert r.exit_code == 2 and r.output.startswith("[E203] 字段「数值」（value）的值") and len(r.output) < 200
    assert _count(ledger, Progress) == 0


ODD = ["NaN", "Infinity", "-Infinity", "1e999999", "1e-999999", "-1e308", "1e-30"]


@pytest.mark.parametrize("odd", ODD)
@pytest.mark.parametrize("where", ["target", "edit", "progress"])
def test_one_stored_odd_value_never_stops_status_or_export(ledger, tids, tmp_path, odd, where):
    """Values stored before the rule (or by hand): status and every export still work, and the
    other targets are judged as before."""
    from sqlalchemy import text

    from taizhang.ledger.export import export_ledger
    from taizhang.ledger.status import ledger_status

    with ledger.session(write=True) as s:
        add_progress(s, tids[0], period="2023-08", value="60亿元", who="li")
        add_progress(s, tids[1], period="2023-08", value="5.5%", who="li")
    with ledger.session(write=True) as s:
        before = {r.target.id: r.assessment.status for r in ledger_status(s, as_of=date(2023, 9, 30)).rows}
        if where == "target":
            s.execute(text("UPDATE targets SET value = :v WHERE id = :t"), {"v": odd, "t": tids[0]})
        elif where == "edit":
            s.execute(
                text("UPDATE targets SET edited = :e WHERE id = :t"), {"e": f'{{"value": "{odd}"}}', "t": tids[0]}
            )
        else:
            s.execute(text("UPDATE progress SET value = :v WHERE target_id = :t"), {"v": odd, "t": tids[0]})
            s.execute(text("UPDATE progress_latest SET value = :v WHERE target_id = :t"), {"v": odd, "t": tids[0]})
    with ledger.session() as s:
        rows = {r.target.id: r for r in ledger_status(s, as_of=date(2023, 9, 30)).rows}
        assert rows[tids[1]].assessment.status == before[tids[1]] == "yellow"
        if odd in ("NaN", "Infinity", "-Infinity"):
            assert rows[tids[0]].assessment.status == "unknown"
        assert [rows[t].to_dict()["status"] for t in tids]
        for fmt in ("xlsx", "csv", "jsonl"):
            assert export_ledger(s, tmp_path / f"t.{fmt}", format=fmt, as_of=date(2023, 9, 30)) == 2


def test_cli_edit_takes_human_units(cli, ledger, tids):
    r = cli("targets", "edit", str(tids[0]), "--set", "value_text=160亿元")
    assert r.exit_code == 0, r.output
    with ledger.session() as s:
        row = s.get(Target, tids[0])
        assert row.edited["value"] == "16000000000" and row.edited["value_text"] == "160亿元"
    r = cli("targets", "edit", str(tids[0]), "--set", "value=abc")
    assert r.exit_code == 2 and r.output.startswith("[E203] 字段「数值」（value）的值「abc」无效：读不出数")
