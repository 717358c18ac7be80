#!/usr/bin/env python3
"""Build the gold standard for hainan-2024-tourism-action-plan-docx (doc.txt, UTF-8).

The document is a provincial 行动方案 (海南省促进旅游消费提质扩容行动方案
（2024—2025年）) with its 通知 of issue, as text taken from a .docx: paragraphs
one a line, and the indicator table (表1) rendered as tab-separated lines
(指标 \t 2023年基数 \t 2024年目标 \t 2025年目标), each indicator cell carrying
its unit in brackets (接待游客总人次（万人次）) and the value cells bare numbers.
Dated 2024-04-18 and written anew for this held-out set; every figure is
illustrative (see meta.json "notes").  Region 海南省 (GB/T 2260 460000), with
two targets of 海口市 (460100) and 三亚市 (460200) paired by 分别.

The table needs the one extension of the checking engine made for this set
(HELDOUT3): A(..., cell_unit="万人次") reads a bare cell ("9800") with the unit
of its row's indicator cell, so value = 9800 万人次 = 98000000 人次; the span
is the cell.  Each annotation names the clause it was read from (a verbatim
substring of doc.txt: a table row is its whole line), the value expression
inside it (the span) and the TARGETS.md fields.  start/end are Python str
indices computed from the clause and its occurrence, never counted by hand.
The checks assert that every span slices back out of the text, that every
value equals its value_text (with the row's unit) in base units, that the
comparator agrees with the words in the span, that every numeral of the text
is either inside a gold span or explained in NOT_TARGETS, and (check_docx_plan)
that the table has the shape of a docx table and that its targets rise from the
base year.
Run:  python3 build_gold.py [-v] [--not-targets]
"""
import os
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))   # tests/data: goldkit
from goldkit import A, main  # noqa: E402


CODES = {"海南省": "460000", "海口市": "460100", "三亚市": "460200"}
DEFAULT_REGION = "海南省"
SECTIONS = []
COMPOSED_SUBJECTS = set()
UNITS = {"元", "%", "人次", "天", "家", "张", "条", "班次", "场"}

HEADER = "指标\t2023年基数\t2024年目标\t2025年目标"
ROWS = {   # indicator cell -> (unit in the cell, base 2023, target 2024, target 2025)
    "接待游客总人次（万人次）": ("万人次", "9000.6", "9800", "10500"),
    "旅游总收入（亿元）": ("亿元", "1813.1", "2050", "2300"),
    "离岛免税销售额（亿元）": ("亿元", "437.6", "500", "600"),
    "入境游客人次（万人次）": ("万人次", "64.6", "100", "150"),
    "过夜游客人均停留天数（天）": ("天", "3.1", "3.3", "3.5"),
    "A级旅游景区数量（家）": ("家", "83", "88", "95"),
}


def row(cell):
    unit, b, t24, t25 = ROWS[cell]
    return "\t".join((cell, b, t24, t25))


def check_docx_plan(doc, records):
    assert 1500 <= len(doc) <= 3000, len(doc)
    assert 20 <= len(records) <= 40, len(records)
    lines = doc.split("\n")
    # the table: a caption, a header and one line per row, four tab-separated cells each, nothing else has tabs
    h = lines.index(HEADER)
    assert lines[h - 1].startswith("表1"), lines[h - 1]
    table = lines[h:h + 1 + len(ROWS)]
    assert all(l.count("\t") == 3 for l in table)
    assert sum(l.count("\t") for l in lines) == 3 * len(table)
    assert [l.split("\t")[0] for l in table[1:]] == list(ROWS)
    # every target cell is a record, due in its column's year; the base column never is
    cells = [r for r in records if "\t" in r["text"]]
    assert len(cells) == 2 * len(ROWS)
    for r in cells:
        unit, b, t24, t25 = ROWS[r["text"].split("\t")[0]]
        assert r["value_text"] == {2024: t24, 2025: t25}[r["year"]], r
        assert r["comparator"] == "=" and r["strength"] == "plan"
        assert Decimal(b) < Decimal(t24) < Decimal(t25)
    # the prose statement of 旅游总收入 for 2025 agrees with the table
    prose = [r for r in records if r["indicator"] == "旅游总收入" and "\t" not in r["text"]]
    assert len(prose) == 1 and prose[0]["value"] == 2300 * 10 ** 8 and prose[0]["year"] == 2025
    # 分别 pairs 海口市 and 三亚市 with their values; every other record is the province's
    cities = {r["region"]: r["value"] for r in records if r["region"] != "海南省"}
    assert cities == {"海口市": 30000000, "三亚市": 32000000}, cities
    # the subsidy per flight (每班次最高20万元) is a parameter: no record in 元 carries 班次 in its clause
    assert not any(r["unit"] == "元" and "班次" in r["text"] for r in records)


EXTRA_CHECKS = [check_docx_plan]

Y, END = 2024, 2025   # 2024 where the text says so (2024年, 年内), else the plan's end year 2025

