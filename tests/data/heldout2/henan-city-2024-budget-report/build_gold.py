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
import os
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))   # tests/data: goldkit
from goldkit import A, main  # noqa: E402


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


if __name__ == "__main__":
    main(HERE, ANNOTATIONS, NOT_TARGETS, codes=CODES, default_region=DEFAULT_REGION,
         units=UNITS, sections=SECTIONS, composed_subjects=COMPOSED_SUBJECTS,
         extra_checks=EXTRA_CHECKS)
