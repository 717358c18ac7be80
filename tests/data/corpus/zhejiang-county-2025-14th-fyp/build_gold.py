#!/usr/bin/env python3
"""Build the gold standard for zhejiang-county-2025-14th-fyp (doc.txt, UTF-8).

The document is an excerpt of the 14th five-year plan outline (十四五规划纲要) of
永康市, a county-level city of 金华市, 浙江省, written anew for this corpus; its
figures are illustrative (see meta.json "notes").  It is dated 2021-03 and all
its targets fall due in 2025 (到2025年, 今后五年, 五年累计, “十四五”期间); the 2020
figures it quotes are baselines, not targets.  Many values are written in
Chinese numerals (两千家, 一百二十个, 三万亩, 一万二千个).

Each annotation names the clause it was read from (a verbatim substring of
doc.txt), the value expression inside it (the span) and the TARGETS.md fields.
start/end are computed, never counted by hand.  The checks assert that every
span slices back out of the text, that every value equals its value_text in
base units (Chinese numerals included), that the comparator agrees with the
words in the span, and that every numeral of the text is either inside a gold
span or explained in NOT_TARGETS.
Run:  python3 build_gold.py [-v] [--not-targets]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))   # tests/data: goldkit
from goldkit import A, main  # noqa: E402


CODES = {"永康市": "330784"}
DEFAULT_REGION = "永康市"
SECTIONS = []
COMPOSED_SUBJECTS = set()
EXTRA_CHECKS = []
UNITS = {"元", "美元", "%", "个", "家", "人", "台", "亩", "所", "张", "岁",
         "微克/立方米"}

P = 2025          # the plan period 2021-2025

ECON = "到2025年，地区生产总值达到800亿元，年均增长6.5%左右"
HT = "高新技术企业数量达到600家，较2020年翻一番"
TRADE = "外贸进出口总额达到700亿元，其中出口650亿元以上"
INCOME = "城镇居民人均可支配收入达到9万元、农村居民人均可支配收入达到5万元"
FIRMS = "培育营业收入超百亿元企业三家、超十亿元企业三十家"
SCHOOLS = "五年新建改扩建中小学和幼儿园二十所，新增公办学位一万二千个，新增养老机构床位一千张"

ANNOTATIONS = [
    # ---------------- 经济实力 ----------------
    A(ECON, "800亿元",
      "地区生产总值", "level", "=", 8e10, "元", "800亿元", "plan", P),
    A(ECON, "6.5%左右",
      "地区生产总值", "growth", "~", 6.5, "%", "6.5%", "plan", P),
    A("人均地区生产总值达到12万元以上", "12万元以上",
      "人均地区生产总值", "level", ">=", 120000, "元", "12万元", "plan", P),
    A("一般公共预算收入达到60亿元，年均增长6%", "60亿元",
      "一般公共预算收入", "level", "=", 6e9, "元", "60亿元", "plan", P),
    A("一般公共预算收入达到60亿元，年均增长6%", "6%",
      "一般公共预算收入", "growth", "=", 6, "%", "6%", "plan", P),
    A("五年累计完成固定资产投资1800亿元以上", "1800亿元以上",
      "累计完成固定资产投资", "level", ">=", 1.8e11, "元", "1800亿元", "plan", P),
    A("其中工业投资累计完成700亿元", "700亿元",
      "工业投资累计完成", "level", "=", 7e10, "元", "700亿元", "plan", P),

    # ---------------- 创新动能 ----------------
    A("研究与试验发展经费支出占地区生产总值比重达到3.3%", "3.3%",
      "研究与试验发展经费支出占地区生产总值比重", "share", "=", 3.3, "%", "3.3%", "plan", P),
    A(HT, "600家",
      "高新技术企业数量", "count", "=", 600, "家", "600家", "plan", P),
    A("规模以上工业企业数量达到两千家", "两千家",
      "规模以上工业企业数量", "count", "=", 2000, "家", "两千家", "plan", P),
    A("高新技术产业增加值占规上工业增加值比重提高到65%", "65%",
      "高新技术产业增加值占规上工业增加值比重", "share", "=", 65, "%", "65%", "plan", P),

    # ---------------- 开放合作 ----------------
    A(TRADE, "700亿元",
      "外贸进出口总额", "level", "=", 7e10, "元", "700亿元", "plan", P),
    A(TRADE, "650亿元以上",
      "出口", "level", ">=", 6.5e10, "元", "650亿元", "plan", P),
    A("五年累计实际利用外资3亿美元", "3亿美元",
      "累计实际利用外资", "level", "=", 3e8, "美元", "3亿美元", "plan", P),
    A("累计引进亿元以上产业项目一百二十个", "一百二十个",
      "累计引进产业项目", "count", "=", 120, "个", "一百二十个", "plan", P,
      qualifier="亿元以上"),

    # ---------------- 城乡融合 ----------------
    A("常住人口城镇化率达到72%", "72%",
      "常住人口城镇化率", "share", "=", 72, "%", "72%", "plan", P),
    A("建成美丽乡村精品村30个", "30个",
      "美丽乡村精品村", "count", "=", 30, "个", "30个", "plan", P),

    # ---------------- 生态文明 ----------------
    A("单位地区生产总值二氧化碳排放五年累计下降18%", "18%",
      "单位地区生产总值二氧化碳排放", "growth", "=", 18, "%", "18%", "plan", P,
      direction="decrease"),
    A("细颗粒物（PM2.5）平均浓度控制在25微克/立方米以内", "控制在25微克/立方米以内",
      "细颗粒物（PM2.5）平均浓度", "level", "<=", 25, "微克/立方米", "25微克/立方米",
      "plan", P),
    A("县控以上断面地表水达到或优于Ⅲ类水质比例保持100%", "100%",
      "地表水达到或优于Ⅲ类水质比例", "share", "=", 100, "%", "100%", "plan", P,
      qualifier="县控以上断面"),
    A("森林覆盖率稳定在56%以上", "56%以上",
      "森林覆盖率", "share", ">=", 56, "%", "56%", "plan", P),

    # ---------------- 民生福祉 ----------------
    A(INCOME, "9万元",
      "城镇居民人均可支配收入", "level", "=", 90000, "元", "9万元", "plan", P),
    A(INCOME, "5万元",
      "农村居民人均可支配收入", "level", "=", 50000, "元", "5万元", "plan", P),
    A("城镇调查失业率控制在5%以内", "控制在5%以内",
      "城镇调查失业率", "share", "<=", 5, "%", "5%", "plan", P),
    A("每千人口拥有执业（助理）医师数达到3.6人", "3.6人",
      "每千人口拥有执业（助理）医师数", "level", "=", 3.6, "人", "3.6人", "plan", P),
    A("每千人口拥有3岁以下婴幼儿托位数达到4.5个", "4.5个",
      "每千人口拥有婴幼儿托位数", "level", "=", 4.5, "个", "4.5个", "plan", P,
      qualifier="3岁以下"),
    A("人均预期寿命达到82.5岁", "82.5岁",
      "人均预期寿命", "level", "=", 82.5, "岁", "82.5岁", "plan", P),

    # ---------------- 第三章 五金产业 (Chinese numerals) ----------------
    A("五金产业集群总产值突破两千亿元", "突破两千亿元",
      "总产值", "level", ">=", 2e11, "元", "两千亿元", "plan", P,
      subject="五金产业集群"),
    A(FIRMS, "三家",
      "培育企业", "count", "=", 3, "家", "三家", "plan", P,
      qualifier="营业收入超百亿元"),
    A(FIRMS, "三十家",
      "培育企业", "count", "=", 30, "家", "三十家", "plan", P,
      qualifier="超十亿元"),
    A("每年实施“机器换人”项目一百个以上", "一百个以上",
      "实施“机器换人”项目", "count", ">=", 100, "个", "一百个", "plan", P),
    A("五年累计新增工业机器人两千台", "两千台",
      "累计新增工业机器人", "count", "=", 2000, "台", "两千台", "plan", P),
    # 三万亩 may describe the platform's size rather than set a target -> optional
    A("统筹建设三万亩高能级产业平台", "三万亩",
      "建设高能级产业平台", "level", "=", 30000, "亩", "三万亩", "plan", P, optional=True),
    A("其中新开发工业用地一万亩", "一万亩",
      "新开发工业用地", "level", "=", 10000, "亩", "一万亩", "plan", P),
    # 一个 with a qualifier that carries the real size -> optional
    A("力争到2025年形成一个产值超三百亿元的新兴产业集群", "一个",
      "新兴产业集群", "count", "=", 1, "个", "一个", "strive", P,
      qualifier="产值超三百亿元", optional=True),

    # ---------------- 第四章 民生 ----------------
    A("“十四五”期间新增城镇就业五万人", "五万人",
      "新增城镇就业", "count", "=", 50000, "人", "五万人", "plan", P),
    A(SCHOOLS, "二十所",
      "新建改扩建中小学和幼儿园", "count", "=", 20, "所", "二十所", "plan", P),
    A(SCHOOLS, "一万二千个",
      "新增公办学位", "count", "=", 12000, "个", "一万二千个", "plan", P),
    A(SCHOOLS, "一千张",
      "新增养老机构床位", "count", "=", 1000, "张", "一千张", "plan", P),
]

SEC = "chapter numbering"
NAME = "part of a name or slogan, not a quantity"
BASE = "2020 baseline (a fact of the base year), not a target"
NOT_TARGETS = [
    # title and approval line
    ("第十四个五年规划和二〇三五年远景目标纲要", 1,
     "title: ordinal of the plan, its five-year span and the 2035 vision year"),
    ("（2021年3月", 1, "date of approval"),
    # 第一章
    ("第一章", 1, SEC),
    ("“十三五”", 2, NAME + " (the 13th five-year plan)"),
    ("“八八战略”", 1, NAME + " (the provincial strategy)"),
    ("“世界五金之都”", 1, NAME + " (五金 = hardware)"),
    ("2020年，全市实现地区生产总值612.4亿元", 1, BASE),
    ("期间年均增长6.3%", 1, "growth over 2016-2020 (past), not a target"),
    ("一般公共预算收入达到45.6亿元", 1, BASE + "; 一 of the word 一般"),
    ("规模以上工业企业达到1380家", 1, BASE),
    ("高新技术企业达到298家", 1, BASE),
    ("分别达到6.8万元和3.6万元", 1, BASE + " (分别 pairs them with the two incomes)"),
    ("五金产业总产值突破1500亿元", 1,
     BASE + " (突破 in the past tense); 五金 is the industry's name"),
    # 第二章
    ("第二章", 1, SEC),
    ("“十四五”时期主要目标", 1, NAME + " (the 14th five-year plan)"),
    ("锚定二〇三五年远景目标", 1, "the 2035 vision year (a date, no quantity)"),
    ("迈上新台阶。到2025年", 1, "horizon of the targets of this line, not a value"),
    ("二氧化碳", 1, "二 of the chemical name 二氧化碳 (carbon dioxide)"),
    ("今后五年", 1, "horizon of the plan (2021-2025), not a value"),
    ("一般公共预算收入达到60亿元", 1, "一 of the word 一般 (general)"),
    ("（2020年为2.6%）", 1, BASE),
    ("较2020年翻一番", 1,
     "a doubling relative to the base year: it restates the 600家 level as a multiple "
     "and has no base unit, so it is not a record"),
    ("（2020年为68.5%）", 1, BASE),
    ("五年累计", 4, "horizon and cumulation of the target that follows (2021-2025), not a value"),
    ("（PM2.5）", 1, NAME + " (the pollutant)"),
    ("3岁以下", 1, "qualifier (age group) of the 托位 target, not a target"),
    ("每千人口", 2, "denominator of a density indicator (per thousand people), part of the indicator"),
    # 第三章
    ("第三章", 1, SEC),
    ("做强千亿级五金产业集群", 1,
     "chapter title: 千亿级 names a class of cluster (no value is set), 五金 the industry"),
    ("“十百千”企业梯队培育工程", 1, NAME + " (a programme)"),
    ("推动五金产业从", 1, NAME + " (五金 = hardware)"),
    ("到2025年，五金产业集群", 1,
     "horizon of the targets that follow; 五金 is the industry's name"),
    ("营业收入超百亿元", 1, "qualifier (size class of the firms), not a target"),
    ("超十亿元企业", 1, "qualifier (size class of the firms), not a target"),
    ("百亿级特色产业", 1, "class of industries already existing (a label), no value is set"),
    ("产值超三百亿元", 1, "qualifier (size class of the cluster), not a target"),
    ("力争到2025年", 1, "horizon of a target"),
    ("关键零部件", 1, "零 of the word 零部件 (components)"),
    ("建成世界五金之都", 1, NAME + " (五金 = hardware)"),
    ("“一核两翼三区”", 1, NAME + " (a spatial layout)"),
    # 第四章
    ("第四章", 1, SEC),
    ("“十四五”期间新增", 1, NAME + "; horizon of the 五万人 target"),
    ("五年新建改扩建", 1, "horizon of the targets that follow (2021-2025), not a value"),
    ("展望二〇三五年", 1, "the 2035 vision year; the vision that follows sets no quantity"),
]


if __name__ == "__main__":
    main(HERE, ANNOTATIONS, NOT_TARGETS, codes=CODES, default_region=DEFAULT_REGION,
         units=UNITS, sections=SECTIONS, composed_subjects=COMPOSED_SUBJECTS,
         extra_checks=EXTRA_CHECKS)
