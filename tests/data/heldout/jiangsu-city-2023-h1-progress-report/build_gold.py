#!/usr/bin/env python3
"""Build the gold standard for jiangsu-city-2023-h1-progress-report (doc.txt, GB18030).

The document is a first-half progress report of a prefecture-level city (盐城市,
江苏省, GB/T 2260 320900): 关于…2023年上半年国民经济和社会发展计划执行情况的报告,
given to the 市人大常委会 on 2023-07-27, written anew for this held-out set; every
figure is illustrative (see meta.json "notes").  It mixes actuals, completion
rates and gaps (not targets), annual targets restated inside progress sentences
(年度目标1600亿元的48.8%), and second-half commitments (下半年力争…, 确保全年…,
力争三季度末…).  It is saved as GB18030 bytes (meta.json "encoding": "gb18030");
every character is also in GBK, so GBK decodes it to the same text, but UTF-8
does not decode it.

Each annotation names the clause it was read from (a verbatim substring of the
decoded text), the value expression inside it (the span) and the TARGETS.md
fields.  start/end are Python str indices over the decoded text, computed from
the clause and its occurrence, never counted by hand.  The checks assert that
every span slices back out of the text, that every value equals its value_text in
base units, that the comparator agrees with the words in the span, that every
completion rate, gap and second-half amount agrees with the figures
(ARITHMETIC), and that every numeral of the text is either inside a gold span or
explained in NOT_TARGETS.
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


CODES = {"盐城市": "320900", "大丰区": "320904", "东台市": "320981"}
DEFAULT_REGION = "盐城市"
SECTIONS = []
COMPOSED_SUBJECTS = set()
UNITS = {"元", "%", "人", "个", "家", "千瓦", "吨", "户"}

Y = 2023

ANNOTATIONS = [
    # ================= 一、上半年: annual targets restated inside progress sentences =================
    A("高于年初确定的增长6%左右的年度目标", "6%左右",
      "地区生产总值", "growth", "~", 6, "%", "6%", "plan", Y),
    A("低于全年增长10%的目标", "10%",
      "规模以上工业增加值", "growth", "=", 10, "%", "10%", "plan", Y),
    A("低于全年增长7%的预期目标", "7%",
      "固定资产投资", "growth", "=", 7, "%", "7%", "plan", Y),
    A("完成年度预算480亿元的53.5%", "480亿元",
      "一般公共预算收入", "level", "=", 4.8e10, "元", "480亿元", "plan", Y),
    A("完成年度目标1600亿元的48.8%", "1600亿元",
      "外贸进出口总额", "level", "=", 1.6e11, "元", "1600亿元", "plan", Y),
    A("完成年度目标9万人的65.8%", "9万人",
      "城镇新增就业", "count", "=", 9e4, "人", "9万人", "plan", Y),
    A("完成年度计划投资520亿元的60.1%", "520亿元",
      "年度计划投资", "level", "=", 5.2e10, "元", "520亿元", "plan", Y, subject="省重大项目"),
    A("完成年度目标300万千瓦的52%", "300万千瓦",
      "新增新能源并网装机", "level", "=", 3e6, "千瓦", "300万千瓦", "plan", Y),
    A("完成年度目标800家的51.5%", "800家",
      "新增规上工业企业", "count", "=", 800, "家", "800家", "plan", Y),
    A("完成年度目标1250亿元的49%", "1250亿元",
      "工业开票销售", "level", "=", 1.25e11, "元", "1250亿元", "plan", Y, region="东台市"),
    A("完成年度目标9000万吨的48.7%", "9000万吨",
      "港口货物吞吐量", "level", "=", 9e7, "吨", "9000万吨", "plan", Y, region="大丰区"),

    # ================= 三、下半年工作安排 =================
    # (一) a restatement that is a new commitment (确保) is required
    A("确保全年地区生产总值增长6%左右", "6%左右",
      "地区生产总值", "growth", "~", 6, "%", "6%", "ensure", Y),
    A("力争全年经济总量突破7500亿元", "突破7500亿元",
      "经济总量", "level", ">=", 7.5e11, "元", "7500亿元", "strive", Y),
    # interim: a growth rate to reach by the end of Q3 (below the annual 7%)
    A("力争三季度末全市固定资产投资增速回升到6%以上", "6%以上",
      "固定资产投资", "growth", ">=", 6, "%", "6%", "strive", Y),
    # an increment for the second half
    A("下半年力争新开工亿元以上产业项目300个以上", "300个以上",
      "新开工产业项目", "count", ">=", 300, "个", "300个", "strive", Y, qualifier="亿元以上"),
    A("确保省重大项目全年完成投资不低于520亿元", "不低于520亿元",
      "完成投资", "level", ">=", 5.2e10, "元", "520亿元", "ensure", Y, subject="省重大项目"),
    # (二)
    A("下半年新增规上工业企业不少于390家", "不少于390家",
      "新增规上工业企业", "count", ">=", 390, "家", "390家", "plan", Y),
    A("确保全年突破800家", "突破800家",
      "新增规上工业企业", "count", ">=", 800, "家", "800家", "ensure", Y),
    A("力争全年新增新能源并网装机突破350万千瓦", "突破350万千瓦",
      "新增新能源并网装机", "level", ">=", 3.5e6, "千瓦", "350万千瓦", "strive", Y),
    # 、 and no verb of its own: 力争 carries over
    A("、全市新能源装机总量2350万千瓦以上", "2350万千瓦以上",
      "新能源装机总量", "level", ">=", 2.35e7, "千瓦", "2350万千瓦", "strive", Y),
    A("东台市力争下半年工业开票销售完成640亿元以上", "640亿元以上",
      "工业开票销售", "level", ">=", 6.4e10, "元", "640亿元", "strive", Y, region="东台市"),
    A("大丰区确保全年港口货物吞吐量突破9000万吨", "突破9000万吨",
      "港口货物吞吐量", "level", ">=", 9e7, "吨", "9000万吨", "ensure", Y, region="大丰区"),
    # (三) an amount the report computes (1600 - 780.5), phrased as a need -> optional
    A("下半年外贸进出口需完成819.5亿元", "819.5亿元",
      "外贸进出口", "level", "=", 8.195e10, "元", "819.5亿元", "plan", Y, optional=True),
    # (四)
    A("确保完成城镇新增就业9万人的年度目标", "9万人",
      "城镇新增就业", "count", "=", 9e4, "人", "9万人", "ensure", Y),
    # 新增 is a verb of its own: 确保 does not carry over
    A("下半年新增3.08万人以上", "3.08万人以上",
      "城镇新增就业", "count", ">=", 3.08e4, "人", "3.08万人", "plan", Y),
    A("城镇调查失业率控制在5%以内", "控制在5%以内",
      "城镇调查失业率", "share", "<=", 5, "%", "5%", "plan", Y),
    A("年内新开工改造城镇老旧小区120个", "120个",
      "新开工改造城镇老旧小区", "count", "=", 120, "个", "120个", "plan", Y),
    A("惠及居民4.2万户", "4.2万户", "惠及居民", "count", "=", 4.2e4, "户", "4.2万户", "plan", Y,
      optional=True),
]

# ---------------------------------------------------------------- arithmetic of the report
SCHEDULE = Decimal(50)      # 上半年序时进度为50%

# (clause, actual, target, stated completion rate in %): rate = actual / target, half up
RATES = [
    ("一般公共预算收入完成256.8亿元，同比增长8.3%，完成年度预算480亿元的53.5%", "256.8", "480", "53.5"),
    ("外贸进出口总额780.5亿元，完成年度目标1600亿元的48.8%", "780.5", "1600", "48.8"),
    ("城镇新增就业5.92万人，完成年度目标9万人的65.8%", "5.92", "9", "65.8"),
    ("上半年完成投资312.4亿元，完成年度计划投资520亿元的60.1%", "312.4", "520", "60.1"),
    ("新增新能源并网装机156万千瓦，完成年度目标300万千瓦的52%", "156", "300", "52"),
    ("新增规上工业企业412家，完成年度目标800家的51.5%", "412", "800", "51.5"),
    ("工业开票销售完成612.5亿元，完成年度目标1250亿元的49%", "612.5", "1250", "49"),
    ("港口货物吞吐量4386万吨，完成年度目标9000万吨的48.7%", "4386", "9000", "48.7"),
]
# (clause, a, b, stated gap in percentage points): gap = a - b
GAPS = [
    ("同比增长6.2%，高于年初确定的增长6%左右的年度目标0.2个百分点", "6.2", "6", "0.2"),
    ("同比增长9.8%，低于全年增长10%的目标0.2个百分点", "10", "9.8", "0.2"),
    ("同比增长5.1%，低于全年增长7%的预期目标1.9个百分点", "7", "5.1", "1.9"),
    ("固定资产投资增速低于年度目标1.9个百分点", "7", "5.1", "1.9"),
]


def check_arithmetic(doc, records):
    for clause, actual, target, stated in RATES:
        assert doc.count(clause) == 1, clause
        rate = Decimal(actual) / Decimal(target) * 100
        places = Decimal("0.1") if "." in stated else Decimal("1")
        assert rate.quantize(places, rounding=ROUND_HALF_UP) == Decimal(stated), (clause, rate)
    for clause, a, b, stated in GAPS:
        assert doc.count(clause) == 1, clause
        assert Decimal(a) - Decimal(b) == Decimal(stated), (clause, a, b, stated)
    # second-half amounts against the annual targets
    assert Decimal(1600) - Decimal("780.5") == Decimal("819.5")          # 外贸 need
    assert Decimal(9) - Decimal("5.92") == Decimal("3.08")                # 就业 remainder
    assert 412 + 390 >= 800                                               # 规上企业
    assert Decimal("612.5") + 640 >= 1250                                 # 东台 开票销售
    assert 2000 + 350 == 2350                                             # 装机 total
    # "3项指标滞后序时进度": the rates below the 50% schedule are exactly three
    behind = [r for r in RATES if Decimal(r[3]) < SCHEDULE]
    assert len(behind) == 3 and "3项指标滞后序时进度" in doc, behind


def check_encoding(doc, records):
    with open(DOC_PATH, "rb") as f:
        raw = f.read()
    assert raw.decode("gb18030") == doc
    assert raw.decode("gbk") == doc, "every character is in GBK (the file decodes as GBK too)"
    try:
        raw.decode("utf-8")
        utf8_ok = True
    except UnicodeDecodeError:
        utf8_ok = False
    assert not utf8_ok, "a reader that assumes UTF-8 must fail"


def check_held_out(doc, records):
    assert len(doc) <= 3500, len(doc)
    assert 20 <= len(records) <= 40, len(records)
    assert all(r["year"] == Y for r in records)


EXTRA_CHECKS = [check_arithmetic, check_encoding, check_held_out]

SEC = "section or list numbering"
ACT = "actual (reported result for the first half), not a target"
RATE = "completion rate (actual / target), derived, not a target"
GAP = "gap to a target, derived, not a target"
NOT_TARGETS = [
    # ---- head
    ("关于盐城市2023年上半年", 1, "year and period reported on (title)"),
    ("——2023年7月27日在市人大常委会会议上", 1, "date of the session"),
    ("现将我市2023年上半年", 1, "year and period reported on"),
    ("一、上半年计划执行情况", 1, SEC),
    ("按照全年12个月平均计算，上半年序时进度为50%", 1,
     "method and value of the time schedule at mid-year (the benchmark), not a target"),
    # ---- (一) main indicators
    ("（一）主要指标完成情况", 1, SEC),
    ("全市实现地区生产总值3528.6亿元，同比增长6.2%", 1, ACT),
    ("的年度目标0.2个百分点", 1, GAP + " (the actual is above the target)"),
    ("规模以上工业增加值同比增长9.8%", 1, ACT),
    ("的目标0.2个百分点", 1, GAP),
    ("固定资产投资同比增长5.1%", 1, ACT),
    ("的预期目标1.9个百分点", 1, GAP),
    ("。一般公共预算收入完成256.8亿元，同比增长8.3%", 1, ACT + "; 一 of the word 一般"),
    ("480亿元的53.5%", 1, RATE),
    ("社会消费品零售总额1426.3亿元，同比增长7.6%", 1, ACT + "; 零 of the word 零售"),
    ("外贸进出口总额780.5亿元", 1, ACT),
    ("1600亿元的48.8%", 1, RATE),
    ("城镇新增就业5.92万人", 1, ACT),
    ("9万人的65.8%", 1, RATE),
    ("全体居民人均可支配收入21563元，同比增长5.8%", 1, ACT),
    # ---- (二) key work
    ("（二）重点工作推进情况。一是", 1, SEC),
    ("全市列入省重大项目35个，上半年完成投资312.4亿元", 1,
     ACT + " (35个 is the size of the provincial project list, a fact)"),
    ("520亿元的60.1%", 1, RATE),
    ("新开工亿元以上产业项目286个，其中10亿元以上项目52个", 1,
     ACT + " (10亿元以上 is a size class)"),
    ("。二是新能源", 1, SEC),
    ("上半年新增新能源并网装机156万千瓦", 1, ACT + " (千 of the unit 千瓦)"),
    ("300万千瓦的52%", 1, RATE),
    ("全市新能源装机总量突破2000万千瓦", 1,
     ACT + " (突破 in the past tense; the base of the 2350万千瓦 target; 千 of 千瓦)"),
    ("。三是工业企业", 1, SEC),
    ("新增规上工业企业412家", 1, ACT),
    ("800家的51.5%", 1, RATE),
    ("。四是县域经济", 1, SEC),
    ("东台市工业开票销售完成612.5亿元", 1, ACT),
    ("1250亿元的49%", 1, RATE),
    ("大丰区港口货物吞吐量4386万吨", 1, ACT),
    ("9000万吨的48.7%", 1, RATE),
    ("。五是营商环境", 1, SEC),
    ("难题680余个", 1, "actual (problems solved, past; 余 looks like a ~ comparator)"),
    # ---- 二、problems
    ("二、存在的主要问题", 1, SEC),
    ("一是投资增长乏力", 1, SEC),
    ("固定资产投资增速低于年度目标1.9个百分点", 1, GAP + " (repeated in the problems)"),
    ("。二是外贸形势严峻", 1, SEC),
    ("3项指标滞后序时进度", 1, "statistic of the report (indicators behind schedule)"),
    ("。三是部分企业", 1, SEC),
    # ---- 三、second half
    ("三、下半年工作安排", 1, SEC),
    ("全力冲刺三、四季度", 1, "names the third and fourth quarters, no quantity"),
    ("（一）全力以赴稳增长", 1, SEC),
    ("力争三季度末全市", 1, "names the quarter of the interim 6%以上 target"),
    ("（二）做强产业支撑", 1, SEC),
    ("（三）扩大对外开放", 1, SEC),
    ("（四）兜牢民生底线", 1, SEC),
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
