"""Bad input refused with its code at every ledger entry point, nothing written (issue 13).

Text with a NUL or longer than its column (E204), region names that stand for no region (E202),
periods outside 1949–2100 (E205) and ids beyond any integer column (E302), through the service
functions, a progress sheet (CSV and XLSX) and the CLI; on SQLite and PostgreSQL, where each of
these once reached the database and came back as a traceback.
"""

from datetime import date, datetime

import pytest
import typer
from sqlalchemy import func, select
from typer.testing import CliRunner

from taizhang.cli_ledger import register
from taizhang.errors import (
    ImportRejectedError,
    NotFoundError,
    PeriodError,
    RegionNotFoundError,
    TaizhangError,
    TextFieldError,
)
from taizhang.ledger.commitments import get_commitment
from taizhang.ledger.models import AuditEntry, Document, Progress, ProgressImport, Target
from taizhang.ledger.progress import add_progress, import_progress
from taizhang.ledger.review import confirm_target, edit_target, get_target
from taizhang.ledger.service import ingest_document

from .helpers import extractor_of, target

HUGE = 99999999999999999999  # beyond int64, let alone PostgreSQL's int4 ids
HEADER = "region_code,indicator,period,value,unit,cumulative,source_text,target_id\n"


@pytest.fixture
def tid(ledger):
    with ledger.session(write=True) as s:
        return ingest_document(s, "t", who="t", date=date(2023, 1, 20), extractor=extractor_of(target())).added[0]


def count(ledger, model):
    with ledger.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def refused(ledger, error, call):
    """Run ``call(session)`` in a write transaction; it must raise ``error`` and write nothing."""
    audit = count(ledger, AuditEntry)
    with pytest.raises(error) as info, ledger.session(write=True) as s:
        call(s)
    assert count(ledger, AuditEntry) == audit
    return info.value


BAD_TEXT = [
    pytest.param("indicator", "指" * 201, "过长：201 个字符，最多 200 个", id="indicator-201"),
    pytest.param("indicator", "指" * 100_000, "最多 200 个", id="indicator-100k"),
    pytest.param("region", "区" * 101, "最多 100 个", id="region-101"),
    pytest.param("unit", "元" * 21, "最多 20 个", id="unit-21"),
    pytest.param("qualifier", "规模以上\x00", "空字符", id="qualifier-nul"),
    pytest.param("indicator", "工业\x00投资", "空字符", id="indicator-nul"),
]


@pytest.mark.parametrize(("field", "value", "says"), BAD_TEXT)
def test_edit_refuses_bad_text(ledger, tid, field, value, says):
    error = refused(ledger, TextFieldError, lambda s: edit_target(s, tid, {field: value}, who="li"))
    assert error.code == "E204" and f"（{field}）" in error.message and says in error.message
    with ledger.session() as s:
        assert get_target(s, tid).edited is None


def test_text_at_its_limit_is_stored(ledger, tid):
    with ledger.session(write=True) as s:
        rec = edit_target(s, tid, {"indicator": "指" * 200, "unit": "元" * 20}, who="li")
    assert rec["indicator"] == "指" * 200 and rec["unit"] == "元" * 20


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"unit": "元" * 21}, "unit"),
        ({"source_text": "说明" * 1001}, "source_text"),
        ({"source_text": "a\x00"}, "source_text"),
    ],
)
def test_progress_add_refuses_bad_text(ledger, tid, changes, field):
    error = refused(
        ledger, TextFieldError, lambda s: add_progress(s, tid, period="2023-06", value="1", who="li", **changes)
    )
    assert f"（{field}）" in error.message
    assert count(ledger, Progress) == 0


def test_reject_reason_is_checked(ledger, tid):
    from taizhang.ledger.review import reject_target

    error = refused(ledger, TextFieldError, lambda s: reject_target(s, tid, who="li", reason="x" * 501))
    assert "（reason）" in error.message


