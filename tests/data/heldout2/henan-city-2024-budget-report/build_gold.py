#!/usr/bin/env python3
"""Build the gold standard for henan-city-2024-budget-report (doc.txt, UTF-8).

The document is a 市 finance bureau's budget report to the 市人民代表大会
(许昌市, 河南省, GB/T 2260 411000), dated 2024-01-10 and written anew for this
held-out set; every figure is illustrative (see meta.json "notes").  Its first
part reports the 2023 budget execution (actuals, completion rates, shares and
balances: not targets, though they carry 完成/控制在…以内/压减); the second sets
the 2024 budget arrangements of the whole city (全市) and of the municipal level
(市级): revenue and expenditure 预算安排, growth rates against the 2023
actuals, shares to hold (民生支出占比保持在75%以上), cuts (压减…%), and the
measures that pledge them again (确保…增长6%、力争增长7%).

Each annotation names the clause it was read from (a verbatim substring of
doc.txt), the value expression inside it (the span) and the TARGETS.md fields.
start/end are Python str indices computed from the clause and its occurrence,
never counted by hand.  The checks assert that every span slices back out of
the text, that every value equals its value_text in base units, that the
comparator agrees with the words in the span, that every numeral of the text is
either inside a gold span or explained in NOT_TARGETS, and (check_budget) that
every completion rate, share, balance and growth rate the report states agrees
with its figures.
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


CODES = {"许昌市": "411000"}
DEFAULT_REGION = "许昌市"
SECTIONS = []
COMPOSED_SUBJECTS = set()
UNITS = {"元", "%", "个"}


def rate(a, b, places=1):
    """Percentage a/b, rounded half up to `places` decimals (as the report rounds)."""
    q = Decimal(1).scaleb(-places)
    return (Decimal(str(a)) / Decimal(str(b)) * 100).quantize(q, ROUND_HALF_UP)


def growth(new, old, places=1):
    return rate(new, old, places) - 100


def check_budget(doc, records):
    """The report's own arithmetic: every stated rate, share and balance."""
    assert 1500 <= len(doc) <= 3000, len(doc)
    assert 20 <= len(records) <= 40, len(records)
    assert all(r["region"] == "许昌市" and r["year"] in (2023, 2024) for r in records)
    # every 2023 figure is a record only in the one optional restated budget
    assert [r["value"] for r in records if r["year"] == 2023] == [16580000000]
    # 2023 execution (actuals)
    assert rate(168.4, 165.8) == Decimal("101.6")            # 完成年初预算的101.6%
    assert rate(112.7, 168.4) == Decimal("66.9")             # 税收占比66.9%
    assert rate(0.8, 2.6) == Decimal("30.8")                 # 调入比例30.8%
    assert Decimal("149.5") - Decimal("142.3") == Decimal("7.2")   # 社保基金结余
    assert rate(304.6, 392.5) == Decimal("77.6")             # 民生支出占比77.6%
    assert Decimal("785.2") < Decimal("852.6")               # 债务余额 within the limit
    # 2024 budget: growth rates against the 2023 actuals
    assert growth(178.5, 168.4, 0) == 6                      # 一般公共预算收入增长6%
    assert growth(120.6, 112.7, 0) == 7                      # 税收收入增长7%
    assert rate(120.6, 178.5) >= Decimal("67.5")             # 税收占比67.5%以上 holds in the budget
    assert growth(405, 392.5) == Decimal("3.2")              # 支出增长3.2%
    assert growth(88, 96.3) == Decimal("-8.6")               # 政府性基金收入下降8.6%
    assert growth(2.8, 2.6) == Decimal("7.7")                # 国资收入增长7.7%
    assert growth(156.2, 149.5) == Decimal("4.5")            # 社保基金收入增长4.5%
    assert growth(149.7, 142.3) == Decimal("5.2")            # 社保基金支出增长5.2%
    assert Decimal("156.2") - Decimal("149.7") == Decimal("6.5")   # 当年收支结余
    assert growth(43.3, 41.2) == Decimal("5.1")              # 市级收入增长5.1%
    assert doc.count("收入总计71.6亿元") == 1 and doc.count("支出总计71.6亿元") == 1   # 收支平衡
    assert Decimal("1") <= rate(1.2, 68.4) <= Decimal("3")   # 预备费 within 1%至3% of 市级支出


