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
import json
import os
import re
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
DOC_PATH = os.path.join(HERE, "doc.txt")
META_PATH = os.path.join(HERE, "meta.json")


def A(text, span, indicator, measure, comparator, value, unit, value_text, strength,
      year, region=None, subject=None, qualifier=None, direction=None, occ=None,
      span_occ=0, optional=False, cmp_from=None, cell_unit=None):
    """One gold record.  text: the clause (verbatim; occ picks an occurrence when it
    repeats); span: the value expression inside the clause (span_occ picks one when
    it repeats there); cmp_from: where the comparator comes from when no comparator
    word stands in the span (a word of the clause, or RANGE_LOW / RANGE_HIGH for
    the two ends of a range); cell_unit: the unit of a bare table cell (HELDOUT3)."""
    return dict(text=text, span=span, indicator=indicator, measure=measure,
                comparator=comparator, value=value, unit=unit, value_text=value_text,
                strength=strength, year=year, region=region, subject=subject,
                qualifier=qualifier, direction=direction, occ=occ, span_occ=span_occ,
                optional=optional, cmp_from=cmp_from, cell_unit=cell_unit)


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
# ============================================================================
# Checking engine: the block of every build_gold.py under tests/data/corpus/
# and tests/data/heldout/, with three additive extensions (marked HELDOUT2),
# the same in all five tests/data/heldout2/ builds: 逾 is a `>=` word; 準 has
# its Simplified form 准; 百分之N (Chinese numerals, 点 decimals) is a %.
# tests/data/heldout3/ adds one more (marked HELDOUT3), the same in all five
# of its builds: a table cell holds a bare number whose unit stands in the
# row's indicator cell (旅游总收入（亿元）\t1800\t2050): A(..., cell_unit="亿元")
# reads value_text + cell_unit; the unit must be in the row and outside the span.
# Nothing that parsed before parses differently.
# ============================================================================

MEASURES = {"level", "growth", "count", "share", "rank"}
COMPARATORS = {">=", "<=", "~", "="}
STRENGTHS = {"ensure", "strive", "plan"}
DIRECTIONS = {None, "decrease", "increase"}
FIELDS = ("start", "end", "text", "region", "region_code", "subject", "indicator",
          "qualifier", "measure", "comparator", "value", "unit", "direction",
          "value_text", "strength", "year")

FULLWIDTH = str.maketrans("０１２３４５６７８９．％", "0123456789.%")
# Traditional -> Simplified, for unit, magnitude and numeral characters only
T2S = str.maketrans({"億": "亿", "萬": "万", "兩": "两", "個": "个", "場": "场",
                     "噸": "吨", "畝": "亩", "張": "张", "戶": "户", "條": "条",
                     "項": "项", "強": "强", "輛": "辆", "臺": "台", "處": "处",
                     "間": "间", "標": "标", "團": "团", "隊": "队", "鎮": "镇",
                     "點": "点", "歲": "岁",
                     "準": "准"})   # HELDOUT2: 準 (標準箱)
CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNITS = {"十": 10, "百": 100, "千": 1000}
MAGNITUDE = {"万亿": Decimal(10) ** 12, "亿": Decimal(10) ** 8, "万": Decimal(10) ** 4}
NUM = r"([0-9]+(?:\.[0-9]+)?|[零〇一二两三四五六七八九十百千]+)"
MAG = r"(万亿|亿|万)?"
# numerals for the coverage check: Arabic (ASCII or full-width, with decimals) or
# Chinese; 百 of 百分点 is part of a unit; 万/亿 are magnitudes, not numerals
NUMERAL = re.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)?"
                     r"|(?:[零〇一二两兩三四五六七八九十千]|百(?!分点))+")

# comparator words that may stand inside a span, longest first
CMP_WORDS = sorted([
    ("不少于", ">="), ("不低于", ">="), ("不少於", ">="), ("至少", ">="), ("突破", ">="),
    ("超过", ">="), ("超過", ">="), ("以上", ">="), ("超", ">="), ("破", ">="),
    ("逾", ">="),                                   # HELDOUT2
    ("不超过", "<="), ("不超過", "<="), ("不高于", "<="), ("以内", "<="), ("以內", "<="),
    ("以下", "<="), ("控制在", "<="), ("低于", "<="), ("低於", "<="),
    ("左右", "~"), ("约", "~"), ("約", "~"), ("上下", "~"), ("余", "~"), ("餘", "~"),
], key=lambda w: -len(w[0]))
RANGE_DASHES = "-—－–~～至到"


