"""Progress: add one actual; import a sheet all-or-nothing with row-numbered errors (issue 3)."""

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from taizhang.errors import DuplicateImportError, ImportRejectedError, ValueInvalidError
from taizhang.ledger.models import Progress, ProgressImport
from taizhang.ledger.progress import add_progress, import_progress
from taizhang.ledger.service import ingest_document, ledger_status

from .helpers import extractor_of, target

HEADER = "region_code,indicator,period,value,unit,cumulative,source_text\n"


@pytest.fixture
def tids(ledger):
    targets = [target(), target("固定资产投资", "8", start=10, end=12, unit="%", measure="growth")]
    with ledger.session(write=True) as s:
        return ingest_document(s, "t", who="t", date=date(2023, 1, 20), extractor=extractor_of(*targets)).added


def count(ledger, model):
    with ledger.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_values_as_written_in_reports(ledger, tids, tmp_path):
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(
        HEADER
        + "440703,工业投资,2023-06,56亿元,,true,半年\n"
        + "440703,工业投资,2023-07,56e8,元,是,\n"
        + "440703,固定资产投资,2023-07,3.2%,,true,\n"
        + '440703,工业投资,2023年8月,"6,100,000,000",元,,\n',
        encoding="utf-8",
    )
    with ledger.session(write=True) as s:
        result = import_progress(s, sheet, who="reporter")
        values = s.scalars(select(Progress.value).order_by(Progress.id)).all()
    assert values == [Decimal(5600000000), Decimal(5600000000), Decimal("3.2"), Decimal(6100000000)]
    assert result.rows == 4 and result.untracked == []
    assert result.matched == {2: [tids[0]], 3: [tids[0]], 4: [tids[1]], 5: [tids[0]]}


def test_a_bad_row_rejects_the_whole_file(ledger, tids, tmp_path):
    sheet = tmp_path / "bad.csv"
    sheet.write_text(
        HEADER
        + "440703,工业投资,2023-06,56亿元,,true,\n"
        + "44070,工业投资,2023-13,五十亿个,元,maybe,\n"
        + "440703,,2023-07,3.2%,元,true,\n",
        encoding="utf-8",
    )
    with pytest.raises(ImportRejectedError) as info, ledger.session(write=True) as s:
        import_progress(s, sheet, who="reporter")
    errors = info.value.errors
    assert errors[0].startswith("bad.csv：第 3 行，地区代码：")
    assert any(e.startswith("bad.csv：第 3 行，期间：") for e in errors)
    assert any(e.startswith("bad.csv：第 3 行，数值：") for e in errors)
    assert any(e.startswith("bad.csv：第 3 行，是否累计：") for e in errors)
    assert any(e.startswith("bad.csv：第 4 行，指标：") for e in errors)
    assert any(e.startswith("bad.csv：第 4 行，数值：") for e in errors)
    assert count(ledger, Progress) == 0 and count(ledger, ProgressImport) == 0


def test_unknown_target_id_and_missing_columns_reject(ledger, tids, tmp_path):
    sheet = tmp_path / "ids.csv"
    sheet.write_text("region_code,indicator,period,value,target_id\n440703,工业投资,2023-06,1,999\n")
    with pytest.raises(ImportRejectedError, match="第 2 行，目标编号"), ledger.session(write=True) as s:
        import_progress(s, sheet, who="r")
    sheet.write_text("indicator,value\n工业投资,1\n")
    with pytest.raises(ImportRejectedError, match="第 1 行：缺少列"), ledger.session(write=True) as s:
        import_progress(s, sheet, who="r")


def test_same_file_twice_is_refused(ledger, tids, tmp_path):
    sheet = tmp_path / "once.csv"
    sheet.write_text(HEADER + "440703,工业投资,2023-06,56亿元,,true,\n")
    with ledger.session(write=True) as s:
        import_progress(s, sheet, who="r")
    with pytest.raises(DuplicateImportError), ledger.session(write=True) as s:
        import_progress(s, sheet, who="r")
    assert count(ledger, Progress) == 1


def test_xlsx_import(ledger, tids, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["地区代码", "指标", "期间", "完成值", "单位", "累计"])
    sheet.append(["440703", "工业投资", "2023-09", 7120000000, "元", True])
    sheet.append(["440703", "固定资产投资", "2023-09", 9.1, "%", True])
    sheet.append([None, None, None, None, None, None])
    path = tmp_path / "report.xlsx"
    book.save(path)
    with ledger.session(write=True) as s:
        result = import_progress(s, path, who="r")
        report = ledger_status(s, as_of=date(2023, 9, 30))
    assert result.rows == 2
    by_id = {r.target.id: r.to_dict() for r in report.rows}
    assert by_id[tids[0]]["completion"] == 71.2 and by_id[tids[0]]["status"] == "yellow"
    assert by_id[tids[1]]["actual"] == 9.1 and by_id[tids[1]]["status"] == "green"


