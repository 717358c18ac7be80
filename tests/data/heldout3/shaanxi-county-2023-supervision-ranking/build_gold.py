#!/usr/bin/env python3
"""Build the gold standard for shaanxi-county-2023-supervision-ranking (doc.txt, UTF-8).

The document is a county 考核通报 (目标责任考核, third quarter) that ranks the
nine towns (镇) and the county departments (县级部门) of 岐山县 (宝鸡市, 陕西省,
GB/T 2260 610323) by score, dated 2023-10-26 and written anew for this held-out
set; every figure is illustrative (see meta.json "notes").  It is full of
numbers that are not targets: scores (94.2分, 满分100分), ranks held (第1名,
第4至第8名, 前三名, 末位, 前移1位), the notice's statistics (126项, 98项),
actuals, completion rates (62.5%) and gaps to the schedule (35个百分点).  The
targets are the annual targets it restates (年度目标为…), the commitments it
reports (确保年底前…, 力争四季度…, 力争全年…) and the demands of its last part
(确保…的目标如期实现, 力争…保持全市前3名).  Towns have no code: their targets
are the county's with the town as subject.

Each annotation names the clause it was read from (a verbatim substring of
doc.txt), the value expression inside it (the span) and the TARGETS.md fields.
start/end are Python str indices computed from the clause and its occurrence,
never counted by hand.  The checks assert that every span slices back out of
the text, that every value equals its value_text in base units, that the
comparator agrees with the words in the span, that every numeral of the text is
either inside a gold span or explained in NOT_TARGETS, and (check_notice) that
every completion rate, gap and remaining amount the notice states agrees with
its figures and that the town ranking follows the scores.
Run:  python3 build_gold.py [-v] [--not-targets]
"""
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))   # tests/data: goldkit
from goldkit import A, main  # noqa: E402


CODES = {"岐山县": "610323"}
DEFAULT_REGION = "岐山县"
SECTIONS = []
COMPOSED_SUBJECTS = set()
UNITS = {"元", "%", "户", "人", "家", "亩", "座", "个", "人次", "名"}
TOWNS = ("凤鸣镇", "蔡家坡镇", "益店镇", "蒲村镇", "枣林镇", "青化镇", "雍川镇", "故郡镇", "京当镇")
SCHEDULE = Decimal(75)          # 三季度末序时进度


def pct(a, b):
    return (Decimal(str(a)) / Decimal(str(b)) * 100).quantize(Decimal("0.1"), ROUND_HALF_UP)


def check_notice(doc, records):
    assert 1500 <= len(doc) <= 3000, len(doc)
    assert 20 <= len(records) <= 40, len(records)
    for t in TOWNS:
        assert t in doc, t
    # the town ranking follows the scores: 凤鸣 94.2 > 蔡家坡 92.7 > 益店 90.1 > ... > 京当 74.3 (末位)
    scores = [Decimal(x) for x in re.findall(r"以([0-9.]+)分位居第[0-9]名", doc)]
    assert scores == sorted(scores, reverse=True) and len(scores) == 3
    assert Decimal("74.3") < scores[-1]
    # nine towns, average 86.4: the five towns not scored in the text must hold the rest of the total
    rest = Decimal("86.4") * 9 - sum(scores) - Decimal("74.3")
    assert Decimal("74.3") * 5 < rest < scores[-1] * 5, rest
    # completion rates: actual / target, one decimal, half up
    val = {(r["subject"], r["indicator"]): Decimal(str(r["value"])) for r in records
           if not r.get("optional") and r["strength"] == "plan"}
    checks = [
        (5, val[("蔡家坡镇", "新增规上工业企业")], "62.5"),
        (1050, val[("凤鸣镇", "新增市场主体")], "87.5"),
        (520, val[("凤鸣镇", "城镇新增就业")], "86.7"),
        (8000, val[("益店镇", "新建高标准农田")], "40"),
        (160000000, val[("京当镇", "招商引资到位资金")], "53.3"),
        (120, val[("京当镇", "新建设施农业大棚")], "60"),
        (9650000000, val[("县级重点项目", "年度计划投资")], "80.4"),
        (3060000000, val[(None, "招商引资到位资金")], "68"),
        (6120000, val[(None, "接待游客")], "87.4"),
    ]
    for actual, target, stated in checks:
        assert pct(actual, target) == Decimal(stated), (actual, target, stated, pct(actual, target))
        assert "%s%%" % stated in doc, stated
    # gaps to the schedule the notice states (个百分点)
    assert SCHEDULE - Decimal(40) == 35 and Decimal("80.4") - SCHEDULE == Decimal("5.4")
    assert SCHEDULE - Decimal(68) == 7
    # the 年底前 / remaining commitments are the annual target less the actual
    commit = {r["subject"]: Decimal(str(r["value"])) for r in records if r["strength"] != "plan"
              and r["subject"] in TOWNS}
    assert commit["蔡家坡镇"] == val[("蔡家坡镇", "新增规上工业企业")] - 5
    assert commit["益店镇"] == val[("益店镇", "新建高标准农田")] - 8000
    assert commit["京当镇"] == val[("京当镇", "招商引资到位资金")] - 160000000
    # every town target has a town subject; departments are not subjects
    for r in records:
        assert r["subject"] in TOWNS + ("县级重点项目", None), r
        assert r["year"] == 2023 and r["region"] == "岐山县"


