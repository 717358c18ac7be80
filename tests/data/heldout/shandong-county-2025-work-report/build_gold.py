#!/usr/bin/env python3
"""Build the gold standard for shandong-county-2025-work-report (doc.txt, UTF-8).

The document is the excerpt of a county government work report (东平县, 泰安市,
山东省, GB/T 2260 370923) given in January 2025, written anew for this held-out
set; every figure is illustrative (see meta.json "notes").  It has a 2024
review (results, not targets), the list "今年经济社会发展的主要预期目标是", key
tasks with targets set for named towns (镇, which have no GB/T 2260 code and are
`subject`s under 东平县), a 十五五 horizon (到2030年) and a 民生实事 list with
counts.

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


CODES = {"东平县": "370923"}
DEFAULT_REGION = "东平县"
SECTIONS = []
COMPOSED_SUBJECTS = set()
UNITS = {"元", "美元", "%", "个", "家", "人", "人次", "斤", "亩", "公里", "处", "件", "户"}
TOWNS = ("接山镇", "沙河站镇", "戴庙镇", "老湖镇", "银山镇")


def check_held_out(doc, records):
    assert len(doc) <= 3500, len(doc)
    assert 20 <= len(records) <= 40, len(records)
    # towns are subjects under the county, never regions
    for r in records:
        assert r["region"] == "东平县"
        assert r["subject"] is None or r["subject"] in TOWNS or r["subject"] == "重点项目"
    assert sum(1 for r in records if r["subject"] in TOWNS) == 5


EXTRA_CHECKS = [check_held_out]

Y = 2025
MAIN = "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右"
INCOME = "城乡居民人均可支配收入分别增长6%和7%"
SIGN = "力争新签约亿元以上项目50个，其中10亿元以上项目不少于8个"
TOWN_FIRMS = "支持沙河站镇、戴庙镇各新增规上工业企业5家以上"
LAKE_TOWNS = "全年分别接待游客150万人次和100万人次"
FYP = "力争到2030年全县地区生产总值突破500亿元、规上工业营业收入600亿元以上"

ANNOTATIONS = [
    # ---------------- 主要预期目标 (a bare list: plan) ----------------
    A(MAIN, "6%左右", "地区生产总值", "growth", "~", 6, "%", "6%", "plan", Y),
    A("一般公共预算收入增长5%", "5%", "一般公共预算收入", "growth", "=", 5, "%", "5%", "plan", Y),
    A("规模以上工业增加值增长8%以上", "8%以上",
      "规模以上工业增加值", "growth", ">=", 8, "%", "8%", "plan", Y),
    A("固定资产投资增长7%", "7%", "固定资产投资", "growth", "=", 7, "%", "7%", "plan", Y),
    A("社会消费品零售总额增长6.5%", "6.5%",
      "社会消费品零售总额", "growth", "=", 6.5, "%", "6.5%", "plan", Y),
    # 分别 pairs in order: 城 -> 6%, 乡 -> 7%
    A(INCOME, "6%", "城镇居民人均可支配收入", "growth", "=", 6, "%", "6%", "plan", Y),
    A(INCOME, "7%", "农村居民人均可支配收入", "growth", "=", 7, "%", "7%", "plan", Y),
    A("城镇新增就业6000人以上", "6000人以上",
      "城镇新增就业", "count", ">=", 6000, "人", "6000人", "plan", Y),
    A("城镇调查失业率控制在5.5%以内", "控制在5.5%以内",
      "城镇调查失业率", "share", "<=", 5.5, "%", "5.5%", "plan", Y),
    A("粮食总产量稳定在12亿斤以上；单位", "12亿斤以上",
      "粮食总产量", "level", ">=", 1.2e9, "斤", "12亿斤", "plan", Y),
    # explanation paragraph restates the GDP target -> optional
    A("地区生产总值增长6%左右的预期目标", "6%左右",
      "地区生产总值", "growth", "~", 6, "%", "6%", "plan", Y, optional=True),

    # ---------------- (一) 项目 ----------------
    A("今年全县安排重点项目200个", "200个", "重点项目", "count", "=", 200, "个", "200个", "plan", Y),
    A("年度计划投资150亿元以上", "150亿元以上",
      "年度计划投资", "level", ">=", 1.5e10, "元", "150亿元", "plan", Y, subject="重点项目"),
    A(SIGN, "50个", "新签约项目", "count", "=", 50, "个", "50个", "strive", Y, qualifier="亿元以上"),
    # 其中… has no verb of its own: 力争 carries over
    A(SIGN, "不少于8个", "新签约项目", "count", ">=", 8, "个", "8个", "strive", Y,
      qualifier="10亿元以上"),
    A("争取上级资金20亿元以上", "20亿元以上",
      "上级资金", "level", ">=", 2e9, "元", "20亿元", "strive", Y),

    # ---------------- (二) 工业 ----------------
    A("确保规上工业营业收入突破400亿元", "突破400亿元",
      "规上工业营业收入", "level", ">=", 4e10, "元", "400亿元", "ensure", Y),
    # 新增 is a verb of its own: 确保 does not carry over
    A("新增规上工业企业40家", "40家", "新增规上工业企业", "count", "=", 40, "家", "40家", "plan", Y),
    A("全镇规上工业营业收入突破80亿元", "突破80亿元",
      "规上工业营业收入", "level", ">=", 8e9, "元", "80亿元", "plan", Y, subject="接山镇"),
    # 各: one span, two records (one per town)
    A(TOWN_FIRMS, "5家以上", "新增规上工业企业", "count", ">=", 5, "家", "5家", "plan", Y,
      subject="沙河站镇"),
    A(TOWN_FIRMS, "5家以上", "新增规上工业企业", "count", ">=", 5, "家", "5家", "plan", Y,
      subject="戴庙镇"),

    # ---------------- (三) 农文旅 ----------------
    A("新建高标准农田5万亩", "5万亩", "新建高标准农田", "level", "=", 5e4, "亩", "5万亩", "plan", Y),
    A("粮食播种面积稳定在150万亩左右", "150万亩左右",
      "粮食播种面积", "level", "~", 1.5e6, "亩", "150万亩", "plan", Y),
    A("全县接待游客突破900万人次", "突破900万人次",
      "接待游客", "count", ">=", 9e6, "人次", "900万人次", "plan", Y),
    A("实现旅游综合收入70亿元以上", "70亿元以上",
      "旅游综合收入", "level", ">=", 7e9, "元", "70亿元", "plan", Y),
    # 分别 pairs in order: 老湖镇 -> 150万, 银山镇 -> 100万
    A(LAKE_TOWNS, "150万人次", "接待游客", "count", "=", 1.5e6, "人次", "150万人次", "plan", Y,
      subject="老湖镇"),
    A(LAKE_TOWNS, "100万人次", "接待游客", "count", "=", 1e6, "人次", "100万人次", "plan", Y,
      subject="银山镇"),

    # ---------------- (四) 开放 ----------------
    A("外贸进出口总额突破30亿元", "突破30亿元",
      "外贸进出口总额", "level", ">=", 3e9, "元", "30亿元", "plan", Y),
    A("实际使用外资1500万美元", "1500万美元",
      "实际使用外资", "level", "=", 1.5e7, "美元", "1500万美元", "plan", Y),

    # ---------------- (五) 十五五 horizon ----------------
    A(FYP, "突破500亿元", "地区生产总值", "level", ">=", 5e10, "元", "500亿元", "strive", 2030),
    # no verb of its own: 力争 carries over
    A(FYP, "600亿元以上", "规上工业营业收入", "level", ">=", 6e10, "元", "600亿元", "strive", 2030),

    # ---------------- (六) 民生实事 ----------------
    A("集中财力办好6件民生实事", "6件", "民生实事", "count", "=", 6, "件", "6件", "plan", Y,
      optional=True),
    A("新建改造农村公路120公里", "120公里",
      "新建改造农村公路", "level", "=", 120, "公里", "120公里", "plan", Y),
    A("新增公办幼儿园学位900个", "900个",
      "新增公办幼儿园学位", "count", "=", 900, "个", "900个", "plan", Y),
    A("新建城乡社区养老服务站6处", "6处",
      "新建城乡社区养老服务站", "count", "=", 6, "处", "6处", "plan", Y),
    A("新增城区公共停车泊位1500个", "1500个",
      "新增城区公共停车泊位", "count", "=", 1500, "个", "1500个", "plan", Y),
    A("为全县65岁以上老年人免费健康查体5万人次", "5万人次",
      "免费健康查体", "count", "=", 5e4, "人次", "5万人次", "plan", Y, qualifier="65岁以上"),
    A("改造老旧小区12个", "12个", "改造老旧小区", "count", "=", 12, "个", "12个", "plan", Y),
    A("惠及居民1860户", "1860户", "惠及居民", "count", "=", 1860, "户", "1860户", "plan", Y,
      optional=True),
]

SEC = "section or list numbering"
NAME = "part of a name or slogan, not a quantity"
PAST = "2024 result (past tense), not a target"
NOT_TARGETS = [
    # ---- header
    ("——2025年1月9日在东平县第十九届人民代表大会第五次会议上", 1,
     "date of the session and ordinals of the congress and session"),
    # ---- 一、review of 2024
    ("一、2024年工作回顾", 1, SEC + "; the year reviewed"),
    ("过去一年", 1, "time expression (the past year)"),
    ("全县地区生产总值完成368.4亿元，增长6.2%", 1, PAST),
    ("一般公共预算收入完成25.1亿元，增长5.4%", 1, PAST + " (一 of the word 一般)"),
    ("规模以上工业增加值增长9.3%，固定资产投资增长8.6%", 1, PAST),
    ("新开工亿元以上项目58个，其中10亿元以上项目7个", 1,
     PAST + " (counts with the qualifiers 亿元以上 and 10亿元以上; 其中 reads like the 2025 task but is past)"),
    ("争取上级资金18.6亿元", 1, PAST + " (争取 is the verb 'obtain' here, in the past)"),
    ("新增规上工业企业36家，规上工业营业收入突破350亿元", 1,
     PAST + " (突破 in the past tense)"),
    ("粮食总产量连续五年稳定在12亿斤以上", 1,
     PAST + " (连续五年 describes the record so far; the same 12亿斤以上 is a 2025 target in the list)"),
    ("年初承诺的10件民生实事全部办结", 1, PAST + " (last year's programme, done)"),
    ("城镇新增就业6420人", 1, PAST),
    # ---- 二、general requirements
    ("二、2025年总体要求和主要预期目标", 1, SEC + "; the year planned"),
    ("2025年是“十四五”规划收官之年", 1,
     "the year (a date) and the name of the 14th five-year plan"),
    ("“十五五”良好开局", 1, NAME + " (the 15th five-year plan)"),
    ("党的二十大和二十届二中、三中全会精神", 1,
     NAME + " (20th Party Congress and its 2nd and 3rd plenary sessions)"),
    ("；一般公共预算收入增长5%", 1, "一 of the word 一般 (general)"),
    ("社会消费品零售总额增长6.5%", 1, "零 of the word 零售 (retail)"),
    # ---- 三、key tasks
    ("三、2025年重点工作", 1, SEC + "; the year planned"),
    ("（一）", 1, SEC),
    ("其中10亿元以上项目不少于", 1, "qualifier (size class) of the 8个 target, not a target"),
    ("（二）", 1, SEC),
    ("（三）", 1, SEC),
    ("（四）", 1, SEC),
    ("“一件事一次办”", 1, NAME + " (one-stop service reform)"),
    ("（五）", 1, SEC),
    ("高质量编制“十五五”规划", 1, NAME + " (the 15th five-year plan)"),
    ("谋划一批", 1, "一批 (a number of), no count"),
    ("着眼“十五五”开局，力争到2030年", 1,
     NAME + "; 2030 is the horizon of the two targets that follow, not a value"),
    ("（六）", 1, SEC),
    ("65岁以上", 1, "qualifier (age group) of the 5万人次 target, not a target"),
    ("新的一年", 1, "time expression (the new year)"),
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