EXTRA_CHECKS = [check_budget]

Y = 2024
GPB = "全市一般公共预算收入预算安排178.5亿元，增长6%，其中税收收入预算安排120.6亿元，增长7%，力争税收占比达到67.5%以上"
GPX = "全市一般公共预算支出预算安排405亿元，增长3.2%"
FUND = "全市政府性基金预算收入安排88亿元，下降8.6%"
SOE = "全市国有资本经营预算收入安排2.8亿元，增长7.7%，调入一般公共预算的比例提高到35%"
SSF = "全市社会保险基金收入安排156.2亿元，增长4.5%；支出安排149.7亿元，增长5.2%；当年收支结余6.5亿元"
CITY = "市级一般公共预算收入预算安排43.3亿元，增长5.1%，加上上级转移支付、调入资金等，收入总计71.6亿元"
CITYX = "市级一般公共预算支出安排68.4亿元，加上上解上级支出、债务还本支出等，支出总计71.6亿元"
TECH = "市级科技支出安排3.6亿元，增长12%，全市科技支出增长10%以上"
DEBT = "积极争取新增专项债券额度100亿元以上，年内化解存量隐性债务15亿元以上"
REV = "确保全市一般公共预算收入增长6%、力争增长7%"
CUT = "市级一般性支出在上年基础上再压减5%，非刚性、非重点项目支出压减10%以上"