def cn_number(s):
    """A Chinese numeral: 十, 三, 一百二十, 两千, 三十五, 一万二千."""
    if "万" in s:
        hi, lo = s.split("万")
        return cn_number(hi) * 10000 + (cn_number(lo) if lo else 0)
    total, cur = 0, 0
    for ch in s:
        if ch in CN_DIGITS:
            cur = CN_DIGITS[ch]
        elif ch in CN_UNITS:
            total += (cur or 1) * CN_UNITS[ch]
            cur = 0
        else:
            raise ValueError(s)
    return Decimal(total + cur)


def number(s):
    if re.fullmatch(r"[0-9]+(\.[0-9]+)?", s):
        return Decimal(s)
    return cn_number(s)


def parse_value_text(vt, measure):
    """value_text as written -> (Decimal value in base units, Simplified base unit)."""
    v = vt.translate(FULLWIDTH).translate(T2S)
    m = re.fullmatch(r"([零〇一二两三四五六七八九十百千]+万[零〇一二两三四五六七八九十百千]+)(.+)", v)
    if m:                     # a Chinese numeral with 万 inside: 一万二千个
        return cn_number(m.group(1)), m.group(2)
    # HELDOUT2: 百分之八 / 百分之六点五 (a per cent written in Chinese numerals)
    m = re.fullmatch(r"百分之([零〇一二两三四五六七八九十]+)(?:点([零〇一二三四五六七八九]+))?", v)
    if m:
        frac = "".join(str(CN_DIGITS[c]) for c in (m.group(2) or ""))
        return cn_number(m.group(1)) + (Decimal("0." + frac) if frac else 0), "%"
    m = re.fullmatch(r"([0-9]+(?:\.[0-9]+)?)(%|个百分点)", v)
    if m:
        return Decimal(m.group(1)), m.group(2)
    m = re.fullmatch(NUM + r"成", v)
    if m:
        return number(m.group(1)) * 10, "%"
    if measure == "rank":
        m = re.fullmatch(NUM + r"(强|名|位)", v)
        assert m, ("rank value_text", vt)
        return number(m.group(1)), "名"
    m = re.fullmatch(NUM + "?" + MAG + r"(元|美元)", v) or re.fullmatch(NUM + "?" + r"(万亿|亿)()", v)
    if m and (m.group(1) or m.group(2)):
        val = number(m.group(1)) if m.group(1) else Decimal(1)
        if m.group(2):
            val *= MAGNITUDE[m.group(2)]
        return val, (m.group(3) or "元")
    m = re.fullmatch(NUM + MAG + r"(.+)", v)
    if m:
        val = number(m.group(1))
        if m.group(2):
            val *= MAGNITUDE[m.group(2)]
        return val, m.group(3)
    raise ValueError("cannot parse value_text %r" % vt)


def comparator_of(span, measure):
    """The comparator that the words inside a span give."""
    if measure == "rank":
        if "第" in span and not re.search("以内|以內", span):
            return "="
        return "<="
    for word, cmp in CMP_WORDS:
        if word in span:
            return cmp
    return "="


def plain(d):
    return int(d) if d == d.to_integral_value() else float(d)


