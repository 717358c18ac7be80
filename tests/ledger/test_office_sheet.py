"""Importing an office's own 台账 (issue 11): headings in any order and wording, 目标值 read by the
extractor's grammar, all rows or none, the same file twice changes nothing."""

from __future__ import annotations

import io
from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from taizhang.errors import ImportRejectedError
from taizhang.ledger.headers import guess_mapping, heading_key
from taizhang.ledger.models import AuditEntry, Document, Target, TargetUnit, Unit
from taizhang.ledger.office_sheet import import_office_sheet, read_office_sheet


def xlsx(rows: list[list[object]]) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


# Shuffled and differently worded headings: 预期目标 is 目标值, 指标名称 is 指标, 计量单位 is 单位.
PLAIN = [
    ["预期目标", "序号", "指标名称", "计量单位", "备 注"],
    ["突破100亿元", 1, "工业投资", None, "全年"],
    ["3%以内", 2, "城镇调查失业率", None, None],
    ["30个以上", 3, "新增高新技术企业", None, None],
    ["增长6%", 4, "地区生产总值", None, None],
    ["56", 5, "固定资产投资", "亿元", None],
]


def _counts(ledger) -> dict[str, int]:
    with ledger.session() as s:
        models = (Document, Target, AuditEntry, Unit, TargetUnit)
        return {m.__name__: s.scalar(select(func.count()).select_from(m)) for m in models}


def test_headings_are_compared_without_spaces_notes_and_colons():
    assert heading_key(" 目标值（万元）：") == "目标值"
    assert guess_mapping(["年度目标", "责任单位", "协办单位", "时间节点", "不认识", "目标"]) == [
        "value",
        "lead_units",
        "assist_units",
        "deadline",
        None,
        None,  # a second 目标值 column is left for a person to choose
    ]


def test_a_sheet_with_shuffled_headings_is_read_into_targets(ledger):
    with ledger.session(write=True) as s:
        r = import_office_sheet(s, "江门2023年台账.xlsx", xlsx(PLAIN), who="督查室", region="江门市")
        assert r.rows == 5 and len(r.ingest.added) == 5
        rows = {row: s.get(Target, tid) for row, tid in r.targets.items()}
        doc = s.get(Document, r.document_id)
        assert doc.source == "台账:江门2023年台账.xlsx"
        (entry,) = s.scalars(select(AuditEntry).where(AuditEntry.entity == "taizhang")).all()
        assert entry.after["file"] == "江门2023年台账.xlsx" and len(entry.after["sha256"]) == 64
        invest = rows[2]
        assert (invest.indicator_id, invest.comparator, invest.value, invest.unit) == (
            "industrial_investment",
            ">=",
            Decimal("10000000000"),
            "元",
        )
        assert (invest.year, invest.region_code, invest.value_text) == (2023, "440700", "突破100亿元")
        # the target points back at its row of the sheet
        assert doc.text[invest.span_start : invest.span_end].startswith("第2行")
        assert "来自台账 江门2023年台账.xlsx 第 2 行" in invest.notes and "全年" in invest.notes
        jobless = rows[3]
        assert (jobless.comparator, jobless.value, jobless.unit) == ("<=", Decimal("3"), "%")
        assert (rows[4].comparator, rows[4].value, rows[4].unit) == (">=", Decimal("30"), "个")
        assert (rows[5].measure, rows[5].value, rows[5].indicator_id) == ("growth", Decimal("6"), "gdp")
        # a bare number is in the 单位 column's unit
        assert (rows[6].value, rows[6].unit, rows[6].value_text) == (Decimal("5600000000"), "元", "56亿元")


def test_the_same_file_twice_changes_nothing(ledger):
    data = xlsx(PLAIN)
    with ledger.session(write=True) as s:
        first = import_office_sheet(s, "2023年台账.xlsx", data, who="督查室", region="江门市")
    before = _counts(ledger)
    with ledger.session(write=True) as s:
        again = import_office_sheet(s, "2023年台账.xlsx", data, who="督查室", region="江门市")
    assert _counts(ledger) == before
    assert again.document_id == first.document_id and again.targets == first.targets
    assert not again.ingest.added and not again.ingest.updated and again.ingest.kept == 5


def test_a_corrected_mapping_is_used(ledger):
    sheet = [["目标", "名称", "年度目标"], ["12亿元", "工业投资", "15亿元"]]
    with ledger.session() as s:
        guessed = read_office_sheet(s, "t.csv", _csv(sheet), year=2023)
        assert guessed.mapping == ["value", None, None]
        assert "指标/任务" in " ".join(guessed.errors)
        fixed = read_office_sheet(s, "t.csv", _csv(sheet), year=2023, mapping=[None, "indicator", "value"])
    assert fixed.errors == []
    assert (fixed.rows[0].indicator, fixed.rows[0].value) == ("工业投资", Decimal("1500000000"))