T_VIS = row("接待游客总人次（万人次）")
T_INC = row("旅游总收入（亿元）")
T_DF = row("离岛免税销售额（亿元）")
T_IN = row("入境游客人次（万人次）")
T_DAY = row("过夜游客人均停留天数（天）")
T_A = row("A级旅游景区数量（家）")
HOTEL = "2024年新增高星级酒店和精品酒店20家，全省旅游住宿接待能力新增2万张床位；到2025年，全省乡村民宿床位达到3万张"
AIR = "2024年新开通国际及地区客运航线10条，到2025年国际及地区客运航线每周航班量达到300班次以上"
DUTY = "年内新增离岛免税店2家；推动免税与有税商品协同发展，力争2025年离岛免税购物人次突破800万人次"
CRUISE = "2025年入境邮轮旅客力争突破10万人次；游艇租赁经营企业达到120家"
FEST = "每年举办大型节庆会展活动50场以上，培育省级夜间文化和旅游消费集聚区15家；2024年统筹安排1亿元发放文旅消费券，带动旅游消费50亿元以上"
CITY = "2025年接待游客分别突破3000万人次、3200万人次"
SERV = "2024年培训导游和旅游服务人员5000人次"

ANNOTATIONS = [
    # ---------------- 一、主要目标 (prose) ----------------
    A("到2025年，全省旅游总收入达到2300亿元", "2300亿元", "旅游总收入", "level", "=", 2.3e11, "元",
      "2300亿元", "plan", END),

    # ---------------- 表1 (tab-separated cells; the unit is in the indicator cell) ----------------
    A(T_VIS, "9800", "接待游客总人次", "count", "=", 9.8e7, "人次", "9800", "plan", Y, cell_unit="万人次"),
    A(T_VIS, "10500", "接待游客总人次", "count", "=", 1.05e8, "人次", "10500", "plan", END, cell_unit="万人次"),
    A(T_INC, "2050", "旅游总收入", "level", "=", 2.05e11, "元", "2050", "plan", Y, cell_unit="亿元"),
    A(T_INC, "2300", "旅游总收入", "level", "=", 2.3e11, "元", "2300", "plan", END, cell_unit="亿元"),
    A(T_DF, "500", "离岛免税销售额", "level", "=", 5e10, "元", "500", "plan", Y, cell_unit="亿元"),
    A(T_DF, "600", "离岛免税销售额", "level", "=", 6e10, "元", "600", "plan", END, cell_unit="亿元"),
    A(T_IN, "100", "入境游客人次", "count", "=", 1e6, "人次", "100", "plan", Y, cell_unit="万人次"),
    A(T_IN, "150", "入境游客人次", "count", "=", 1.5e6, "人次", "150", "plan", END, cell_unit="万人次"),
    A(T_DAY, "3.3", "过夜游客人均停留天数", "level", "=", 3.3, "天", "3.3", "plan", Y, cell_unit="天"),
    A(T_DAY, "3.5", "过夜游客人均停留天数", "level", "=", 3.5, "天", "3.5", "plan", END, cell_unit="天"),
    A(T_A, "88", "A级旅游景区数量", "count", "=", 88, "家", "88", "plan", Y, cell_unit="家"),
    A(T_A, "95", "A级旅游景区数量", "count", "=", 95, "家", "95", "plan", END, cell_unit="家"),

    # ---------------- 二、重点任务 ----------------
    A(HOTEL, "20家", "新增高星级酒店和精品酒店", "count", "=", 20, "家", "20家", "plan", Y),
    # the unit word 张 stands before 床位: value_text 2万张, unit 张
    A(HOTEL, "2万张", "旅游住宿接待能力新增床位", "count", "=", 20000, "张", "2万张", "plan", Y),
    A(HOTEL, "3万张", "乡村民宿床位", "count", "=", 30000, "张", "3万张", "plan", END),
    A(AIR, "10条", "新开通国际及地区客运航线", "count", "=", 10, "条", "10条", "plan", Y),
    A(AIR, "300班次以上", "国际及地区客运航线每周航班量", "count", ">=", 300, "班次", "300班次", "plan",
      END),
    A(DUTY, "2家", "新增离岛免税店", "count", "=", 2, "家", "2家", "plan", Y),
    A(DUTY, "突破800万人次", "离岛免税购物人次", "count", ">=", 8e6, "人次", "800万人次", "strive", END),
    A(CRUISE, "突破10万人次", "入境邮轮旅客", "count", ">=", 1e5, "人次", "10万人次", "strive", END),
    A(CRUISE, "120家", "游艇租赁经营企业", "count", "=", 120, "家", "120家", "plan", END),
    # 每年 holds for each year of the plan: the plan's end year (corpus convention)
    A(FEST, "50场以上", "举办大型节庆会展活动", "count", ">=", 50, "场", "50场", "plan", END),
    A(FEST, "15家", "培育省级夜间文化和旅游消费集聚区", "count", "=", 15, "家", "15家", "plan", END),
    # money set aside for vouchers: a budget line rather than an outcome, optional
    A(FEST, "1亿元", "发放文旅消费券", "level", "=", 1e8, "元", "1亿元", "plan", Y, optional=True),
    A(FEST, "50亿元以上", "带动旅游消费", "level", ">=", 5e9, "元", "50亿元", "plan", Y),
    # 分别 pairs the two cities of the sentence before with the two values
    A(CITY, "突破3000万人次", "接待游客", "count", ">=", 3e7, "人次", "3000万人次", "plan", END,
      region="海口市"),
    A(CITY, "3200万人次", "接待游客", "count", ">=", 3.2e7, "人次", "3200万人次", "plan", END,
      region="三亚市", cmp_from="突破"),
    A(SERV, "5000人次", "培训导游和旅游服务人员", "count", "=", 5000, "人次", "5000人次", "plan", Y),
    A("旅游投诉按时办结率保持在98%以上", "98%以上", "旅游投诉按时办结率", "share", ">=", 98, "%", "98%",
      "plan", END),

    # ---------------- 三、保障措施 ----------------
    A("确保到2025年旅游业增加值占地区生产总值比重提高到12%左右", "12%左右",
      "旅游业增加值占地区生产总值比重", "share", "~", 12, "%", "12%", "ensure", END),
]

