#!/usr/bin/env python3
"""Build the gold standard for national-ministry-2024-plan (doc.txt, UTF-8).

The folder name comes from the brief, which first asked for a national ministry
plan and then, because 全国 has no GB/T 2260 code, for a provincial one instead.
The document is a 广东省 action plan (行动方案) on the green and low-carbon
transformation of manufacturing, 2024-2027, issued by the 省政府办公厅 and
written anew for this corpus; its figures are illustrative (see meta.json
"notes").  National documents are named in it but none of their figures is
quoted, so every target is the province's or a named city's.

Targets are staged: 到2025年 -> 2025, 到2027年 -> 2027.  Targets of the plan with
no horizon of their own, and 每年 targets of the 2024-2027 period, take the plan's
end year 2027; 2024年 targets take 2024.  Ranges (10%—12%, 92%—95%) are two
records: the low end `>=`, the high end `<=`.

Each annotation names the clause it was read from (a verbatim substring of
doc.txt), the value expression inside it (the span) and the TARGETS.md fields.
start/end are computed, never counted by hand.  The checks assert that every
span slices back out of the text, that every value equals its value_text in
base units (万亿元 x 1e12, 亿吨 x 1e8, 万辆 x 1e4), that the comparator agrees
with the words in the span (or with the range it ends), and that every numeral
of the text is either inside a gold span or explained in NOT_TARGETS.
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


CODES = {"广东省": "440000", "湛江市": "440800", "茂名市": "440900"}
DEFAULT_REGION = "广东省"
SECTIONS = []
COMPOSED_SUBJECTS = set()
EXTRA_CHECKS = []
UNITS = {"元", "%", "家", "吨", "台", "辆", "个", "项"}

Y = 2024
S1 = 2025
S2 = 2027         # the plan's end year

G25 = "到2025年，全省规模以上工业单位增加值能耗比2020年下降13.5%，绿色低碳产业规模突破1.8万亿元，累计创建国家级绿色工厂400家以上，大宗工业固体废物综合利用率达到65%"
G27 = "绿色低碳产业规模力争达到2.2万亿元，年均增长10%—12%"
EQUIP = "每年推动8000家以上规模以上工业企业实施设备更新和技术改造，带动设备投资累计超过1.2万亿元"
DIGI = "规模以上工业企业数字化转型比例达到75%，重点行业关键工序数控化率不低于70%"
EFF = "能效达到标杆水平以上的产能比例达到30%，到2027年提高到50%"
PETRO = "支持湛江、茂名建设世界级绿色石化产业基地，到2027年，绿色石化产业规模分别达到3000亿元和2500亿元"
SYS = "累计培育省级绿色工业园区30个、绿色供应链管理企业200家"
WATER = "工业用水重复利用率保持在92%—95%"
INNOV = "建成省级以上绿色低碳领域制造业创新中心10家，突破关键核心技术50项以上，培育绿色低碳领域专精特新中小企业1000家"
PV = "新建厂房屋顶光伏覆盖率不低于50%"

ANNOTATIONS = [
    # ---------------- 一、主要目标: 2025 ----------------
    A(G25, "13.5%", "规模以上工业单位增加值能耗", "growth", "=", 13.5, "%", "13.5%", "plan", S1,
      direction="decrease"),
    A(G25, "突破1.8万亿元", "绿色低碳产业规模", "level", ">=", 1.8e12, "元", "1.8万亿元", "plan", S1),
    A(G25, "400家以上", "累计创建国家级绿色工厂", "count", ">=", 400, "家", "400家", "plan", S1),
    A(G25, "65%", "大宗工业固体废物综合利用率", "share", "=", 65, "%", "65%", "plan", S1),

    # ---------------- 一、主要目标: 2027 ----------------
    A("规模以上工业单位增加值能耗在2025年基础上再下降5%左右", "5%左右",
      "规模以上工业单位增加值能耗", "growth", "~", 5, "%", "5%", "plan", S2, direction="decrease"),
    A(G27, "2.2万亿元", "绿色低碳产业规模", "level", "=", 2.2e12, "元", "2.2万亿元", "strive", S2),
    # 年均增长 has a verb of its own, so 力争 does not carry over (TARGETS.md)
    A(G27, "10%", "绿色低碳产业规模", "growth", ">=", 10, "%", "10%", "plan", S2, cmp_from="RANGE_LOW"),
    A(G27, "12%", "绿色低碳产业规模", "growth", "<=", 12, "%", "12%", "plan", S2, cmp_from="RANGE_HIGH"),
    A("新能源汽车产量占比达到60%以上", "60%以上",
      "新能源汽车产量占比", "share", ">=", 60, "%", "60%", "plan", S2),
    A("工业固体废物年综合利用量达到1.2亿吨", "1.2亿吨",
      "工业固体废物年综合利用量", "level", "=", 1.2e8, "吨", "1.2亿吨", "plan", S2),
    A("工业领域二氧化碳排放量控制在3.3亿吨以内", "控制在3.3亿吨以内",
      "工业领域二氧化碳排放量", "level", "<=", 3.3e8, "吨", "3.3亿吨", "plan", S2),

    # ---------------- （一）设备更新 ----------------
    A(EQUIP, "8000家以上", "规模以上工业企业实施设备更新和技术改造", "count", ">=", 8000, "家",
      "8000家", "plan", S2),
    A(EQUIP, "超过1.2万亿元", "设备投资累计", "level", ">=", 1.2e12, "元", "1.2万亿元", "plan", S2),
    A(DIGI, "75%", "规模以上工业企业数字化转型比例", "share", "=", 75, "%", "75%", "plan", S2),
    A(DIGI, "不低于70%", "重点行业关键工序数控化率", "share", ">=", 70, "%", "70%", "plan", S2),

    # ---------------- （二）能效 ----------------
    A(EFF, "30%", "能效达到标杆水平以上的产能比例", "share", "=", 30, "%", "30%", "plan", S1),
    A(EFF, "50%", "能效达到标杆水平以上的产能比例", "share", "=", 50, "%", "50%", "plan", S2),
    A("2024年完成高耗能落后机电设备淘汰更新10万台（套）", "10万台（套）",
      "高耗能落后机电设备淘汰更新", "count", "=", 100000, "台", "10万台", "plan", Y),

    # ---------------- （三）区域布局 ----------------
    A("珠三角地区规模以上工业企业绿色工厂覆盖率达到40%以上", "40%以上",
      "规模以上工业企业绿色工厂覆盖率", "share", ">=", 40, "%", "40%", "plan", S2,
      subject="珠三角地区"),
    A(PETRO, "3000亿元", "绿色石化产业规模", "level", "=", 3e11, "元", "3000亿元", "plan", S2,
      region="湛江市"),
    A(PETRO, "2500亿元", "绿色石化产业规模", "level", "=", 2.5e11, "元", "2500亿元", "plan", S2,
      region="茂名市"),
    A("力争全省新能源汽车年产量突破400万辆", "突破400万辆",
      "新能源汽车年产量", "count", ">=", 4e6, "辆", "400万辆", "strive", S2),

    # ---------------- （四）绿色制造体系 ----------------
    A("每年遴选省级绿色制造示范单位100家左右", "100家左右",
      "遴选省级绿色制造示范单位", "count", "~", 100, "家", "100家", "plan", S2),
    A(SYS, "30个", "累计培育省级绿色工业园区", "count", "=", 30, "个", "30个", "plan", S2),
    A(SYS, "200家", "绿色供应链管理企业", "count", "=", 200, "家", "200家", "plan", S2),

    # ---------------- （五）资源循环 ----------------
    A("再生资源回收利用量达到5000万吨", "5000万吨",
      "再生资源回收利用量", "level", "=", 5e7, "吨", "5000万吨", "plan", S2),
    A(WATER, "92%", "工业用水重复利用率", "share", ">=", 92, "%", "92%", "plan", S2,
      cmp_from="RANGE_LOW"),
    A(WATER, "95%", "工业用水重复利用率", "share", "<=", 95, "%", "95%", "plan", S2,
      cmp_from="RANGE_HIGH"),

    # ---------------- （六）技术创新 ----------------
    A(INNOV, "10家", "绿色低碳领域制造业创新中心", "count", "=", 10, "家", "10家", "plan", S2,
      qualifier="省级以上"),
    A(INNOV, "50项以上", "突破关键核心技术", "count", ">=", 50, "项", "50项", "plan", S2),
    A(INNOV, "1000家", "培育绿色低碳领域专精特新中小企业", "count", "=", 1000, "家", "1000家",
      "plan", S2),
    A(PV, "不低于50%", "新建厂房屋顶光伏覆盖率", "share", ">=", 50, "%", "50%", "plan", S2),

    # ---------------- 三、保障措施 ----------------
    A("省级财政每年安排不低于10亿元资金", "不低于10亿元",
      "省级财政每年安排资金", "level", ">=", 1e9, "元", "10亿元", "plan", S2),
    A("绿色贷款余额年均增速保持在20%以上", "20%以上",
      "绿色贷款余额", "growth", ">=", 20, "%", "20%", "plan", S2),
]

NAME = "part of a name or title, not a quantity"
PLANSPAN = "the plan's span of years (2024—2027年 is a period, not a value range)"
NOT_TARGETS = [
    ("（2024—2027年）", 3, PLANSPAN + ", in the plan's title"),
    ("粤府办〔2024〕18号", 1, "document number"),
    ("2024年6月18日", 1, "date of issue"),
    ("党的二十大", 1, NAME),
    ("省委“1310”具体部署", 1, NAME + " (the provincial work plan)"),
    ("一、主要目标", 1, "section numbering"),
    ("到2025年，全省", 1, "horizon of the targets that follow"),
    ("比2020年", 1, "base year of the 13.5% reduction"),
    ("到2027年，规模以上工业单位", 1, "horizon of the targets that follow"),
    ("在2025年基础上", 1, "base year of the 5% reduction"),
    ("二氧化碳排放量控制在", 1, "二 of the chemical name 二氧化碳"),
    ("确保2030年前工业领域二氧化碳排放达峰", 1,
     "a milestone date with no quantity (2030; 二 of 二氧化碳)"),
    ("二、重点任务", 1, "section numbering"),
    ("（一）实施设备更新改造行动。2024—2027年", 1, "list numbering; " + PLANSPAN),
    ("到2027年，规模以上工业企业数字化", 1, "horizon of the targets that follow"),
    ("（二）实施能效提升行动", 1, "list numbering"),
    ("到2025年，能效", 1, "horizon of the 30% target"),
    ("到2027年提高到", 1, "horizon of the 50% target"),
    ("设备，2024年完成", 1, "the year of the 10万台 target"),
    ("（三）优化绿色制造区域布局", 1, "list numbering"),
    ("到2027年，珠", 1, "horizon of the 40% target"),
    ("珠三角地区", 2, NAME + " (the Pearl River Delta: 三角 = delta)"),
    ("到2027年，绿色石化", 1, "horizon of the paired targets"),
    ("（四）健全绿色制造体系", 1, "list numbering"),
    ("到2027年，累计培育", 1, "horizon of the targets that follow"),
    ("（五）推进工业资源循环利用", 1, "list numbering"),
    ("建设一批再生资源", 1, "一批 (a number of), no count"),
    ("到2027年，再生资源", 1, "horizon of the targets that follow"),
    ("（六）强化绿色低碳技术创新", 1, "list numbering"),
    ("到2027年，建成", 1, "horizon of the targets that follow"),
    ("三、保障措施", 1, "section numbering"),
    ("加大财政支持力度，2024—2027年", 1, PLANSPAN),
    ("于2024年8月31日前", 1, "deadline (a date)"),
    ("“一季度一调度、一年一评估”", 1, NAME + " (a working routine)"),
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
