#!/usr/bin/env python3
"""Build the gold standard for zhejiang-county-2025-14th-fyp (doc.txt, UTF-8).

The document is an excerpt of the 14th five-year plan outline (十四五规划纲要) of
永康市, a county-level city of 金华市, 浙江省, written anew for this corpus; its
figures are illustrative (see meta.json "notes").  It is dated 2021-03 and all
its targets fall due in 2025 (到2025年, 今后五年, 五年累计, “十四五”期间); the 2020
figures it quotes are baselines, not targets.  Many values are written in
Chinese numerals (两千家, 一百二十个, 三万亩, 一万二千个).

Each annotation names the clause it was read from (a verbatim substring of
doc.txt), the value expression inside it (the span) and the TARGETS.md fields.
start/end are computed, never counted by hand.  The checks assert that every
span slices back out of the text, that every value equals its value_text in
base units (Chinese numerals included), that the comparator agrees with the
words in the span, and that every numeral of the text is either inside a gold
span or explained in NOT_TARGETS.
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
      span_occ=0, optional=False, cmp_from=None):
    """One gold record.  text: the clause (verbatim; occ picks an occurrence when it
    repeats); span: the value expression inside the clause (span_occ picks one when
    it repeats there); cmp_from: where the comparator comes from when no comparator
    word stands in the span (a word of the clause, or RANGE_LOW / RANGE_HIGH for
    the two ends of a range)."""
    return dict(text=text, span=span, indicator=indicator, measure=measure,
                comparator=comparator, value=value, unit=unit, value_text=value_text,
                strength=strength, year=year, region=region, subject=subject,
                qualifier=qualifier, direction=direction, occ=occ, span_occ=span_occ,
                optional=optional, cmp_from=cmp_from)


CODES = {"永康市": "330784"}
DEFAULT_REGION = "永康市"
SECTIONS = []
COMPOSED_SUBJECTS = set()
EXTRA_CHECKS = []
UNITS = {"元", "美元", "%", "个", "家", "人", "台", "亩", "所", "张", "岁",
         "微克/立方米"}

P = 2025          # the plan period 2021-2025

ECON = "到2025年，地区生产总值达到800亿元，年均增长6.5%左右"
HT = "高新技术企业数量达到600家，较2020年翻一番"
TRADE = "外贸进出口总额达到700亿元，其中出口650亿元以上"
INCOME = "城镇居民人均可支配收入达到9万元、农村居民人均可支配收入达到5万元"
FIRMS = "培育营业收入超百亿元企业三家、超十亿元企业三十家"
SCHOOLS = "五年新建改扩建中小学和幼儿园二十所，新增公办学位一万二千个，新增养老机构床位一千张"

ANNOTATIONS = [
    # ---------------- 经济实力 ----------------
    A(ECON, "800亿元",
      "地区生产总值", "level", "=", 8e10, "元", "800亿元", "plan", P),
    A(ECON, "6.5%左右",
      "地区生产总值", "growth", "~", 6.5, "%", "6.5%", "plan", P),
    A("人均地区生产总值达到12万元以上", "12万元以上",
      "人均地区生产总值", "level", ">=", 120000, "元", "12万元", "plan", P),
    A("一般公共预算收入达到60亿元，年均增长6%", "60亿元",
      "一般公共预算收入", "level", "=", 6e9, "元", "60亿元", "plan", P),
    A("一般公共预算收入达到60亿元，年均增长6%", "6%",
      "一般公共预算收入", "growth", "=", 6, "%", "6%", "plan", P),
    A("五年累计完成固定资产投资1800亿元以上", "1800亿元以上",
      "累计完成固定资产投资", "level", ">=", 1.8e11, "元", "1800亿元", "plan", P),
    A("其中工业投资累计完成700亿元", "700亿元",
      "工业投资累计完成", "level", "=", 7e10, "元", "700亿元", "plan", P),

    # ---------------- 创新动能 ----------------
    A("研究与试验发展经费支出占地区生产总值比重达到3.3%", "3.3%",
      "研究与试验发展经费支出占地区生产总值比重", "share", "=", 3.3, "%", "3.3%", "plan", P),
    A(HT, "600家",
      "高新技术企业数量", "count", "=", 600, "家", "600家", "plan", P),
    A("规模以上工业企业数量达到两千家", "两千家",
      "规模以上工业企业数量", "count", "=", 2000, "家", "两千家", "plan", P),
    A("高新技术产业增加值占规上工业增加值比重提高到65%", "65%",
      "高新技术产业增加值占规上工业增加值比重", "share", "=", 65, "%", "65%", "plan", P),

    # ---------------- 开放合作 ----------------
    A(TRADE, "700亿元",
      "外贸进出口总额", "level", "=", 7e10, "元", "700亿元", "plan", P),
    A(TRADE, "650亿元以上",
      "出口", "level", ">=", 6.5e10, "元", "650亿元", "plan", P),
    A("五年累计实际利用外资3亿美元", "3亿美元",
      "累计实际利用外资", "level", "=", 3e8, "美元", "3亿美元", "plan", P),
    A("累计引进亿元以上产业项目一百二十个", "一百二十个",
      "累计引进产业项目", "count", "=", 120, "个", "一百二十个", "plan", P,
      qualifier="亿元以上"),

    # ---------------- 城乡融合 ----------------
    A("常住人口城镇化率达到72%", "72%",
      "常住人口城镇化率", "share", "=", 72, "%", "72%", "plan", P),
    A("建成美丽乡村精品村30个", "30个",
      "美丽乡村精品村", "count", "=", 30, "个", "30个", "plan", P),

    # ---------------- 生态文明 ----------------
    A("单位地区生产总值二氧化碳排放五年累计下降18%", "18%",
      "单位地区生产总值二氧化碳排放", "growth", "=", 18, "%", "18%", "plan", P,
      direction="decrease"),
    A("细颗粒物（PM2.5）平均浓度控制在25微克/立方米以内", "控制在25微克/立方米以内",
      "细颗粒物（PM2.5）平均浓度", "level", "<=", 25, "微克/立方米", "25微克/立方米",
      "plan", P),
    A("县控以上断面地表水达到或优于Ⅲ类水质比例保持100%", "100%",
      "地表水达到或优于Ⅲ类水质比例", "share", "=", 100, "%", "100%", "plan", P,
      qualifier="县控以上断面"),
    A("森林覆盖率稳定在56%以上", "56%以上",
      "森林覆盖率", "share", ">=", 56, "%", "56%", "plan", P),

    # ---------------- 民生福祉 ----------------
    A(INCOME, "9万元",
      "城镇居民人均可支配收入", "level", "=", 90000, "元", "9万元", "plan", P),
    A(INCOME, "5万元",
      "农村居民人均可支配收入", "level", "=", 50000, "元", "5万元", "plan", P),
    A("城镇调查失业率控制在5%以内", "控制在5%以内",
      "城镇调查失业率", "share", "<=", 5, "%", "5%", "plan", P),
    A("每千人口拥有执业（助理）医师数达到3.6人", "3.6人",
      "每千人口拥有执业（助理）医师数", "level", "=", 3.6, "人", "3.6人", "plan", P),
    A("每千人口拥有3岁以下婴幼儿托位数达到4.5个", "4.5个",
      "每千人口拥有婴幼儿托位数", "level", "=", 4.5, "个", "4.5个", "plan", P,
      qualifier="3岁以下"),
    A("人均预期寿命达到82.5岁", "82.5岁",
      "人均预期寿命", "level", "=", 82.5, "岁", "82.5岁", "plan", P),

    # ---------------- 第三章 五金产业 (Chinese numerals) ----------------
    A("五金产业集群总产值突破两千亿元", "突破两千亿元",
      "总产值", "level", ">=", 2e11, "元", "两千亿元", "plan", P,
      subject="五金产业集群"),
    A(FIRMS, "三家",
      "培育企业", "count", "=", 3, "家", "三家", "plan", P,
      qualifier="营业收入超百亿元"),
    A(FIRMS, "三十家",
      "培育企业", "count", "=", 30, "家", "三十家", "plan", P,
      qualifier="超十亿元"),
    A("每年实施“机器换人”项目一百个以上", "一百个以上",
      "实施“机器换人”项目", "count", ">=", 100, "个", "一百个", "plan", P),
    A("五年累计新增工业机器人两千台", "两千台",
      "累计新增工业机器人", "count", "=", 2000, "台", "两千台", "plan", P),
    # 三万亩 may describe the platform's size rather than set a target -> optional
    A("统筹建设三万亩高能级产业平台", "三万亩",
      "建设高能级产业平台", "level", "=", 30000, "亩", "三万亩", "plan", P, optional=True),
    A("其中新开发工业用地一万亩", "一万亩",
      "新开发工业用地", "level", "=", 10000, "亩", "一万亩", "plan", P),
    # 一个 with a qualifier that carries the real size -> optional
    A("力争到2025年形成一个产值超三百亿元的新兴产业集群", "一个",
      "新兴产业集群", "count", "=", 1, "个", "一个", "strive", P,
      qualifier="产值超三百亿元", optional=True),

    # ---------------- 第四章 民生 ----------------
    A("“十四五”期间新增城镇就业五万人", "五万人",
      "新增城镇就业", "count", "=", 50000, "人", "五万人", "plan", P),
    A(SCHOOLS, "二十所",
      "新建改扩建中小学和幼儿园", "count", "=", 20, "所", "二十所", "plan", P),
    A(SCHOOLS, "一万二千个",
      "新增公办学位", "count", "=", 12000, "个", "一万二千个", "plan", P),
    A(SCHOOLS, "一千张",
      "新增养老机构床位", "count", "=", 1000, "张", "一千张", "plan", P),
]

SEC = "chapter numbering"
NAME = "part of a name or slogan, not a quantity"
BASE = "2020 baseline (a fact of the base year), not a target"
NOT_TARGETS = [
    # title and approval line
    ("第十四个五年规划和二〇三五年远景目标纲要", 1,
     "title: ordinal of the plan, its five-year span and the 2035 vision year"),
    ("（2021年3月", 1, "date of approval"),
    # 第一章
    ("第一章", 1, SEC),
    ("“十三五”", 2, NAME + " (the 13th five-year plan)"),
    ("“八八战略”", 1, NAME + " (the provincial strategy)"),
    ("“世界五金之都”", 1, NAME + " (五金 = hardware)"),
    ("2020年，全市实现地区生产总值612.4亿元", 1, BASE),
    ("期间年均增长6.3%", 1, "growth over 2016-2020 (past), not a target"),
    ("一般公共预算收入达到45.6亿元", 1, BASE + "; 一 of the word 一般"),
    ("规模以上工业企业达到1380家", 1, BASE),
    ("高新技术企业达到298家", 1, BASE),
    ("分别达到6.8万元和3.6万元", 1, BASE + " (分别 pairs them with the two incomes)"),
    ("五金产业总产值突破1500亿元", 1,
     BASE + " (突破 in the past tense); 五金 is the industry's name"),
    # 第二章
    ("第二章", 1, SEC),
    ("“十四五”时期主要目标", 1, NAME + " (the 14th five-year plan)"),
    ("锚定二〇三五年远景目标", 1, "the 2035 vision year (a date, no quantity)"),
    ("迈上新台阶。到2025年", 1, "horizon of the targets of this line, not a value"),
    ("二氧化碳", 1, "二 of the chemical name 二氧化碳 (carbon dioxide)"),
    ("今后五年", 1, "horizon of the plan (2021-2025), not a value"),
    ("一般公共预算收入达到60亿元", 1, "一 of the word 一般 (general)"),
    ("（2020年为2.6%）", 1, BASE),
    ("较2020年翻一番", 1,
     "a doubling relative to the base year: it restates the 600家 level as a multiple "
     "and has no base unit, so it is not a record"),
    ("（2020年为68.5%）", 1, BASE),
    ("五年累计", 4, "horizon and cumulation of the target that follows (2021-2025), not a value"),
    ("（PM2.5）", 1, NAME + " (the pollutant)"),
    ("3岁以下", 1, "qualifier (age group) of the 托位 target, not a target"),
    ("每千人口", 2, "denominator of a density indicator (per thousand people), part of the indicator"),
    # 第三章
    ("第三章", 1, SEC),
    ("做强千亿级五金产业集群", 1,
     "chapter title: 千亿级 names a class of cluster (no value is set), 五金 the industry"),
    ("“十百千”企业梯队培育工程", 1, NAME + " (a programme)"),
    ("推动五金产业从", 1, NAME + " (五金 = hardware)"),
    ("到2025年，五金产业集群", 1,
     "horizon of the targets that follow; 五金 is the industry's name"),
    ("营业收入超百亿元", 1, "qualifier (size class of the firms), not a target"),
    ("超十亿元企业", 1, "qualifier (size class of the firms), not a target"),
    ("百亿级特色产业", 1, "class of industries already existing (a label), no value is set"),
    ("产值超三百亿元", 1, "qualifier (size class of the cluster), not a target"),
    ("力争到2025年", 1, "horizon of a target"),
    ("关键零部件", 1, "零 of the word 零部件 (components)"),
    ("建成世界五金之都", 1, NAME + " (五金 = hardware)"),
    ("“一核两翼三区”", 1, NAME + " (a spatial layout)"),
    # 第四章
    ("第四章", 1, SEC),
    ("“十四五”期间新增", 1, NAME + "; horizon of the 五万人 target"),
    ("五年新建改扩建", 1, "horizon of the targets that follow (2021-2025), not a value"),
    ("展望二〇三五年", 1, "the 2035 vision year; the vision that follows sets no quantity"),
]


# ============================================================================
# Checking engine (the same block in every build_gold.py under
# tests/data/corpus/; only the annotations above it differ).
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
                     "點": "点", "歲": "岁"})
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
        value, unit = parse_value_text(a["value_text"], a["measure"])
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