def test_add_progress_links_explicitly_and_corrections_win(ledger, tids):
    with ledger.session(write=True) as s:
        add_progress(s, tids[0], period="2023-09", value="70亿元", who="r")
        add_progress(s, tids[0], period="2023-09", value="7.6e9", who="r")
        add_progress(s, tids[0], period="2023-06", value="80亿元", who="r")
        report = ledger_status(s, as_of=date(2023, 9, 30))
    row = next(r for r in report.rows if r.target.id == tids[0])
    assert row.reading.value == Decimal(7600000000) and row.assessment.status == "green"


def test_an_entry_for_the_target_does_not_hide_a_later_sheet_row(ledger, tids, tmp_path):
    """Regression: a reporter's March entry made status ignore the September sheet row (issue 3)."""
    sheet = tmp_path / "q3.csv"
    sheet.write_text(HEADER + "440703,工业投资,2023-09,71.2亿元,,true,1-9月\n", encoding="utf-8")
    with ledger.session(write=True) as s:
        import_progress(s, sheet, who="督查室")
        add_progress(s, tids[0], period="2023-03", value="20亿元", who="reporter", cumulative=True)
    with ledger.session() as s:
        row = next(r for r in ledger_status(s, as_of=date(2023, 9, 30)).rows if r.target.id == tids[0])
    assert row.actual is not None and row.actual.period == "2023-09"
    assert row.actual.value == Decimal(7120000000)


# Issue 8: progress values are read by the extractor's grammar (numbers.py, units.tsv, numerals.tsv),
# so a sheet's 8成 is the 80 % a document's 八成 is; Chinese numerals import.
WRITTEN = [
    ("8成", "", "固定资产投资", Decimal(80)),
    ("八成", "", "固定资产投资", Decimal(80)),
    ("百分之八十", "", "固定资产投资", Decimal(80)),
    ("八十亿", "", "工业投资", Decimal(8000000000)),
    ("八十亿元", "", "工业投资", Decimal(8000000000)),
    ("约80亿元", "", "工业投资", Decimal(8000000000)),
    ("80亿元左右", "", "工业投资", Decimal(8000000000)),
    ("80", "亿元", "工业投资", Decimal(8000000000)),
    ("８０亿元", "", "工业投资", Decimal(8000000000)),
    ("約八十億元", "", "工业投资", Decimal(8000000000)),
]


@pytest.mark.parametrize(("value", "unit", "indicator", "expected"), WRITTEN, ids=[w[0] + w[1] for w in WRITTEN])
def test_values_in_chinese_numerals_import(ledger, tids, tmp_path, value, unit, indicator, expected):
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(HEADER + f"440703,{indicator},2023-06,{value},{unit},true,\n", encoding="utf-8")
    with ledger.session(write=True) as s:
        import_progress(s, sheet, who="reporter")
        assert s.scalars(select(Progress.value)).all() == [expected]


def test_8cheng_and_bacheng_import_alike(ledger, tids, tmp_path):
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(
        HEADER + "440703,固定资产投资,2023-06,8成,,true,\n440703,固定资产投资,2023-07,八成,,true,\n",
        encoding="utf-8",
    )
    with ledger.session(write=True) as s:
        import_progress(s, sheet, who="reporter")
        rows = s.execute(select(Progress.value, Progress.unit).order_by(Progress.period)).all()
    assert rows[0] == rows[1] == (Decimal(80), "%")


def test_add_progress_reads_chinese_numerals_and_refuses_a_bound(ledger, tids):
    with ledger.session(write=True) as s:
        add_progress(s, tids[0], period="2023-06", value="约十五亿", who="r")
        assert s.scalars(select(Progress.value)).all() == [Decimal(1500000000)]
    with pytest.raises(ValueInvalidError, match="比较词"), ledger.session(write=True) as s:
        add_progress(s, tids[0], period="2023-07", value="突破100亿元", who="r")
    with pytest.raises(ValueInvalidError, match="应为"), ledger.session(write=True) as s:
        add_progress(s, tids[1], period="2023-07", value="8亿元", who="r")
