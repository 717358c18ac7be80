#!/usr/bin/env python3
"""Build the gold standard for ningxia-2023-fyp-midterm-evaluation (doc.txt, UTF-8).

The document is an excerpt (摘要) of a 十四五规划纲要 mid-term evaluation report
(中期评估报告) of 吴忠市 (宁夏回族自治区; GB/T 2260 640300), issued by the city's
发展和改革委员会 and dated 2023-08-29; written anew for this held-out set, every
figure illustrative (see meta.json "notes").  Most of it sets the plan's 2025
targets against the results of 2021-2022: "规划目标为…，2022年达到…，完成进度…%",
"…年均增长…，低于规划目标…个百分点", "提前完成/进度滞后", an estimate for 2025
(预计…可达到…左右) and a derived need (后三年年均增长…即可实现).  Its last part
proposes to adjust three targets (由…调整为…, 由…上调为…), keeps one county's target
(保持…不变), restates two targets as commitments (确保…) and sets three 2023
targets.  Three county-level divisions have figures of their own: 青铜峡市 and
盐池县 (targets) and 红寺堡区 (an actual only).

What is a record here: every statement of a plan target (规划目标为…, year 2025),
an adjusted target (调整为/上调为 the new value), a restatement that commits (确保…)
and the 2023 targets.  Results (2022年达到…, 年均增长… for 2021-2022, 两年累计…),
completion rates (完成进度), gaps (低于规划目标…个百分点), the time schedule (40%),
the report's statistics (25项, 17项, 5项, 3项, 23项) and the estimate are not.  The
value an adjustment replaces (由10%调整为…) and a target kept unchanged are
optional restatements; so is the derived need.

Each annotation names the clause it was read from (a verbatim substring of
doc.txt), the value expression inside it (the span) and the TARGETS.md fields.
start/end are Python str indices computed from the clause and its occurrence,
never counted by hand.  The checks assert that every span slices back out of
the text, that every value equals its value_text in base units, that the
comparator agrees with the words in the span, and that every numeral of the
text is either inside a gold span or explained in NOT_TARGETS; this build also
recomputes every completion rate, gap, schedule, count and the derived need.
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

CODES = {"吴忠市": "640300", "青铜峡市": "640381", "盐池县": "640323", "红寺堡区": "640303"}
DEFAULT_REGION = "吴忠市"
SECTIONS = []
COMPOSED_SUBJECTS = set()
UNITS = {"元", "%", "件", "亩", "头", "只", "人次", "人"}

# ---------------------------------------------------------------- arithmetic of the report
# (clause, actual, target, stated completion rate in %): rate = actual / target, one decimal, half up
RATES = [
    ("2022年达到850亿元，完成进度85%", "850", "1000", "85"),
    ("两年累计完成760亿元，完成进度38%", "760", "2000", "38"),
    ("2022年达到16.2万亩，完成进度64.8%", "16.2", "25", "64.8"),
    ("2022年达到8.4万亩，完成进度70%", "8.4", "12", "70"),
    ("2022年达到320万只，完成进度91.4%", "320", "350", "91.4"),
    ("2022年仅为620万人次，完成进度41.3%", "620", "1500", "41.3"),
    ("两年累计完成1.7万人，完成进度42.5%", "1.7", "4", "42.5"),
]
# (clause, target, actual, stated gap in percentage points)
GAPS = [
    ("规划目标为地区生产总值年均增长7%左右，2021—2022年年均增长6.2%，低于规划目标0.8个百分点", "7", "6.2", "0.8"),
    ("规划目标为规模以上工业增加值年均增长10%，两年年均增长7.4%，低于规划目标2.6个百分点", "10", "7.4", "2.6"),
]


def half_up(d, stated):
    places = Decimal("0.1") if "." in stated else Decimal("1")
    return d.quantize(places, rounding=ROUND_HALF_UP)


def check_midterm(doc, records):
    assert 1500 <= len(doc) <= 3000, len(doc)
    assert 20 <= len(records) <= 40, len(records)
    for clause, actual, target, stated in RATES:
        assert doc.count(clause) == 1, clause
        assert half_up(Decimal(actual) / Decimal(target) * 100, stated) == Decimal(stated), clause
    for clause, target, actual, stated in GAPS:
        assert doc.count(clause) == 1, clause
        assert Decimal(target) - Decimal(actual) == Decimal(stated), clause
    # the time schedule at the mid-point: two of five years
    assert "40%的序时进度" in doc and Decimal(2) / 5 * 100 == 40
    # 760 (38%) is behind the 40% schedule; 42.5% (就业) is ahead of it
    assert Decimal(38) < 40 < Decimal("42.5")
    # the derived need: from 850 in 2022 to 1000 in 2025 over three years
    need = ((1000.0 / 850.0) ** (1.0 / 3) - 1) * 100
    assert round(need, 1) == 5.6, need
    # the report's statistics: 17 + 5 + 3 = 25 indicators; 2 adjusted among them, 23 unchanged
    assert 17 + 5 + 3 == 25 and 25 - 2 == 23
    part2 = doc[doc.index("二、主要指标完成情况"):doc.index("三、后半程推进建议")]
    assert part2.count("进度滞后") == 3
    # records: the 2025 plan targets, the adjusted ones, the commitments, the 2023 targets
    years = {}
    for r in records:
        years.setdefault(r["year"], []).append(r)
    assert set(years) == {2023, 2025}
    assert sorted(r["value"] for r in years[2023]) == [6.5, 9, 4.2e10]
    # no record carries a result of 2021-2022 or a completion rate
    actuals = {850e8, 760e8, 16.2e4, 8.4e4, 6.1e4, 31.5e4, 320e4, 620e4, 1.7e4, 6.2, 7.4, 1.05, 1.2,
               58.3, 8.6, 2.9, 4.6, 87.6, 61}
    assert not [r for r in records if r["value"] in actuals], "an actual or estimate became a record"
    # adjustments: the old value optional, the new value required; the new differs from the old
    adj = [("规模以上工业增加值", 10, 8), ("研究与试验发展经费投入强度", 1.8, 1.4), ("奶牛存栏", 3e5, 4e5)]
    for ind, old, new in adj:
        recs = [r for r in records if r["indicator"] == ind and r["year"] == 2025]
        first = [r for r in recs if not r.get("optional")]
        assert sorted(r["value"] for r in first) == sorted({old, new}), (ind, first)
        opt = [r for r in recs if r.get("optional")]
        assert [r["value"] for r in opt] == [old], (ind, opt)
    # county targets keep their county; 红寺堡区 has an actual only
    assert {r["region"] for r in records} == {"吴忠市", "青铜峡市", "盐池县"}
    # the two commitments restate targets of 二 with 确保
    ens = sorted((r["indicator"], r["value"]) for r in records if r["strength"] == "ensure")
    assert ens == [("单位地区生产总值能耗", 13.5), ("地区生产总值", 1e11)]


EXTRA_CHECKS = [check_midterm]

P = 2025
ECON = "规划目标为到2025年地区生产总值突破1000亿元"
ADJ = "建议将规模以上工业增加值年均增长目标由10%调整为8%"
ADJ2 = "将研究与试验发展经费投入强度目标由1.8%调整为1.4%"
COW = "建议将到2025年奶牛存栏目标由30万头上调为40万头"
Y23 = "2023年，力争地区生产总值增长6.5%以上；规模以上工业增加值增长9%，固定资产投资完成420亿元以上"

ANNOTATIONS = [
    # ================= 二、主要指标完成情况: each plan target's statement (first statement: required) =================
    A("规划目标为地区生产总值年均增长7%左右", "7%左右", "地区生产总值", "growth", "~", 7, "%", "7%", "plan", P),
    A(ECON, "突破1000亿元", "地区生产总值", "level", ">=", 1e11, "元", "1000亿元", "plan", P),
    # a derived need (the report's own computation), not a commitment: optional
    A("后三年年均增长5.6%左右即可实现这一目标", "5.6%左右", "地区生产总值", "growth", "~", 5.6, "%", "5.6%",
      "plan", P, optional=True),
    A("规划目标为规模以上工业增加值年均增长10%", "10%", "规模以上工业增加值", "growth", "=", 10, "%", "10%",
      "plan", P),
    A("规划目标为五年累计完成固定资产投资2000亿元", "2000亿元", "累计完成固定资产投资", "level", "=", 2e11,
      "元", "2000亿元", "plan", P),
    A("研究与试验发展经费投入强度规划目标为1.8%", "1.8%", "研究与试验发展经费投入强度", "share", "=", 1.8,
      "%", "1.8%", "plan", P),
    A("每万人口高价值发明专利拥有量规划目标为2件", "2件", "每万人口高价值发明专利拥有量", "level", "=", 2,
      "件", "2件", "plan", P),
    A("规划目标为到2025年酿酒葡萄基地面积达到25万亩", "25万亩", "酿酒葡萄基地面积", "level", "=", 250000,
      "亩", "25万亩", "plan", P),
    A("青铜峡市规划目标为12万亩", "12万亩", "酿酒葡萄基地面积", "level", "=", 120000, "亩", "12万亩", "plan", P,
      region="青铜峡市"),
    A("奶牛存栏规划目标为30万头", "30万头", "奶牛存栏", "count", "=", 300000, "头", "30万头", "plan", P),
    A("盐池县滩羊饲养量规划目标为350万只", "350万只", "滩羊饲养量", "count", "=", 3500000, "只", "350万只",
      "plan", P, region="盐池县"),
    A("接待国内游客规划目标为到2025年达到1500万人次", "1500万人次", "接待国内游客", "count", "=", 15000000,
      "人次", "1500万人次", "plan", P),
    A("常住人口城镇化率规划目标为62%", "62%", "常住人口城镇化率", "share", "=", 62, "%", "62%", "plan", P),
    A("农村居民人均可支配收入规划目标为年均增长8%", "8%", "农村居民人均可支配收入", "growth", "=", 8, "%", "8%",
      "plan", P),
    A("规划目标为五年累计新增城镇就业4万人", "4万人", "累计新增城镇就业", "count", "=", 40000, "人", "4万人",
      "plan", P),
    A("每千人口执业（助理）医师数规划目标为3.2人", "3.2人", "每千人口执业（助理）医师数", "level", "=", 3.2,
      "人", "3.2人", "plan", P),
    A("单位地区生产总值能耗规划目标为五年累计下降13.5%", "13.5%", "单位地区生产总值能耗", "growth", "=",
      13.5, "%", "13.5%", "plan", P, direction="decrease"),
    A("地级城市空气质量优良天数比率规划目标为85%以上", "85%以上", "地级城市空气质量优良天数比率", "share", ">=",
      85, "%", "85%", "plan", P),

    # ================= 三、后半程推进建议 =================
    # (一) adjustments: the replaced value is a restatement (optional), the new value a target (required)
    A(ADJ, "10%", "规模以上工业增加值", "growth", "=", 10, "%", "10%", "plan", P, optional=True),
    A(ADJ, "8%", "规模以上工业增加值", "growth", "=", 8, "%", "8%", "plan", P),
    A(ADJ2, "1.8%", "研究与试验发展经费投入强度", "share", "=", 1.8, "%", "1.8%", "plan", P, optional=True),
    A(ADJ2, "1.4%", "研究与试验发展经费投入强度", "share", "=", 1.4, "%", "1.4%", "plan", P),
    A(COW, "30万头", "奶牛存栏", "count", "=", 300000, "头", "30万头", "plan", P, optional=True),
    A(COW, "40万头", "奶牛存栏", "count", "=", 400000, "头", "40万头", "plan", P),
    # a county target kept unchanged: a restatement that decides nothing new -> optional
    A("青铜峡市酿酒葡萄基地面积保持12万亩的目标不变", "12万亩", "酿酒葡萄基地面积", "level", "=", 120000, "亩",
      "12万亩", "plan", P, region="青铜峡市", optional=True),
    # (二) restatements that commit (确保): required
    A("确保单位地区生产总值能耗五年累计下降13.5%的约束性目标如期完成", "13.5%", "单位地区生产总值能耗", "growth",
      "=", 13.5, "%", "13.5%", "ensure", P, direction="decrease"),
    A("确保到2025年地区生产总值突破1000亿元", "突破1000亿元", "地区生产总值", "level", ">=", 1e11, "元",
      "1000亿元", "ensure", P),
    # (三) the 2023 targets; 力争 stops at the semicolon
    A(Y23, "6.5%以上", "地区生产总值", "growth", ">=", 6.5, "%", "6.5%", "strive", 2023),
    A(Y23, "9%", "规模以上工业增加值", "growth", "=", 9, "%", "9%", "plan", 2023),
    A(Y23, "420亿元以上", "固定资产投资", "level", ">=", 4.2e10, "元", "420亿元", "plan", 2023),
]

SEC = "section or list numbering"
NAME = "part of a name, not a quantity"
ACT = "result of 2021-2022 (actual), not a target"
RATE = "completion rate (actual / target), derived, not a target"
GAP = "gap to the plan target, derived, not a target"
NOT_TARGETS = [
    ("第十四个五年规划纲要实施中期评估报告", 1, NAME + " (the 14th five-year plan, in the title)"),
    ("2023年8月29日", 1, "date of the report"),
    ("按照自治区统一部署", 1, "一 of the word 统一 (unified)"),
    ("第三方评估机构", 1, "三 of the word 第三方 (third party)"),
    ("第十四个五年规划和二〇三五年远景目标纲要", 1,
     NAME + " (the title of the plan: its number and the 2035 vision's year)"),
    ("一、总体评价", 1, SEC),
    ("《纲要》实施两年多来", 1, "两年多 (more than two years), the time since the plan began, not a quantity"),
    ("《纲要》确定的25项主要指标中，17项进度符合或好于预期，5项基本符合预期，3项进度滞后", 1,
     "the report's statistics (counts of indicators by progress), not targets"),
    ("二、主要指标完成情况", 1, SEC),
    ("（一）", 2, SEC),
    ("2021—2022年年均增长6.2%", 1, ACT + " (the years 2021—2022 are a period, not a range target)"),
    ("低于规划目标0.8个百分点", 1, GAP),
    ("到2025年地区生产总值突破", 2, "the horizon of the 1000亿元 target (二 and 三), not a value"),
    ("2022年达到850亿元", 1, ACT),
    ("完成进度85%", 1, RATE),
    ("后三年", 1, "后三年 (the three remaining years) is the period of the derived need"),
    ("即可实现这一目标", 1, "一 of the word 这一 (this)"),
    ("两年年均增长7.4%", 1, ACT),
    ("低于规划目标2.6个百分点", 1, GAP),
    ("五年累计完成固定资产投资", 1, "五年 (the five plan years) names the period of the 累计 target"),
    ("两年累计完成760亿元", 1, ACT),
    ("完成进度38%", 1, RATE),
    ("40%的序时进度", 1, "the time schedule at mid-term (two of five years), not a target"),
    ("（二）", 2, SEC),
    ("2022年为1.05%", 1, ACT),
    ("2022年达到1.2件", 1, ACT),
    ("（三）", 2, SEC),
    ("规划目标为到2025年酿酒", 1, "the horizon of the 25万亩 target, not a value"),
    ("2022年达到16.2万亩", 1, ACT),
    ("完成进度64.8%", 1, RATE),
    ("2022年达到8.4万亩", 1, ACT),
    ("完成进度70%", 1, RATE),
    ("红寺堡区2022年达到6.1万亩", 1, ACT + " (红寺堡区 has no target of its own here)"),
    ("2022年已达到31.5万头", 1, ACT + " (提前完成: the target was already exceeded)"),
    ("2022年达到320万只", 1, ACT),
    ("完成进度91.4%", 1, RATE),
    ("规划目标为到2025年达到1500万人次", 1, "the horizon of the 1500万人次 target, not a value"),
    ("2022年仅为620万人次", 1, ACT),
    ("完成进度41.3%", 1, RATE),
    ("（四）", 2, SEC),
    ("2022年达到58.3%", 1, ACT),
    ("预计2025年可达到61%左右", 1,
     "an estimate of the 2025 outcome on present trends (预计…可达到), not a target: 左右 and 2025 do not make it one"),
    ("两年年均增长8.6%", 1, ACT),
    ("五年累计新增城镇就业", 1, "五年 (the five plan years) names the period of the 累计 target"),
    ("两年累计完成1.7万人", 1, ACT),
    ("完成进度42.5%", 1, RATE),
    ("（五）", 1, SEC),
    ("每千人口执业", 1, "千 of 每千人口 (per thousand people), the base of the density in the indicator"),
    ("2022年达到2.9人", 1, ACT),
    ("（六）", 1, SEC),
    ("规划目标为五年累计下降", 1, "五年 (the five plan years) names the period of the 累计 target"),
    ("两年累计下降4.6%", 1, ACT),
    ("2022年达到87.6%", 1, ACT + " (已提前达到: the target was already met)"),
    ("三、后半程推进建议", 1, SEC),
    ("其余23项主要指标目标值保持不变", 1,
     "the report's statistics (the 23 unchanged indicators, 25 less the 2 adjusted), not a target"),
    ("建议将到2025年奶牛存栏", 1, "the horizon of the adjusted 40万头 target, not a value"),
    ("能耗五年累计下降", 1, "五年 (the five plan years) names the period of the 累计 target"),
    ("抓好2023年目标任务。2023年", 1, "the year of the targets that follow"),
    ("建立一季一调度、半年一评估工作制度", 1,
     "a working routine (each quarter, each half year), not a target"),
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