def test_commitment_note_is_checked(ledger):
    from taizhang.ledger.commitments import mark_commitment
    from taizhang.ledger.models import Commitment

    with ledger.session(write=True) as s:
        row = Commitment(text="争创全国文明城市", region="江门市", region_code="440700")
        s.add(row)
        s.flush()
        cid = row.id
    error = refused(ledger, TextFieldError, lambda s: mark_commitment(s, cid, done=True, who="li", note="注" * 2001))
    assert "（note）" in error.message
    with ledger.session() as s:
        assert get_commitment(s, cid).done is None


def test_import_lists_every_bad_text_cell_with_its_row(ledger, tid, tmp_path):
    sheet = tmp_path / "bad.csv"
    sheet.write_text(
        HEADER
        + "440703,工业投资,2023-06,1,元,true,,\n"
        + f"440703,{'指' * 100_000},2023-06,1,元,true,,\n"
        + f"440703,工业投资,2023-06,1,元,true,{'注' * 2001},\n"
        + f"440703,工业投资,2023-06,1,{'元' * 21},true,,\n",
        encoding="utf-8",
    )
    error = refused(ledger, ImportRejectedError, lambda s: import_progress(s, sheet, who="li"))
    text = "\n".join(error.errors)
    assert "bad.csv：第 3 行，指标：[E204]" in text
    assert "bad.csv：第 4 行，来源说明：[E204]" in text
    assert "bad.csv：第 5 行，单位：[E204]" in text
    assert len(error.errors) == 3
    assert count(ledger, Progress) == 0 and count(ledger, ProgressImport) == 0


def test_a_nul_in_a_csv_refuses_the_file_as_binary(ledger, tid, tmp_path):
    sheet = tmp_path / "nul.csv"
    sheet.write_text(HEADER + "440703,工业\x00投资,2023-06,1,元,true,,\n", encoding="utf-8")
    error = refused(ledger, TaizhangError, lambda s: import_progress(s, sheet, who="li"))
    assert error.code == "E101" and "nul.csv" in error.message  # the text layer's check, before any row
    assert count(ledger, Progress) == 0


def test_ingest_refuses_a_nul_in_the_text_or_a_bad_region(ledger):
    for text, region, error in (
        ("工业投资突破100亿元", "区" * 101, TextFieldError),
        ("工业投资突破100亿元", "火星市", RegionNotFoundError),
        ("工业投资\x00突破100亿元", None, TextFieldError),
    ):
        refused(
            ledger,
            error,
            lambda s, text=text, region=region: ingest_document(
                s, text, who="t", region=region, extractor=extractor_of()
            ),
        )
    assert count(ledger, Document) == 0


def test_ingest_cuts_an_extracted_text_longer_than_its_column_and_says_so(ledger):
    text = "2023年全市" + "工业" * 300 + "投资力争增长10%。"
    with ledger.session(write=True) as s:
        added = ingest_document(s, text, who="t", region="江门市").added
        row = s.get(Target, added[0])
        assert len(row.indicator) == 200 and text.startswith("2023年全市" + row.indicator[:10])
        assert any("indicator 原长" in note for note in row.notes)


def test_ingest_refuses_a_source_longer_than_its_column(ledger):
    error = refused(
        ledger, TextFieldError, lambda s: ingest_document(s, "工业投资突破100亿元", who="t", source="/d" * 501)
    )
    assert "（source）" in error.message


# Unknown regions (E202)


def test_edit_refuses_an_unknown_region_and_sets_the_code_of_a_known_one(ledger, tid):
    error = refused(ledger, RegionNotFoundError, lambda s: edit_target(s, tid, {"region": "火星市"}, who="li"))
    assert error.code == "E202" and "（region）" in error.message and "火星市" in error.message
    with ledger.session(write=True) as s:
        rec = edit_target(s, tid, {"region": "台山市"}, who="li")
    assert rec["region"] == "台山市" and rec["region_code"] == "440781"


def test_edit_refuses_a_region_code_that_is_no_code(ledger, tid):
    error = refused(ledger, RegionNotFoundError, lambda s: edit_target(s, tid, {"region_code": "44070x"}, who="li"))
    assert "（region_code）" in error.message


