#!/usr/bin/env python3
"""Build the gold standard for jilin-city-2023-work-report-traditional-big5 (doc.txt, Big5).

The document is an excerpt (摘要) of a city government work report, that of
長春市 (吉林省; GB/T 2260 长春市 220100) for 2023, in Traditional characters and
saved as Big5, dated 2023-01-09 and written anew for this held-out set; every
figure is illustrative (see meta.json "notes").  It has a 2022 review (results,
one of them worded exactly as a target: 城鎮調查失業率控制在5.5%以內), the 主要預期目標
list, and six key tasks （一）…（六） in 東北 wording (全面振興, 老工業基地, 黑土地,
糧食 in 億斤, 汽車 in 萬輛, 冰雪, 供熱): a 確保…、力爭… pair on car output, a 吉林省
target in a 作出長春貢獻 clause, 分別 over three county-level cities (榆樹市, 德惠市,
公主嶺市), 各 over two of them, zones as subjects (長春新區, 中韓（長春）國際合作示範區),
and names with magnitudes that set no value (萬億級汽車產業集群, 「千億斤糧食」產能建設工程).
Full-width digits in some numbers (６％, ２００萬輛, ２２０萬輛, ３０萬輛, １億人次), ASCII in
the rest.

Big5 (meta.json "encoding": "big5"): every character was checked to encode in
Big5, and big5, cp950 and big5hkscs decode the file identically.  As in the
shared xinhui-2023-big5 gold, `unit` and `region` are Simplified (萬輛 -> 辆,
億斤 -> 斤, 萬畝 -> 亩, 戶 -> 户, 個 -> 个, 榆樹市 -> 榆树市); indicator, subject,
qualifier and value_text are the text's own Traditional words.

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

CODES = {"长春市": "220100", "吉林省": "220000", "榆树市": "220182", "德惠市": "220183", "公主岭市": "220184"}
DEFAULT_REGION = "长春市"
SECTIONS = []
COMPOSED_SUBJECTS = set()
UNITS = {"元", "美元", "%", "人", "斤", "辆", "户", "亩", "个", "人次", "公里"}
FULLWIDTH_DIGITS = "０１２３４５６７８９"


def check_big5_report(doc, records):
    assert 1500 <= len(doc) <= 3000, len(doc)
    assert 20 <= len(records) <= 40, len(records)
    with open(DOC_PATH, "rb") as f:
        raw = f.read()
    assert raw.decode("big5") == doc and doc.encode("big5") == raw
    for codec in ("cp950", "big5hkscs"):
        assert raw.decode(codec) == doc, codec
    try:
        raw.decode("utf-8")
        raise AssertionError("a Big5 file that also decodes as UTF-8 tests nothing")
    except UnicodeDecodeError:
        pass
    # Simplified forms that must not appear in this Traditional text
    for ch in "县业产发区规项亿万个计划资经济农标专设务数门长进额实现这样为时会报国对开关车动总过达还线导岭级场张亩辆户树粮兴":
        assert ch not in doc, ("Simplified character in a Traditional text", ch)
    for r in records:
        assert all(c not in r["unit"] for c in "億萬個畝張場輛戶"), r["unit"]
        assert r["region"] in CODES and r["year"] == 2023          # Simplified region names
    # full-width digits in some values, ASCII in others
    fw = [r for r in records if any(c in FULLWIDTH_DIGITS for c in r["value_text"])]
    assert sorted(r["value_text"] for r in fw) == sorted(["６％", "２００萬輛", "２２０萬輛", "３０萬輛", "１億人次"])
    assert len(records) - len(fw) >= 25
    # the 確保/力爭 pair on car output
    pair = {r["strength"]: r["value"] for r in records if r["indicator"] == "汽車產量"}
    assert pair == {"ensure": 2e6, "strive": 2.2e6}, pair
    # the province's target, and the three county-level cities with 分別 (in order) and 各
    assert [r["value"] for r in records if r["region"] == "吉林省"] == [8e10]
    fb = {r["region"]: r["value"] for r in records if r["indicator"] == "糧食產量"}
    assert fb == {"榆树市": 6e9, "德惠市": 4.5e9, "公主岭市": 5e9}, fb
    ge = [r for r in records if r["indicator"] == "創建國家現代農業產業園"]
    assert sorted(r["region"] for r in ge) == ["德惠市", "榆树市"] and len({r["start"] for r in ge}) == 1
    # the county-level cities' parts stay below the city's total
    assert 6e9 + 4.5e9 + 5e9 < 2.3e10
    # the review's 控制在5.5%以內 (past) is no record; the target's is the second occurrence
    clause = "城鎮調查失業率控制在5.5%以內"
    assert doc.count(clause) == 2
    first = doc.index(clause)
    assert not [r for r in records if first <= r["start"] < first + len(clause)]


EXTRA_CHECKS = [check_big5_report]

Y = 2023
MAIN = "地區生產總值增長６％左右；規模以上工業增加值增長7%；固定資產投資增長10%以上；社會消費品零售總額增長8%"
JOB = "城鎮新增就業15萬人，"
CAR = "確保汽車產量突破２００萬輛、力爭達到２２０萬輛，其中新能源汽車產量達到３０萬輛以上；汽車零部件本地配套率提高到55%，新增汽車零部件規模以上企業50戶，推動紅旗品牌銷量突破40萬輛"
FARM = "全年新建高標準農田100萬畝，黑土地保護性耕作面積達到1200萬畝以上，為全省糧食總產量穩定在800億斤以上作出長春貢獻"
CNTY = "榆樹市、德惠市、公主嶺市糧食產量分別達到60億斤、45億斤和50億斤；榆樹市、德惠市各創建國家現代農業產業園1個"
OPEN = "支持長春新區地區生產總值增長8%以上，推動中韓（長春）國際合作示範區新簽約項目投資額突破300億元。全年實際利用外資8億美元，外貿進出口總額增長5%"
TOUR = "全年接待遊客突破１億人次，旅遊總收入增長20%"
LIFE = "改造老舊供熱管網500公里，確保群眾溫暖過冬；改造城鎮老舊小區300個，新增普惠托育托位3000個"
ECO = "空氣質量優良天數比率保持在88%以上，全年完成造林5萬畝"

ANNOTATIONS = [
    # ---------------- 二、主要預期目標 (all plan) ----------------
    A(MAIN, "６％左右", "地區生產總值", "growth", "~", 6, "%", "６％", "plan", Y),
    A(MAIN, "7%", "規模以上工業增加值", "growth", "=", 7, "%", "7%", "plan", Y),
    A(MAIN, "10%以上", "固定資產投資", "growth", ">=", 10, "%", "10%", "plan", Y),
    A(MAIN, "8%", "社會消費品零售總額", "growth", "=", 8, "%", "8%", "plan", Y),
    A("一般公共預算收入增長5%", "5%", "一般公共預算收入", "growth", "=", 5, "%", "5%", "plan", Y),
    A(JOB, "15萬人", "城鎮新增就業", "count", "=", 150000, "人", "15萬人", "plan", Y),
    # the same words stand in the 2022 review (past): the target is the second occurrence
    A("城鎮調查失業率控制在5.5%以內", "控制在5.5%以內", "城鎮調查失業率", "share", "<=", 5.5, "%", "5.5%",
      "plan", Y, occ=1),
    A("糧食總產量穩定在230億斤以上", "230億斤以上", "糧食總產量", "level", ">=", 2.3e10, "斤", "230億斤",
      "plan", Y),

    # ---------------- （一）汽車 ----------------
    A(CAR, "突破２００萬輛", "汽車產量", "count", ">=", 2000000, "辆", "２００萬輛", "ensure", Y),
    A(CAR, "２２０萬輛", "汽車產量", "count", "=", 2200000, "辆", "２２０萬輛", "strive", Y),
    # 其中… has its own verb 達到: 力爭 does not carry over
    A(CAR, "３０萬輛以上", "新能源汽車產量", "count", ">=", 300000, "辆", "３０萬輛", "plan", Y),
    A(CAR, "55%", "汽車零部件本地配套率", "share", "=", 55, "%", "55%", "plan", Y),
    A(CAR, "50戶", "新增汽車零部件規模以上企業", "count", "=", 50, "户", "50戶", "plan", Y),
    A(CAR, "突破40萬輛", "紅旗品牌銷量", "count", ">=", 400000, "辆", "40萬輛", "plan", Y),

    # ---------------- （二）糧食、黑土地 ----------------
    A(FARM, "100萬畝", "新建高標準農田", "level", "=", 1000000, "亩", "100萬畝", "plan", Y),
    A(FARM, "1200萬畝以上", "黑土地保護性耕作面積", "level", ">=", 12000000, "亩", "1200萬畝", "plan", Y),
    # the province's target, named in a 作出長春貢獻 clause
    A(FARM, "800億斤以上", "糧食總產量", "level", ">=", 8e10, "斤", "800億斤", "plan", Y, region="吉林省"),
    # 分別 pairs the three county-level cities with the three values, in order; 達到 governs all three
    A(CNTY, "60億斤", "糧食產量", "level", "=", 6e9, "斤", "60億斤", "plan", Y, region="榆树市"),
    A(CNTY, "45億斤", "糧食產量", "level", "=", 4.5e9, "斤", "45億斤", "plan", Y, region="德惠市"),
    A(CNTY, "50億斤", "糧食產量", "level", "=", 5e9, "斤", "50億斤", "plan", Y, region="公主岭市"),
    # 各: one span, one record per city
    A(CNTY, "1個", "創建國家現代農業產業園", "count", "=", 1, "个", "1個", "plan", Y, region="榆树市"),
    A(CNTY, "1個", "創建國家現代農業產業園", "count", "=", 1, "个", "1個", "plan", Y, region="德惠市"),

    # ---------------- （三）改革開放 ----------------
    A(OPEN, "8%以上", "地區生產總值", "growth", ">=", 8, "%", "8%", "plan", Y, subject="長春新區"),
    A(OPEN, "突破300億元", "新簽約項目投資額", "level", ">=", 3e10, "元", "300億元", "plan", Y,
      subject="中韓（長春）國際合作示範區"),
    A(OPEN, "8億美元", "實際利用外資", "level", "=", 8e8, "美元", "8億美元", "plan", Y),
    A(OPEN, "5%", "外貿進出口總額", "growth", "=", 5, "%", "5%", "plan", Y),
    A("全年新增市場主體10萬戶", "10萬戶", "新增市場主體", "count", "=", 100000, "户", "10萬戶", "plan", Y),

    # ---------------- （四）冰雪 ----------------
    A(TOUR, "突破１億人次", "接待遊客", "count", ">=", 100000000, "人次", "１億人次", "plan", Y),
    A(TOUR, "20%", "旅遊總收入", "growth", "=", 20, "%", "20%", "plan", Y),

    # ---------------- （五）民生 ----------------
    A(LIFE, "500公里", "改造老舊供熱管網", "level", "=", 500, "公里", "500公里", "plan", Y),
    A(LIFE, "300個", "改造城鎮老舊小區", "count", "=", 300, "个", "300個", "plan", Y),
    A(LIFE, "3000個", "新增普惠托育托位", "count", "=", 3000, "个", "3000個", "plan", Y),

    # ---------------- （六）生態 ----------------
    A(ECO, "88%以上", "空氣質量優良天數比率", "share", ">=", 88, "%", "88%", "plan", Y),
    A(ECO, "5萬畝", "完成造林", "level", "=", 50000, "亩", "5萬畝", "plan", Y),
]

SEC = "section or list numbering"
NAME = "part of a name or slogan, not a quantity"
PAST = "2022 result (past), not a target"
NOT_TARGETS = [
    ("長春市2023年政府工作報告", 1, "title: the year of the report"),
    ("——2023年1月9日在長春市第十六屆人民代表大會第三次會議上", 1,
     "date of the session and ordinals of the congress and its session"),
    ("一、2022年工作回顧", 1, SEC + "; the year reviewed"),
    ("過去一年", 1, "過去一年 (the past year), a period, not a quantity"),
    ("全市地區生產總值達到6740億元，糧食總產量達到232億斤", 1, PAST + " (達到 in the past tense)"),
    ("汽車產量達到198萬輛，其中新能源汽車產量13.6萬輛", 1, PAST),
    ("全年城鎮新增就業15.2萬人，城鎮調查失業率控制在5.5%以內", 1,
     PAST + " (控制在…以內 in the past tense: the words of a target, the review's result)"),
    ("全年實施5000萬元以上項目1200個，紅旗品牌銷量突破30萬輛", 1,
     PAST + " (5000萬元以上 is a size class; 突破 in the past tense)"),
    ("二、2023年主要預期目標", 1, SEC + "; the year of the targets"),
    ("黨的二十大", 1, NAME + " (the 20th party congress)"),
    ("社會消費品零售總額", 1, "零 of the word 零售 (retail)"),
    ("；一般公共預算收入", 1, "一 of the word 一般 (general)"),
    ("三、2023年重點工作", 1, SEC + "; the year of the tasks"),
    ("（一）", 1, SEC),
    ("中國一汽", 1, NAME + " (China FAW, 第一汽車)"),
    ("零部件", 3, "零 of the word 零部件 (parts)"),
    ("（二）", 1, SEC),
    ("「千億斤糧食」產能建設工程", 1,
     NAME + " (吉林省's grain-capacity programme; 千億斤 names it and sets no value here)"),
    ("（三）", 1, SEC),
    ("「一帶一路」", 1, NAME + " (the Belt and Road)"),
    ("（四）", 1, SEC),
    ("（五）", 1, SEC),
    ("（六）", 1, SEC),
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