def _csv(rows: list[list[object]]) -> bytes:
    return "\n".join(",".join("" if c is None else str(c) for c in row) for row in rows).encode("utf-8")


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        (["", "工业投资"], "第 3 行，目标值：为空"),
        (["很多", "工业投资"], "第 3 行，目标值：读不出数和单位"),
        (["100亿元", ""], "第 3 行，指标：为空"),
    ],
    ids=["missing-value", "unreadable-value", "missing-indicator"],
)
def test_a_bad_row_rejects_the_whole_sheet(ledger, cells, expected):
    rows = [["目标值", "指标"], ["10亿元", "固定资产投资"], cells, ["5%", "地区生产总值"]]
    before = _counts(ledger)
    with ledger.session(write=True) as s, pytest.raises(ImportRejectedError) as caught:
        import_office_sheet(s, "2023年台账.xlsx", xlsx(rows), who="督查室")
    assert any(expected in e for e in caught.value.errors), caught.value.errors
    assert caught.value.code == "E303"
    assert _counts(ledger) == before


def test_without_a_year_the_sheet_is_refused(ledger):
    with ledger.session(write=True) as s, pytest.raises(ImportRejectedError) as caught:
        import_office_sheet(s, "台账.xlsx", xlsx(PLAIN), who="督查室")
    assert "--year" in caught.value.errors[0]


def test_an_unknown_default_region_is_one_error(ledger):
    with ledger.session() as s:
        sheet = read_office_sheet(s, "2023年台账.xlsx", xlsx(PLAIN), region="火星市")
    assert len(sheet.errors) == 1 and "火星市" in sheet.errors[0] and not sheet.rows


# A 台账 as an office keeps it: units, people and deadlines, headings shuffled and worded otherwise.
FULL = [
    ["完成时间", "责任单位", "年度目标", "重点任务", "协办单位", "序号", "责任领导", "指标名称", "计量单位"],
    ["6月底前", "市工业和信息化局", "突破100亿元", "扩大投资", "市发展改革局、市财政局", 1, "张三", "工业投资", None],
    [datetime(2023, 9, 30), "市人力资源社会保障局", "3%以内", "稳就业", None, 2, "李四", "城镇调查失业率", None],
    ["年底前", "市科技局，市发展改革局", "30个以上", "科技创新", "市财政局", 3, None, "新增高新技术企业", None],
]
UNITS = ("市工业和信息化局", "市发展改革局", "市财政局", "市人力资源社会保障局", "市科技局")


def _units(ledger, names=UNITS) -> None:
    from taizhang.ledger.units import create_unit

    with ledger.session(write=True) as s:
        for name in names:
            create_unit(s, name, who="管理员")


def test_units_people_and_deadlines_are_assigned(ledger):
    from taizhang.ledger.units import assignments

    _units(ledger)
    with ledger.session(write=True) as s:
        r = import_office_sheet(s, "2023年重点工作台账.xlsx", xlsx(FULL), who="督查室", region="江门市")
        got = assignments(s, r.targets.values())
        by_row = {row: got[tid] for row, tid in r.targets.items()}
        invest = by_row[2]
        assert invest.lead.name == "市工业和信息化局"
        assert [u.name for u in invest.assisting] == ["市发展改革局", "市财政局"]
        assert (invest.person, invest.deadline) == ("张三", date(2023, 6, 30))
        assert (by_row[3].lead.name, by_row[3].assisting, by_row[3].deadline) == (
            "市人力资源社会保障局",
            [],
            date(2023, 9, 30),  # an Excel date cell
        )
        # two 牵头单位: the first leads, the second assists before the 配合单位
        tech = by_row[4]
        assert tech.lead.name == "市科技局" and [u.name for u in tech.assisting] == ["市发展改革局", "市财政局"]
        assert (tech.person, tech.deadline) == (None, date(2023, 12, 31))
        target = s.get(Target, r.targets[2])
        assert (target.responsible_person, target.deadline) == ("张三", date(2023, 6, 30))
        assigned = s.scalars(select(AuditEntry).where(AuditEntry.action == "assign")).all()
        assert sorted(a.entity_id for a in assigned) == sorted(r.targets.values())
    before = _counts(ledger)
    with ledger.session(write=True) as s:  # the same cells saved again (Excel changes the bytes)
        again = import_office_sheet(s, "2023年重点工作台账.xlsx", xlsx(FULL), who="督查室", region="江门市")
    assert again.targets == r.targets and _counts(ledger) == before