def test_import_refuses_unknown_region_names_and_reads_short_ones(ledger, tid, tmp_path):
    bad = tmp_path / "regions.csv"
    bad.write_text("region,indicator,period,value,unit\n火星市,工业投资,2023-06,1,元\n", encoding="utf-8")
    error = refused(ledger, ImportRejectedError, lambda s: import_progress(s, bad, who="li"))
    assert error.errors == [error.errors[0]] and error.errors[0].startswith("regions.csv：第 2 行，地区：[E202]")
    assert "火星市" in error.errors[0]
    good = tmp_path / "short.csv"
    good.write_text("region,indicator,period,value,unit\n台山,工业投资,2023-06,1,元\n", encoding="utf-8")
    with ledger.session(write=True) as s:
        import_progress(s, good, who="li")
        assert s.scalars(select(Progress.region_code)).all() == ["440781"]


# Periods (E205)


@pytest.mark.parametrize("period", ["0000-01", "9999-12", "1948-12", "2101-01", "2023-13", "上月", "2023\x00-06"])
def test_progress_add_refuses_periods_outside_the_years(ledger, tid, period):
    error = refused(ledger, PeriodError, lambda s: add_progress(s, tid, period=period, value="1", who="li"))
    assert error.code == "E205" and "（period）" in error.message
    assert count(ledger, Progress) == 0


def test_periods_at_the_edges_of_the_years_are_taken(ledger, tid):
    with ledger.session(write=True) as s:
        add_progress(s, tid, period="1949-01", value="1", who="li")
        add_progress(s, tid, period="2100-12", value="1", who="li")
        assert sorted(s.scalars(select(Progress.period))) == ["1949-01", "2100-12"]


def test_import_and_edit_refuse_out_of_range_years(ledger, tid, tmp_path):
    sheet = tmp_path / "years.csv"
    sheet.write_text(HEADER + "440703,工业投资,0000-01,1,元,,,\n440703,工业投资,9999-12,1,元,,,\n", encoding="utf-8")
    error = refused(ledger, ImportRejectedError, lambda s: import_progress(s, sheet, who="li"))
    assert [e.split("：")[1] for e in error.errors] == ["第 2 行，期间", "第 3 行，期间"]
    assert all("[E205]" in e for e in error.errors)
    error = refused(ledger, PeriodError, lambda s: edit_target(s, tid, {"year": "9999"}, who="li"))
    assert "（year）" in error.message


def _xlsx(path, rows):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["region_code", "indicator", "period", "value", "unit"])
    for row in rows:
        sheet.append(row)
        if isinstance(row[2], date):
            sheet.cell(row=sheet.max_row, column=3).number_format = "yyyy-mm"
    book.save(path)
    return path


def test_xlsx_date_cells_in_the_period_column_are_their_month(ledger, tid, tmp_path):
    sheet = _xlsx(
        tmp_path / "dates.xlsx",
        [
            ["440703", "工业投资", datetime(2023, 6, 1), 1, "元"],  # a typed 2023-06, as Excel keeps it
            ["440703", "工业投资", date(2023, 7, 31), 2, "元"],
            ["440703", "工业投资", "2023-08", 3, "元"],
        ],
    )
    with ledger.session(write=True) as s:
        result = import_progress(s, sheet, who="li")
        periods = s.scalars(select(Progress.period).order_by(Progress.id)).all()
    assert result.rows == 3 and periods == ["2023-06", "2023-07", "2023-08"]


def test_xlsx_date_cells_outside_the_years_are_refused(ledger, tid, tmp_path):
    sheet = _xlsx(tmp_path / "old.xlsx", [["440703", "工业投资", datetime(1900, 1, 1), 1, "元"]])
    error = refused(ledger, ImportRejectedError, lambda s: import_progress(s, sheet, who="li"))
    assert len(error.errors) == 1 and error.errors[0].startswith("old.xlsx：第 2 行，期间：[E205]")
    assert "1900" in error.errors[0]


# Ids beyond every integer column (E302)


