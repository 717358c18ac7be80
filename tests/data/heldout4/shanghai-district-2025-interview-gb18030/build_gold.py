#!/usr/bin/env python3
"""Build the gold standard for shanghai-district-2025-interview-gb18030 (doc.txt, GB18030).

The document is a newspaper interview (▶问： / 答：) with the head of 宝山区, a
district of the municipality 上海市 (GB/T 2260 310113), on the district's 2025
targets, dated 2025-01-24 and written anew for this held-out set; every figure
is illustrative (see meta.json "notes").  It has a 2024 review (results only),
the main targets with one range (5%—5.5%), a 确保…、力争… pair, two changes of a
share in 个百分点, areas of the district (南大智慧城, 吴淞创新城, 吴淞口国际邮轮港)
and its 街道 and 镇 as subjects, one 分别 over two 镇, one 各 over two 街道, and a
closing answer that pledges the range's floor with 确保.  Units 亿元, 万平方米,
亩, 户, 幢, 套, 张, 人次, 个百分点.

GB18030 (meta.json "encoding": "gb18030"): the ▶ before each question is outside
GBK, so the file decodes as GB18030 only (not as GBK, not as UTF-8).

Each annotation names the clause it was read from (a verbatim substring of
doc.txt), the value expression inside it (the span) and the TARGETS.md fields.
start/end are Python str indices over the decoded text, computed from the
clause and its occurrence, never counted by hand.  The checks assert that every
span slices back out of the text, that every value equals its value_text in
base units, that the comparator agrees with the words in the span, and that
every numeral of the text is either inside a gold span or explained in
NOT_TARGETS.
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

CODES = {"宝山区": "310113"}
DEFAULT_REGION = "宝山区"
SECTIONS = []
COMPOSED_SUBJECTS = set()
UNITS = {"元", "%", "个百分点", "个", "家", "户", "幢", "套", "张", "亩", "平方米", "人次"}
STREETS_TOWNS = ("顾村镇", "杨行镇", "罗店镇", "大场镇", "罗泾镇", "友谊路街道", "吴淞街道", "张庙街道")
AREAS = ("南大智慧城", "吴淞创新城", "吴淞口国际邮轮港")


def check_interview(doc, records):
    assert 1500 <= len(doc) <= 3000, len(doc)
    assert 20 <= len(records) <= 40, len(records)
    with open(DOC_PATH, "rb") as f:
        raw = f.read()
    assert raw.decode("gb18030") == doc and doc.encode("gb18030") == raw
    for codec in ("gbk", "utf-8"):
        try:
            raw.decode(codec)
            raise AssertionError("the file must need GB18030, but it decodes as " + codec)
        except UnicodeDecodeError:
            pass
    assert "▶" in doc and doc.count("▶问：") == doc.count("\n答：") == 7
    for r in records:
        assert r["region"] == "宝山区" and r["region_code"] == "310113" and r["year"] == 2025
        assert r["subject"] in (None,) + STREETS_TOWNS + AREAS, r["subject"]
    # every 街道 and 镇 of the text is a subject of some record
    assert {r["subject"] for r in records} >= set(STREETS_TOWNS)
    # one range: low end >=, high end <=, adjacent spans around the dash
    rng = sorted((r for r in records if r["indicator"] == "地区生产总值" and r["strength"] == "plan"),
                 key=lambda r: r["start"])
    assert [(r["comparator"], r["value"]) for r in rng] == [(">=", 5), ("<=", 5.5)]
    assert doc[rng[0]["end"]:rng[1]["start"]] == "—"
    # the closing pledge is the range's floor
    floor = [r for r in records if r["indicator"] == "地区生产总值" and r["strength"] == "ensure"]
    assert len(floor) == 1 and floor[0]["value"] == rng[0]["value"] and floor[0]["comparator"] == ">="
    # 分别 in order, 各 on one span
    fb = {r["subject"]: r["value"] for r in records if r["indicator"] == "规模以上工业总产值" and r["subject"]}
    assert fb == {"顾村镇": 3.2e10, "杨行镇": 2.8e10}
    ge = [r for r in records if r["indicator"] == "新增楼宇"]
    assert len(ge) == 2 and len({(r["start"], r["end"]) for r in ge}) == 1
    assert {r["subject"] for r in ge} == {"友谊路街道", "吴淞街道"}
    # the pair: ensure is the floor
    pair = {r["strength"]: r["value"] for r in records if r["indicator"] == "工业投资" and r["unit"] == "元"}
    assert pair == {"ensure": 1.5e10, "strive": 1.8e10}
    # changes of a share in points: share, 个百分点, direction null
    pts = [r for r in records if r["unit"] == "个百分点"]
    assert len(pts) == 2 and all(r["measure"] == "share" and r["direction"] is None for r in pts)
    # the parts stay within the district totals they belong to
    assert 6e4 <= 40e4 and 130e4 > 102e4 and 1.8e11 > 1.75e11


EXTRA_CHECKS = [check_interview]

Y = 2025
MAIN = "今年全区地区生产总值预期增长5%—5.5%，一般公共预算收入增长3%左右，全社会固定资产投资增长6%，其中工业投资增长10%以上；新增就业岗位2.8万个"
NORTH = "今年规模以上工业总产值力争突破1800亿元，战略性新兴产业产值占规模以上工业总产值比重提高2个百分点，全社会研发经费支出相当于地区生产总值的比例提高0.2个百分点"
AREA = "南大智慧城今年新开工建筑面积80万平方米，吴淞创新城完成土地收储1500亩、新开工建筑面积50万平方米以上"
PAIR = "我们将确保工业投资突破150亿元、力争达到180亿元，全年引进亿元以上产业项目60个以上"
TOWN = "顾村镇、杨行镇要发挥产业基础优势，规模以上工业总产值分别突破320亿元和280亿元；罗店镇依托机器人产业园，全年新增机器人及智能制造企业30家"
STREET = "友谊路街道、吴淞街道重点发展楼宇经济，各新增税收亿元楼宇2幢"
DACHANG = "大场镇今年要完成城中村改造项目动迁1200户，罗泾镇新建高标准农田3000亩"
BIZ = "全年新增市场主体2.5万户，新引进总部型企业10家"
LIFE = "今年全区将完成旧住房更新改造40万平方米，其中张庙街道完成不成套职工住房改造6万平方米；新增保障性租赁住房6000套，新增养老床位600张，新建改建口袋公园10个"

ANNOTATIONS = [
    # ---------------- the main targets (预期, plan) ----------------
    A("地区生产总值预期增长5%—", "5%", "地区生产总值", "growth", ">=", 5, "%", "5%", "plan", Y,
      cmp_from="RANGE_LOW"),
    A(MAIN, "5.5%", "地区生产总值", "growth", "<=", 5.5, "%", "5.5%", "plan", Y, cmp_from="RANGE_HIGH"),
    A(MAIN, "3%左右", "一般公共预算收入", "growth", "~", 3, "%", "3%", "plan", Y),
    A(MAIN, "6%", "全社会固定资产投资", "growth", "=", 6, "%", "6%", "plan", Y),
    A(MAIN, "10%以上", "工业投资", "growth", ">=", 10, "%", "10%", "plan", Y),
    A(MAIN, "2.8万个", "新增就业岗位", "count", "=", 28000, "个", "2.8万个", "plan", Y),

    # ---------------- 北转型 ----------------
    A(NORTH, "突破1800亿元", "规模以上工业总产值", "level", ">=", 1.8e11, "元", "1800亿元", "strive", Y),
    # 提高 is a verb of its own: 力争 does not carry over; a change of a share in points
    A("比重提高2个百分点", "2个百分点", "战略性新兴产业产值占规模以上工业总产值比重", "share", "=", 2, "个百分点",
      "2个百分点", "plan", Y),
    A(NORTH, "0.2个百分点", "全社会研发经费支出相当于地区生产总值的比例", "share", "=", 0.2, "个百分点",
      "0.2个百分点", "plan", Y),
    A(AREA, "80万平方米", "新开工建筑面积", "level", "=", 800000, "平方米", "80万平方米", "plan", Y,
      subject="南大智慧城"),
    A(AREA, "1500亩", "完成土地收储", "level", "=", 1500, "亩", "1500亩", "plan", Y, subject="吴淞创新城"),
    A(AREA, "50万平方米以上", "新开工建筑面积", "level", ">=", 500000, "平方米", "50万平方米", "plan", Y,
      subject="吴淞创新城"),
    A(PAIR, "突破150亿元", "工业投资", "level", ">=", 1.5e10, "元", "150亿元", "ensure", Y),
    A(PAIR, "180亿元", "工业投资", "level", "=", 1.8e10, "元", "180亿元", "strive", Y),
    A(PAIR, "60个以上", "引进产业项目", "count", ">=", 60, "个", "60个", "plan", Y, qualifier="亿元以上"),

    # ---------------- 街镇 ----------------
    # 分别 pairs in order; 突破 before the pair governs both
    A(TOWN, "突破320亿元", "规模以上工业总产值", "level", ">=", 3.2e10, "元", "320亿元", "plan", Y,
      subject="顾村镇"),
    A(TOWN, "280亿元", "规模以上工业总产值", "level", ">=", 2.8e10, "元", "280亿元", "plan", Y,
      subject="杨行镇", cmp_from="突破"),
    A(TOWN, "30家", "新增机器人及智能制造企业", "count", "=", 30, "家", "30家", "plan", Y, subject="罗店镇"),
    # 各: one span, one record per 街道; 税收亿元 is the class of building (qualifier)
    A(STREET, "2幢", "新增楼宇", "count", "=", 2, "幢", "2幢", "plan", Y, subject="友谊路街道",
      qualifier="税收亿元"),
    A(STREET, "2幢", "新增楼宇", "count", "=", 2, "幢", "2幢", "plan", Y, subject="吴淞街道",
      qualifier="税收亿元"),
    A(DACHANG, "1200户", "城中村改造项目动迁", "count", "=", 1200, "户", "1200户", "plan", Y, subject="大场镇"),
    A(DACHANG, "3000亩", "新建高标准农田", "level", "=", 3000, "亩", "3000亩", "plan", Y, subject="罗泾镇"),

    # ---------------- 营商环境 ----------------
    A(BIZ, "2.5万户", "新增市场主体", "count", "=", 25000, "户", "2.5万户", "plan", Y),
    A(BIZ, "10家", "新引进总部型企业", "count", "=", 10, "家", "10家", "plan", Y),

    # ---------------- 民生 ----------------
    A(LIFE, "40万平方米", "旧住房更新改造", "level", "=", 400000, "平方米", "40万平方米", "plan", Y),
    A(LIFE, "6万平方米", "不成套职工住房改造", "level", "=", 60000, "平方米", "6万平方米", "plan", Y,
      subject="张庙街道"),
    A(LIFE, "6000套", "新增保障性租赁住房", "count", "=", 6000, "套", "6000套", "plan", Y),
    A(LIFE, "600张", "新增养老床位", "count", "=", 600, "张", "600张", "plan", Y),
    A(LIFE, "10个", "新建改建口袋公园", "count", "=", 10, "个", "10个", "plan", Y),
    A("吴淞口国际邮轮港接待出入境旅客力争突破130万人次", "突破130万人次", "接待出入境旅客", "count", ">=",
      1300000, "人次", "130万人次", "strive", Y, subject="吴淞口国际邮轮港"),

    # ---------------- the closing answer: the range's floor, pledged ----------------
    A("确保地区生产总值增长5%以上", "5%以上", "地区生产总值", "growth", ">=", 5, "%", "5%", "ensure", Y),
]

NAME = "part of a name or slogan, not a quantity"
PAST = "2024 result (past), not a target"
NOT_TARGETS = [
    ("“十四五”", 3, NAME + " (the 14th five-year plan; headline, lead and closing answer)"),
    ("2025年是", 1, "the year of the interview's subject (a date)"),
    ("▶问：回顾2024年", 1, "the year reviewed"),
    ("过去一年", 1, "过去一年 (the past year), a period, not a quantity"),
    ("全区地区生产总值达到1860亿元，同比增长5.2%；规模以上工业总产值1750亿元，"
     "战略性新兴产业产值占规模以上工业总产值比重达到41.5%", 1, PAST + " (达到 in the past tense)"),
    ("两大转型主战场全年新开工项目建筑面积120万平方米", 1,
     PAST + " (两大 enumerates the two areas just named)"),
    ("吴淞口国际邮轮港接待出入境旅客102万人次", 1, PAST + " (the base of the 130万人次 target)"),
    ("全年引进亿元以上产业项目52个", 1, PAST),
    ("一起拼、一起干", 1, "一起 (together), a word, not a quantity"),
    ("，一般公共预算收入", 1, "一 of the word 一般 (general)"),
    ("设定为一个区间", 1, "一个区间 (a range) describes the form of the target, not a quantity"),
    ("三大主导产业", 1, "三大 enumerates the three industries just named (a structure)"),
    ("每季度开展一次专项督查", 1, "a working routine (one inspection a quarter), not a target"),
    ("“一网通办”", 1, NAME + " (Shanghai's one-stop online government service)"),
    ("“一企一专员”", 1, NAME + " (a service slogan: one officer per firm)"),
    ("“15分钟社区生活圈”", 1, NAME + " (Shanghai's 15-minute community life circle programme)"),
    ("老百姓", 1, "百 of the word 老百姓 (ordinary people)"),
    ("一季度力争实现“开门红”", 1,
     "names the first quarter; 开门红 (a strong start) carries no quantity"),
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