SEC = "section or list numbering"
NAME = "part of a name or title, not a quantity"
NOT_TARGETS = [
    ("（2024—2025年）", 3, NAME + " (the period of the plan in its title; a span of years, not a range target)"),
    ("琼府办〔2024〕15号", 1, "document number"),
    ("2024年4月18日", 1, "date of issue"),
    ("进一步", 2, "进一步 (further), not a quantity"),
    ("一、主要目标", 1, SEC),
    ("到2025年，旅游消费规模", 1, "horizon of the qualitative aims of the plan (no number)"),
    ("成效。到2025年，全省", 1, "horizon of the 2300亿元 target"),
    ("主要指标见表1。\n\n表1", 1, "table number (a reference and the caption)"),
    (HEADER, 1, "table header: the base year and the years of the two target columns"),
    ("\t9000.6\t", 1, "2023 base (a past figure) in the table's base column"),
    ("\t1813.1\t", 1, "2023 base (a past figure) in the table's base column"),
    ("\t437.6\t", 1, "2023 base (a past figure) in the table's base column"),
    ("\t64.6\t", 1, "2023 base (a past figure) in the table's base column"),
    ("\t3.1\t", 1, "2023 base (a past figure) in the table's base column"),
    ("\t83\t", 1, "2023 base (a past figure) in the table's base column"),
    ("二、重点任务", 1, SEC),
    ("（一）", 1, SEC),
    ("2024年新增高星级酒店", 1, "horizon of the 20家 and 2万张 targets"),
    ("；到2025年，全省乡村民宿", 1, "horizon of the 3万张 target"),
    ("（二）", 1, SEC),
    ("2024年新开通", 1, "horizon of the 10条 target"),
    ("到2025年国际及地区", 1, "horizon of the 300班次 target"),
    ("按每班次最高20万元给予补贴", 1,
     "a subsidy per flight (a policy parameter, heldout convention), not a target; 班次 here is a rate basis"),
    ("（三）", 1, SEC),
    ("力争2025年离岛免税", 1, "horizon of the 800万人次 target"),
    ("（四）", 1, SEC),
    ("三亚", 2, NAME + " (the city 三亚市 / 三亚)"),
    ("建设，2025年入境邮轮", 1, "horizon of the 10万人次 target"),
    ("（五）", 1, SEC),
    ("；2024年统筹安排", 1, "horizon of the 1亿元 and 50亿元 figures"),
    ("（六）", 1, SEC),
    ("承载区，2025年接待游客", 1, "horizon of the 海口市/三亚市 targets"),
    ("培育一批", 1, "一批 (a number of), no count"),
    ("（七）", 1, SEC),
    ("行动，2024年培训", 1, "horizon of the 5000人次 target"),
    ("三、保障措施", 1, SEC),
    ("于2024年6月底前制定具体落实方案", 1, "a deadline with no quantity (a qualitative commitment)"),
    ("每季度通报一次进展情况", 1, "a reporting routine (一次 a quarter), not a record (heldout2 convention)"),
    ("确保到2025年", 1, "horizon of the 12% target"),
    ("四、组织实施", 1, SEC),
    ("有效期至2025年12月31日", 1, "the plan's term of validity (a date)"),
]


if __name__ == "__main__":
    main(HERE, ANNOTATIONS, NOT_TARGETS, codes=CODES, default_region=DEFAULT_REGION,
         units=UNITS, sections=SECTIONS, composed_subjects=COMPOSED_SUBJECTS,
         extra_checks=EXTRA_CHECKS)
