#!/usr/bin/env python3
"""Build the gold standard for yunnan-county-2023-rural-revitalization-plan (doc.txt, UTF-8).

The document is a county's annual 实施方案 for 乡村振兴 (弥渡县, 大理白族自治州,
云南省, GB/T 2260 532925), issued by its 乡村振兴领导小组办公室 on 2023-04-12 and
written anew for this held-out set; every figure is illustrative (see meta.json
"notes").  It has an 总体目标 paragraph (2022 results, 2023 targets, 到2025年
targets), numbered tasks （一）…（五） with items 1. 2. 3., targets set for named
乡镇 (镇 and 乡, which have no GB/T 2260 code and are `subject`s under the county,
paired by 分别 and 各), farm units (万亩, 万吨, 万头, 担, 公斤), households and
people (户, 人, 人次), 脱贫人口 income in 元, and the horizons 年底前 (2023) and
到2025年.

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


CODES = {"弥渡县": "532925"}
DEFAULT_REGION = "弥渡县"
SECTIONS = []
COMPOSED_SUBJECTS = set()
UNITS = {"亩", "吨", "%", "元", "人", "个", "人次", "公斤", "头", "担", "户", "座", "公里"}
TOWNS = ("寅街镇", "苴力镇", "弥城镇", "红岩镇", "德苴乡", "牛街彝族乡", "密祉镇")


def check_county_plan(doc, records):
    assert 1500 <= len(doc) <= 3000, len(doc)
    assert 20 <= len(records) <= 40, len(records)
    for r in records:
        assert r["region"] == "弥渡县"          # towns are subjects, never regions
        assert r["year"] in (2023, 2025)
        assert r["subject"] is None or r["subject"] in TOWNS or r["subject"] in ("示范区", "每个乡镇")
    assert {r["subject"] for r in records if r["subject"] in TOWNS} == set(TOWNS)
    # 分别 pairs in order, the sum is the county total's named part (0.8 + 0.6 of 2.3万亩)
    hsf = {r["subject"]: r["value"] for r in records if r["indicator"] == "建设高标准农田"}
    assert hsf == {"寅街镇": 8000, "苴力镇": 6000}
    assert sum(hsf.values()) <= 23000
    # the 2025 targets are exactly the three 到2025年 values
    assert sorted(r["value"] for r in records if r["year"] == 2025) == [15, 17000, 20000]
    # every 元 figure of a 2023 income target exceeds its 2022 base given in the text
    assert 14500 > 12960 and 20000 > 14870


EXTRA_CHECKS = [check_county_plan]

Y = 2023
GOAL = "2023年，全县粮食播种面积稳定在36万亩以上，粮食总产量达到12万吨以上；农村居民人均可支配收入增长8%左右，脱贫人口人均纯收入达到14500元以上"
G25 = "到2025年，脱贫人口人均纯收入达到17000元，全县农村居民人均可支配收入突破2万元"
JOBS = "脱贫劳动力务工就业规模稳定在4.2万人以上，其中县外转移就业2.8万人；新建就业帮扶车间5个"
GRAIN = "实施玉米大豆带状复合种植1.5万亩，示范区大豆亩产达到100公斤以上"
HSF = "新建高标准农田2.3万亩，其中寅街镇、苴力镇分别建设0.8万亩和0.6万亩"
LIVE = "全县生猪出栏稳定在45万头以上，肉牛存栏达到6.5万头；弥城镇、红岩镇各新建肉牛标准化养殖场2个"
TOB = "落实烤烟种植面积8.5万亩，收购烟叶23万担，力争烟农户均售烟收入突破6万元"
VEG = "蔬菜种植面积稳定在12万亩左右，加快冷链仓储设施建设；德苴乡、牛街彝族乡分别完成核桃提质增效2万亩和1.5万亩"
WAL = "德苴乡、牛街彝族乡分别完成核桃提质增效2万亩和1.5万亩"
FIRM = "新培育州级以上农业产业化龙头企业3户，培训高素质农民1200人"
TOUR = "密祉镇依托“小河淌水”文化品牌，全年接待游客力争达到30万人次，带动周边农户增收2000万元"
HOME = "年底前完成农村户厕改造3000座，新建改造农村公路80公里，推进农村生活污水和垃圾治理，每个乡镇至少打造1个乡村振兴示范村"
VIL = "年底前全县89个村（社区）集体经济收入全部达到5万元以上，其中10万元以上的村达到40个；到2025年，集体经济收入30万元以上的村达到15个"

ANNOTATIONS = [
    # ---------------- 一、总体目标 ----------------
    A(GOAL, "36万亩以上", "粮食播种面积", "level", ">=", 360000, "亩", "36万亩", "plan", Y),
    A(GOAL, "12万吨以上", "粮食总产量", "level", ">=", 120000, "吨", "12万吨", "plan", Y),
    A(GOAL, "8%左右", "农村居民人均可支配收入", "growth", "~", 8, "%", "8%", "plan", Y),
    A(GOAL, "14500元以上", "脱贫人口人均纯收入", "level", ">=", 14500, "元", "14500元", "plan", Y),
    A(G25, "17000元", "脱贫人口人均纯收入", "level", "=", 17000, "元", "17000元", "plan", 2025),
    A(G25, "突破2万元", "农村居民人均可支配收入", "level", ">=", 20000, "元", "2万元", "plan", 2025),

    # ---------------- （一）巩固拓展脱贫攻坚成果 ----------------
    A("确保年底前风险消除率达到60%以上", "60%以上", "风险消除率", "share", ">=", 60, "%", "60%",
      "ensure", Y),
    A(JOBS, "4.2万人以上", "脱贫劳动力务工就业规模", "count", ">=", 42000, "人", "4.2万人", "plan", Y),
    A(JOBS, "2.8万人", "县外转移就业", "count", "=", 28000, "人", "2.8万人", "plan", Y),
    A(JOBS, "5个", "新建就业帮扶车间", "count", "=", 5, "个", "5个", "plan", Y),
    A("用于产业发展的比例达到60%以上", "60%以上", "衔接推进乡村振兴补助资金用于产业发展的比例", "share",
      ">=", 60, "%", "60%", "plan", Y),

    # ---------------- （二）粮食和重要农产品 ----------------
    A(GRAIN, "1.5万亩", "玉米大豆带状复合种植", "level", "=", 15000, "亩", "1.5万亩", "plan", Y),
    A(GRAIN, "100公斤以上", "大豆亩产", "level", ">=", 100, "公斤", "100公斤", "plan", Y, subject="示范区"),
    A(HSF, "2.3万亩", "新建高标准农田", "level", "=", 23000, "亩", "2.3万亩", "plan", Y),
    # 分别 pairs in order: 寅街镇 -> 0.8万亩, 苴力镇 -> 0.6万亩
    A(HSF, "0.8万亩", "建设高标准农田", "level", "=", 8000, "亩", "0.8万亩", "plan", Y, subject="寅街镇"),
    A(HSF, "0.6万亩", "建设高标准农田", "level", "=", 6000, "亩", "0.6万亩", "plan", Y, subject="苴力镇"),
    A(LIVE, "45万头以上", "生猪出栏", "count", ">=", 450000, "头", "45万头", "plan", Y),
    A(LIVE, "6.5万头", "肉牛存栏", "count", "=", 65000, "头", "6.5万头", "plan", Y),
    # 各: one span, two records (one per town)
    A(LIVE, "2个", "新建肉牛标准化养殖场", "count", "=", 2, "个", "2个", "plan", Y, subject="弥城镇"),
    A(LIVE, "2个", "新建肉牛标准化养殖场", "count", "=", 2, "个", "2个", "plan", Y, subject="红岩镇"),
    A(TOB, "8.5万亩", "烤烟种植面积", "level", "=", 85000, "亩", "8.5万亩", "plan", Y),
    # 担 (a weight, 50 kg) is the text's own unit: kept, not converted
    A(TOB, "23万担", "收购烟叶", "level", "=", 230000, "担", "23万担", "plan", Y),
    A(TOB, "突破6万元", "烟农户均售烟收入", "level", ">=", 60000, "元", "6万元", "strive", Y),

    # ---------------- （三）特色产业 ----------------
    A(VEG, "12万亩左右", "蔬菜种植面积", "level", "~", 120000, "亩", "12万亩", "plan", Y),
    A(WAL, "2万亩", "核桃提质增效", "level", "=", 20000, "亩", "2万亩", "plan", Y, subject="德苴乡"),
    A(WAL, "1.5万亩", "核桃提质增效", "level", "=", 15000, "亩", "1.5万亩", "plan", Y,
      subject="牛街彝族乡"),
    # 户 is the classifier of firms here; 州级以上 is a qualifier (its 以上 is not a comparator)
    A(FIRM, "3户", "新培育农业产业化龙头企业", "count", "=", 3, "户", "3户", "plan", Y,
      qualifier="州级以上"),
    A(FIRM, "1200人", "培训高素质农民", "count", "=", 1200, "人", "1200人", "plan", Y),
    A(TOUR, "30万人次", "接待游客", "count", "=", 300000, "人次", "30万人次", "strive", Y,
      subject="密祉镇"),
    # an expected effect on households, not a commitment of its own -> optional
    A(TOUR, "2000万元", "带动周边农户增收", "level", "=", 2e7, "元", "2000万元", "plan", Y,
      subject="密祉镇", optional=True),

    # ---------------- （四）和美乡村 ----------------
    A(HOME, "3000座", "农村户厕改造", "count", "=", 3000, "座", "3000座", "plan", Y),
    A(HOME, "80公里", "新建改造农村公路", "level", "=", 80, "公里", "80公里", "plan", Y),
    # 至少 stands before the verb, not next to the number
    A(HOME, "1个", "打造乡村振兴示范村", "count", ">=", 1, "个", "1个", "plan", Y,
      subject="每个乡镇", cmp_from="至少"),

    # ---------------- （五）村级集体经济 ----------------
    A(VIL, "5万元以上", "村（社区）集体经济收入", "level", ">=", 50000, "元", "5万元", "plan", Y),
    A(VIL, "40个", "村", "count", "=", 40, "个", "40个", "plan", Y, qualifier="10万元以上"),
    A(VIL, "15个", "村", "count", "=", 15, "个", "15个", "plan", 2025,
      qualifier="集体经济收入30万元以上"),

    # ---------------- 三、保障措施 ----------------
    A("县财政安排乡村振兴专项资金不少于8000万元", "不少于8000万元", "乡村振兴专项资金", "level", ">=",
      8e7, "元", "8000万元", "plan", Y),
]

SEC = "section or list numbering"
NAME = "part of a name or slogan, not a quantity"
PAST = "2022 result (past), not a target"
NOT_TARGETS = [
    ("弥渡县2023年全面推进乡村振兴重点工作实施方案", 1, "title: the year of the plan"),
    ("关于做好2023年全面推进", 1, "the year of the higher-level documents"),
    ("一、总体目标", 1, SEC),
    ("2022年，全县粮食总产量11.6万吨，农村居民人均可支配收入14870元，增长6.9%，脱贫人口人均纯收入12960元，增长14.2%", 1,
     PAST + " (the bases of the 2023 targets)"),
    ("2023年，全县粮食播种", 1, "the year of the targets that follow"),
    ("到2025年，脱贫人口", 1, "horizon of the two targets that follow, not a value"),
    ("二、重点任务", 1, SEC),
    ("（一）", 2, SEC),
    ("（二）", 2, SEC),
    ("（三）", 2, SEC),
    ("（四）", 2, SEC),
    ("（五）", 1, SEC),
    ("1.健全", 1, SEC), ("2.促进", 1, SEC), ("3.强化", 1, SEC),
    ("1.抓好", 1, SEC), ("2.发展", 1, SEC), ("3.稳定", 1, SEC),
    ("1.壮大", 1, SEC), ("2.培育", 1, SEC), ("3.推进", 1, SEC),
    ("对已纳入监测的1286户4371人", 1,
     "a fact (the households and people under monitoring now), not a target"),
    ("全县89个村（社区）", 1, "a fact (the number of villages and communities), not a target"),
    ("其中10万元以上的村", 1, "qualifier (income class of the villages) of the 40个 target"),
    ("到2025年，集体经济收入30万元以上", 1,
     "horizon of the 15个 target, and its qualifier (income class)"),
    ("三、保障措施", 1, SEC),
    ("五级书记", 1, NAME + " (party secretaries at five levels, a responsibility system)"),
    ("每月至少召开一次专题会议", 1,
     "a working routine (至少…一次 a month), not a target: 至少 does not make a meeting count a target"),
    ("一月一调度、一季一通报", 1, "a working routine (monthly scheduling, quarterly notices), not a target"),
    ("第一书记", 1, NAME + " (the village first secretary, a post)"),
    ("2023年4月12日", 1, "date of issue"),
]

# ============================================================================
# Checking engine: the block of every build_gold.py under tests/data/corpus/
# and tests/data/heldout/, with three additive extensions (marked HELDOUT2),
# the same in all five tests/data/heldout2/ builds: 逾 is a `>=` word; 準 has
# its Simplified form 准; 百分之N (Chinese numerals, 点 decimals) is a %.
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
