#!/usr/bin/env python3
"""Build the gold standard for xinjiang-county-2024-work-report (doc.txt, UTF-8).

The document is an excerpt (摘要) of a county government work report, that of
阿瓦提县 (阿克苏地区, 新疆维吾尔自治区; GB/T 2260 652928) for 2024, dated
2024-01-12 and written anew for this held-out set; every figure is illustrative
(see meta.json "notes").  It has a 2023 review (results only), the 主要预期目标
list, and six key tasks （一）…（六） with two 确保…、力争… pairs, 兵地融合 and 援疆
wording (第一师阿拉尔市, 浙江援疆, 团场), 万亩 cotton, 万头（只） livestock and 万头/万只
as size classes of farms (qualifiers), and region names that can be confused:
阿克苏地区 (the prefecture; one target of its own, in a 贡献阿瓦提力量 clause),
阿克苏市 (a county-level city named as a road's end), 阿拉尔市 (the 兵团 city that
co-builds the county's park), 地委/地区下达 (the prefecture) and 地区生产总值 (GDP).

Each annotation names the clause it was read from (a verbatim substring of
doc.txt), the value expression inside it (the span) and the TARGETS.md fields.
start/end are Python str indices computed from the clause and its occurrence,
never counted by hand.  The checks assert that every span slices back out of
the text, that every value equals its value_text in base units, that the
comparator agrees with the words in the span, and that every numeral of the
text is either inside a gold span or explained in NOT_TARGETS.
Run:  python3 build_gold.py [-v] [--not-targets]
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

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

CODES = {"阿瓦提县": "652928", "阿克苏地区": "652900", "阿克苏市": "652901", "阿拉尔市": "659002"}
DEFAULT_REGION = "阿瓦提县"
SECTIONS = []
COMPOSED_SUBJECTS = set()
UNITS = {"元", "%", "人", "人次", "亩", "吨", "头", "只", "锭", "家", "个", "名", "所", "公里"}


def check_county_report(doc, records):
    assert 1500 <= len(doc) <= 3000, len(doc)
    assert 20 <= len(records) <= 40, len(records)
    assert all(r["year"] == 2024 for r in records)
    # the one prefecture target; every other record is the county's, even next to 阿克苏市 / 阿拉尔市
    pref = [r for r in records if r["region"] != "阿瓦提县"]
    assert len(pref) == 1 and pref[0]["region"] == "阿克苏地区" and pref[0]["region_code"] == "652900"
    assert pref[0]["value"] == 2000000 and pref[0]["unit"] == "吨"
    for r in records:
        if "阿克苏市" in r["text"] or "阿拉尔市" in r["text"]:
            assert r["region"] == "阿瓦提县", r
    # the two 确保/力争 pairs: ensure is the floor (突破), strive the higher level
    for ind in ("皮棉总产", "纺织服装产业产值"):
        pair = {r["strength"]: r for r in records if r["indicator"] == ind}
        assert pair["ensure"]["comparator"] == ">=" and pair["strive"]["comparator"] == "="
        assert pair["ensure"]["value"] < pair["strive"]["value"], ind
    # 万头 / 万只 name the size class of a farm: qualifiers of counts, never values
    farms = [r for r in records if r["qualifier"] in ("万头", "万只")]
    assert sorted((r["qualifier"], r["value"]) for r in farms) == [("万只", 3), ("万头", 2)]
    # livestock in 头（只）: the span holds （只）, value_text and unit do not
    stock = [r for r in records if "（只）" in doc[r["start"]:r["end"]]]
    assert len(stock) == 2 and all(r["unit"] == "头" and "只" not in r["value_text"] for r in stock)
    # each 2024 target stands above its 2023 result where the review gives one
    assert 150e4 > 148e4 and 21e4 < 21.3e4 < 22e4 and 90e4 > 86e4 and 75e4 > 72e4 and 98 > 96


EXTRA_CHECKS = [check_county_report]

Y = 2024
MAIN = "地区生产总值增长7.5%左右；规模以上工业增加值增长12%；固定资产投资增长15%以上；社会消费品零售总额增长8%"
INC = "城镇居民人均可支配收入增长6.5%，农村居民人均可支配收入增长8.5%"
JOB = "城镇新增就业2800人，城镇调查失业率控制在5%以内；粮食播种面积稳定在18万亩以上"
COT = "全年棉花种植面积稳定在150万亩左右，其中长绒棉种植面积达到40万亩；确保皮棉总产突破21万吨、力争达到22万吨，为阿克苏地区棉花总产稳定在200万吨以上贡献阿瓦提力量"
FARM = "新建高标准农田8万亩，推广膜下滴灌、水肥一体化技术，棉花机采率提高到98%以上"
TEX = "新增纱锭10万锭；确保纺织服装产业产值突破45亿元、力争达到50亿元，新增纺织服装产业就业2000人以上"
PARK = "与第一师阿拉尔市共建的兵地融合产业园年内新入驻企业15家，园区规模以上工业企业达到30家"
LIVE = "全年牲畜存栏稳定在90万头（只）以上，出栏突破75万头（只）；新建万头肉牛养殖基地2个、万只湖羊养殖基地3个，肉牛存栏达到8万头"
AID = "全年争取援疆资金3亿元以上，实施援疆项目25个"
AID2 = "引进浙江等援疆省市企业10家以上，“组团式”援疆教育、医疗人才不少于60名"
ROAD = "完成阿克苏市至阿瓦提县公路改扩建32公里，新建改建农村公路120公里"
LIFE = "全年民生支出占一般公共预算支出比重保持在75%以上；新建、改扩建中小学和幼儿园6所，新增学位3000个；促进农村富余劳动力转移就业4.5万人次以上"

ANNOTATIONS = [
    # ---------------- 二、主要预期目标 (all plan, 2024) ----------------
    A(MAIN, "7.5%左右", "地区生产总值", "growth", "~", 7.5, "%", "7.5%", "plan", Y),
    A(MAIN, "12%", "规模以上工业增加值", "growth", "=", 12, "%", "12%", "plan", Y),
    A(MAIN, "15%以上", "固定资产投资", "growth", ">=", 15, "%", "15%", "plan", Y),
    A(MAIN, "8%", "社会消费品零售总额", "growth", "=", 8, "%", "8%", "plan", Y),
    A("一般公共预算收入增长6%", "6%", "一般公共预算收入", "growth", "=", 6, "%", "6%", "plan", Y),
    A(INC, "6.5%", "城镇居民人均可支配收入", "growth", "=", 6.5, "%", "6.5%", "plan", Y),
    A(INC, "8.5%", "农村居民人均可支配收入", "growth", "=", 8.5, "%", "8.5%", "plan", Y),
    A(JOB, "2800人", "城镇新增就业", "count", "=", 2800, "人", "2800人", "plan", Y),
    A(JOB, "控制在5%以内", "城镇调查失业率", "share", "<=", 5, "%", "5%", "plan", Y),
    A(JOB, "18万亩以上", "粮食播种面积", "level", ">=", 180000, "亩", "18万亩", "plan", Y),

    # ---------------- （一）棉花 ----------------
    A(COT, "150万亩左右", "棉花种植面积", "level", "~", 1500000, "亩", "150万亩", "plan", Y),
    A(COT, "40万亩", "长绒棉种植面积", "level", "=", 400000, "亩", "40万亩", "plan", Y),
    A(COT, "突破21万吨", "皮棉总产", "level", ">=", 210000, "吨", "21万吨", "ensure", Y),
    A(COT, "22万吨", "皮棉总产", "level", "=", 220000, "吨", "22万吨", "strive", Y),
    # the prefecture's target, named in a 贡献阿瓦提力量 clause (own verb 稳定在: no carry-over of 力争)
    A(COT, "200万吨以上", "棉花总产", "level", ">=", 2000000, "吨", "200万吨", "plan", Y,
      region="阿克苏地区"),
    A(FARM, "8万亩", "新建高标准农田", "level", "=", 80000, "亩", "8万亩", "plan", Y),
    A(FARM, "98%以上", "棉花机采率", "share", ">=", 98, "%", "98%", "plan", Y),

    # ---------------- （二）纺织服装 ----------------
    A(TEX, "10万锭", "新增纱锭", "count", "=", 100000, "锭", "10万锭", "plan", Y),
    A(TEX, "突破45亿元", "纺织服装产业产值", "level", ">=", 4.5e9, "元", "45亿元", "ensure", Y),
    A(TEX, "50亿元", "纺织服装产业产值", "level", "=", 5e9, "元", "50亿元", "strive", Y),
    # 新增 is a verb of its own: 力争 does not carry over
    A(TEX, "2000人以上", "新增纺织服装产业就业", "count", ">=", 2000, "人", "2000人", "plan", Y),
    # the park is co-built with the 兵团 city; the report speaks for the county: region 阿瓦提县
    A(PARK, "15家", "新入驻企业", "count", "=", 15, "家", "15家", "plan", Y, subject="兵地融合产业园"),
    A(PARK, "30家", "规模以上工业企业", "count", "=", 30, "家", "30家", "plan", Y, subject="兵地融合产业园"),

    # ---------------- （三）畜牧 ----------------
    A(LIVE, "90万头（只）以上", "牲畜存栏", "count", ">=", 900000, "头", "90万头", "plan", Y),
    A(LIVE, "突破75万头（只）", "牲畜出栏", "count", ">=", 750000, "头", "75万头", "plan", Y),
    # 万头 / 万只 are the size class of the farm (qualifier); the count is 2个 / 3个
    A(LIVE, "2个", "新建肉牛养殖基地", "count", "=", 2, "个", "2个", "plan", Y, qualifier="万头"),
    A(LIVE, "3个", "新建湖羊养殖基地", "count", "=", 3, "个", "3个", "plan", Y, qualifier="万只"),
    A(LIVE, "8万头", "肉牛存栏", "count", "=", 80000, "头", "8万头", "plan", Y),

    # ---------------- （四）援疆、兵地融合 ----------------
    A(AID, "3亿元以上", "争取援疆资金", "level", ">=", 3e8, "元", "3亿元", "strive", Y),
    A(AID, "25个", "实施援疆项目", "count", "=", 25, "个", "25个", "plan", Y),
    A(AID2, "10家以上", "引进援疆省市企业", "count", ">=", 10, "家", "10家", "plan", Y),
    A(AID2, "不少于60名", "“组团式”援疆教育、医疗人才", "count", ">=", 60, "名", "60名", "plan", Y),
    A("与第一师相邻团场共建共享水利、交通等基础设施项目5个", "5个", "共建共享基础设施项目", "count", "=", 5,
      "个", "5个", "plan", Y),

    # ---------------- （五）基础设施 ----------------
    # 阿克苏市 is the road's other end; the task is the county's
    A(ROAD, "32公里", "公路改扩建", "level", "=", 32, "公里", "32公里", "plan", Y),
    A(ROAD, "120公里", "新建改建农村公路", "level", "=", 120, "公里", "120公里", "plan", Y),

    # ---------------- （六）民生 ----------------
    A(LIFE, "75%以上", "民生支出占一般公共预算支出比重", "share", ">=", 75, "%", "75%", "plan", Y),
    A(LIFE, "6所", "新建、改扩建中小学和幼儿园", "count", "=", 6, "所", "6所", "plan", Y),
    A(LIFE, "3000个", "新增学位", "count", "=", 3000, "个", "3000个", "plan", Y),
    A(LIFE, "4.5万人次以上", "农村富余劳动力转移就业", "count", ">=", 45000, "人次", "4.5万人次", "plan", Y),
]

SEC = "section or list numbering"
NAME = "part of a name or slogan, not a quantity"
PAST = "2023 result (past), not a target"
NOT_TARGETS = [
    ("阿瓦提县2024年政府工作报告", 1, "title: the year of the report"),
    ("——2024年1月12日在阿瓦提县第十八届人民代表大会第四次会议上", 1,
     "date of the session and ordinals of the congress and its session"),
    ("一、2023年工作回顾", 1, SEC + "; the year reviewed"),
    ("过去一年", 1, "过去一年 (the past year), a period, not a quantity"),
    ("全县实现地区生产总值112亿元，增长7.8%；一般公共预算收入7.6亿元，增长9.1%", 1,
     PAST + " (一 of the word 一般)"),
    ("棉花种植面积稳定在148万亩，皮棉总产21.3万吨，棉花机采率达到96%", 1,
     PAST + " (稳定在 and 达到 in the past tense)"),
    ("牲畜存栏86万头（只），出栏72万头（只）", 1, PAST),
    ("浙江援疆到位资金2.6亿元，实施援疆项目22个", 1, PAST),
    ("与第一师阿拉尔市", 2, NAME + " (第一师: the 1st Division of the 兵团, whose seat is 阿拉尔市)"),
    ("产业园新入驻企业12家", 1, PAST),
    ("民生支出占一般公共预算支出的比重达到74.2%，城镇新增就业2650人，新建改扩建学校5所", 1,
     PAST + " (一 of the word 一般)"),
    ("二、2024年主要预期目标", 1, SEC + "; the year of the targets"),
    ("“十四五”", 1, NAME + " (the 14th five-year plan)"),
    ("社会消费品零售总额", 1, "零 of the word 零售 (retail)"),
    ("；一般公共预算收入增长6%", 1, "一 of the word 一般 (general)"),
    ("三、2024年重点工作", 1, SEC + "; the year of the tasks"),
    ("以下六个方面工作", 1, "六个 enumerates the six tasks that follow (a structure)"),
    ("（一）", 1, SEC),
    ("水肥一体化", 1, "一 of the word 一体化 (integrated)"),
    ("（二）", 1, SEC),
    ("（三）", 1, SEC),
    ("（四）", 1, SEC),
    ("与第一师相邻团场", 1, NAME + " (第一师, the 兵团 division)"),
    ("（五）", 1, SEC),
    ("城乡供水一体化", 1, "一 of the word 一体化 (integrated)"),
    ("（六）", 1, SEC),
    ("民生支出占一般公共预算支出比重保持在", 1, "一 of the word 一般 (general)"),
    ("新的一年", 1, "新的一年 (the new year), a period, not a quantity"),
]
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
