#!/usr/bin/env python3
"""Build the gold standard for shenzhen-district-2024-interview-gb18030 (doc.txt, GB18030).

The document is a newspaper interview (记者问 / 区长答) with the head of 光明区,
深圳市, on the district's 2024 targets, written anew for this corpus; its figures
are illustrative (see meta.json "notes").  It is saved as GB18030 bytes
(meta.json "encoding": "gb18030") and contains the bullet • (U+2022), which GBK
cannot encode, so a reader must decode it as GB18030, not GBK.  Some numbers are
written with full-width digits (６％, １．２万人, ７．５％, ２０２４年).

Ranges (６％—７％, 5.5%-6.5%) are two records: the low end with `>=` and the
high end with `<=`, each spanning its own number.  "分别增长9%和5%" pairs the two
indicators with the two rates.  Ranks: 前三名 and 第5位以内 are `<=`.

Each annotation names the clause it was read from (a verbatim substring of the
decoded text), the value expression inside it (the span) and the TARGETS.md
fields.  start/end are Python str indices over the decoded text, computed, never
counted by hand.  The checks assert that every span slices back out of the
text, that every value equals its value_text in base units (full-width digits
read as digits), that the comparator agrees with the words in the span (or with
the range it ends), and that every numeral of the text is either inside a gold
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


CODES = {"光明区": "440311"}
DEFAULT_REGION = "光明区"
SECTIONS = []
COMPOSED_SUBJECTS = set()
UNITS = {"元", "%", "个", "家", "人", "户", "名", "张", "件", "公里", "平方米"}


def check_encoding(doc, records):
    with open(DOC_PATH, "rb") as f:
        raw = f.read()
    assert raw.decode("gb18030") == doc
    try:
        raw.decode("gbk")
        gbk_ok = True
    except UnicodeDecodeError:
        gbk_ok = False
    assert not gbk_ok, "the text should need GB18030 (it holds a character outside GBK)"
    assert "•" in doc and any(c in doc for c in "０１２３４５６７８９")


EXTRA_CHECKS = [check_encoding]

Y = 2024

HEAD = "今年GDP预期增长６％—７％"
MAIN = "今年全区地区生产总值预期增长６％—７％"
PAIR = "规模以上工业增加值和固定资产投资分别增长9%和5%"
RETAIL = "社会消费品零售总额增长5.5%-6.5%"
JOBS = "城镇新增就业１．２万人以上"
SIDE = "地区生产总值增长６％—７％"
CONF = "确保全年地区生产总值增长６％以上，并努力向７％冲刺"

ANNOTATIONS = [
    # ---------------- headline (restated in the answer) -> optional ----------------
    A(HEAD, "６％", "GDP", "growth", ">=", 6, "%", "６％", "plan", Y,
      cmp_from="RANGE_LOW", optional=True),
    A(HEAD, "７％", "GDP", "growth", "<=", 7, "%", "７％", "plan", Y,
      cmp_from="RANGE_HIGH", optional=True),

    # ---------------- the main targets ----------------
    A(MAIN, "６％", "地区生产总值", "growth", ">=", 6, "%", "６％", "plan", Y, cmp_from="RANGE_LOW"),
    A(MAIN, "７％", "地区生产总值", "growth", "<=", 7, "%", "７％", "plan", Y, cmp_from="RANGE_HIGH"),
    A("力争增速保持在全市前三名", "前三名",
      "地区生产总值增速", "rank", "<=", 3, "名", "三名", "strive", Y),
    A(PAIR, "9%", "规模以上工业增加值", "growth", "=", 9, "%", "9%", "plan", Y),
    A(PAIR, "5%", "固定资产投资", "growth", "=", 5, "%", "5%", "plan", Y),
    A(RETAIL, "5.5%", "社会消费品零售总额", "growth", ">=", 5.5, "%", "5.5%", "plan", Y,
      cmp_from="RANGE_LOW"),
    A(RETAIL, "6.5%", "社会消费品零售总额", "growth", "<=", 6.5, "%", "6.5%", "plan", Y,
      cmp_from="RANGE_HIGH"),
    A("一般公共预算收入增长5%左右", "5%左右",
      "一般公共预算收入", "growth", "~", 5, "%", "5%", "plan", Y),
    A(JOBS, "１．２万人以上", "城镇新增就业", "count", ">=", 12000, "人", "１．２万人", "plan", Y, occ=0),
    A("城镇调查失业率控制在3.5%以内", "控制在3.5%以内",
      "城镇调查失业率", "share", "<=", 3.5, "%", "3.5%", "plan", Y),

    # ---------------- 光明科学城 ----------------
    A("今年我们将安排科学城重点项目120个", "120个",
      "重点项目", "count", "=", 120, "个", "120个", "plan", Y, subject="科学城"),
    A("年度计划投资350亿元以上", "350亿元以上",
      "年度计划投资", "level", ">=", 3.5e10, "元", "350亿元", "plan", Y, subject="科学城"),
    A("全社会研发投入占地区生产总值比重提高到７．５％", "７．５％",
      "全社会研发投入占地区生产总值比重", "share", "=", 7.5, "%", "７．５％", "plan", Y),
    A("新认定国家高新技术企业300家", "300家",
      "新认定国家高新技术企业", "count", "=", 300, "家", "300家", "plan", Y),
    A("新引进高层次人才2000名以上", "2000名以上",
      "新引进高层次人才", "count", ">=", 2000, "名", "2000名", "plan", Y),
    A("力争科技成果转化项目落地50个以上", "50个以上",
      "科技成果转化项目落地", "count", ">=", 50, "个", "50个", "strive", Y),

    # ---------------- 产业 ----------------
    A("今年规模以上工业总产值突破4000亿元", "突破4000亿元",
      "规模以上工业总产值", "level", ">=", 4e11, "元", "4000亿元", "plan", Y),
    A("确保总量排名保持在全市第5位以内", "第5位以内",
      "规模以上工业总产值总量排名", "rank", "<=", 5, "名", "5位", "ensure", Y),
    A("全年新增规上工业企业150家", "150家",
      "新增规上工业企业", "count", "=", 150, "家", "150家", "plan", Y),
    A("新建“工业上楼”厂房空间200万平方米", "200万平方米",
      "新建“工业上楼”厂房空间", "level", "=", 2e6, "平方米", "200万平方米", "plan", Y),
    A("到2026年，新材料产业集群产值力争突破1000亿元", "突破1000亿元",
      "产值", "level", ">=", 1e11, "元", "1000亿元", "strive", 2026,
      subject="新材料产业集群"),

    # ---------------- 招商、营商环境 ----------------
    A("全年引进亿元以上项目80个以上", "80个以上",
      "引进项目", "count", ">=", 80, "个", "80个", "plan", Y, qualifier="亿元以上"),
    A("其中10亿元以上项目不少于10个", "不少于10个",
      "引进项目", "count", ">=", 10, "个", "10个", "plan", Y, qualifier="10亿元以上"),
    A("新增商事主体2万户", "2万户",
      "新增商事主体", "count", "=", 20000, "户", "2万户", "plan", Y),
    A("政务服务事项全程网办率保持在95%以上", "95%以上",
      "政务服务事项全程网办率", "share", ">=", 95, "%", "95%", "plan", Y),

    # ---------------- 城市建设 ----------------
    A("今年全区交通建设投资不低于80亿元", "不低于80亿元",
      "交通建设投资", "level", ">=", 8e9, "元", "80亿元", "plan", Y),
    A("新建改造市政道路30公里", "30公里",
      "新建改造市政道路", "level", "=", 30, "公里", "30公里", "plan", Y),

    # ---------------- 民生 ----------------
    A("今年将集中力量办好12件民生实事", "12件",
      "民生实事", "count", "=", 12, "件", "12件", "plan", Y, optional=True),
    A("全年新增公办学位1.5万个", "1.5万个",
      "新增公办学位", "count", "=", 15000, "个", "1.5万个", "plan", Y),
    A("新增养老床位500张", "500张",
      "新增养老床位", "count", "=", 500, "张", "500张", "plan", Y),
    A("新建社区健康服务机构8家", "8家",
      "新建社区健康服务机构", "count", "=", 8, "家", "8家", "plan", Y),
    A("建成口袋公园20个", "20个",
      "建成口袋公园", "count", "=", 20, "个", "20个", "plan", Y),

    # ---------------- the closing answer: the floor pledged, the ceiling aimed at ----------------
    A(CONF, "６％以上", "地区生产总值", "growth", ">=", 6, "%", "６％", "ensure", Y),
    A(CONF, "７％", "地区生产总值", "growth", "=", 7, "%", "７％", "strive", Y),

    # ---------------- 【链接】 box: a summary of targets stated above -> optional ----------------
    A(SIDE, "６％", "地区生产总值", "growth", ">=", 6, "%", "６％", "plan", Y,
      cmp_from="RANGE_LOW", optional=True),
    A(SIDE, "７％", "地区生产总值", "growth", "<=", 7, "%", "７％", "plan", Y,
      cmp_from="RANGE_HIGH", optional=True),
    A("•规模以上工业增加值增长9%", "9%",
      "规模以上工业增加值", "growth", "=", 9, "%", "9%", "plan", Y, optional=True),
    A("•固定资产投资增长5%", "5%",
      "固定资产投资", "growth", "=", 5, "%", "5%", "plan", Y, optional=True),
    A(JOBS, "１．２万人以上", "城镇新增就业", "count", ">=", 12000, "人", "１．２万人", "plan", Y,
      occ=1, optional=True),
]

NAME = "part of a name or slogan, not a quantity"
PAST = "2023 result (past tense), not a target"
NOT_TARGETS = [
    ("２０２４年是深圳光明区成立区政府后的第六个年头", 1,
     "a date (full-width digits) and an ordinal of years since the district was set up"),
    ("“20+8”产业集群", 2, NAME + " (Shenzhen's 20 industrial clusters and 8 future industries)"),
    ("世界一流科学城", 1, "一 of the word 一流 (first-class)"),
    ("2023年光明区交出了一份", 1, "the year asked about; 一份 (a, one) is not a quantity"),
    ("社会消费品零售总额", 1, "零 of the word 零售 (retail)"),
    ("到2026年", 1, "horizon of the 1000亿元 target, not a value"),
    ("其中10亿元以上项目", 1, "qualifier (size class of the projects) of the 10个 target"),
    ("老百姓", 1, "百 of the word 老百姓 (ordinary people)"),
    ("过去一年", 1, "time expression"),
    ("全区地区生产总值突破1500亿元，同比增长7.2%，增速居全市第2位", 1,
     PAST + " (突破 in the past tense; 第2位 is a rank held)"),
    ("规模以上工业总产值达到3600亿元", 1, PAST),
    ("工业投资连续三年保持两位数增长", 1, PAST + " (三年, 两位数 describe past growth)"),
    ("研究平台24个", 1, "a fact (facilities already laid out)"),
    ("超过1.1万人", 1, "a fact (researchers gathered; 超过 in a past statement)"),
    ("设定一个区间目标", 1, "一个 counts the range itself, not a target"),
    ("一般公共预算收入", 1, "一 of the word 一般"),
    ("“一网通办”", 1, NAME + " (one-stop online service)"),
    ("地铁6号线支线南延、13号线北延", 1, NAME + " (metro line numbers)"),
    ("“一心两区”", 1, NAME + " (a spatial layout)"),
    ("一批重大项目", 1, "一批 (a number of), no count"),
    ("一季度实现“开门红”", 1, "names the first quarter, no quantity"),
    ("【链接】光明区2024年", 1, "the year of the targets in the box title"),
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
