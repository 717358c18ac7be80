#!/usr/bin/env python3
"""Build the gold standard for beijing-district-2026-15th-fyp-outline (doc.txt, UTF-8).

The document is the excerpt of a district's 十五五 plan outline (北京市昌平区,
GB/T 2260 110114) approved in January 2026, written anew for this held-out set;
every figure is illustrative (see meta.json "notes").  The plan runs 2026-2030:
its targets are due 到2030年 (or 到2028年 for one staged pair), some are 年均
rates, some 五年累计 sums, some 每年 amounts, several are set against the base
year (比2025年提高/增加/减少), and two are ranges (5%—5.5%, 62%—65%).

Year rule: a target of the plan with no horizon of its own, and a 每年 target of
the plan period, carry the plan's end year 2030; base years (比2025年) and the
2025 estimates of 第一章 are never a year; 到2028年 gives 2028.

Each annotation names the clause it was read from (a verbatim substring of
doc.txt), the value expression inside it (the span) and the TARGETS.md fields.
start/end are computed from the clause and its occurrence, never counted by
hand.  The checks assert that every span slices back out of the text, that
every value equals its value_text in base units, that the comparator agrees with
the words in the span (or with the range end it is), that every numeral of the
text is either inside a gold span or explained in NOT_TARGETS, and (PLAN_CHECKS)
that the increments stated against 2025 agree with the 2025 base.
Run:  python3 build_gold.py [-v] [--not-targets]
"""
import os
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))   # tests/data: goldkit
from goldkit import A, main  # noqa: E402


CODES = {"昌平区": "110114"}
DEFAULT_REGION = "昌平区"
SECTIONS = []
COMPOSED_SUBJECTS = set()
UNITS = {"元", "%", "个百分点", "家", "件", "个", "人", "平方公里", "微克/立方米", "张",
         "岁", "所", "公里", "处", "亩"}


def check_held_out(doc, records):
    assert len(doc) <= 3500, len(doc)
    assert 20 <= len(records) <= 40, len(records)
    # the plan's years: 2030, and 2028 for the staged 回天地区 pair only
    assert {r["year"] for r in records} == {2028, 2030}
    assert all(r["year"] == 2030 or r["subject"] == "回天地区" for r in records)
    # the increment against 2025 agrees with the 2025 estimate of 第一章 (2600家 + 1000 = 3600)
    assert "国家高新技术企业达到2600家" in doc and Decimal(2600) + 1000 == 3600
    # a range's two ends are ordered
    assert Decimal("5") < Decimal("5.5") and Decimal(62) < 65


EXTRA_CHECKS = [check_held_out]

Y = 2030
GDP = "到2030年，全区地区生产总值达到2100亿元左右，年均增长5%—5.5%"
HTE = "国家高新技术企业达到3600家，比2025年增加1000家"
PILLARS = "先进能源、医药健康两大主导产业规模分别达到1800亿元和1200亿元"
TERTIARY = "第三产业增加值占地区生产总值比重保持在62%—65%"
HUITIAN = "到2028年，回天地区新建改扩建中小学和幼儿园10所、新增就业岗位3万个"

