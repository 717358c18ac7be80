#!/usr/bin/env python3
"""Build the gold standard for guangxi-2024-traditional-big5 (doc.txt, Big5).

The document is a short news item in Traditional characters about the 2024-2026
three-year plan for industry of 容县 (玉林市, 广西壮族自治区), written anew for this
corpus; its figures are illustrative (see meta.json "notes").  It is saved as
Big5 (meta.json "encoding": "big5"): every character was checked to encode in
Big5, and big5, cp950 and big5hkscs decode the file identically (硅 is avoided:
有機矽).  Most numbers use full-width digits (３００億元, １０％, １３．２％); a few
use ASCII digits (50個以上, 30個).  Quotes are 「」 and 『』.

As in the shared xinhui-2023-big5 gold: `unit` is a Simplified base unit (億元 ->
元, 萬畝 -> 亩, 個 -> 个, 戶 -> 户), `region` is the Simplified official name (容县,
玉林市), while `indicator`, `subject`, `qualifier` and `value_text` are the text's
own Traditional words.  Offsets are Python str indices over the decoded text.

Each annotation names the clause it was read from (a verbatim substring of the
decoded text), the value expression inside it (the span) and the TARGETS.md
fields.  start/end are computed, never counted by hand.  The checks assert that
every span slices back out of the text, that every value equals its value_text
in base units (full-width digits read as digits, Traditional magnitudes 億/萬),
that the comparator agrees with the words in the span, and that every numeral
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


CODES = {"容县": "450921", "玉林市": "450900"}
DEFAULT_REGION = "容县"
SECTIONS = []
COMPOSED_SUBJECTS = set()
UNITS = {"元", "%", "个", "家", "户", "名", "亩", "平方米", "个工作日"}


def check_traditional(doc, records):
    # Simplified forms that must not appear in this Traditional text
    for ch in "硅县业产发区规项亿万个计划资经济农标专设务数":
        assert ch not in doc, ("Simplified character in a Traditional text", ch)
    for r in records:
        assert all(c not in r["unit"] for c in "億萬個戶畝"), r["unit"]


EXTRA_CHECKS = [check_traditional]

Y = 2024
PLAN = 2026       # 到２０２６年 / 三年 / 三年內 / 三年累計 in a 2024 text: 2024-2026

HEAD = "力爭２０２６年工業總產值突破３００億元"
GOALS = "到２０２６年，全縣工業總產值突破３００億元，規模以上工業企業達到２００家，規模以上工業增加值年均增長１０％以上，三年累計完成工業投資１５０億元"
EI = "力爭三年引進電子資訊配套企業３０家以上、落地億元以上項目２０個"
PARK = "工業集中區產值佔全縣工業總產值比重提高到６５％以上，園區畝均稅收達到１５萬元"
FIRMS = "三年內培育產值超１０億元企業１０家、超億元企業６０家，新增「專精特新」中小企業２０家"
POMELO = "全縣沙田柚種植面積穩定在１５萬畝左右，沙田柚全產業鏈產值達到１００億元，帶動３萬戶果農增收"
Y24 = "２０２４年全縣新簽約億元以上工業項目50個以上、新開工工業項目30個，工業投資增長１５％，新增規上工業企業２５家，確保工業總產值增長１２％以上"
LAND = "容縣今年將新增工業用地２０００畝，新建標準廠房２０萬平方米"
FUND = "縣財政每年安排工業發展專項資金不少於５０００萬元，三年引進各類工業人才１０００名，並設立規模２億元的產業引導基金"
GREEN = "推動規上工業企業數字化改造覆蓋率達到６０％，單位工業增加值能耗三年累計下降１０％，工業園區污水集中處理率達到１００％"
BIZ = "企業開辦時間壓縮至１個工作日以內，工業項目審批時限再壓減３０％"
RANK = "力爭２０２６年容縣進入全區縣域經濟發展前１０名，為玉林市工業總產值突破３０００億元作出容縣貢獻"

ANNOTATIONS = [
    # ---------------- headline (restated in the lead) -> optional ----------------
    A(HEAD, "突破３００億元", "工業總產值", "level", ">=", 3e10, "元", "３００億元", "strive", PLAN,
      optional=True),

    # ---------------- lead: the 2026 goals of the 方案 ----------------
    A(GOALS, "突破３００億元", "工業總產值", "level", ">=", 3e10, "元", "３００億元", "plan", PLAN),
    A(GOALS, "２００家", "規模以上工業企業", "count", "=", 200, "家", "２００家", "plan", PLAN),
    A(GOALS, "１０％以上", "規模以上工業增加值", "growth", ">=", 10, "%", "１０％", "plan", PLAN),
    A(GOALS, "１５０億元", "累計完成工業投資", "level", "=", 1.5e10, "元", "１５０億元", "plan", PLAN),

    # ---------------- 三大主導產業 ----------------
    A("到２０２６年產業園產值力爭突破５０億元", "突破５０億元",
      "產值", "level", ">=", 5e9, "元", "５０億元", "strive", PLAN,
      subject="容縣有機矽新材料產業園"),
    A(EI, "３０家以上", "引進電子資訊配套企業", "count", ">=", 30, "家", "３０家", "strive", PLAN),
    # 落地 is a verb of its own: 力爭 does not carry over (TARGETS.md)
    A(EI, "２０個", "落地項目", "count", "=", 20, "个", "２０個", "plan", PLAN,
      qualifier="億元以上"),
    A("推動木材加工就地轉化率提高到８０％", "８０％",
      "木材加工就地轉化率", "share", "=", 80, "%", "８０％", "plan", PLAN),

    # ---------------- 產業平台 ----------------
    A(PARK, "６５％以上", "工業集中區產值佔全縣工業總產值比重", "share", ">=", 65, "%", "６５％",
      "plan", PLAN),
    A(PARK, "１５萬元", "園區畝均稅收", "level", "=", 150000, "元", "１５萬元", "plan", PLAN),

    # ---------------- 企業培育 ----------------
    A(FIRMS, "１０家", "培育企業", "count", "=", 10, "家", "１０家", "plan", PLAN,
      qualifier="產值超１０億元"),
    A(FIRMS, "６０家", "培育企業", "count", "=", 60, "家", "６０家", "plan", PLAN,
      qualifier="超億元"),
    A(FIRMS, "２０家", "新增「專精特新」中小企業", "count", "=", 20, "家", "２０家", "plan", PLAN),

    # ---------------- 沙田柚 ----------------
    A(POMELO, "１５萬畝左右", "沙田柚種植面積", "level", "~", 150000, "亩", "１５萬畝", "plan", PLAN),
    A(POMELO, "１００億元", "產值", "level", "=", 1e10, "元", "１００億元", "plan", PLAN,
      subject="沙田柚全產業鏈"),
    # an expected effect rather than a commitment -> optional
    A(POMELO, "３萬戶", "帶動果農增收", "count", "=", 30000, "户", "３萬戶", "plan", PLAN,
      optional=True),

    # ---------------- 2024 ----------------
    A(Y24, "50個以上", "新簽約工業項目", "count", ">=", 50, "个", "50個", "plan", Y,
      qualifier="億元以上"),
    A(Y24, "30個", "新開工工業項目", "count", "=", 30, "个", "30個", "plan", Y),
    A(Y24, "１５％", "工業投資", "growth", "=", 15, "%", "１５％", "plan", Y),
    A(Y24, "２５家", "新增規上工業企業", "count", "=", 25, "家", "２５家", "plan", Y),
    A(Y24, "１２％以上", "工業總產值", "growth", ">=", 12, "%", "１２％", "ensure", Y),
    A(LAND, "２０００畝", "新增工業用地", "level", "=", 2000, "亩", "２０００畝", "plan", Y),
    A(LAND, "２０萬平方米", "新建標準廠房", "level", "=", 200000, "平方米", "２０萬平方米", "plan", Y),

    # ---------------- 要素保障、綠色轉型 ----------------
    A(FUND, "不少於５０００萬元", "工業發展專項資金", "level", ">=", 5e7, "元", "５０００萬元",
      "plan", PLAN),
    A(FUND, "１０００名", "引進各類工業人才", "count", "=", 1000, "名", "１０００名", "plan", PLAN),
    # the size of a fund to be set up, inside a noun phrase -> optional
    A(FUND, "２億元", "產業引導基金規模", "level", "=", 2e8, "元", "２億元", "plan", PLAN,
      optional=True),
    A(GREEN, "６０％", "規上工業企業數字化改造覆蓋率", "share", "=", 60, "%", "６０％", "plan", PLAN),
    A(GREEN, "１０％", "單位工業增加值能耗", "growth", "=", 10, "%", "１０％", "plan", PLAN,
      direction="decrease"),
    A(GREEN, "１００％", "工業園區污水集中處理率", "share", "=", 100, "%", "１００％", "plan", PLAN),

    # ---------------- 營商環境 ----------------
    A(BIZ, "１個工作日以內", "企業開辦時間", "level", "<=", 1, "个工作日", "１個工作日", "plan", PLAN),
    A(BIZ, "３０％", "工業項目審批時限", "growth", "=", 30, "%", "３０％", "plan", PLAN,
      direction="decrease"),

    # ---------------- 排位賽 ----------------
    A(RANK, "前１０名", "縣域經濟發展排名", "rank", "<=", 10, "名", "１０名", "strive", PLAN),
    A(RANK, "突破３０００億元", "工業總產值", "level", ">=", 3e11, "元", "３０００億元", "plan", PLAN,
      region="玉林市"),
]

NAME = "part of a name or slogan, not a quantity"
PAST = "2023 result (past), not a target"
NOT_TARGETS = [
    ("容縣出台工業振興三年行動方案", 1, "headline: 三年 names the plan's span"),
    ("力爭２０２６年工業總產值", 1, "horizon of the headline target (full-width digits)"),
    ("《容縣工業振興三年行動方案（２０２４—２０２６年）》", 1,
     "title of the plan: its span (三年, ２０２４—２０２６年; the dash here is not a value range)"),
    ("到２０２６年，全縣工業", 1, "horizon of the targets that follow"),
    ("三年累計完成", 1, "horizon and cumulation of the 150億元 target"),
    ("２０２３年容縣工業總產值為１８６億元，規模以上工業企業１２６家", 1, PAST + " (baseline)"),
    ("貢獻率超過三成", 1, PAST + " (三成 = 30 %, with 超過, in a statement of fact)"),
    ("新簽約億元以上工業項目４１個，工業投資增長１３．２％，增速居玉林市第３位", 1,
     PAST + " (a count with a qualifier, a growth rate and a rank held, all of last year)"),
    ("為實施三年行動", 1, "三年 names the plan's span"),
    ("三年行動就是要", 1, "三年 names the plan's span (in a quotation)"),
    ("聚焦三大主導產業", 1, "an enumeration of the industries (a structure)"),
    ("一是做強", 1, "list numbering"),
    ("規劃面積３０００畝", 1, "a fact (planned area of the park), not a target"),
    ("到２０２６年產業園", 1, "horizon of the 50億元 target"),
    ("二是做大", 1, "list numbering"),
    ("力爭三年引進", 1, "horizon of the targets that follow (2024-2026)"),
    ("三是做優", 1, "list numbering"),
    ("已入駐企業２１０家，去年實現產值９８億元", 1, PAST + " (present stock and last year's output)"),
    ("《方案》提出，到２０２６年，工業集中區", 1, "horizon of the targets that follow"),
    ("三年內培育", 1, "horizon of the targets that follow (2024-2026)"),
    ("產值超１０億元", 1, "qualifier (size class of the firms), not a target"),
    ("提出到２０２６年，全縣沙田柚", 1, "horizon of the targets that follow"),
    ("今年是三年行動的開局之年", 1, "三年 names the plan's span"),
    ("容縣提出，２０２４年", 1, "the year of the targets that follow"),
    ("「三企入桂」", 1, NAME + " (a Guangxi investment campaign)"),
    ("三年引進各類工業人才", 1, "horizon of the 1000名 target"),
    ("三年累計下降", 1, "horizon and cumulation of the 10% reduction"),
    ("「一枚印章管審批」", 1, NAME + " (a reform slogan)"),
    ("力爭２０２６年容縣", 1, "horizon of the rank target"),
    ("「一個產業、一名縣領導、一個專班」", 1, NAME + " (a working mechanism)"),
    ("每季度通報一次進度", 1, "reporting frequency (一次), not a target"),
    ("一季度一調度、半年一評估、年底一考核", 1, "working routine in a quotation, not a target"),
    ("確保三年目標", 1, "三年 names the plan's span"),
    ("「十四五」", 1, NAME + " (the 14th five-year plan)"),
    ("「三年大變樣」", 1, NAME + " (a slogan)"),
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
