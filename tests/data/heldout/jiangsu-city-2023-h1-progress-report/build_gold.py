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
import os
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
DOC_PATH = os.path.join(HERE, "doc.txt")
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))   # tests/data: goldkit
from goldkit import A, main  # noqa: E402


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


if __name__ == "__main__":
    main(HERE, ANNOTATIONS, NOT_TARGETS, codes=CODES, default_region=DEFAULT_REGION,
         units=UNITS, sections=SECTIONS, composed_subjects=COMPOSED_SUBJECTS,
         extra_checks=EXTRA_CHECKS)
