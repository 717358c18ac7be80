#!/usr/bin/env python3
"""Build the gold standard for shandong-county-2025-work-report (doc.txt, UTF-8).

The document is the excerpt of a county government work report (东平县, 泰安市,
山东省, GB/T 2260 370923) given in January 2025, written anew for this held-out
set; every figure is illustrative (see meta.json "notes").  It has a 2024
review (results, not targets), the list "今年经济社会发展的主要预期目标是", key
tasks with targets set for named towns (镇, which have no GB/T 2260 code and are
`subject`s under 东平县), a 十五五 horizon (到2030年) and a 民生实事 list with
counts.

Each annotation names the clause it was read from (a verbatim substring of
doc.txt), the value expression inside it (the span) and the TARGETS.md fields.
start/end are Python str indices computed from the clause and its occurrence,
never counted by hand.  The checks assert that every span slices back out of
the text, that every value equals its value_text in base units, that the
comparator agrees with the words in the span, and that every numeral of the
text is either inside a gold span or explained in NOT_TARGETS.
Run:  python3 build_gold.py [-v] [--not-targets]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))   # tests/data: goldkit
from goldkit import A, main  # noqa: E402


CODES = {"东平县": "370923"}
DEFAULT_REGION = "东平县"
SECTIONS = []
COMPOSED_SUBJECTS = set()
UNITS = {"元", "美元", "%", "个", "家", "人", "人次", "斤", "亩", "公里", "处", "件", "户"}
TOWNS = ("接山镇", "沙河站镇", "戴庙镇", "老湖镇", "银山镇")


def check_held_out(doc, records):
    assert len(doc) <= 3500, len(doc)
    assert 20 <= len(records) <= 40, len(records)
    # towns are subjects under the county, never regions
    for r in records:
        assert r["region"] == "东平县"
        assert r["subject"] is None or r["subject"] in TOWNS or r["subject"] == "重点项目"
    assert sum(1 for r in records if r["subject"] in TOWNS) == 5


EXTRA_CHECKS = [check_held_out]

Y = 2025
MAIN = "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右"
INCOME = "城乡居民人均可支配收入分别增长6%和7%"
SIGN = "力争新签约亿元以上项目50个，其中10亿元以上项目不少于8个"
TOWN_FIRMS = "支持沙河站镇、戴庙镇各新增规上工业企业5家以上"
LAKE_TOWNS = "全年分别接待游客150万人次和100万人次"
FYP = "力争到2030年全县地区生产总值突破500亿元、规上工业营业收入600亿元以上"

ANNOTATIONS = [
    # ---------------- 主要预期目标 (a bare list: plan) ----------------
    A(MAIN, "6%左右", "地区生产总值", "growth", "~", 6, "%", "6%", "plan", Y),
    A("一般公共预算收入增长5%", "5%", "一般公共预算收入", "growth", "=", 5, "%", "5%", "plan", Y),
    A("规模以上工业增加值增长8%以上", "8%以上",
      "规模以上工业增加值", "growth", ">=", 8, "%", "8%", "plan", Y),
    A("固定资产投资增长7%", "7%", "固定资产投资", "growth", "=", 7, "%", "7%", "plan", Y),
    A("社会消费品零售总额增长6.5%", "6.5%",
      "社会消费品零售总额", "growth", "=", 6.5, "%", "6.5%", "plan", Y),
    # 分别 pairs in order: 城 -> 6%, 乡 -> 7%
    A(INCOME, "6%", "城镇居民人均可支配收入", "growth", "=", 6, "%", "6%", "plan", Y),
    A(INCOME, "7%", "农村居民人均可支配收入", "growth", "=", 7, "%", "7%", "plan", Y),
    A("城镇新增就业6000人以上", "6000人以上",
      "城镇新增就业", "count", ">=", 6000, "人", "6000人", "plan", Y),
    A("城镇调查失业率控制在5.5%以内", "控制在5.5%以内",
      "城镇调查失业率", "share", "<=", 5.5, "%", "5.5%", "plan", Y),
    A("粮食总产量稳定在12亿斤以上；单位", "12亿斤以上",
      "粮食总产量", "level", ">=", 1.2e9, "斤", "12亿斤", "plan", Y),
    # explanation paragraph restates the GDP target -> optional
    A("地区生产总值增长6%左右的预期目标", "6%左右",
      "地区生产总值", "growth", "~", 6, "%", "6%", "plan", Y, optional=True),

    # ---------------- (一) 项目 ----------------
    A("今年全县安排重点项目200个", "200个", "重点项目", "count", "=", 200, "个", "200个", "plan", Y),
    A("年度计划投资150亿元以上", "150亿元以上",
      "年度计划投资", "level", ">=", 1.5e10, "元", "150亿元", "plan", Y, subject="重点项目"),
    A(SIGN, "50个", "新签约项目", "count", "=", 50, "个", "50个", "strive", Y, qualifier="亿元以上"),
    # 其中… has no verb of its own: 力争 carries over
    A(SIGN, "不少于8个", "新签约项目", "count", ">=", 8, "个", "8个", "strive", Y,
      qualifier="10亿元以上"),
    A("争取上级资金20亿元以上", "20亿元以上",
      "上级资金", "level", ">=", 2e9, "元", "20亿元", "strive", Y),

    # ---------------- (二) 工业 ----------------
    A("确保规上工业营业收入突破400亿元", "突破400亿元",
      "规上工业营业收入", "level", ">=", 4e10, "元", "400亿元", "ensure", Y),
    # 新增 is a verb of its own: 确保 does not carry over
    A("新增规上工业企业40家", "40家", "新增规上工业企业", "count", "=", 40, "家", "40家", "plan", Y),
    A("全镇规上工业营业收入突破80亿元", "突破80亿元",
      "规上工业营业收入", "level", ">=", 8e9, "元", "80亿元", "plan", Y, subject="接山镇"),
    # 各: one span, two records (one per town)
    A(TOWN_FIRMS, "5家以上", "新增规上工业企业", "count", ">=", 5, "家", "5家", "plan", Y,
      subject="沙河站镇"),
    A(TOWN_FIRMS, "5家以上", "新增规上工业企业", "count", ">=", 5, "家", "5家", "plan", Y,
      subject="戴庙镇"),

    # ---------------- (三) 农文旅 ----------------
    A("新建高标准农田5万亩", "5万亩", "新建高标准农田", "level", "=", 5e4, "亩", "5万亩", "plan", Y),
    A("粮食播种面积稳定在150万亩左右", "150万亩左右",
      "粮食播种面积", "level", "~", 1.5e6, "亩", "150万亩", "plan", Y),
    A("全县接待游客突破900万人次", "突破900万人次",
      "接待游客", "count", ">=", 9e6, "人次", "900万人次", "plan", Y),
    A("实现旅游综合收入70亿元以上", "70亿元以上",
      "旅游综合收入", "level", ">=", 7e9, "元", "70亿元", "plan", Y),
    # 分别 pairs in order: 老湖镇 -> 150万, 银山镇 -> 100万
    A(LAKE_TOWNS, "150万人次", "接待游客", "count", "=", 1.5e6, "人次", "150万人次", "plan", Y,
      subject="老湖镇"),
    A(LAKE_TOWNS, "100万人次", "接待游客", "count", "=", 1e6, "人次", "100万人次", "plan", Y,
      subject="银山镇"),

    # ---------------- (四) 开放 ----------------
    A("外贸进出口总额突破30亿元", "突破30亿元",
      "外贸进出口总额", "level", ">=", 3e9, "元", "30亿元", "plan", Y),
    A("实际使用外资1500万美元", "1500万美元",
      "实际使用外资", "level", "=", 1.5e7, "美元", "1500万美元", "plan", Y),

    # ---------------- (五) 十五五 horizon ----------------
    A(FYP, "突破500亿元", "地区生产总值", "level", ">=", 5e10, "元", "500亿元", "strive", 2030),
    # no verb of its own: 力争 carries over
    A(FYP, "600亿元以上", "规上工业营业收入", "level", ">=", 6e10, "元", "600亿元", "strive", 2030),

    # ---------------- (六) 民生实事 ----------------
    A("集中财力办好6件民生实事", "6件", "民生实事", "count", "=", 6, "件", "6件", "plan", Y,
      optional=True),
    A("新建改造农村公路120公里", "120公里",
      "新建改造农村公路", "level", "=", 120, "公里", "120公里", "plan", Y),
    A("新增公办幼儿园学位900个", "900个",
      "新增公办幼儿园学位", "count", "=", 900, "个", "900个", "plan", Y),
    A("新建城乡社区养老服务站6处", "6处",
      "新建城乡社区养老服务站", "count", "=", 6, "处", "6处", "plan", Y),
    A("新增城区公共停车泊位1500个", "1500个",
      "新增城区公共停车泊位", "count", "=", 1500, "个", "1500个", "plan", Y),
    A("为全县65岁以上老年人免费健康查体5万人次", "5万人次",
      "免费健康查体", "count", "=", 5e4, "人次", "5万人次", "plan", Y, qualifier="65岁以上"),
    A("改造老旧小区12个", "12个", "改造老旧小区", "count", "=", 12, "个", "12个", "plan", Y),
    A("惠及居民1860户", "1860户", "惠及居民", "count", "=", 1860, "户", "1860户", "plan", Y,
      optional=True),
]

SEC = "section or list numbering"
NAME = "part of a name or slogan, not a quantity"
PAST = "2024 result (past tense), not a target"
NOT_TARGETS = [
    # ---- header
    ("——2025年1月9日在东平县第十九届人民代表大会第五次会议上", 1,
     "date of the session and ordinals of the congress and session"),
    # ---- 一、review of 2024
    ("一、2024年工作回顾", 1, SEC + "; the year reviewed"),
    ("过去一年", 1, "time expression (the past year)"),
    ("全县地区生产总值完成368.4亿元，增长6.2%", 1, PAST),
    ("一般公共预算收入完成25.1亿元，增长5.4%", 1, PAST + " (一 of the word 一般)"),
    ("规模以上工业增加值增长9.3%，固定资产投资增长8.6%", 1, PAST),
    ("新开工亿元以上项目58个，其中10亿元以上项目7个", 1,
     PAST + " (counts with the qualifiers 亿元以上 and 10亿元以上; 其中 reads like the 2025 task but is past)"),
    ("争取上级资金18.6亿元", 1, PAST + " (争取 is the verb 'obtain' here, in the past)"),
    ("新增规上工业企业36家，规上工业营业收入突破350亿元", 1,
     PAST + " (突破 in the past tense)"),
    ("粮食总产量连续五年稳定在12亿斤以上", 1,
     PAST + " (连续五年 describes the record so far; the same 12亿斤以上 is a 2025 target in the list)"),
    ("年初承诺的10件民生实事全部办结", 1, PAST + " (last year's programme, done)"),
    ("城镇新增就业6420人", 1, PAST),
    # ---- 二、general requirements
    ("二、2025年总体要求和主要预期目标", 1, SEC + "; the year planned"),
    ("2025年是“十四五”规划收官之年", 1,
     "the year (a date) and the name of the 14th five-year plan"),
    ("“十五五”良好开局", 1, NAME + " (the 15th five-year plan)"),
    ("党的二十大和二十届二中、三中全会精神", 1,
     NAME + " (20th Party Congress and its 2nd and 3rd plenary sessions)"),
    ("；一般公共预算收入增长5%", 1, "一 of the word 一般 (general)"),
    ("社会消费品零售总额增长6.5%", 1, "零 of the word 零售 (retail)"),
    # ---- 三、key tasks
    ("三、2025年重点工作", 1, SEC + "; the year planned"),
    ("（一）", 1, SEC),
    ("其中10亿元以上项目不少于", 1, "qualifier (size class) of the 8个 target, not a target"),
    ("（二）", 1, SEC),
    ("（三）", 1, SEC),
    ("（四）", 1, SEC),
    ("“一件事一次办”", 1, NAME + " (one-stop service reform)"),
    ("（五）", 1, SEC),
    ("高质量编制“十五五”规划", 1, NAME + " (the 15th five-year plan)"),
    ("谋划一批", 1, "一批 (a number of), no count"),
    ("着眼“十五五”开局，力争到2030年", 1,
     NAME + "; 2030 is the horizon of the two targets that follow, not a value"),
    ("（六）", 1, SEC),
    ("65岁以上", 1, "qualifier (age group) of the 5万人次 target, not a target"),
    ("新的一年", 1, "time expression (the new year)"),
]


if __name__ == "__main__":
    main(HERE, ANNOTATIONS, NOT_TARGETS, codes=CODES, default_region=DEFAULT_REGION,
         units=UNITS, sections=SECTIONS, composed_subjects=COMPOSED_SUBJECTS,
         extra_checks=EXTRA_CHECKS)