ANNOTATIONS = [
    # ---------------- 2023: the year-start budget, restated after the year -> optional ----------------
    A("完成年初预算165.8亿元的101.6%", "165.8亿元", "一般公共预算收入", "level", "=", 1.658e10, "元",
      "165.8亿元", "plan", 2023, optional=True),

    # ---------------- 2024 全市: 一般公共预算 ----------------
    A(GPB, "178.5亿元", "一般公共预算收入", "level", "=", 1.785e10, "元", "178.5亿元", "plan", Y),
    A(GPB, "6%", "一般公共预算收入", "growth", "=", 6, "%", "6%", "plan", Y),
    A(GPB, "120.6亿元", "税收收入", "level", "=", 1.206e10, "元", "120.6亿元", "plan", Y),
    A(GPB, "7%", "税收收入", "growth", "=", 7, "%", "7%", "plan", Y),
    A(GPB, "67.5%以上", "税收占比", "share", ">=", 67.5, "%", "67.5%", "strive", Y),
    A(GPX, "405亿元", "一般公共预算支出", "level", "=", 4.05e10, "元", "405亿元", "plan", Y),
    A(GPX, "3.2%", "一般公共预算支出", "growth", "=", 3.2, "%", "3.2%", "plan", Y),
    A("民生支出占一般公共预算支出的比重保持在75%以上", "75%以上",
      "民生支出占一般公共预算支出的比重", "share", ">=", 75, "%", "75%", "plan", Y),

    # ---------------- 2024 全市: 政府性基金、国有资本经营、社会保险基金 ----------------
    A(FUND, "88亿元", "政府性基金预算收入", "level", "=", 8.8e9, "元", "88亿元", "plan", Y),
    # a budgeted fall: the size of the fall, direction decrease
    A(FUND, "8.6%", "政府性基金预算收入", "growth", "=", 8.6, "%", "8.6%", "plan", Y,
      direction="decrease"),
    A("支出安排121.5亿元", "121.5亿元", "政府性基金预算支出", "level", "=", 1.215e10, "元",
      "121.5亿元", "plan", Y),
    A(SOE, "2.8亿元", "国有资本经营预算收入", "level", "=", 2.8e8, "元", "2.8亿元", "plan", Y),
    A(SOE, "7.7%", "国有资本经营预算收入", "growth", "=", 7.7, "%", "7.7%", "plan", Y),
    A(SOE, "35%", "调入一般公共预算的比例", "share", "=", 35, "%", "35%", "plan", Y),
    A(SSF, "156.2亿元", "社会保险基金收入", "level", "=", 1.562e10, "元", "156.2亿元", "plan", Y),
    A(SSF, "4.5%", "社会保险基金收入", "growth", "=", 4.5, "%", "4.5%", "plan", Y),
    A(SSF, "149.7亿元", "社会保险基金支出", "level", "=", 1.497e10, "元", "149.7亿元", "plan", Y),
    A(SSF, "5.2%", "社会保险基金支出", "growth", "=", 5.2, "%", "5.2%", "plan", Y),
    # income minus expenditure, not set on its own -> optional
    A(SSF, "6.5亿元", "社会保险基金当年收支结余", "level", "=", 6.5e8, "元", "6.5亿元", "plan", Y,
      optional=True),

    # ---------------- 2024 市级 ----------------
    A(CITY, "43.3亿元", "市级一般公共预算收入", "level", "=", 4.33e9, "元", "43.3亿元", "plan", Y),
    A(CITY, "5.1%", "市级一般公共预算收入", "growth", "=", 5.1, "%", "5.1%", "plan", Y),
    # the two sides of the balance (totals with transfers) -> optional
    A(CITY, "71.6亿元", "市级收入总计", "level", "=", 7.16e9, "元", "71.6亿元", "plan", Y,
      optional=True),
    A(CITYX, "68.4亿元", "市级一般公共预算支出", "level", "=", 6.84e9, "元", "68.4亿元", "plan", Y),
    A(CITYX, "71.6亿元", "市级支出总计", "level", "=", 7.16e9, "元", "71.6亿元", "plan", Y,
      optional=True),
    A("市级预备费安排1.2亿元", "1.2亿元", "市级预备费", "level", "=", 1.2e8, "元", "1.2亿元", "plan", Y),

    # ---------------- 2024 重点支出 ----------------
    A(TECH, "3.6亿元", "市级科技支出", "level", "=", 3.6e8, "元", "3.6亿元", "plan", Y),
    A(TECH, "12%", "市级科技支出", "growth", "=", 12, "%", "12%", "plan", Y),
    A(TECH, "10%以上", "全市科技支出", "growth", ">=", 10, "%", "10%", "plan", Y),
    A("全市教育支出安排72.4亿元", "72.4亿元", "教育支出", "level", "=", 7.24e9, "元", "72.4亿元",
      "plan", Y),
    A("社会保障和就业支出安排68.1亿元", "68.1亿元", "社会保障和就业支出", "level", "=", 6.81e9, "元",
      "68.1亿元", "plan", Y),
    A("市级衔接推进乡村振兴补助资金安排6.2亿元", "6.2亿元", "市级衔接推进乡村振兴补助资金", "level", "=",
      6.2e8, "元", "6.2亿元", "plan", Y),
    A("用于产业发展的比例不低于60%", "不低于60%", "衔接资金用于产业发展的比例", "share", ">=", 60, "%",
      "60%", "plan", Y),
    # 争取 -> strive; 化解 is a verb of its own -> plan; 化解 is not a fall of a rate -> direction null
    A(DEBT, "100亿元以上", "新增专项债券额度", "level", ">=", 1e10, "元", "100亿元", "strive", Y),
    A(DEBT, "15亿元以上", "化解存量隐性债务", "level", ">=", 1.5e9, "元", "15亿元", "plan", Y),

    # ---------------- 三、measures: the revenue pledge again (commits: required) ----------------
    A(REV, "6%", "一般公共预算收入", "growth", "=", 6, "%", "6%", "ensure", Y),
    A(REV, "7%", "一般公共预算收入", "growth", "=", 7, "%", "7%", "strive", Y),
    A(CUT, "5%", "市级一般性支出", "growth", "=", 5, "%", "5%", "plan", Y, direction="decrease"),
    A(CUT, "10%以上", "非刚性、非重点项目支出", "growth", ">=", 10, "%", "10%", "plan", Y,
      direction="decrease"),
    A("年内对不少于30个重点项目开展财政重点绩效评价", "不少于30个", "开展财政重点绩效评价的重点项目",
      "count", ">=", 30, "个", "30个", "plan", Y),
]

