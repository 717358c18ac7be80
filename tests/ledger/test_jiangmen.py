"""End to end on the Jiangmen documents: the supervision notice's actuals and lights (issue 3)."""

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from taizhang.errors import ImportRejectedError
from taizhang.ledger.models import Progress
from taizhang.ledger.service import (
    TargetFilter,
    confirm_target,
    edit_target,
    export_ledger,
    import_progress,
    ingest_document,
    ledger_status,
    list_targets,
)

from .jiangmen import ACTUALS, CITY, JAN, Q3, gold_extractor

AS_OF = date(2023, 9, 30)


def load(ledger, extractor_for=gold_extractor):
    with ledger.session(write=True) as s:
        for folder, day in ((JAN, date(2023, 1, 20)), (Q3, date(2023, 10, 20))):
            ingest_document(
                s,
                (folder / "doc.txt").read_bytes(),
                who="t",
                region="江门市",
                date=day,
                extractor=extractor_for(folder),
            )


def q3_rows(report):
    """The Q3 notice's targets keyed by (region, indicator, value_text)."""
    return {
        (r.target.region, r.target.indicator, r.target.value_text): r.to_dict()
        for r in report.rows
        if r.target.published == date(2023, 10, 20)
    }


# (region, indicator, value_text): (status, completion as the notice prints it)
NOTICE = {
    ("江门市", "工业投资", "千亿"): ("yellow", 74.1),
    ("蓬江区", "工业投资", "100亿元"): ("yellow", 71.2),
    ("蓬江区", "新引进项目", "40个"): ("green", 80),
    ("江海区", "工业投资", "100亿元"): ("green", 78.5),
    ("江海区", "照后减证和简化审批事项", "500项"): ("achieved", 102.4),
    ("新会区", "固定资产投资", "500亿元"): ("green", 77.6),
    ("新会区", "招商引资", "500亿元"): ("green", 82.5),
    ("新会区", "工业投资", "320亿元"): ("green", 78.6),
    ("新会区", "招商大会", "16场"): ("green", 81.3),
    ("台山市", "总产值", "600亿元"): ("yellow", 72.7),
    ("台山市", "引进项目", "30个"): ("yellow", 73.3),
    ("开平市", "工业投资", "140亿元"): ("yellow", 66.5),
    ("鹤山市", "招商引资项目", "55个"): ("yellow", 74.5),
    ("鹤山市", "计划总投资", "300亿元"): ("green", 78.9),
    ("鹤山市", "计划投资", "158亿元"): ("green", 79.9),
    ("鹤山市", "高企存量", "340家"): ("green", 90),
    ("恩平市", "盘活低效用地", "133.3公顷"): ("red", 64.9),
    ("恩平市", "高新技术企业", "160家"): ("green", 89.4),
}


def test_shared_actuals_import_and_the_notice_lights(ledger):
    load(ledger)
    with ledger.session(write=True) as s:
        result = import_progress(s, ACTUALS, who="督查室")
    assert result.rows == 44
    untracked = {(o.region_code, o.indicator, o.unit) for o in result.untracked}
    # growth rates with no growth target stay observations, listed, never dropped
    assert ("440700", "工业投资", "%") in untracked and (
        "440704",
        "新开工亿元以上工业项目",
        "个",
    ) in untracked
    assert ("440700", "工业投资", "元") not in untracked
    assert 14 <= len(result.untracked) <= 16
    with ledger.session() as s:
        assert s.scalar(select(func.count()).select_from(Progress)) == 44
        report = ledger_status(s, as_of=AS_OF)
    rows = q3_rows(report)
    for key, (status, completion) in NOTICE.items():
        assert (rows[key]["status"], rows[key]["completion"]) == (status, completion), key
        assert rows[key]["time_progress"] == 75
    assert rows[("蓬江区", "固定资产投资", "8%")]["status"] == "green"
    assert rows[("蓬江区", "固定资产投资", "8%")]["gap"] == 1.1
    assert rows[("台山市", "城镇登记失业率", "3%")]["status"] == "green"
    assert rows[("鹤山市", "新增建设用地投向制造业的比例", "八成")]["met"] is True
    floor, _stretch = rows[("恩平市", "地区生产总值", "7%")], rows[("恩平市", "地区生产总值", "7.5%")]
    assert floor["paired_with"] and (floor["met_floor"], floor["met_stretch"]) == (False, False)
    assert floor["gap"] == -1.8
    # interim increments are not judged on the year-to-date total
    assert rows[("恩平市", "盘活低效用地", "46.8公顷")]["status"] == "pending"
    assert rows[("恩平市", "盘活低效用地", "46.8公顷")]["actual"] is None
    assert rows[("鹤山市", "新增签约项目", "14个")]["status"] == "pending"
    # January targets measured by the rows the notice reports only against them
    jan = {
        (r.target.region, r.target.indicator, r.target.value_text): r.to_dict()
        for r in report.rows
        if r.target.published == date(2023, 1, 20)
    }
    assert jan[("台山市", "引进高层次人才", "130人")]["completion"] == 74.6
    assert jan[("恩平市", "新增优质学位", "8870个")]["status"] == "achieved"


