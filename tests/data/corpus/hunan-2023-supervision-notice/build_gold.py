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
import os
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))   # tests/data: goldkit
from goldkit import A, main  # noqa: E402




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


if __name__ == "__main__":
    main(HERE, ANNOTATIONS, NOT_TARGETS, codes=CODES, default_region=DEFAULT_REGION,
         units=UNITS, sections=SECTIONS, composed_subjects=COMPOSED_SUBJECTS,
         extra_checks=EXTRA_CHECKS)