def nth_find(hay, needle, n):
    pos = -1
    for _ in range(n + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def read_doc():
    with open(META_PATH, encoding="utf-8") as f:
        meta = json.load(f)
    with open(DOC_PATH, "rb") as f:
        raw = f.read()
    enc = meta["encoding"]
    doc = raw.decode(enc)
    assert doc.encode(enc) == raw, "the file does not round-trip through " + enc
    if enc == "big5":
        assert all(raw.decode(c) == doc for c in ("big5", "cp950", "big5hkscs"))
    if enc == "utf-8":
        assert not raw.startswith(b"\xef\xbb\xbf"), "no BOM"
    assert "\r" not in doc
    for key in ("date", "region", "encoding", "genre", "notes"):
        assert meta.get(key), ("meta.json lacks", key)
    assert meta["region"] == DEFAULT_REGION
    assert 1500 <= len(doc) <= 4000, ("length", len(doc))
    return doc, meta


def section_region(doc, pos):
    region = DEFAULT_REGION
    for marker, reg in SECTIONS:
        assert doc.count(marker) == 1, ("section marker not unique", marker)
        if doc.index(marker) <= pos:
            region = reg
    return region


def build_records(doc):
    records, seen = [], set()
    for a in ANNOTATIONS:
        n = doc.count(a["text"])
        assert n >= 1, ("clause not in doc", a["text"])
        if a["occ"] is None:
            assert n == 1, ("clause repeats; give occ", a["text"], n)
            occ = 0
        else:
            occ = a["occ"]
            assert occ < n, ("no such occurrence", a["text"], occ)
        t = nth_find(doc, a["text"], occ)
        assert a["text"].count(a["span"]) == 1 or a["span_occ"] > 0, ("span repeats in clause", a)
        k = nth_find(a["text"], a["span"], a["span_occ"])
        assert k >= 0, ("span not in clause", a["text"], a["span"])
        start, end = t + k, t + k + len(a["span"])
        assert doc[start:end] == a["span"], (doc[start:end], a["span"])
        region = a["region"] or section_region(doc, start)
        assert region in CODES, ("no code for region", region)
        assert re.fullmatch(r"[1-9][0-9]{5}", CODES[region])
        # field domains
        assert a["measure"] in MEASURES, a
        assert a["comparator"] in COMPARATORS, a
        assert a["strength"] in STRENGTHS, a
        assert a["direction"] in DIRECTIONS, a
        assert a["year"] is None or (isinstance(a["year"], int) and 2020 <= a["year"] <= 2035), a
        assert a["indicator"] and isinstance(a["indicator"], str), a
        assert a["unit"] in UNITS, ("unit not a Simplified base unit of this doc", a["unit"])
        # value_text sits in the span, as written, and value is value_text in base units
        assert a["value_text"] in a["span"], (a["value_text"], a["span"])
        vt = a["value_text"]
        if a.get("cell_unit"):                                  # HELDOUT3: a table cell
            assert re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", vt), ("a cell value is a bare number", a)
            assert "（" + a["cell_unit"] + "）" in a["text"], ("cell unit not in the row", a)
            assert a["cell_unit"] not in a["span"], a
            vt = vt + a["cell_unit"]
        value, unit = parse_value_text(vt, a["measure"])
        assert unit == a["unit"], (a["value_text"], unit, a["unit"])
        assert abs(value - Decimal(repr(a["value"]))) <= Decimal("1e-9") * max(Decimal(1), value), \
            (a["value_text"], value, a["value"])
        # comparator: from the words in the span, or from a named word of the clause
        if a["cmp_from"] in ("RANGE_LOW", "RANGE_HIGH"):
            if a["cmp_from"] == "RANGE_LOW":
                assert doc[end] in RANGE_DASHES, ("not the low end of a range", a)
                assert a["comparator"] == ">="
            else:
                assert doc[start - 1] in RANGE_DASHES, ("not the high end of a range", a)
                assert a["comparator"] == "<="
        elif a["cmp_from"]:
            assert a["cmp_from"] in a["text"] and a["cmp_from"] not in a["span"], a
            assert comparator_of(a["cmp_from"], a["measure"]) == a["comparator"], a
        else:
            assert comparator_of(a["span"], a["measure"]) == a["comparator"], \
                ("comparator disagrees with the span", a["span"], a["comparator"])
        # measure-specific sanity
        if a["measure"] == "level" and unit in ("元", "美元"):
            assert value >= 10 ** 4, a
        if a["measure"] in ("growth", "share"):
            assert unit in ("%", "个百分点"), a
        if a["measure"] == "rank":
            assert unit == "名", a
        if a["measure"] == "count":
            assert unit not in ("元", "美元", "%", "个百分点"), a
        if a["direction"] == "decrease":
            assert re.search("下降|减少|降低|压减|減少|壓減", a["text"]), a
        if a["qualifier"]:
            assert a["qualifier"] in a["text"], ("qualifier not in clause", a)
            q0 = a["text"].find(a["qualifier"])
            assert not (t + q0 < end and start < t + q0 + len(a["qualifier"])), ("qualifier overlaps span", a)
        if a["subject"] and a["subject"] not in COMPOSED_SUBJECTS:
            assert a["subject"] in doc, ("subject not in doc", a["subject"])
        key = (start, end, a["indicator"], region, a["subject"], value)
        assert key not in seen, ("duplicate record", key)
        seen.add(key)
        rec = {
            "start": start, "end": end, "text": a["text"], "region": region,
            "region_code": CODES[region], "subject": a["subject"],
            "indicator": a["indicator"], "qualifier": a["qualifier"],
            "measure": a["measure"], "comparator": a["comparator"], "value": plain(value),
            "unit": unit, "direction": a["direction"], "value_text": a["value_text"],
            "strength": a["strength"], "year": a["year"],
        }
        assert tuple(rec) == FIELDS
        if a["optional"]:
            rec["optional"] = True
        records.append(rec)
    records.sort(key=lambda r: (r["start"], r["end"], r["region"], r["indicator"]))
    return records


def check_numbers(doc, records):
    """Every numeral in the text is inside a gold span or explained once in NOT_TARGETS."""
    tokens = [(m.start(), m.end(), m.group()) for m in NUMERAL.finditer(doc)]
    spans = [(r["start"], r["end"], r.get("optional", False)) for r in records]
    for ts, te, tok in tokens:
        for s, e, _ in spans:
            assert not (s < te and ts < e) or (s <= ts and te <= e), ("span cuts a numeral", tok, ts)
    explained = {}
    for context, count, reason in NOT_TARGETS:
        n = doc.count(context)
        assert n == count, ("context count", context, n, count)
        pos, hits = -1, 0
        for _ in range(count):
            pos = doc.find(context, pos + 1)
            for ts, te, tok in tokens:
                if pos <= ts and te <= pos + len(context):
                    if any(s <= ts and te <= e for s, e, _ in spans):
                        continue
                    assert ts not in explained, ("numeral explained twice", tok, context,
                                                 explained.get(ts))
                    explained[ts] = (context, reason, tok)
                    hits += 1
        assert hits, ("context explains no numeral", context)
    covered, uncovered, missing = [], [], []
    for ts, te, tok in tokens:
        in_span = [opt for s, e, opt in spans if s <= ts and te <= e]
        if in_span:
            covered.append((ts, tok, all(in_span)))
        elif ts in explained:
            uncovered.append((ts, tok) + explained[ts])
        else:
            missing.append("%r at %d: %r" % (tok, ts, doc[max(0, ts - 12):te + 8]))
    assert not missing, "numerals neither in a gold span nor explained:\n  " + "\n  ".join(missing)
    return tokens, covered, uncovered


def not_target_list(uncovered):
    """Markdown list of the numerals outside gold spans, one line per context."""
    lines, last = [], None
    for ts, tok, context, reason, _ in sorted(uncovered):
        if last and last[0] == context:
            last[1].append(tok)
            continue
        last = (context, [tok], reason)
        lines.append(last)
    return ["- 「%s」: %s (%s)" % (c, ", ".join(toks), r) for c, toks, r in lines]


def main():
    doc, meta = read_doc()
    records = build_records(doc)
    tokens, covered, uncovered = check_numbers(doc, records)
    for check in EXTRA_CHECKS:
        check(doc, records)
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    n_opt = sum(1 for r in records if r.get("optional"))
    print("%s: %d characters (%s); %d records (%d required, %d optional); "
          "%d numerals: %d in gold spans, %d explained"
          % (os.path.basename(HERE), len(doc), meta["encoding"], len(records),
             len(records) - n_opt, n_opt, len(tokens), len(covered), len(uncovered)))
    if "-v" in sys.argv:
        for r in records:
            print(r["start"], r["end"], repr(doc[r["start"]:r["end"]]), r["region"],
                  r["subject"] or "", r["indicator"], r["qualifier"] or "", r["measure"],
                  r["comparator"], r["value"], r["unit"], r["direction"] or "",
                  r["strength"], r["year"], "OPT" if r.get("optional") else "")
    if "--not-targets" in sys.argv:
        print("\n".join(not_target_list(uncovered)))


if __name__ == "__main__":
    main()