def test_bad_copy_is_rejected_then_the_real_file_imports_and_edits_survive(ledger, tmp_path):
    load(ledger)
    lines = ACTUALS.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[11] = lines[11].replace(",512,", ",五百一十二项目,")  # data row 11, sheet row 12
    bad = tmp_path / "actuals-bad.csv"
    bad.write_text("".join(lines), encoding="utf-8")
    with pytest.raises(ImportRejectedError) as info, ledger.session(write=True) as s:
        import_progress(s, bad, who="督查室")
    assert len(info.value.errors) == 1
    assert "actuals-bad.csv：第 12 行，数值" in info.value.errors[0]
    with ledger.session() as s:
        assert s.scalar(select(func.count()).select_from(Progress)) == 0
    with ledger.session(write=True) as s:
        land = next(
            r for r in list_targets(s, TargetFilter(region="恩平市", indicator="盘活低效用地")) if r["value"] == 133.3
        )
        confirm_target(s, land["id"], who="审核")
        edit_target(s, land["id"], {"value": "120"}, who="审核")
        import_progress(s, ACTUALS, who="督查室")
    load(ledger)  # re-ingest both documents
    with ledger.session() as s:
        report = ledger_status(s, as_of=AS_OF)
        row = next(r for r in report.rows if r.target.id == land["id"])
    assert row.target.value == Decimal(120) and row.target.state == "confirmed"
    assert row.assessment.completion_display == Decimal("72.1") and row.assessment.status == "yellow"