def test_a_target_left_as_it_was_keeps_a_later_assignment(ledger):
    from taizhang.ledger.units import assign_units, assignment

    _units(ledger)
    data = xlsx(FULL)
    with ledger.session(write=True) as s:
        r = import_office_sheet(s, "2023年台账.xlsx", data, who="督查室", region="江门市")
        assign_units(s, r.targets[2], person="王五", actor="督查室")
    with ledger.session(write=True) as s:
        import_office_sheet(s, "2023年台账.xlsx", data, who="督查室", region="江门市")
        assert assignment(s, r.targets[2]).person == "王五"


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (["2023-02-30", "市科技局", "10亿元", "工业投资"], "第 3 行，完成时限：完成时限「2023-02-30」不是有效日期"),
        (["6月底前", "市不存在局", "10亿元", "工业投资"], "第 3 行，牵头单位：台账中没有单位「市不存在局」"),
        (["下辈子", "市科技局", "10亿元", "工业投资"], "第 3 行，完成时限：无法识别完成时限「下辈子」"),
    ],
    ids=["impossible-date", "unknown-unit", "unreadable-deadline"],
)
def test_a_bad_unit_or_deadline_rejects_the_whole_sheet(ledger, row, expected):
    _units(ledger)
    rows = [["完成时限", "牵头单位", "目标值", "指标"], ["年底前", "市科技局", "5%", "地区生产总值"], row]
    before = _counts(ledger)
    with ledger.session(write=True) as s, pytest.raises(ImportRejectedError) as caught:
        import_office_sheet(s, "2023年台账.xlsx", xlsx(rows), who="督查室")
    assert [e for e in caught.value.errors if expected in e], caught.value.errors
    assert _counts(ledger) == before


def test_every_bad_row_is_listed_at_once(ledger):
    rows = [
        ["完成时限", "牵头单位", "目标值", "指标"],
        ["2023-02-30", "市不存在局", "", "工业投资"],
        ["年底前", "", "很多", "地区生产总值"],
    ]
    with ledger.session() as s:
        sheet = read_office_sheet(s, "2023年台账.xlsx", xlsx(rows))
    found = "\n".join(sheet.errors)
    assert "第 2 行，目标值：为空" in found and "第 2 行，完成时限" in found and "第 2 行，牵头单位" in found
    assert "第 3 行，目标值：读不出数和单位" in found and len(sheet.errors) == 4
    assert sheet.bad_rows == 2


def test_unknown_units_are_created_when_asked(ledger):
    rows = [["牵头单位", "配合单位", "目标值", "指标"], ["市新设局", "市另一局、市新设局", "10亿元", "工业投资"]]
    with ledger.session(write=True) as s:
        sheet = read_office_sheet(s, "2023年台账.xlsx", xlsx(rows), region="江门市", create_units=True)
        assert sheet.errors == [] and sheet.new_units == [("市新设局", "440700"), ("市另一局", "440700")]
        r = import_office_sheet(s, "2023年台账.xlsx", xlsx(rows), who="督查室", region="江门市", create_units=True)
        assert r.units_created == ["市新设局", "市另一局"]
        units = {u.name: u for u in s.scalars(select(Unit))}
        assert units["市新设局"].region_code == "440700"
        links = {(tu.unit_id, tu.role) for tu in s.scalars(select(TargetUnit))}
        assert links == {(units["市新设局"].id, "lead"), (units["市另一局"].id, "assist")}


def test_a_title_above_the_headings_is_passed_over(ledger):
    rows = [["2023年重点工作任务台账"], ["填报单位：市政府督查室", None, "2023年1月"], *PLAIN]
    with ledger.session(write=True) as s:
        sheet = read_office_sheet(s, "2023年台账.xlsx", xlsx(rows), region="江门市")
        assert sheet.header_row == 3 and sheet.mapping[:3] == ["value", "seq", "indicator"]
        assert [r.row for r in sheet.rows] == [4, 5, 6, 7, 8]
        r = import_office_sheet(s, "2023年台账.xlsx", xlsx(rows), who="督查室", region="江门市")
        doc = s.get(Document, r.document_id)
        assert doc.text.startswith("第3行　预期目标；序号；指标名称")
    bad = [["2023年台账"], ["目标值", "指标", "目标"], ["10亿元", "工业投资", "12亿元"]]
    with ledger.session() as s:
        errors = read_office_sheet(s, "2023年台账.xlsx", xlsx(bad), mapping=["value", "indicator", "value"]).errors
    assert errors == ["2023年台账.xlsx：第 2 行（表头）：「目标值」对应了两列，每项只能对应一列"]
