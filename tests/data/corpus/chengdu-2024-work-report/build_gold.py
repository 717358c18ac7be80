#!/usr/bin/env python3
"""Build the gold standard for chengdu-2024-work-report (doc.txt, UTF-8).

The document is an excerpt of a 成都市 government work report for 2024 (review,
main targets, key tasks), written anew for this corpus; its figures are
illustrative (see meta.json "notes").  Default region 成都市; a few clauses set
targets for a named district or county-level city, and three for functional
zones (成都高新区, 天府新区, 东部新区), which are subjects, not regions.

Each annotation names the clause it was read from (a verbatim substring of
doc.txt), the value expression inside it (the span) and the TARGETS.md fields.
start/end are computed, never counted by hand.  The checks assert that every
span slices back out of the text, that every value equals its value_text in
base units, that the comparator agrees with the words in the span, and that
every numeral of the text is either inside a gold span or explained in
NOT_TARGETS.  Run:  python3 build_gold.py [-v] [--not-targets]
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


CODES = {
    "成都市": "510100",
    "龙泉驿区": "510112",
    "温江区": "510115",
    "郫都区": "510117",
    "简阳市": "510185",
}
DEFAULT_REGION = "成都市"
SECTIONS = []                # the whole report speaks for the city
COMPOSED_SUBJECTS = set()
EXTRA_CHECKS = []
UNITS = {"元", "%", "个", "家", "人", "户", "亩", "吨", "张", "公里", "人次", "件",
         "微克/立方米"}

Y = 2024          # 今年/全年, and this year's work plan
THREE = 2026      # 未来三年 in a 2024 text: 2024-2026

MAIN = "建议今年全市经济社会发展的主要预期目标是"
GRAIN = "粮食播种面积稳定在560万亩以上、总产量230万吨以上"
AUTO = "力争汽车产业产值突破2000亿元、生物医药产业规模1500亿元以上"
HITECH = "力争高新技术企业突破1.3万家、科技型中小企业1.6万家以上"
PIWEN = "支持郫都区、温江区各新增规模以上工业企业50家以上"
AIR = "天府国际机场和双流国际机场旅客吞吐量合计力争突破8000万人次"

ANNOTATIONS = [
    # ---------------- 二、2024年主要目标 (a bare list: plan) ----------------
    A("地区生产总值增长6%左右，在实际工作中", "6%左右",
      "地区生产总值", "growth", "~", 6, "%", "6%", "plan", Y),
    A("一般公共预算收入增长5%", "5%",
      "一般公共预算收入", "growth", "=", 5, "%", "5%", "plan", Y),
    A("规模以上工业增加值增长7%；", "7%",
      "规模以上工业增加值", "growth", "=", 7, "%", "7%", "plan", Y),
    A("固定资产投资增长5%以上；", "5%以上",
      "固定资产投资", "growth", ">=", 5, "%", "5%", "plan", Y),
    A("社会消费品零售总额增长6.5%左右", "6.5%左右",
      "社会消费品零售总额", "growth", "~", 6.5, "%", "6.5%", "plan", Y),
    A("城镇新增就业25万人以上", "25万人以上",
      "城镇新增就业", "count", ">=", 250000, "人", "25万人", "plan", Y),
    A("城镇调查失业率控制在5.5%以内", "控制在5.5%以内",
      "城镇调查失业率", "share", "<=", 5.5, "%", "5.5%", "plan", Y),
    A("居民消费价格涨幅3%左右", "3%左右",
      "居民消费价格涨幅", "growth", "~", 3, "%", "3%", "plan", Y),
    A("单位地区生产总值能耗下降2.5%左右", "2.5%左右",
      "单位地区生产总值能耗", "growth", "~", 2.5, "%", "2.5%", "plan", Y,
      direction="decrease"),
    A(GRAIN, "560万亩以上",
      "粮食播种面积", "level", ">=", 5600000, "亩", "560万亩", "plan", Y),
    A(GRAIN, "230万吨以上",
      "粮食总产量", "level", ">=", 2300000, "吨", "230万吨", "plan", Y),
    A("细颗粒物（PM2.5）平均浓度控制在38微克/立方米以内", "控制在38微克/立方米以内",
      "细颗粒物（PM2.5）平均浓度", "level", "<=", 38, "微克/立方米", "38微克/立方米",
      "plan", Y),
    # the explanation paragraph restates two targets -> optional
    A("地区生产总值增长6%左右，高于全国、全省的预期目标", "6%左右",
      "地区生产总值", "growth", "~", 6, "%", "6%", "plan", Y, optional=True),
    A("固定资产投资增长5%以上，是扩大有效需求", "5%以上",
      "固定资产投资", "growth", ">=", 5, "%", "5%", "plan", Y, optional=True),

    # ---------------- （一）产业体系 ----------------
    A("确保规模以上工业增加值增长7%", "7%",
      "规模以上工业增加值", "growth", "=", 7, "%", "7%", "ensure", Y),
    A("推动电子信息产业规模达到1.15万亿元", "1.15万亿元",
      "电子信息产业规模", "level", "=", 1.15e12, "元", "1.15万亿元", "plan", Y),
    A(AUTO, "突破2000亿元",
      "汽车产业产值", "level", ">=", 2e11, "元", "2000亿元", "strive", Y),
    A(AUTO, "1500亿元以上",
      "生物医药产业规模", "level", ">=", 1.5e11, "元", "1500亿元", "strive", Y),
    A("全年新增规模以上工业企业600家以上", "600家以上",
      "新增规模以上工业企业", "count", ">=", 600, "家", "600家", "plan", Y),
    A("未来三年新增国家级专精特新“小巨人”企业100家以上", "100家以上",
      "新增国家级专精特新“小巨人”企业", "count", ">=", 100, "家", "100家", "plan", THREE),

    # ---------------- （二）科技创新 ----------------
    A("全社会研发经费投入强度达到3.6%", "3.6%",
      "全社会研发经费投入强度", "share", "=", 3.6, "%", "3.6%", "plan", Y),
    A(HITECH, "突破1.3万家",
      "高新技术企业", "count", ">=", 13000, "家", "1.3万家", "strive", Y),
    A(HITECH, "1.6万家以上",
      "科技型中小企业", "count", ">=", 16000, "家", "1.6万家", "strive", Y),
    A("到2025年，全市高新技术产业营业收入力争突破1.5万亿元", "突破1.5万亿元",
      "高新技术产业营业收入", "level", ">=", 1.5e12, "元", "1.5万亿元", "strive", 2025),

    # ---------------- （三）有效需求 ----------------
    A("全年实施市级重点项目1000个以上", "1000个以上",
      "市级重点项目", "count", ">=", 1000, "个", "1000个", "plan", Y),
    A("完成年度投资5000亿元以上", "5000亿元以上",
      "年度投资", "level", ">=", 5e11, "元", "5000亿元", "plan", Y,
      subject="市级重点项目"),
    A(AIR, "突破8000万人次",
      "旅客吞吐量", "count", ">=", 8e7, "人次", "8000万人次", "strive", Y,
      subject="天府国际机场和双流国际机场"),

    # ---------------- （四）区（市）县 and functional zones ----------------
    A("力争园区营业收入突破3.2万亿元", "突破3.2万亿元",
      "营业收入", "level", ">=", 3.2e12, "元", "3.2万亿元", "strive", Y,
      subject="成都高新区"),
    A("地区生产总值增长8%以上", "8%以上",
      "地区生产总值", "growth", ">=", 8, "%", "8%", "plan", Y, subject="天府新区"),
    A("固定资产投资突破600亿元", "突破600亿元",
      "固定资产投资", "level", ">=", 6e10, "元", "600亿元", "plan", Y, subject="东部新区"),
    A("推动龙泉驿区汽车产业产值突破1500亿元", "突破1500亿元",
      "汽车产业产值", "level", ">=", 1.5e11, "元", "1500亿元", "plan", Y,
      region="龙泉驿区"),
    A(PIWEN, "50家以上",
      "新增规模以上工业企业", "count", ">=", 50, "家", "50家", "plan", Y, region="郫都区"),
    A(PIWEN, "50家以上",
      "新增规模以上工业企业", "count", ">=", 50, "家", "50家", "plan", Y, region="温江区"),
    A("支持简阳市地区生产总值增长7.5%左右", "7.5%左右",
      "地区生产总值", "growth", "~", 7.5, "%", "7.5%", "plan", Y, region="简阳市"),

    # ---------------- （五）（六）改革开放、公园城市 ----------------
    A("全年新增经营主体35万户以上", "35万户以上",
      "新增经营主体", "count", ">=", 350000, "户", "35万户", "plan", Y),
    A("全年新建天府绿道500公里", "500公里",
      "新建天府绿道", "level", "=", 500, "公里", "500公里", "plan", Y),

    # ---------------- （七）民生 ----------------
    A("继续办好十件民生实事", "十件",
      "民生实事", "count", "=", 10, "件", "十件", "plan", Y, optional=True),
    A("新增中小学学位6万个", "6万个",
      "新增中小学学位", "count", "=", 60000, "个", "6万个", "plan", Y),
    A("新开工改造城镇老旧小区600个", "600个",
      "新开工改造城镇老旧小区", "count", "=", 600, "个", "600个", "plan", Y),
    A("新增养老床位3000张", "3000张",
      "新增养老床位", "count", "=", 3000, "张", "3000张", "plan", Y),
    A("非刚性、非重点支出压减10%", "10%",
      "非刚性、非重点支出", "growth", "=", 10, "%", "10%", "plan", Y,
      direction="decrease"),

    # ---------------- closing: the 十四五 horizon ----------------
    A("到2025年全市地区生产总值力争迈上2.5万亿元台阶", "2.5万亿元",
      "地区生产总值", "level", "=", 2.5e12, "元", "2.5万亿元", "strive", 2025),
]

SEC = "section or list numbering"
NAME = "part of a name or slogan, not a quantity"
PAST = "2023 result (past tense), not a target"
NOT_TARGETS = [
    # header
    ("2024年1月22日", 1, "date of the session"),
    ("第十八届人民代表大会第三次会议", 1, "ordinals of the congress and session"),
    # 一、review
    ("一、2023年工作回顾", 1, SEC + "; the year reviewed"),
    ("过去一年", 1, "time expression (the past year)"),
    ("党的二十大", 1, NAME + " (20th Party Congress)"),
    ("“四化同步、城乡融合、五区共兴”", 1, NAME + " (provincial strategy)"),
    ("市委“三个做优做强”", 1, NAME + " (city strategy)"),
    ("第31届世界大学生夏季运动会", 1, "ordinal in the name of an event (past)"),
    ("预计全年地区生产总值突破2.2万亿元、增长6%左右", 1,
     PAST + " (突破 and 左右 read like comparators, but 预计全年 reports the year just ended)"),
    ("规模以上工业增加值增长5.5%", 1, PAST),
    ("社会消费品零售总额突破1万亿元", 1, PAST),
    ("高新技术企业达到1.2万家", 1, PAST + " (the stock the 1.3万家 target builds on)"),
    ("合计超过7400万人次", 1, PAST),
    ("十件民生实事全面完成", 1, PAST + " (last year's programme, done)"),
    ("城镇新增就业24.6万人", 1, PAST),
    # 二、main targets
    ("二、2024年主要目标", 1, SEC + "; the year planned"),
    ("新中国成立75周年", 1, "anniversary (a fact), not a quantity"),
    ("“十四五”", 3, NAME + " (the 14th five-year plan)"),
    ("关键一年", 1, "part of a phrase (a key year)"),
    ("一般公共预算收入", 1, "一 of the word 一般 (general)"),
    ("社会消费品零售总额增长6.5%左右", 1, "零 of the word 零售 (retail)"),
    ("（PM2.5）", 1, NAME + " (the pollutant PM2.5)"),
    ("二〇三五年远景目标纲要", 1, "title of the plan (a year in Chinese numerals)"),
    # 三、key tasks
    ("三、2024年重点工作", 1, SEC + "; the year planned"),
    ("（一）", 1, SEC), ("（二）", 1, SEC), ("（三）", 1, SEC), ("（四）", 1, SEC),
    ("（五）", 1, SEC), ("（六）", 1, SEC), ("（七）", 1, SEC),
    ("聚焦28条重点产业链", 1, "the set of existing chains the work focuses on (a structure, no target)"),
    ("未来三年", 1, "horizon of the 100家 target (2024-2026), not a value"),
    ("到2025年", 2, "horizon of a target, not a value"),
    ("坚持“三个做优做强”", 1, NAME),
    ("推动20个区（市）县竞相发展", 1, "number of county-level divisions of the city (a fact)"),
    ("营商环境6.0版", 1, NAME + " (version of a policy package)"),
    ("“四大结构”", 1, NAME + " (industrial, spatial, transport and energy structures)"),
    ("为2035年基本实现社会主义现代化", 1, "long-range date of the 2035 vision, with no quantity"),
    ("团结一心", 1, "part of an idiom"),
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