def test_export_xlsx_reads_back(ledger, tmp_path):
    from openpyxl import load_workbook
    from openpyxl.utils import get_column_letter

    load(ledger)
    with ledger.session(write=True) as s:
        import_progress(s, ACTUALS, who="督查室")
    path = tmp_path / "taizhang.xlsx"
    with ledger.session() as s:
        n = export_ledger(s, path, format="xlsx", as_of=AS_OF, year=2023)
    book = load_workbook(path)
    assert book.sheetnames[0] == "汇总" and "恩平市" in book.sheetnames
    summary = book["汇总"]
    assert summary["A1"].value == "地区" and summary.freeze_panes == "A2"
    sheet = book["恩平市"]
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["序号", "地区", "指标"] and "来源原文" in header and sheet.freeze_panes == "A2"
    rows = [dict(zip(header, (c.value for c in r), strict=True)) for r in sheet.iter_rows(min_row=2)]
    land = next(r for r in rows if r["目标值（原文）"] == "133.3公顷" and r["最新完成值"] is not None)
    assert land["完成率（%）"] == 64.9 and isinstance(land["完成率（%）"], float)
    assert land["目标值（基本单位）"] == 133.3 and land["状态"] == "红灯" and land["时序进度（%）"] == 75
    state = header.index("状态")
    red = next(r for r in sheet.iter_rows(min_row=2) if r[state].value == "红灯")
    assert red[state].fill.fgColor.rgb.endswith("FFC7CE")
    assert sheet.column_dimensions[get_column_letter(header.index("来源原文") + 1)].width == 60
    # issue 12: money in the unit people read, the base value kept in its own column for machines
    every = [
        dict(zip(header, (c.value for c in r), strict=True))
        for name in book.sheetnames[1:]
        for r in book[name].iter_rows(min_row=2)
    ]
    money = [r for r in every if r["单位"] == "元" and r["目标值（基本单位）"] >= 10**8]
    assert money
    for r in money:
        assert r["目标值"].endswith("亿元") and "E" not in r["目标值"]
        assert Decimal(r["目标值"].removesuffix("亿元").replace(",", "")) * 10**8 == Decimal(
            str(r["目标值（基本单位）"])
        )
    assert land["最新完成值"] == "86.5公顷" and land["最新完成值（基本单位）"] == 86.5
    assert n == sum(book[name].max_row - 1 for name in book.sheetnames[1:])


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_other_export_formats(ledger, tmp_path, fmt):
    import json

    load(ledger)
    with ledger.session(write=True) as s:
        import_progress(s, ACTUALS, who="督查室")
    path = tmp_path / f"out.{fmt}"
    with ledger.session() as s:
        n = export_ledger(s, path, format=fmt, as_of=AS_OF, region="恩平市")
    if fmt == "jsonl":
        recs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        assert len(recs) == n and all(r["region"] == "恩平市" for r in recs)
        land = next(r for r in recs if r["value"] == 133.3 and r["text"].startswith("完成年度"))
        assert {"id", "state", "indicator_id", "latest_progress", "start", "end", "value_text"} <= set(land)
        assert land["latest_progress"]["value"] == 86.5 and land["latest_progress"]["status"] == "red"
    elif fmt == "parquet":
        import pyarrow.parquet as pq

        table = pq.read_table(path)
        assert table.num_rows == n and Decimal("133.3") in table.column("value").to_pylist()
    else:
        assert "盘活低效用地" in path.read_text(encoding="utf-8-sig")


# The notice's lights and completion rates for the annual targets it restates from the county
# page (and the city report): (region, words of the indicator, value in base units) → (light, 完成率).
NOTICE_ON_THE_COUNTY_PAGE = {
    ("江门市", "工业投资", Decimal("1e11")): ("yellow", 74.1),
    ("蓬江区", "工业投资", Decimal("1e10")): ("yellow", 71.2),
    ("江海区", "工业投资", Decimal("1e10")): ("green", 78.5),
    ("新会区", "固定资产投资", Decimal("5e10")): ("green", 77.6),
    ("新会区", "招商引资", Decimal("5e10")): ("green", 82.5),
    ("新会区", "工业投资", Decimal("3.2e10")): ("green", 78.6),
    ("新会区", "招商大会", Decimal(16)): ("green", 81.3),
    ("台山市", "总产值", Decimal("6e10")): ("yellow", 72.7),
    ("台山市", "引进项目", Decimal(30)): ("yellow", 73.3),
    ("开平市", "工业投资", Decimal("1.4e10")): ("yellow", 66.5),
    ("鹤山市", "项目", Decimal(55)): ("yellow", 74.5),
    ("鹤山市", "计划总投资", Decimal("3e10")): ("green", 78.9),
    ("鹤山市", "高企存量", Decimal(340)): ("green", 90),
    ("恩平市", "盘活低效用地", Decimal("133.3")): ("red", 64.9),
    ("恩平市", "高新技术企业", Decimal(160)): ("green", 89.4),
    ("恩平市", "经济总量", Decimal(7)): ("red", None),  # growth 5.2% against 7%: a rate, no 完成率
}