ANNOTATIONS = [
    # ---------------- 第二章 主要目标: 创新动能 ----------------
    A(GDP, "2100亿元左右", "地区生产总值", "level", "~", 2.1e11, "元", "2100亿元", "plan", Y),
    A("年均增长5%—", "5%", "地区生产总值", "growth", ">=", 5, "%", "5%", "plan", Y, cmp_from="RANGE_LOW"),
    A(GDP, "5.5%", "地区生产总值", "growth", "<=", 5.5, "%", "5.5%", "plan", Y,
      cmp_from="RANGE_HIGH"),
    A("一般公共预算收入年均增长5%以上", "5%以上",
      "一般公共预算收入", "growth", ">=", 5, "%", "5%", "plan", Y),
    A("五年累计完成全社会固定资产投资2800亿元以上", "2800亿元以上",
      "累计完成全社会固定资产投资", "level", ">=", 2.8e11, "元", "2800亿元", "plan", Y),
    A("全社会研究与试验发展经费投入强度保持在6%以上", "6%以上",
      "全社会研究与试验发展经费投入强度", "share", ">=", 6, "%", "6%", "plan", Y),
    A(HTE, "3600家", "国家高新技术企业", "count", "=", 3600, "家", "3600家", "plan", Y),
    # the same target stated as an increment on the 2025 base -> optional
    A(HTE, "1000家", "国家高新技术企业", "count", "=", 1000, "家", "1000家", "plan", Y,
      optional=True),
    A("每万人口高价值发明专利拥有量达到150件", "150件",
      "每万人口高价值发明专利拥有量", "level", "=", 150, "件", "150件", "plan", Y),

    # ---------------- 现代产业体系 ----------------
    A("数字经济核心产业增加值占地区生产总值比重比2025年提高5个百分点", "5个百分点",
      "数字经济核心产业增加值占地区生产总值比重", "share", "=", 5, "个百分点", "5个百分点",
      "plan", Y),
    # 分别 pairs in order
    A(PILLARS, "1800亿元", "先进能源产业规模", "level", "=", 1.8e11, "元", "1800亿元", "plan", Y),
    A(PILLARS, "1200亿元", "医药健康产业规模", "level", "=", 1.2e11, "元", "1200亿元", "plan", Y),
    A(TERTIARY, "62%", "第三产业增加值占地区生产总值比重", "share", ">=", 62, "%", "62%",
      "plan", Y, cmp_from="RANGE_LOW"),
    A(TERTIARY, "65%", "第三产业增加值占地区生产总值比重", "share", "<=", 65, "%", "65%",
      "plan", Y, cmp_from="RANGE_HIGH"),

    # ---------------- 城乡发展 ----------------
    A("确保常住人口规模控制在235万人以内", "控制在235万人以内",
      "常住人口规模", "count", "<=", 2.35e6, "人", "235万人", "ensure", Y),
    A("城乡建设用地规模比2025年减少6平方公里", "6平方公里",
      "城乡建设用地规模", "level", "=", 6, "平方公里", "6平方公里", "plan", Y,
      direction="decrease"),
    # 每年 target of the period: the end year
    A("“十五五”期间每年实施城市更新项目不少于30个", "不少于30个",
      "实施城市更新项目", "count", ">=", 30, "个", "30个", "plan", Y),

    # ---------------- 生态环境 ----------------
    # 下降到 a level: value is the level, not the size of a fall -> direction null
    A("细颗粒物（PM2.5）年均浓度下降到28微克/立方米左右", "28微克/立方米左右",
      "细颗粒物（PM2.5）年均浓度", "level", "~", 28, "微克/立方米", "28微克/立方米", "plan", Y),
    A("森林覆盖率稳定在67%以上", "67%以上", "森林覆盖率", "share", ">=", 67, "%", "67%", "plan", Y),
    A("单位地区生产总值二氧化碳排放五年累计下降14%", "14%",
      "单位地区生产总值二氧化碳排放", "growth", "=", 14, "%", "14%", "plan", Y,
      direction="decrease"),

    # ---------------- 民生福祉 ----------------
    A("居民人均可支配收入年均增长5%左右", "5%左右",
      "居民人均可支配收入", "growth", "~", 5, "%", "5%", "plan", Y),
    A("城镇调查失业率控制在5%以内", "控制在5%以内",
      "城镇调查失业率", "share", "<=", 5, "%", "5%", "plan", Y),
    A("每千常住人口医疗卫生机构床位数达到6.2张", "6.2张",
      "每千常住人口医疗卫生机构床位数", "level", "=", 6.2, "张", "6.2张", "plan", Y),
    A("新增普惠性幼儿园学位5000个", "5000个",
      "新增普惠性幼儿园学位", "count", "=", 5000, "个", "5000个", "plan", Y),
    A("人均期望寿命达到84岁", "84岁", "人均期望寿命", "level", "=", 84, "岁", "84岁", "plan", Y),

    # ---------------- 第三章 科技创新高地 (subjects: the three areas) ----------------
    A("未来科学城规模以上企业营业收入突破6000亿元", "突破6000亿元",
      "规模以上企业营业收入", "level", ">=", 6e11, "元", "6000亿元", "plan", Y,
      subject="未来科学城"),
    A("生命谷集聚医药健康企业1500家以上", "1500家以上",
      "集聚医药健康企业", "count", ">=", 1500, "家", "1500家", "plan", Y, subject="生命谷"),
    A("能源谷培育能源领域领军企业20家", "20家",
      "培育能源领域领军企业", "count", "=", 20, "家", "20家", "plan", Y, subject="能源谷"),
    A("五年累计新增市级“专精特新”中小企业500家", "500家",
      "累计新增“专精特新”中小企业", "count", "=", 500, "家", "500家", "plan", Y,
      qualifier="市级"),
    A("力争新增独角兽企业5家", "5家", "新增独角兽企业", "count", "=", 5, "家", "5家", "strive", Y),

    # ---------------- 第四章 回天地区 (到2028年) and 2030 ----------------
    A(HUITIAN, "10所", "新建改扩建中小学和幼儿园", "count", "=", 10, "所", "10所", "plan", 2028,
      subject="回天地区"),
    A(HUITIAN, "3万个", "新增就业岗位", "count", "=", 3e4, "个", "3万个", "plan", 2028,
      subject="回天地区"),
    A("到2030年，全区轨道交通运营里程达到120公里", "120公里",
      "轨道交通运营里程", "level", "=", 120, "公里", "120公里", "plan", Y),
    A("新城建成区公共交通出行比例提高到65%", "65%",
      "新城建成区公共交通出行比例", "share", "=", 65, "%", "65%", "plan", Y),

    # ---------------- 第五章 生态城区 (“十五五”期间 = 2026-2030) ----------------
    A("新建城市休闲公园20处", "20处", "新建城市休闲公园", "count", "=", 20, "处", "20处", "plan", Y),
    A("新增造林绿化面积1.5万亩", "1.5万亩",
      "新增造林绿化面积", "level", "=", 1.5e4, "亩", "1.5万亩", "plan", Y),
    A("地表水考核断面水质优良比例达到85%以上", "85%以上",
      "地表水考核断面水质优良比例", "share", ">=", 85, "%", "85%", "plan", Y),
]