EXTRA_CHECKS = [check_notice]

Y = 2023
YEAR = "县委、县政府年初确定的全县地区生产总值增长6.5%、规模以上工业增加值增长9%、固定资产投资增长8%、社会消费品零售总额增长7%等年度目标"
FM = "年度目标为新增市场主体1200户、城镇新增就业600人"
CJP = "年度目标为规上工业产值增长10%、新增规上工业企业8家"
JD = "年度目标为招商引资到位资金3亿元、新建设施农业大棚200座"
ZS = "县招商服务中心牵头的全县招商引资到位资金年度目标45亿元"
WL = "县文旅局牵头的全年接待游客700万人次目标"
WL2 = "该局表示力争全年接待游客突破750万人次"
END = "确保全县地区生产总值增长6.5%、全年新增规上工业企业30家以上的目标如期实现，力争全年目标责任考核保持全市前3名"

ANNOTATIONS = [
    # ---------------- 一、总体情况: the county's annual targets, first statement ----------------
    A(YEAR, "6.5%", "地区生产总值", "growth", "=", 6.5, "%", "6.5%", "plan", Y),
    A(YEAR, "9%", "规模以上工业增加值", "growth", "=", 9, "%", "9%", "plan", Y),
    A(YEAR, "8%", "固定资产投资", "growth", "=", 8, "%", "8%", "plan", Y),
    A(YEAR, "7%", "社会消费品零售总额", "growth", "=", 7, "%", "7%", "plan", Y),

    # ---------------- 二、镇: restated annual targets and commitments ----------------
    A(FM, "1200户", "新增市场主体", "count", "=", 1200, "户", "1200户", "plan", Y, subject="凤鸣镇"),
    A(FM, "600人", "城镇新增就业", "count", "=", 600, "人", "600人", "plan", Y, subject="凤鸣镇"),
    A(CJP, "10%", "规上工业产值", "growth", "=", 10, "%", "10%", "plan", Y, subject="蔡家坡镇"),
    A(CJP, "8家", "新增规上工业企业", "count", "=", 8, "家", "8家", "plan", Y, subject="蔡家坡镇"),
    # an increment on the actual (8 - 5), due by the end of the year
    A("确保年底前再新增规上工业企业3家以上", "3家以上", "新增规上工业企业", "count", ">=", 3, "家", "3家",
      "ensure", Y, subject="蔡家坡镇"),
    A("年度目标为新建高标准农田2万亩", "2万亩", "新建高标准农田", "level", "=", 20000, "亩", "2万亩", "plan", Y,
      subject="益店镇"),
    A("力争年底前完成剩余1.2万亩建设任务", "1.2万亩", "新建高标准农田", "level", "=", 12000, "亩", "1.2万亩",
      "strive", Y, subject="益店镇"),
    A(JD, "3亿元", "招商引资到位资金", "level", "=", 3e8, "元", "3亿元", "plan", Y, subject="京当镇"),
    A(JD, "200座", "新建设施农业大棚", "count", "=", 200, "座", "200座", "plan", Y, subject="京当镇"),
    A("将确保年底前到位资金不少于1.4亿元", "不少于1.4亿元", "招商引资到位资金", "level", ">=", 1.4e8, "元",
      "1.4亿元", "ensure", Y, subject="京当镇"),

    # ---------------- 三、县级部门: targets the departments lead (the county's, no subject) ----------------
    A("县发改局牵头的县级重点项目年度计划投资120亿元", "120亿元", "年度计划投资", "level", "=", 1.2e10, "元",
      "120亿元", "plan", Y, subject="县级重点项目"),
    A(ZS, "45亿元", "招商引资到位资金", "level", "=", 4.5e9, "元", "45亿元", "plan", Y),
    A("该中心表示，力争四季度新签约亿元以上项目10个", "10个", "新签约项目", "count", "=", 10, "个", "10个",
      "strive", Y, qualifier="亿元以上"),
    A(WL, "700万人次", "接待游客", "count", "=", 7e6, "人次", "700万人次", "plan", Y),
    A(WL2, "突破750万人次", "接待游客", "count", ">=", 7.5e6, "人次", "750万人次", "strive", Y),
    # a target already met is still a target (shared Q3 notice: 提前完成全年500项以上的目标任务)
    A("县人社局牵头的城镇新增就业年度目标3200人", "3200人", "城镇新增就业", "count", "=", 3200, "人", "3200人",
      "plan", Y),
    A("县农业农村局牵头的粮食播种面积稳定在52万亩以上的年度目标", "52万亩以上", "粮食播种面积", "level", ">=",
      520000, "亩", "52万亩", "plan", Y),

    # ---------------- 四、下一步工作要求 ----------------
    # the second statement of the GDP target in this notice: optional
    A(END, "6.5%", "地区生产总值", "growth", "=", 6.5, "%", "6.5%", "ensure", Y, optional=True),
    A(END, "30家以上", "新增规上工业企业", "count", ">=", 30, "家", "30家", "ensure", Y),
    A(END, "前3名", "目标责任考核全市排名", "rank", "<=", 3, "名", "3名", "strive", Y),
]