SEC = "section or list numbering"
PAST = "2023 execution (an actual, past), not a target"
NOT_TARGETS = [
    ("一般", 17, "一 of the word 一般 (general)"),
    # ---- title and header
    ("关于许昌市2023年预算执行情况和2024年预算草案的报告", 1,
     "title: the year executed and the year budgeted"),
    ("——2024年1月10日在许昌市第八届人民代表大会第四次会议上", 1,
     "date of the session and ordinals of the congress and session"),
    ("现将许昌市2023年预算执行情况和2024年预算草案提请", 1, "the two years the report covers"),
    # ---- 一、2023 execution
    ("一、2023年预算执行情况", 1, SEC + "; the year executed"),
    ("2023年，全市财政部门", 1, "the year executed"),
    ("（一）", 3, SEC),
    ("收入完成168.4亿元", 1, PAST),
    ("的101.6%，增长6.8%", 1, PAST + " (completion rate of the 2023 budget, and growth)"),
    ("税收收入完成112.7亿元，增长7.9%，税收占比66.9%，比上年提高0.7个百分点", 1,
     PAST + " (a share reached and its change, not a target)"),
    ("支出完成392.5亿元，增长4.2%", 1, PAST),
    ("收入完成41.2亿元，增长5.3%", 1, PAST + " (municipal level)"),
    ("（二）", 3, SEC),
    ("收入完成96.3亿元，下降12.4%", 1, PAST + " (下降 in the past tense: no direction, no record)"),
    ("支出完成142.6亿元", 1, PAST),
    ("（三）", 3, SEC),
    ("收入完成2.6亿元，调入", 1, PAST),
    ("预算0.8亿元，调入比例为30.8%", 1, PAST + " (an amount transferred and its derived ratio)"),
    ("收入完成149.5亿元，支出完成142.3亿元，当年收支结余7.2亿元", 1, PAST + " (and the derived balance)"),
    ("（四）", 2, SEC),
    ("（五）", 1, SEC),
    ("截至2023年底，全市政府债务余额785.2亿元，控制在省核定的债务限额852.6亿元以内", 1,
     PAST + " (a stock at year-end and the province's limit it stayed within; 控制在…以内 in a statement of fact)"),
    ("全年发行新增专项债券86.4亿元，支持重点项目127个", 1, PAST + " (bonds issued, projects funded)"),
    ("（六）", 1, SEC),
    ("支出压减10.3%", 1, PAST + " (压减 in the past tense: last year's cut, done)"),
    ("“三公”经费下降6.5%", 1,
     PAST + "; “三公” (three public expenses) is a name"),
    ("民生支出304.6亿元，占", 1, PAST),
    ("支出的77.6%", 1, PAST + " (the share reached; the 2024 commitment is 75%以上)"),
    ("减负21.6亿元", 1, PAST + " (tax and fee relief given)"),
    ("存在一些困难", 1, "一些 (some), not a quantity"),
    ("“三保”", 2, "name: 保基本民生、保工资、保运转 (the three guarantees)"),
    # ---- 二、2024 budget
    ("二、2024年预算草案", 1, SEC + "; the year budgeted"),
    ("2024年预算编制坚持", 1, "the year budgeted"),
    ("（1）", 1, SEC),
    ("（2）", 1, SEC),
    ("（3）", 1, SEC),
    ("（4）", 1, SEC),
    ("支出额1%至3%设置", 1,
     "a rule of the 预算法 (the reserve is 1%–3% of expenditure), quoted as a parameter; not a range target"),
    ("一是", 1, SEC),
    ("二是", 1, SEC),
    ("三是", 1, SEC),
    ("四是", 1, SEC),
    # ---- 三、measures and closing
    ("三、确保完成2024年预算任务的主要措施", 1,
     SEC + "; the year budgeted (确保 here governs the task, no number)"),
    ("“三公”经费只减不增", 1, "name (三公 expenses) with a qualitative commitment (只减不增), no number"),
    ("做好2024年财政工作", 1, "the year budgeted"),
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
