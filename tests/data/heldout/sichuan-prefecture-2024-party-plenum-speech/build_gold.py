#!/usr/bin/env python3
"""Build the gold standard for sichuan-prefecture-2024-party-plenum-speech (doc.txt, UTF-8).

The document is a speech by a prefecture-level city's party secretary (宜宾市,
四川省, GB/T 2260 511500) at a mid-year plenary session of the 市委, dated
2024-07-26, written anew for this held-out set; every figure is illustrative
(see meta.json "notes").  A speech mixes rhetorical numbers (一个目标、两个率先,
三点意见, 四个方面, 一号产业, 三个一批), magnitude labels that name a class
(千亿级、万亿级产业集群, 百亿级项目) against real amounts (三千亿, 千亿GDP强区,
百强区), and three strengths (确保 / 力争 / 奋力冲刺).

Each annotation names the clause it was read from (a verbatim substring of
doc.txt), the value expression inside it (the span) and the TARGETS.md fields.
start/end are computed from the clause and its occurrence, never counted by
hand.  The checks assert that every span slices back out of the text, that
every value equals its value_text in base units (Chinese numerals included),
that the comparator agrees with the words in the span (or with the named word of
the clause), and that every numeral of the text is either inside a gold span or
explained in NOT_TARGETS.
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


CODES = {
    "宜宾市": "511500",
    "翠屏区": "511502",
    "南溪区": "511503",
    "叙州区": "511504",
    "江安县": "511523",
}
DEFAULT_REGION = "宜宾市"
SECTIONS = []
COMPOSED_SUBJECTS = set()
UNITS = {"元", "%", "户", "个", "名", "人"}


def check_held_out(doc, records):
    assert len(doc) <= 3500, len(doc)
    assert 20 <= len(records) <= 40, len(records)
    # the three strengths of the GDP target are in one sentence, in this order
    gdp = [r for r in records if r["indicator"] == "地区生产总值" and r["region"] == "宜宾市"
           and r["subject"] is None and not r.get("optional")]
    assert [(r["value"], r["strength"]) for r in gdp] == [(6.5, "ensure"), (7, "strive"),
                                                          (7.5, "strive")]
    # magnitude labels (千亿级, 万亿级, 百亿级) are never inside a span
    for r in records:
        assert "级" not in doc[r["start"]:r["end"]]


EXTRA_CHECKS = [check_held_out]

Y = 2024
GDP = "全市地区生产总值确保增长6.5%、力争增长7%、奋力冲刺7.5%"
BATTERY = "今年产值确保突破1200亿元，力争达到1500亿元"
PV = "全年新培育百亿级企业3户、五十亿级企业5户"
PROJ = "全年实施市级重点项目500个、完成投资1000亿元以上"
COUNTIES = "力争南溪区、江安县地区生产总值分别突破300亿元、250亿元"
CLOSE = "咬定全年经济增长6.5%、冲刺7.5%的目标不放松"

ANNOTATIONS = [
    # ---------------- 二、全年目标 (下半年 speech: year 2024) ----------------
    A(GDP, "6.5%", "地区生产总值", "growth", "=", 6.5, "%", "6.5%", "ensure", Y),
    A(GDP, "7%", "地区生产总值", "growth", "=", 7, "%", "7%", "strive", Y),
    A(GDP, "7.5%", "地区生产总值", "growth", "=", 7.5, "%", "7.5%", "strive", Y),
    A("经济总量力争突破4000亿元", "突破4000亿元",
      "经济总量", "level", ">=", 4e11, "元", "4000亿元", "strive", Y),
    # after the semicolon: no 确保/力争 -> plan
    A("规上工业增加值增长10%以上", "10%以上",
      "规上工业增加值", "growth", ">=", 10, "%", "10%", "plan", Y),
    A("固定资产投资增长8%", "8%", "固定资产投资", "growth", "=", 8, "%", "8%", "plan", Y),
    A("社会消费品零售总额增长7%左右", "7%左右",
      "社会消费品零售总额", "growth", "~", 7, "%", "7%", "plan", Y),

    # ---------------- 第一, 产业 ----------------
    A(BATTERY, "突破1200亿元", "产值", "level", ">=", 1.2e11, "元", "1200亿元", "ensure", Y,
      subject="动力电池产业"),
    A(BATTERY, "1500亿元", "产值", "level", "=", 1.5e11, "元", "1500亿元", "strive", Y,
      subject="动力电池产业"),
    # 奋力 alone is strive; 迈上…台阶 is a level to reach (=); 三千亿 is an amount in 元
    A("到2027年，动力电池产业集群产值奋力迈上三千亿台阶", "三千亿",
      "产值", "level", "=", 3e11, "元", "三千亿", "strive", 2027, subject="动力电池产业集群"),
    # 百亿级 / 五十亿级 are qualifiers (size classes) of a count
    A(PV, "3户", "新培育企业", "count", "=", 3, "户", "3户", "plan", Y,
      subject="晶硅光伏产业", qualifier="百亿级"),
    A(PV, "5户", "新培育企业", "count", "=", 5, "户", "5户", "plan", Y,
      subject="晶硅光伏产业", qualifier="五十亿级"),
    # 从今年起，用三年时间 … 到2026年 (2024-2026)
    A("到2026年全市规上工业企业达到2000户", "2000户",
      "规上工业企业", "count", "=", 2000, "户", "2000户", "plan", 2026),

    # ---------------- 第二, 项目 ----------------
    A(PROJ, "500个", "市级重点项目", "count", "=", 500, "个", "500个", "plan", Y),
    A(PROJ, "1000亿元以上", "完成投资", "level", ">=", 1e11, "元", "1000亿元", "plan", Y,
      subject="市级重点项目"),
    # an increment for the second half; year of the speech
    A("下半年新开工亿元以上项目不少于80个", "不少于80个",
      "新开工项目", "count", ">=", 80, "个", "80个", "plan", Y, qualifier="亿元以上"),
    # an interim commitment (end of Q3)
    A("力争三季度末市级重点项目投资完成率达到80%", "80%",
      "投资完成率", "share", "=", 80, "%", "80%", "strive", Y, subject="市级重点项目"),

    # ---------------- 第三, 区域 ----------------
    A("支持三江新区当好“排头兵”，地区生产总值增长10%以上", "10%以上",
      "地区生产总值", "growth", ">=", 10, "%", "10%", "plan", Y, subject="三江新区"),
    A("支持翠屏区加快冲刺千亿GDP强区", "千亿",
      "GDP", "level", "=", 1e11, "元", "千亿", "strive", None, region="翠屏区"),
    A("支持叙州区争创全国综合实力百强区", "百强",
      "全国综合实力排名", "rank", "<=", 100, "名", "百强", "strive", None, region="叙州区"),
    # 分别 pairs in order; 突破 stands before both values
    A(COUNTIES, "300亿元", "地区生产总值", "level", ">=", 3e10, "元", "300亿元", "strive", Y,
      region="南溪区", cmp_from="突破"),
    A(COUNTIES, "250亿元", "地区生产总值", "level", ">=", 2.5e10, "元", "250亿元", "strive", Y,
      region="江安县", cmp_from="突破"),

    # ---------------- 第四, 底线 ----------------
    A("坚决把城镇调查失业率控制在5.5%以内", "控制在5.5%以内",
      "城镇调查失业率", "share", "<=", 5.5, "%", "5.5%", "ensure", Y),
    A("确保全年新增城镇就业4.5万人以上", "4.5万人以上",
      "新增城镇就业", "count", ">=", 45000, "人", "4.5万人", "ensure", Y),

    # ---------------- closing: a summary of the GDP target -> optional ----------------
    A(CLOSE, "6.5%", "经济增长", "growth", "=", 6.5, "%", "6.5%", "plan", Y, optional=True),
    A(CLOSE, "7.5%", "经济增长", "growth", "=", 7.5, "%", "7.5%", "strive", Y, optional=True),
]

SEC = "section or list numbering"
NAME = "part of a name or slogan, not a quantity"
PAST = "2024 first-half result (past), not a target"
NOT_TARGETS = [
    # ---- head
    ("市委全会第二次全体会议", 1, "ordinal of the meeting"),
    ("（2024年7月26日）", 1, "date of the speech"),
    ("党的二十届三中全会", 1, NAME + " (3rd plenary session of the 20th Central Committee)"),
    ("我讲三点意见", 1, "rhetorical count of the speech's parts (a structure)"),
    ("一、坚定信心", 1, SEC),
    # ---- 一、first half
    ("全市地区生产总值完成1865.3亿元，增长6.7%，增速居全省第2位", 1,
     PAST + " (第2位 is a rank held, not a rank target)"),
    ("规上工业增加值增长9.1%", 1, PAST),
    ("动力电池产业产值突破600亿元", 1, PAST + " (突破 in the past tense)"),
    ("新签约百亿级项目4个", 1, PAST + " (百亿级 is a size class, the count 4个 is past)"),
    # ---- 二、
    ("二、锚定“一个目标、两个率先”", 1, SEC + "; " + NAME + " (the city's slogan)"),
    ("市委提出的“一个目标、两个率先”", 1, NAME + " (the city's slogan, explained, no quantity)"),
    ("这是一张必须一以贯之干到底的蓝图", 1, "一张 (a), and the idiom 一以贯之"),
    ("社会消费品零售总额", 1, "零 of the word 零售 (retail)"),
    ("具体要抓好四个方面", 1, "rhetorical count of the task areas (a structure)"),
    ("第一，", 1, SEC),
    ("打造千亿级、万亿级产业集群", 1,
     "千亿级 / 万亿级 name classes of cluster, no value is set (万亿级 holds no numeral)"),
    ("一个产业一个产业地抓、一户企业一户企业地帮", 1, "rhetoric (one by one), not a count"),
    ("“一号产业”", 1, NAME + " (the leading industry)"),
    ("到2027年，动力电池", 1, "horizon of the 三千亿 target"),
    ("新培育百亿级企业", 1, "百亿级 is the qualifier (size class) of the 3户 target"),
    ("、五十亿级企业", 1, "五十亿级 is the qualifier (size class) of the 5户 target"),
    ("用三年时间", 1, "三年 (2024-2026) is the horizon of the 2000户 target, not a value"),
    ("到2026年全市", 1, "horizon of the 2000户 target"),
    ("第二，", 1, SEC),
    ("对总投资10亿元以上的重大项目", 1,
     "a size class of the projects that get a leader each (a rule), not a target"),
    ("一个项目一名领导、一套专班、一抓到底", 1, "rhetoric of a working method, not a count"),
    ("力争三季度末", 1, "names the quarter of the interim 80% target"),
    ("第三，", 1, SEC),
    ("支持三江新区", 1, NAME + " (三江新区, a functional zone)"),
    ("“一县一策”", 1, NAME + " (one policy per county)"),
    ("第四，", 1, SEC),
    ("上半年全市新增城镇就业2.6万人", 1, PAST),
    ("三、以钉钉子精神", 1, SEC),
    ("“一把手”", 1, NAME + " (the person in charge)"),
    ("“三个一批”", 1, NAME + " (an illustrative campaign name)"),
    ("从8月起在全市开展“百日攻坚”行动", 1,
     "start month of a campaign and its name (百日攻坚), not a quantity"),
    ("一月一调度、一季一通报", 1, "rhetoric of a working rhythm (monthly, quarterly), not a count"),
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
