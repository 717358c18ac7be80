#!/usr/bin/env python3
"""Build the gold standard for beijing-district-2026-15th-fyp-outline (doc.txt, UTF-8).

The document is the excerpt of a district's 十五五 plan outline (北京市昌平区,
GB/T 2260 110114) approved in January 2026, written anew for this held-out set;
every figure is illustrative (see meta.json "notes").  The plan runs 2026-2030:
its targets are due 到2030年 (or 到2028年 for one staged pair), some are 年均
rates, some 五年累计 sums, some 每年 amounts, several are set against the base
year (比2025年提高/增加/减少), and two are ranges (5%—5.5%, 62%—65%).

Year rule: a target of the plan with no horizon of its own, and a 每年 target of
the plan period, carry the plan's end year 2030; base years (比2025年) and the
2025 estimates of 第一章 are never a year; 到2028年 gives 2028.

Each annotation names the clause it was read from (a verbatim substring of
doc.txt), the value expression inside it (the span) and the TARGETS.md fields.
start/end are computed from the clause and its occurrence, never counted by
hand.  The checks assert that every span slices back out of the text, that
every value equals its value_text in base units, that the comparator agrees with
the words in the span (or with the range end it is), that every numeral of the
text is either inside a gold span or explained in NOT_TARGETS, and (PLAN_CHECKS)
that the increments stated against 2025 agree with the 2025 base.
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


CODES = {"昌平区": "110114"}
DEFAULT_REGION = "昌平区"
SECTIONS = []
COMPOSED_SUBJECTS = set()
UNITS = {"元", "%", "个百分点", "家", "件", "个", "人", "平方公里", "微克/立方米", "张",
         "岁", "所", "公里", "处", "亩"}


def check_held_out(doc, records):
    assert len(doc) <= 3500, len(doc)
    assert 20 <= len(records) <= 40, len(records)
    # the plan's years: 2030, and 2028 for the staged 回天地区 pair only
    assert {r["year"] for r in records} == {2028, 2030}
    assert all(r["year"] == 2030 or r["subject"] == "回天地区" for r in records)
    # the increment against 2025 agrees with the 2025 estimate of 第一章 (2600家 + 1000 = 3600)
    assert "国家高新技术企业达到2600家" in doc and Decimal(2600) + 1000 == 3600
    # a range's two ends are ordered
    assert Decimal("5") < Decimal("5.5") and Decimal(62) < 65


EXTRA_CHECKS = [check_held_out]

Y = 2030
GDP = "到2030年，全区地区生产总值达到2100亿元左右，年均增长5%—5.5%"
HTE = "国家高新技术企业达到3600家，比2025年增加1000家"
PILLARS = "先进能源、医药健康两大主导产业规模分别达到1800亿元和1200亿元"
TERTIARY = "第三产业增加值占地区生产总值比重保持在62%—65%"
HUITIAN = "到2028年，回天地区新建改扩建中小学和幼儿园10所、新增就业岗位3万个"

ANNOTATIONS = [
    # ---------------- 第二章 主要目标: 创新动能 ----------------
    A(GDP, "2100亿元左右", "地区生产总值", "level", "~", 2.1e11, "元", "2100亿元", "plan", Y),
    A("年均增长5%—", "5%", "地区生产总值", "growth", ">=", 5, "%", "5%", "plan", Y, cmp_from="RANGE_LOW"),
    A(GDP, "5.5%", "地区生产总值", "growth", "<=", 5.5, "%", "5.5%", "plan", Y,
      cmp_from="RANGE_HIGH"),
    A("一般公共预算收入年均增长5%以上", "5%以上",
      "一般公共预算收入", "growth", ">=", 5, "%", "5%", "plan", Y),
    A("五年累计完成全社会固定资产投资2800亿元以上", "2800亿元以上",
      "累计完成全社会固定资产投资", "level", ">=", 2.8e11, "元", "2800亿元", "plan", Y),
    A("全社会研究与试验发展经费投入强度保持在6%以上", "6%以上",
      "全社会研究与试验发展经费投入强度", "share", ">=", 6, "%", "6%", "plan", Y),
    A(HTE, "3600家", "国家高新技术企业", "count", "=", 3600, "家", "3600家", "plan", Y),
    # the same target stated as an increment on the 2025 base -> optional
    A(HTE, "1000家", "国家高新技术企业", "count", "=", 1000, "家", "1000家", "plan", Y,
      optional=True),
    A("每万人口高价值发明专利拥有量达到150件", "150件",
      "每万人口高价值发明专利拥有量", "level", "=", 150, "件", "150件", "plan", Y),

    # ---------------- 现代产业体系 ----------------
    A("数字经济核心产业增加值占地区生产总值比重比2025年提高5个百分点", "5个百分点",
      "数字经济核心产业增加值占地区生产总值比重", "share", "=", 5, "个百分点", "5个百分点",
      "plan", Y),
    # 分别 pairs in order
    A(PILLARS, "1800亿元", "先进能源产业规模", "level", "=", 1.8e11, "元", "1800亿元", "plan", Y),
    A(PILLARS, "1200亿元", "医药健康产业规模", "level", "=", 1.2e11, "元", "1200亿元", "plan", Y),
    A(TERTIARY, "62%", "第三产业增加值占地区生产总值比重", "share", ">=", 62, "%", "62%",
      "plan", Y, cmp_from="RANGE_LOW"),
    A(TERTIARY, "65%", "第三产业增加值占地区生产总值比重", "share", "<=", 65, "%", "65%",
      "plan", Y, cmp_from="RANGE_HIGH"),

    # ---------------- 城乡发展 ----------------
    A("确保常住人口规模控制在235万人以内", "控制在235万人以内",
      "常住人口规模", "count", "<=", 2.35e6, "人", "235万人", "ensure", Y),
    A("城乡建设用地规模比2025年减少6平方公里", "6平方公里",
      "城乡建设用地规模", "level", "=", 6, "平方公里", "6平方公里", "plan", Y,
      direction="decrease"),
    # 每年 target of the period: the end year
    A("“十五五”期间每年实施城市更新项目不少于30个", "不少于30个",
      "实施城市更新项目", "count", ">=", 30, "个", "30个", "plan", Y),

    # ---------------- 生态环境 ----------------
    # 下降到 a level: value is the level, not the size of a fall -> direction null
    A("细颗粒物（PM2.5）年均浓度下降到28微克/立方米左右", "28微克/立方米左右",
      "细颗粒物（PM2.5）年均浓度", "level", "~", 28, "微克/立方米", "28微克/立方米", "plan", Y),
    A("森林覆盖率稳定在67%以上", "67%以上", "森林覆盖率", "share", ">=", 67, "%", "67%", "plan", Y),
    A("单位地区生产总值二氧化碳排放五年累计下降14%", "14%",
      "单位地区生产总值二氧化碳排放", "growth", "=", 14, "%", "14%", "plan", Y,
      direction="decrease"),

    # ---------------- 民生福祉 ----------------
    A("居民人均可支配收入年均增长5%左右", "5%左右",
      "居民人均可支配收入", "growth", "~", 5, "%", "5%", "plan", Y),
    A("城镇调查失业率控制在5%以内", "控制在5%以内",
      "城镇调查失业率", "share", "<=", 5, "%", "5%", "plan", Y),
    A("每千常住人口医疗卫生机构床位数达到6.2张", "6.2张",
      "每千常住人口医疗卫生机构床位数", "level", "=", 6.2, "张", "6.2张", "plan", Y),
    A("新增普惠性幼儿园学位5000个", "5000个",
      "新增普惠性幼儿园学位", "count", "=", 5000, "个", "5000个", "plan", Y),
    A("人均期望寿命达到84岁", "84岁", "人均期望寿命", "level", "=", 84, "岁", "84岁", "plan", Y),

    # ---------------- 第三章 科技创新高地 (subjects: the three areas) ----------------
    A("未来科学城规模以上企业营业收入突破6000亿元", "突破6000亿元",
      "规模以上企业营业收入", "level", ">=", 6e11, "元", "6000亿元", "plan", Y,
      subject="未来科学城"),
    A("生命谷集聚医药健康企业1500家以上", "1500家以上",
      "集聚医药健康企业", "count", ">=", 1500, "家", "1500家", "plan", Y, subject="生命谷"),
    A("能源谷培育能源领域领军企业20家", "20家",
      "培育能源领域领军企业", "count", "=", 20, "家", "20家", "plan", Y, subject="能源谷"),
    A("五年累计新增市级“专精特新”中小企业500家", "500家",
      "累计新增“专精特新”中小企业", "count", "=", 500, "家", "500家", "plan", Y,
      qualifier="市级"),
    A("力争新增独角兽企业5家", "5家", "新增独角兽企业", "count", "=", 5, "家", "5家", "strive", Y),

    # ---------------- 第四章 回天地区 (到2028年) and 2030 ----------------
    A(HUITIAN, "10所", "新建改扩建中小学和幼儿园", "count", "=", 10, "所", "10所", "plan", 2028,
      subject="回天地区"),
    A(HUITIAN, "3万个", "新增就业岗位", "count", "=", 3e4, "个", "3万个", "plan", 2028,
      subject="回天地区"),
    A("到2030年，全区轨道交通运营里程达到120公里", "120公里",
      "轨道交通运营里程", "level", "=", 120, "公里", "120公里", "plan", Y),
    A("新城建成区公共交通出行比例提高到65%", "65%",
      "新城建成区公共交通出行比例", "share", "=", 65, "%", "65%", "plan", Y),

    # ---------------- 第五章 生态城区 (“十五五”期间 = 2026-2030) ----------------
    A("新建城市休闲公园20处", "20处", "新建城市休闲公园", "count", "=", 20, "处", "20处", "plan", Y),
    A("新增造林绿化面积1.5万亩", "1.5万亩",
      "新增造林绿化面积", "level", "=", 1.5e4, "亩", "1.5万亩", "plan", Y),
    A("地表水考核断面水质优良比例达到85%以上", "85%以上",
      "地表水考核断面水质优良比例", "share", ">=", 85, "%", "85%", "plan", Y),
]

SEC = "chapter numbering"
NAME = "part of a name or title, not a quantity"
BASE = "2025 estimate in 发展基础 (the base of the plan), not a target"
NOT_TARGETS = [
    # ---- title and approval
    ("第十五个五年规划纲要", 1, NAME + " (ordinal of the plan and its five-year span)"),
    ("（2026年1月14日经昌平区人民代表大会审议批准）", 1, "date of approval"),
    # ---- 第一章 发展基础
    ("第一章", 1, SEC),
    ("“十四五”时期，昌平区", 1, NAME + " (the 14th five-year plan)"),
    ("取得一批标志性成果", 1, "一批 (a number of), no count"),
    ("预计2025年全区地区生产总值达到1650亿元，五年年均增长5.2%", 1,
     BASE + " (达到 and 年均增长 read like a target, but 预计2025年 reports the year just ended)"),
    ("国家高新技术企业达到2600家", 1, BASE + " (the base of the 3600家 / 增加1000家 target)"),
    ("常住人口控制在230万人以内", 1, BASE + " (控制在…以内 in a statement of the result)"),
    ("回天地区两轮三年行动计划", 1, NAME + " (two rounds of the three-year action plan, past)"),
    ("森林覆盖率达到66.6%", 1, BASE),
    # ---- 第二章 主要目标
    ("第二章", 1, SEC),
    ("“十五五”时期主要目标", 1, NAME + " (the 15th five-year plan)"),
    ("展望二〇三五年", 1, "the 2035 vision year (a date, no quantity)"),
    ("国际一流的科技创新高地和", 1, "一 of the word 一流 (first-class)"),
    ("锚定这一远景目标", 1, "这一 (this), not a quantity"),
    ("今后五年", 1, "horizon of the plan (2026-2030), not a value"),
    ("到2030年，全区地区生产总值", 1, "horizon of the targets of this line"),
    ("；一般公共预算收入年均", 1, "一 of the word 一般 (general)"),
    ("；五年累计完成", 1, "horizon and cumulation of the 2800亿元 target (2026-2030)"),
    ("比2025年增加1000家", 1, "base year of the increment, not the year"),
    ("比重比2025年提高", 1, "base year of the 5个百分点 increase, not the year"),
    ("医药健康两大主导产业", 1, "两大 enumerates the two industries just named (a structure)"),
    ("；第三产业增加值", 1, NAME + " (the tertiary sector)"),
    ("城乡建设用地规模比2025年减少", 1, "base year of the 6平方公里 reduction"),
    ("；“十五五”期间每年", 1, NAME + "; the period of the 每年 target (2026-2030)"),
    ("细颗粒物（PM2.5）", 1, NAME + " (the pollutant PM2.5)"),
    ("二氧化碳排放五年累计下降", 1,
     "二 of the chemical name 二氧化碳; 五年累计 is the horizon and cumulation of the 14% target"),
    ("每千常住人口", 1, "denominator of a density indicator (per thousand people)"),
    # ---- 第三章
    ("第三章　建设国际一流的科技创新高地", 1, SEC + "; 一 of the word 一流"),
    ("“两谷一园”", 1, NAME + " (an illustrative name for the spatial layout)"),
    ("到2030年，未来科学城", 1, "horizon of the targets that follow"),
    ("。五年累计新增", 1, "horizon and cumulation of the 500家 target (2026-2030)"),
    # ---- 第四章
    ("第四章", 1, SEC),
    ("实施新一轮提升计划", 1, "一轮 (a round), not a quantity"),
    ("村三级公共服务网络", 1, "三级 names the tiers of the service network (a structure)"),
    ("到2028年，回天地区", 1, "horizon of the two 回天地区 targets (a staged year)"),
    ("；到2030年，全区轨道交通", 1, "horizon of the targets that follow"),
    # ---- 第五章
    ("第五章", 1, SEC),
    ("守护好十三陵", 1, NAME + " (the Ming tombs)"),
    ("。“十五五”期间，新建", 1, NAME + "; the period of the targets that follow (2026-2030)"),
    ("；到2030年，地表水", 1, "horizon of the 85% target"),
    ("绿色建筑二星级及以上标准", 1,
     "a rating grade (two-star green building and above), a standard, not a quantity to reach"),
    # ---- 2035 vision
    ("展望2035年", 1, "the 2035 vision year (no quantity follows)"),
    ("将比2025年翻一番", 1,
     "a doubling against the 2025 base by 2035: a multiple with no base unit, not a record"),
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
