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
import os
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))   # tests/data: goldkit
from goldkit import A, main  # noqa: E402


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


if __name__ == "__main__":
    main(HERE, ANNOTATIONS, NOT_TARGETS, codes=CODES, default_region=DEFAULT_REGION,
         units=UNITS, sections=SECTIONS, composed_subjects=COMPOSED_SUBJECTS,
         extra_checks=EXTRA_CHECKS)