def test_end_to_end_the_issue_script_with_the_real_extractor(ledger, tmp_path):
    """Issue 3's script: ingest the county page and the city report, confirm and edit, a bad copy
    of the notice's actuals.csv rejected whole, the real file imported, status as of 2023-09-30
    agreeing with the notice, re-ingest keeping the edits, the XLSX exported and read back."""
    from openpyxl import load_workbook

    from taizhang.ledger.models import ProgressImport, ProgressLatest

    def ingest_both():
        with ledger.session(write=True) as s:
            for folder, day in ((JAN, date(2023, 1, 20)), (CITY, date(2023, 1, 10))):
                ingest_document(s, (folder / "doc.txt").read_bytes(), who="t", region="江门市", date=day)

    ingest_both()
    with ledger.session(write=True) as s:
        (land,) = [
            r for r in list_targets(s, TargetFilter(region="恩平市", indicator="盘活低效用地")) if r["value"] == 133.3
        ]
        confirm_target(s, land["id"], who="审核")
        edit_target(s, land["id"], {"strength": "ensure"}, who="审核")  # 不少于: a floor
        other = next(
            r
            for r in list_targets(s, TargetFilter(region="江门市", year=2023))
            if r["unit"] == "元" and r["id"] != land["id"]
        )
        edit_target(s, other["id"], {"value": "123456789"}, who="审核")
    lines = ACTUALS.read_text(encoding="utf-8").splitlines(keepends=True)
    assert ",512," in lines[11]
    lines[11] = lines[11].replace(",512,", ",五百一十二项目,")  # sheet row 12
    bad = tmp_path / "actuals-bad.csv"
    bad.write_text("".join(lines), encoding="utf-8")
    with pytest.raises(ImportRejectedError) as info, ledger.session(write=True) as s:
        import_progress(s, bad, who="督查室")
    assert [e.split("，")[0] for e in info.value.errors] == ["actuals-bad.csv：第 12 行"]
    with ledger.session() as s:
        # the plans' own results (2022's, official figures since issue 9) are stored; no reported row is
        reported = (
            select(func.count()).select_from(Progress).where(Progress.source == "reported"),
            select(func.count()).select_from(ProgressImport),
            select(func.count()).select_from(ProgressLatest).where(ProgressLatest.source == "reported"),
        )
        assert [s.scalar(q) for q in reported] == [0, 0, 0]
    with ledger.session(write=True) as s:
        assert import_progress(s, ACTUALS, who="督查室").rows == 44

    def check_status():
        with ledger.session() as s:
            report = ledger_status(s, as_of=AS_OF)
        judged = [r for r in report.rows if r.reading is not None]
        for (region, words, value), (light, completion) in NOTICE_ON_THE_COUNTY_PAGE.items():
            rows = [
                r
                for r in judged
                if r.target.region == region and words in r.target.indicator and r.target.value == value
            ]
            assert rows, (region, words, value)
            for r in rows:
                d = r.to_dict()
                assert (d["status"], d["completion"], d["time_progress"]) == (light, completion, 75), (region, words)
        reds = {
            (r.target.region, r.target.indicator, r.target.value_text) for r in judged if r.assessment.status == "red"
        }
        assert reds == {
            ("恩平市", "盘活低效用地", "133.3公顷"),
            ("恩平市", "经济总量", "7%"),
            ("恩平市", "经济总量", "7.5%"),
        }
        return report

    check_status()
    ingest_both()  # re-ingest: the edits and the confirmation stay
    with ledger.session() as s:
        again = {r["id"]: r for r in list_targets(s)}
    assert again[land["id"]]["state"] == "confirmed" and again[land["id"]]["strength"] == "ensure"
    assert again[other["id"]]["value"] == 123456789 and again[other["id"]]["edited"] == ["value", "value_text"]
    report = check_status()
    path = tmp_path / "taizhang.xlsx"
    with ledger.session() as s:
        n = export_ledger(s, path, format="xlsx", as_of=AS_OF, year=2023)
    book = load_workbook(path)
    assert n == len([r for r in report.rows if r.target.year == 2023])
    sheet = book["恩平市"]
    header = [c.value for c in sheet[1]]
    rows = [dict(zip(header, (c.value for c in r), strict=True)) for r in sheet.iter_rows(min_row=2)]
    got = next(r for r in rows if r["目标值（原文）"] == "133.3公顷")
    assert (got["状态"], got["完成率（%）"], got["确保/力争"], got["最新完成值（基本单位）"]) == (
        "红灯",
        64.9,
        "确保",
        86.5,
    )
