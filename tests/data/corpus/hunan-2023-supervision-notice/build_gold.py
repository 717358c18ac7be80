#!/usr/bin/env python3
"""Build the gold standard for hunan-2023-supervision-notice (doc.txt, UTF-8).

The document is a 督查通报 of 湖南省人民政府督查室 (2023年第9期, dated 2023-08-18)
on the first half of 2023, written anew for this corpus; the notice and every
figure in it are illustrative (see meta.json "notes").  It reports actuals,
completion rates, gaps and ranks held (none of which are targets), restates the
annual targets of the province and of six 市州, and reports a few interim
commitments (力争三季度末…, 确保三季度…).

Regions by section: the head (title, preamble, 一、总体情况, the line opening
二、) and the tail (三、, 四、) speak for 湖南省; each paragraph （一）…（六） of
二、 speaks for its 市州.  A record's region is its section's.

Each annotation names the clause it was read from (a verbatim substring of
doc.txt), the value expression inside it (the span) and the TARGETS.md fields.
start/end are computed, never counted by hand.  The checks assert that every
span slices back out of the text, that every value equals its value_text in
base units, that the comparator agrees with the words in the span, that every
completion rate, gap and interim amount the notice states agrees with the
figures (ARITHMETIC), and that every numeral of the text is either inside a
gold span or explained in NOT_TARGETS.
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


from decimal import ROUND_HALF_UP

CODES = {
    "湖南省": "430000",
    "长沙市": "430100",
    "衡阳市": "430400",
    "岳阳市": "430600",
    "常德市": "430700",
    "郴州市": "431000",
    "湘西土家族苗族自治州": "433100",
}
DEFAULT_REGION = "湖南省"
SECTIONS = [
    ("（一）长沙市。", "长沙市"),
    ("（二）岳阳市。", "岳阳市"),
    ("（三）常德市。", "常德市"),
    ("（四）衡阳市。", "衡阳市"),
    ("（五）郴州市。", "郴州市"),
    ("（六）湘西土家族苗族自治州。", "湘西土家族苗族自治州"),
    ("三、存在的主要问题", "湖南省"),
]
COMPOSED_SUBJECTS = set()
UNITS = {"元", "%", "个", "家", "标箱", "人次", "名"}

Y = 2023
Q = "“三类500强”企业"

CS = "年度目标为地区生产总值增长6.5%以上、规模以上工业增加值增长7.5%、新引进“三类500强”企业投资项目40个"
YY = "年度目标为城陵矶港集装箱吞吐量突破140万标箱、外贸进出口总额突破600亿元"
CD = "年度目标为新增规模以上工业企业200家、园区规模工业增加值占全市规模工业增加值比重达到75%以上"
HY = "年度目标为固定资产投资增长10%，力争外贸进出口总额突破500亿元"
CZ = "年度目标为新引进“三类500强”企业投资项目15个、承接产业转移项目实际到位资金增长20%"
XX = "年度目标为接待游客增长15%、旅游总收入突破400亿元、脱贫人口人均纯收入增长10%以上"

ANNOTATIONS = [
    # ---------------- 湖南省, 一、总体情况: annual targets inside progress sentences ----------------
    A("较年初确定的增长6.5%左右的年度目标", "6.5%左右",
      "地区生产总值", "growth", "~", 6.5, "%", "6.5%", "plan", Y),
    A("低于全年增长8%的预期目标", "8%",
      "固定资产投资", "growth", "=", 8, "%", "8%", "plan", Y),
    A("接近全年增长7%左右的目标", "7%左右",
      "社会消费品零售总额", "growth", "~", 7, "%", "7%", "plan", Y),
    A("省级重点建设项目年度计划投资6000亿元", "6000亿元",
      "年度计划投资", "level", "=", 6e11, "元", "6000亿元", "plan", Y,
      subject="省级重点建设项目"),

    # ---------------- 长沙市 ----------------
    A(CS, "6.5%以上", "地区生产总值", "growth", ">=", 6.5, "%", "6.5%", "plan", Y),
    A(CS, "7.5%", "规模以上工业增加值", "growth", "=", 7.5, "%", "7.5%", "plan", Y),
    A(CS, "40个", "新引进投资项目", "count", "=", 40, "个", "40个", "plan", Y, qualifier=Q),

    # ---------------- 岳阳市 ----------------
    A(YY, "突破140万标箱", "集装箱吞吐量", "level", ">=", 1.4e6, "标箱", "140万标箱",
      "plan", Y, subject="城陵矶港"),
    A(YY, "突破600亿元", "外贸进出口总额", "level", ">=", 6e10, "元", "600亿元", "plan", Y),
    # interim commitment of the city (该市表示): the Q3 cumulative figure
    A("力争三季度末集装箱吞吐量累计达到105万标箱以上", "105万标箱以上",
      "集装箱吞吐量", "level", ">=", 1.05e6, "标箱", "105万标箱", "strive", Y,
      subject="城陵矶港"),

    # ---------------- 常德市 ----------------
    A(CD, "200家", "新增规模以上工业企业", "count", "=", 200, "家", "200家", "plan", Y),
    A(CD, "75%以上", "园区规模工业增加值占全市规模工业增加值比重", "share", ">=", 75, "%",
      "75%", "plan", Y),
    # interim commitment: the third quarter's increment
    A("确保三季度新增规模以上工业企业60家以上", "60家以上",
      "新增规模以上工业企业", "count", ">=", 60, "家", "60家", "ensure", Y),

    # ---------------- 衡阳市 ----------------
    A(HY, "10%", "固定资产投资", "growth", "=", 10, "%", "10%", "plan", Y),
    A(HY, "突破500亿元", "外贸进出口总额", "level", ">=", 5e10, "元", "500亿元", "strive", Y),
    A("力争全年固定资产投资增速重回全省前五名", "前五名",
      "固定资产投资增速全省排名", "rank", "<=", 5, "名", "五名", "strive", Y),

    # ---------------- 郴州市 ----------------
    A(CZ, "15个", "新引进投资项目", "count", "=", 15, "个", "15个", "plan", Y, qualifier=Q),
    A(CZ, "20%", "承接产业转移项目实际到位资金", "growth", "=", 20, "%", "20%", "plan", Y),

    # ---------------- 湘西土家族苗族自治州 ----------------
    A(XX, "15%", "接待游客", "growth", "=", 15, "%", "15%", "plan", Y),
    A(XX, "突破400亿元", "旅游总收入", "level", ">=", 4e10, "元", "400亿元", "plan", Y),
    A(XX, "10%以上", "脱贫人口人均纯收入", "growth", ">=", 10, "%", "10%", "plan", Y),
    # interim commitment (a 1-9月 cumulative count), and the annual target again
    A("力争三季度接待游客突破4300万人次", "突破4300万人次",
      "接待游客", "count", ">=", 4.3e7, "人次", "4300万人次", "strive", Y),
    A("确保全年脱贫人口人均纯收入增长10%以上", "10%以上",
      "脱贫人口人均纯收入", "growth", ">=", 10, "%", "10%", "ensure", Y, optional=True),

    # ---------------- 湖南省, 四、下一步工作要求 ----------------
    A("确保全省地区生产总值增长6.5%左右的目标如期实现", "6.5%左右",
      "地区生产总值", "growth", "~", 6.5, "%", "6.5%", "ensure", Y, optional=True),
    A("力争三季度末全省固定资产投资增速回升到6%以上", "6%以上",
      "固定资产投资", "growth", ">=", 6, "%", "6%", "strive", Y),
]

# ---------------------------------------------------------------- arithmetic of the notice
SCHEDULE = Decimal(50)      # 上半年序时进度为50%

# (clause, actual, target, stated completion rate in %): rate = actual / target, half up
RATES = [
    ("上半年完成投资3428亿元，完成年度计划的57.1%", "3428", "6000", "57.1"),
    ("新引进“三类500强”企业投资项目23个，完成年度目标的57.5%", "23", "40", "57.5"),
    ("完成集装箱吞吐量68.6万标箱，完成年度目标的49%", "68.6", "140", "49"),
    ("外贸进出口总额318.2亿元，完成年度目标的53%", "318.2", "600", "53"),
    ("新增规模以上工业企业86家，完成年度目标的43%", "86", "200", "43"),
    ("外贸进出口总额230.5亿元，完成年度目标的46.1%", "230.5", "500", "46.1"),
    ("新引进“三类500强”企业投资项目9个，完成年度目标的60%", "9", "15", "60"),
    ("实现旅游总收入208.3亿元，完成年度目标的52.1%", "208.3", "400", "52.1"),
]
# (clause, a, b, stated gap in percentage points): gap = a - b
GAPS = [
    ("同比增长4.1%，较年初确定的增长6.5%左右的年度目标低2.4个百分点", "6.5", "4.1", "2.4"),
    ("超序时进度7.1个百分点", "57.1", "50", "7.1"),
    ("同比增长4.9%，高于全省0.8个百分点", "4.9", "4.1", "0.8"),
    ("同比增长6.1%，低于年度目标1.4个百分点", "7.5", "6.1", "1.4"),
    ("完成年度目标的49%，滞后序时进度1个百分点", "50", "49", "1"),
    ("完成年度目标的43%，滞后序时进度7个百分点", "50", "43", "7"),
    ("占比为73.8%，低于年度目标1.2个百分点", "75", "73.8", "1.2"),
    ("同比增长3.6%，低于年度目标6.4个百分点", "10", "3.6", "6.4"),
    ("完成年度目标的46.1%，滞后序时进度3.9个百分点", "50", "46.1", "3.9"),
    ("同比增长21.3%，高于年度目标1.3个百分点", "21.3", "20", "1.3"),
    ("同比增长9.2%，低于年度目标0.8个百分点", "10", "9.2", "0.8"),
]


def check_arithmetic(doc, records):
    for clause, actual, target, stated in RATES:
        assert doc.count(clause) == 1, clause
        rate = (Decimal(actual) / Decimal(target) * 100)
        places = Decimal("0.1") if "." in stated else Decimal("1")
        assert rate.quantize(places, rounding=ROUND_HALF_UP) == Decimal(stated), (clause, rate)
    for clause, a, b, stated in GAPS:
        assert doc.count(clause) == 1, clause
        assert Decimal(a) - Decimal(b) == Decimal(stated), (clause, a, b, stated)
    # 岳阳's interim figure is the annual target at the Q3 schedule (75%)
    assert Decimal("140") * Decimal("0.75") == Decimal("105")


EXTRA_CHECKS = [check_arithmetic]

SEC = "section or list numbering"
NAME = "part of a name or slogan, not a quantity"
ACT = "actual (reported result for the first half), not a target"
RATE = "completion rate (actual / target), derived, not a target"
GAP = "gap to the schedule, to a target or to the province, derived, not a target"
RANK = "rank held (a present position, not a rank target)"
NOT_TARGETS = [
    # ---- head
    ("2023年第9期", 1, "issue year and number"),
    ("2023年8月18日", 2, "date of the notice (head and signature)"),
    ("关于2023年上半年", 1, "year and period covered"),
    ("7月中下旬", 1, "when the inspection took place"),
    ("共抽查产业项目56个", 1, "projects spot-checked by the inspectors (past; looks like a count target)"),
    ("走访企业120余家", 1, "firms visited (past; 余 looks like a ~ comparator)"),
    ("一、总体情况", 1, SEC),
    ("“三高四新”", 1, NAME + " (the provincial strategy)"),
    ("“三个年”活动", 1, NAME + " (the campaign of three theme years)"),
    ("全省地区生产总值同比增长4.1%", 1, ACT),
    ("低2.4个百分点", 1, GAP),
    ("固定资产投资同比增长5.5%", 1, ACT),
    ("社会消费品零售总额同比增长6.7%", 1, ACT),
    ("按全年12个月平均计算", 1, "method of the time schedule (12 months)"),
    ("上半年序时进度为50%", 1, "time schedule at mid-year (the benchmark), not a target"),
    ("上半年完成投资3428亿元", 1, ACT),
    ("完成年度计划的57.1%", 1, RATE),
    ("超序时进度7.1个百分点", 1, GAP),
    ("二、各市州推进情况", 1, SEC),
    # ---- 长沙
    ("（一）长沙市", 1, SEC),
    ("“三类500强”", 4, "qualifier (projects of companies on the three top-500 lists), part of a name, not a target"),
    ("同比增长4.9%，高于全省0.8个百分点", 1, ACT + "; the gap to the province is derived"),
    ("增速居全省第2位", 1, RANK),
    ("连续两个季度保持全省前三名", 1,
     RANK + " (前三名 looks like a rank target, but 保持 reports the position held for two quarters)"),
    ("规模以上工业增加值同比增长6.1%", 1, ACT),
    ("低于年度目标1.4个百分点", 1, GAP),
    ("企业投资项目23个", 1, ACT),
    ("完成年度目标的57.5%", 1, RATE),
    ("新一代自主安全计算系统", 1, NAME + " (industry chain)"),
    # ---- 岳阳
    ("（二）岳阳市", 1, SEC),
    ("1-6月", 1, "period (January to June)"),
    ("完成集装箱吞吐量68.6万标箱", 1, ACT),
    ("完成年度目标的49%", 1, RATE),
    ("滞后序时进度1个百分点", 1, GAP),
    ("外贸进出口总额318.2亿元", 1, ACT),
    ("完成年度目标的53%", 1, RATE),
    ("力争三季度末集装箱", 1, "names the quarter of the interim target"),
    # ---- 常德
    ("（三）常德市", 1, SEC),
    ("该市新增规模以上工业企业86家", 1, ACT),
    ("完成年度目标的43%", 1, RATE),
    ("滞后序时进度7个百分点", 1, GAP),
    ("占比为73.8%", 1, ACT),
    ("低于年度目标1.2个百分点", 1, GAP),
    ("“五好”园区", 1, NAME + " (a park standard)"),
    ("确保三季度新增", 1, "names the quarter of the interim target"),
    ("（四）衡阳市", 1, SEC),
    # ---- 衡阳
    ("同比增长3.6%", 1, ACT),
    ("低于年度目标6.4个百分点", 1, GAP),
    ("增速居全省第11位", 1, RANK),
    ("较一季度后移4位", 1, "change of the rank held since Q1 (past), not a target"),
    ("外贸进出口总额230.5亿元", 1, ACT),
    ("完成年度目标的46.1%", 1, RATE),
    ("滞后序时进度3.9个百分点", 1, GAP),
    # ---- 郴州
    ("（五）郴州市", 1, SEC),
    ("企业投资项目9个", 1, ACT),
    ("完成年度目标的60%", 1, RATE),
    ("同比增长21.3%", 1, ACT),
    ("高于年度目标1.3个百分点", 1, GAP),
    # ---- 湘西
    ("（六）湘西土家族苗族自治州", 1, SEC),
    ("全州接待游客2890万人次，同比增长38.6%", 1, ACT),
    ("实现旅游总收入208.3亿元", 1, ACT),
    ("完成年度目标的52.1%", 1, RATE),
    ("同比增长9.2%", 1, ACT),
    ("低于年度目标0.8个百分点", 1, GAP),
    ("十八洞村", 1, NAME + " (a village)"),
    ("力争三季度接待", 1, "names the quarter of the interim target"),
    # ---- tail
    ("三、存在的主要问题", 1, SEC),
    ("一是部分指标", 1, SEC),
    ("本次跟踪的42项量化目标中，有15项滞后序时进度", 1, "notice statistics"),
    ("滞后超过5个百分点的有4项", 1,
     "notice statistics (超过 looks like a comparator; it classifies, it commits nobody)"),
    ("二是项目支撑", 1, SEC),
    ("10亿元以上的重大项目偏少", 1, "qualifier (size class of projects), no count is set"),
    ("三是外贸", 1, SEC),
    ("四、下一步工作要求", 1, SEC),
    ("（一）坚定目标", 1, SEC),
    ("力争三季度末全省", 1, "names the quarter of the interim target"),
    ("（二）强化调度督办", 1, SEC),
    ("于8月31日前", 1, "deadline (a date)"),
    ("对连续两次增速排名全省后三位的市州", 1,
     "rule for summoning officials (两次, 后三位), not a target"),
    ("（三）压实工作责任", 1, SEC),
    ("于每月10日前", 1, "monthly reporting deadline (a date)"),
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