@pytest.mark.parametrize(
    "call",
    [
        lambda s: get_target(s, HUGE),
        lambda s: get_target(s, 2**31),
        lambda s: confirm_target(s, HUGE, who="li"),
        lambda s: edit_target(s, HUGE, {"unit": "元"}, who="li"),
        lambda s: add_progress(s, HUGE, period="2023-06", value="1", who="li"),
        lambda s: get_commitment(s, -HUGE),
    ],
    ids=["get", "get-2**31", "confirm", "edit", "progress", "commitment"],
)
def test_huge_ids_are_not_found(ledger, tid, call):
    assert refused(ledger, NotFoundError, call).code == "E302"


def test_import_refuses_a_huge_target_id_by_row(ledger, tid, tmp_path):
    sheet = tmp_path / "ids.csv"
    sheet.write_text(HEADER + f"440703,工业投资,2023-06,1,元,,,{HUGE}\n", encoding="utf-8")
    error = refused(ledger, ImportRejectedError, lambda s: import_progress(s, sheet, who="li"))
    assert error.errors[0].startswith("ids.csv：第 2 行，目标编号：[E302]") and str(HUGE) in error.errors[0]


# The same through the CLI: one line, its code, exit 2


@pytest.fixture
def cli(db_url):
    app = typer.Typer()
    register(app)
    runner = CliRunner()
    return lambda *args: runner.invoke(app, [*args, "--db", db_url])


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["targets", "edit", "{tid}", "--set", "region=火星市"], "[E202]"),
        (["targets", "edit", "{tid}", "--set", "indicator=" + "指" * 201], "[E204]"),
        (["targets", "edit", "{tid}", "--set", "indicator=工业\x00投资"], "[E204]"),
        (["targets", "edit", "{tid}", "--set", "year=0"], "[E205]"),
        (["targets", "show", str(HUGE)], "[E302]"),
        (["targets", "confirm", str(HUGE)], "[E302]"),
        (["targets", "edit", str(HUGE), "--set", "unit=元"], "[E302]"),
        (["progress", "add", "{tid}", "--period", "9999-12", "--value", "1"], "[E205]"),
        (["progress", "add", "{tid}", "--period", "2023-06", "--value", "1", "--source", "注" * 2001], "[E204]"),
        (["progress", "add", str(HUGE), "--period", "2023-06", "--value", "1"], "[E302]"),
        (["targets", "list", "--region", "江门\x00"], "[E204]"),
        (["targets", "list", "--indicator", "工业\x00"], "[E204]"),
        (["status", "--region", "火星市"], "[E202]"),
        (["targets", "confirm", "{tid}", "--who", "李" * 101], "[E204]"),
        (["commitments", "list", "--region", "江门\x00"], "[E204]"),
    ],
    ids=[
        "edit-region",
        "edit-long",
        "edit-nul",
        "edit-year",
        "show-huge",
        "confirm-huge",
        "edit-huge",
        "add-period",
        "add-source",
        "add-huge",
        "list-region-nul",
        "list-indicator-nul",
        "status-region",
        "who-101",
        "commitments-region-nul",
    ],
)
def test_cli_refuses_with_the_code_and_exit_2(ledger, tid, cli, args, code):
    audit = count(ledger, AuditEntry)
    r = cli(*[a.replace("{tid}", str(tid)) for a in args])
    assert r.exit_code == 2, r.output
    assert r.output.startswith(code) and "Traceback" not in r.output and len(r.output.splitlines()) == 1
    assert count(ledger, AuditEntry) == audit and count(ledger, Progress) == 0


def test_cli_import_and_ingest_refuse_bad_input(ledger, tid, cli, tmp_path):
    sheet = tmp_path / "bad.csv"
    sheet.write_text(HEADER + f"440703,{'指' * 201},0000-01,1,元,,,\n", encoding="utf-8")
    r = cli("progress", "import", str(sheet))
    assert r.exit_code == 2 and r.output.startswith("[E303]")
    assert "第 2 行，指标：[E204]" in r.output and "第 2 行，期间：[E205]" in r.output
    doc = tmp_path / "doc.txt"
    doc.write_text("2023年工业投资突破100亿元。", encoding="utf-8")
    r = cli("ingest", str(doc), "--region", "火星市")
    assert r.exit_code == 2 and "[E202]" in r.output and "火星市" in r.output
    assert count(ledger, Progress) == 0 and count(ledger, Document) == 1  # only the fixture's