SEC = "section or list numbering"
PAST = "an actual of the first three quarters (past), not a target"
NOT_TARGETS = [
    ("第3期", 1, "issue number of the notice"),
    ("2023年10月26日", 2, "date of issue (head and foot)"),
    ("关于2023年", 1, "title: the year reviewed"),
    ("前三季度", 9, "the period reported (the first three quarters), not a quantity"),
    ("《岐山县2023年度目标责任考核办法》", 1, "title of the rules (a year in a name)"),
    ("于10月中旬对9个镇和28个县级部门", 1, "date of the review and the number of units reviewed (facts)"),
    ("满分100分", 1, "the maximum score (a rule of the review), not a target"),
    ("一、总体情况", 1, SEC),
    ("三季度末序时进度为75%", 1, "the schedule of the review (75% of the year at the end of Q3), a rule"),
    ("社会消费品零售总额", 1, "零 of the word 零售 (retail)"),
    ("纳入考核的126项量化指标中，达到或超过序时进度的98项，滞后的28项", 1,
     "the notice's own statistics (counts of indicators), not targets"),
    ("二、镇考核排名", 1, SEC),
    ("9个镇平均得分86.4分", 1, "a count of towns and an average score (facts of the review)"),
    ("凤鸣镇以94.2分位居第1名，蔡家坡镇以92.7分位居第2名，益店镇以90.1分位居第3名", 1,
     "scores and ranks held in the review (past), not targets"),
    ("分列第4至第8名；京当镇得分74.3分", 1, "ranks held and a score (past); 第4至第8 is no range target"),
    ("与二季度相比，蔡家坡镇前移1位，京当镇后移3位", 1,
     "changes of rank against the second quarter (past), not positions and not targets"),
    ("三个方面", 1, "三个 enumerates the three areas just named (a structure)"),
    ("新增市场主体1050户，完成年度目标的87.5%；城镇新增就业520人，完成86.7%", 1,
     PAST + " and completion rates (1050/1200, 520/600)"),
    ("两项指标均超序时进度", 1, "两项 counts the two indicators just named"),
    ("营商环境两项考核中均得满分", 1, "两项 counts two parts of the review; 满分 (full marks) is a past score"),
    ("规上工业产值增长11.2%，新增规上工业企业5家，完成年度目标的62.5%", 1,
     PAST + " and a completion rate (5/8)"),
    ("截至9月底已建成0.8万亩，完成年度目标的40%，滞后序时进度35个百分点", 1,
     "a date, " + PAST + ", a completion rate (0.8/2) and a gap to the schedule (75 - 40)"),
    ("到位资金1.6亿元，完成年度目标的53.3%；建成大棚120座，完成60%", 1,
     PAST + " and completion rates (1.6/3, 120/200)"),
    ("三、县级部门考核排名", 1, SEC),
    ("位列前三名", 2, "ranks held in the review (the top three of each group, past), not targets"),
    ("在两个组中分列末位", 1, "两个 counts the two groups; 末位 is a rank held (past)"),
    ("完成96.5亿元，完成年度计划的80.4%，超序时进度5.4个百分点", 1,
     PAST + ", a completion rate (96.5/120) and a lead on the schedule (80.4 - 75)"),
    ("到位30.6亿元，完成68%，滞后序时进度7个百分点", 1,
     PAST + ", a completion rate (30.6/45) and a gap to the schedule (75 - 68)"),
    ("力争四季度", 1, "the period of the 10个 commitment (the fourth quarter), not a quantity"),
    ("已接待612万人次，完成87.4%", 1, PAST + " and a completion rate (612/700)"),
    ("四、下一步工作要求", 1, SEC),
    ("（一）对标补差", 1, SEC),
    ("（二）严格奖惩", 1, SEC),
    ("对连续两个季度排名末位", 1, "a rule of the review (two quarters in a row at the bottom), not a target"),
    ("（三）按时报送", 1, SEC),
    ("要于11月10日前", 1, "a reporting deadline (a date), not a target"),
]


if __name__ == "__main__":
    main(HERE, ANNOTATIONS, NOT_TARGETS, codes=CODES, default_region=DEFAULT_REGION,
         units=UNITS, sections=SECTIONS, composed_subjects=COMPOSED_SUBJECTS,
         extra_checks=EXTRA_CHECKS)