SEC = "chapter numbering"
NAME = "part of a name or title, not a quantity"
BASE = "2025 estimate in 发展基础 (the base of the plan), not a target"
NOT_TARGETS = [
    # ---- title and approval
    ("第十五个五年规划纲要", 1, NAME + " (ordinal of the plan and its five-year span)"),
    ("（2026年1月14日经昌平区人民代表大会审议批准）", 1, "date of approval"),
    # ---- 第一章 发展基础
    ("第一章", 1, SEC),
    ("“十四五”时期，昌平区", 1, NAME + " (the 14th five-year plan)"),
    ("取得一批标志性成果", 1, "一批 (a number of), no count"),
    ("预计2025年全区地区生产总值达到1650亿元，五年年均增长5.2%", 1,
     BASE + " (达到 and 年均增长 read like a target, but 预计2025年 reports the year just ended)"),
    ("国家高新技术企业达到2600家", 1, BASE + " (the base of the 3600家 / 增加1000家 target)"),
    ("常住人口控制在230万人以内", 1, BASE + " (控制在…以内 in a statement of the result)"),
    ("回天地区两轮三年行动计划", 1, NAME + " (two rounds of the three-year action plan, past)"),
    ("森林覆盖率达到66.6%", 1, BASE),
    # ---- 第二章 主要目标
    ("第二章", 1, SEC),
    ("“十五五”时期主要目标", 1, NAME + " (the 15th five-year plan)"),
    ("展望二〇三五年", 1, "the 2035 vision year (a date, no quantity)"),
    ("国际一流的科技创新高地和", 1, "一 of the word 一流 (first-class)"),
    ("锚定这一远景目标", 1, "这一 (this), not a quantity"),
    ("今后五年", 1, "horizon of the plan (2026-2030), not a value"),
    ("到2030年，全区地区生产总值", 1, "horizon of the targets of this line"),
    ("；一般公共预算收入年均", 1, "一 of the word 一般 (general)"),
    ("；五年累计完成", 1, "horizon and cumulation of the 2800亿元 target (2026-2030)"),
    ("比2025年增加1000家", 1, "base year of the increment, not the year"),
    ("比重比2025年提高", 1, "base year of the 5个百分点 increase, not the year"),
    ("医药健康两大主导产业", 1, "两大 enumerates the two industries just named (a structure)"),
    ("；第三产业增加值", 1, NAME + " (the tertiary sector)"),
    ("城乡建设用地规模比2025年减少", 1, "base year of the 6平方公里 reduction"),
    ("；“十五五”期间每年", 1, NAME + "; the period of the 每年 target (2026-2030)"),
    ("细颗粒物（PM2.5）", 1, NAME + " (the pollutant PM2.5)"),
    ("二氧化碳排放五年累计下降", 1,
     "二 of the chemical name 二氧化碳; 五年累计 is the horizon and cumulation of the 14% target"),
    ("每千常住人口", 1, "denominator of a density indicator (per thousand people)"),
    # ---- 第三章
    ("第三章　建设国际一流的科技创新高地", 1, SEC + "; 一 of the word 一流"),
    ("“两谷一园”", 1, NAME + " (an illustrative name for the spatial layout)"),
    ("到2030年，未来科学城", 1, "horizon of the targets that follow"),
    ("。五年累计新增", 1, "horizon and cumulation of the 500家 target (2026-2030)"),
    # ---- 第四章
    ("第四章", 1, SEC),
    ("实施新一轮提升计划", 1, "一轮 (a round), not a quantity"),
    ("村三级公共服务网络", 1, "三级 names the tiers of the service network (a structure)"),
    ("到2028年，回天地区", 1, "horizon of the two 回天地区 targets (a staged year)"),
    ("；到2030年，全区轨道交通", 1, "horizon of the targets that follow"),
    # ---- 第五章
    ("第五章", 1, SEC),
    ("守护好十三陵", 1, NAME + " (the Ming tombs)"),
    ("。“十五五”期间，新建", 1, NAME + "; the period of the targets that follow (2026-2030)"),
    ("；到2030年，地表水", 1, "horizon of the 85% target"),
    ("绿色建筑二星级及以上标准", 1,
     "a rating grade (two-star green building and above), a standard, not a quantity to reach"),
    # ---- 2035 vision
    ("展望2035年", 1, "the 2035 vision year (no quantity follows)"),
    ("将比2025年翻一番", 1,
     "a doubling against the 2025 base by 2035: a multiple with no base unit, not a record"),
]


if __name__ == "__main__":
    main(HERE, ANNOTATIONS, NOT_TARGETS, codes=CODES, default_region=DEFAULT_REGION,
         units=UNITS, sections=SECTIONS, composed_subjects=COMPOSED_SUBJECTS,
         extra_checks=EXTRA_CHECKS)
