#!/usr/bin/env python3
"""Build the gold standard for yunnan-county-2023-rural-revitalization-plan (doc.txt, UTF-8).

The document is a county's annual 实施方案 for 乡村振兴 (弥渡县, 大理白族自治州,
云南省, GB/T 2260 532925), issued by its 乡村振兴领导小组办公室 on 2023-04-12 and
written anew for this held-out set; every figure is illustrative (see meta.json
"notes").  It has an 总体目标 paragraph (2022 results, 2023 targets, 到2025年
targets), numbered tasks （一）…（五） with items 1. 2. 3., targets set for named
乡镇 (镇 and 乡, which have no GB/T 2260 code and are `subject`s under the county,
paired by 分别 and 各), farm units (万亩, 万吨, 万头, 担, 公斤), households and
people (户, 人, 人次), 脱贫人口 income in 元, and the horizons 年底前 (2023) and
到2025年.

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


CODES = {"弥渡县": "532925"}
DEFAULT_REGION = "弥渡县"
SECTIONS = []
COMPOSED_SUBJECTS = set()
UNITS = {"亩", "吨", "%", "元", "人", "个", "人次", "公斤", "头", "担", "户", "座", "公里"}
TOWNS = ("寅街镇", "苴力镇", "弥城镇", "红岩镇", "德苴乡", "牛街彝族乡", "密祉镇")


def check_county_plan(doc, records):
    assert 1500 <= len(doc) <= 3000, len(doc)
    assert 20 <= len(records) <= 40, len(records)
    for r in records:
        assert r["region"] == "弥渡县"          # towns are subjects, never regions
        assert r["year"] in (2023, 2025)
        assert r["subject"] is None or r["subject"] in TOWNS or r["subject"] in ("示范区", "每个乡镇")
    assert {r["subject"] for r in records if r["subject"] in TOWNS} == set(TOWNS)
    # 分别 pairs in order, the sum is the county total's named part (0.8 + 0.6 of 2.3万亩)
    hsf = {r["subject"]: r["value"] for r in records if r["indicator"] == "建设高标准农田"}
    assert hsf == {"寅街镇": 8000, "苴力镇": 6000}
    assert sum(hsf.values()) <= 23000
    # the 2025 targets are exactly the three 到2025年 values
    assert sorted(r["value"] for r in records if r["year"] == 2025) == [15, 17000, 20000]
    # every 元 figure of a 2023 income target exceeds its 2022 base given in the text
    assert 14500 > 12960 and 20000 > 14870


EXTRA_CHECKS = [check_county_plan]

Y = 2023
GOAL = "2023年，全县粮食播种面积稳定在36万亩以上，粮食总产量达到12万吨以上；农村居民人均可支配收入增长8%左右，脱贫人口人均纯收入达到14500元以上"
G25 = "到2025年，脱贫人口人均纯收入达到17000元，全县农村居民人均可支配收入突破2万元"
JOBS = "脱贫劳动力务工就业规模稳定在4.2万人以上，其中县外转移就业2.8万人；新建就业帮扶车间5个"
GRAIN = "实施玉米大豆带状复合种植1.5万亩，示范区大豆亩产达到100公斤以上"
HSF = "新建高标准农田2.3万亩，其中寅街镇、苴力镇分别建设0.8万亩和0.6万亩"
LIVE = "全县生猪出栏稳定在45万头以上，肉牛存栏达到6.5万头；弥城镇、红岩镇各新建肉牛标准化养殖场2个"
TOB = "落实烤烟种植面积8.5万亩，收购烟叶23万担，力争烟农户均售烟收入突破6万元"
VEG = "蔬菜种植面积稳定在12万亩左右，加快冷链仓储设施建设；德苴乡、牛街彝族乡分别完成核桃提质增效2万亩和1.5万亩"
WAL = "德苴乡、牛街彝族乡分别完成核桃提质增效2万亩和1.5万亩"
FIRM = "新培育州级以上农业产业化龙头企业3户，培训高素质农民1200人"
TOUR = "密祉镇依托“小河淌水”文化品牌，全年接待游客力争达到30万人次，带动周边农户增收2000万元"
HOME = "年底前完成农村户厕改造3000座，新建改造农村公路80公里，推进农村生活污水和垃圾治理，每个乡镇至少打造1个乡村振兴示范村"
VIL = "年底前全县89个村（社区）集体经济收入全部达到5万元以上，其中10万元以上的村达到40个；到2025年，集体经济收入30万元以上的村达到15个"

ANNOTATIONS = [
    # ---------------- 一、总体目标 ----------------
    A(GOAL, "36万亩以上", "粮食播种面积", "level", ">=", 360000, "亩", "36万亩", "plan", Y),
    A(GOAL, "12万吨以上", "粮食总产量", "level", ">=", 120000, "吨", "12万吨", "plan", Y),
    A(GOAL, "8%左右", "农村居民人均可支配收入", "growth", "~", 8, "%", "8%", "plan", Y),
    A(GOAL, "14500元以上", "脱贫人口人均纯收入", "level", ">=", 14500, "元", "14500元", "plan", Y),
    A(G25, "17000元", "脱贫人口人均纯收入", "level", "=", 17000, "元", "17000元", "plan", 2025),
    A(G25, "突破2万元", "农村居民人均可支配收入", "level", ">=", 20000, "元", "2万元", "plan", 2025),

    # ---------------- （一）巩固拓展脱贫攻坚成果 ----------------
    A("确保年底前风险消除率达到60%以上", "60%以上", "风险消除率", "share", ">=", 60, "%", "60%",
      "ensure", Y),
    A(JOBS, "4.2万人以上", "脱贫劳动力务工就业规模", "count", ">=", 42000, "人", "4.2万人", "plan", Y),
    A(JOBS, "2.8万人", "县外转移就业", "count", "=", 28000, "人", "2.8万人", "plan", Y),
    A(JOBS, "5个", "新建就业帮扶车间", "count", "=", 5, "个", "5个", "plan", Y),
    A("用于产业发展的比例达到60%以上", "60%以上", "衔接推进乡村振兴补助资金用于产业发展的比例", "share",
      ">=", 60, "%", "60%", "plan", Y),

    # ---------------- （二）粮食和重要农产品 ----------------
    A(GRAIN, "1.5万亩", "玉米大豆带状复合种植", "level", "=", 15000, "亩", "1.5万亩", "plan", Y),
    A(GRAIN, "100公斤以上", "大豆亩产", "level", ">=", 100, "公斤", "100公斤", "plan", Y, subject="示范区"),
    A(HSF, "2.3万亩", "新建高标准农田", "level", "=", 23000, "亩", "2.3万亩", "plan", Y),
    # 分别 pairs in order: 寅街镇 -> 0.8万亩, 苴力镇 -> 0.6万亩
    A(HSF, "0.8万亩", "建设高标准农田", "level", "=", 8000, "亩", "0.8万亩", "plan", Y, subject="寅街镇"),
    A(HSF, "0.6万亩", "建设高标准农田", "level", "=", 6000, "亩", "0.6万亩", "plan", Y, subject="苴力镇"),
    A(LIVE, "45万头以上", "生猪出栏", "count", ">=", 450000, "头", "45万头", "plan", Y),
    A(LIVE, "6.5万头", "肉牛存栏", "count", "=", 65000, "头", "6.5万头", "plan", Y),
    # 各: one span, two records (one per town)
    A(LIVE, "2个", "新建肉牛标准化养殖场", "count", "=", 2, "个", "2个", "plan", Y, subject="弥城镇"),
    A(LIVE, "2个", "新建肉牛标准化养殖场", "count", "=", 2, "个", "2个", "plan", Y, subject="红岩镇"),
    A(TOB, "8.5万亩", "烤烟种植面积", "level", "=", 85000, "亩", "8.5万亩", "plan", Y),
    # 担 (a weight, 50 kg) is the text's own unit: kept, not converted
    A(TOB, "23万担", "收购烟叶", "level", "=", 230000, "担", "23万担", "plan", Y),
    A(TOB, "突破6万元", "烟农户均售烟收入", "level", ">=", 60000, "元", "6万元", "strive", Y),

    # ---------------- （三）特色产业 ----------------
    A(VEG, "12万亩左右", "蔬菜种植面积", "level", "~", 120000, "亩", "12万亩", "plan", Y),
    A(WAL, "2万亩", "核桃提质增效", "level", "=", 20000, "亩", "2万亩", "plan", Y, subject="德苴乡"),
    A(WAL, "1.5万亩", "核桃提质增效", "level", "=", 15000, "亩", "1.5万亩", "plan", Y,
      subject="牛街彝族乡"),
    # 户 is the classifier of firms here; 州级以上 is a qualifier (its 以上 is not a comparator)
    A(FIRM, "3户", "新培育农业产业化龙头企业", "count", "=", 3, "户", "3户", "plan", Y,
      qualifier="州级以上"),
    A(FIRM, "1200人", "培训高素质农民", "count", "=", 1200, "人", "1200人", "plan", Y),
    A(TOUR, "30万人次", "接待游客", "count", "=", 300000, "人次", "30万人次", "strive", Y,
      subject="密祉镇"),
    # an expected effect on households, not a commitment of its own -> optional
    A(TOUR, "2000万元", "带动周边农户增收", "level", "=", 2e7, "元", "2000万元", "plan", Y,
      subject="密祉镇", optional=True),

    # ---------------- （四）和美乡村 ----------------
    A(HOME, "3000座", "农村户厕改造", "count", "=", 3000, "座", "3000座", "plan", Y),
    A(HOME, "80公里", "新建改造农村公路", "level", "=", 80, "公里", "80公里", "plan", Y),
    # 至少 stands before the verb, not next to the number
    A(HOME, "1个", "打造乡村振兴示范村", "count", ">=", 1, "个", "1个", "plan", Y,
      subject="每个乡镇", cmp_from="至少"),

    # ---------------- （五）村级集体经济 ----------------
    A(VIL, "5万元以上", "村（社区）集体经济收入", "level", ">=", 50000, "元", "5万元", "plan", Y),
    A(VIL, "40个", "村", "count", "=", 40, "个", "40个", "plan", Y, qualifier="10万元以上"),
    A(VIL, "15个", "村", "count", "=", 15, "个", "15个", "plan", 2025,
      qualifier="集体经济收入30万元以上"),

    # ---------------- 三、保障措施 ----------------
    A("县财政安排乡村振兴专项资金不少于8000万元", "不少于8000万元", "乡村振兴专项资金", "level", ">=",
      8e7, "元", "8000万元", "plan", Y),
]

SEC = "section or list numbering"
NAME = "part of a name or slogan, not a quantity"
PAST = "2022 result (past), not a target"
NOT_TARGETS = [
    ("弥渡县2023年全面推进乡村振兴重点工作实施方案", 1, "title: the year of the plan"),
    ("关于做好2023年全面推进", 1, "the year of the higher-level documents"),
    ("一、总体目标", 1, SEC),
    ("2022年，全县粮食总产量11.6万吨，农村居民人均可支配收入14870元，增长6.9%，脱贫人口人均纯收入12960元，增长14.2%", 1,
     PAST + " (the bases of the 2023 targets)"),
    ("2023年，全县粮食播种", 1, "the year of the targets that follow"),
    ("到2025年，脱贫人口", 1, "horizon of the two targets that follow, not a value"),
    ("二、重点任务", 1, SEC),
    ("（一）", 2, SEC),
    ("（二）", 2, SEC),
    ("（三）", 2, SEC),
    ("（四）", 2, SEC),
    ("（五）", 1, SEC),
    ("1.健全", 1, SEC), ("2.促进", 1, SEC), ("3.强化", 1, SEC),
    ("1.抓好", 1, SEC), ("2.发展", 1, SEC), ("3.稳定", 1, SEC),
    ("1.壮大", 1, SEC), ("2.培育", 1, SEC), ("3.推进", 1, SEC),
    ("对已纳入监测的1286户4371人", 1,
     "a fact (the households and people under monitoring now), not a target"),
    ("全县89个村（社区）", 1, "a fact (the number of villages and communities), not a target"),
    ("其中10万元以上的村", 1, "qualifier (income class of the villages) of the 40个 target"),
    ("到2025年，集体经济收入30万元以上", 1,
     "horizon of the 15个 target, and its qualifier (income class)"),
    ("三、保障措施", 1, SEC),
    ("五级书记", 1, NAME + " (party secretaries at five levels, a responsibility system)"),
    ("每月至少召开一次专题会议", 1,
     "a working routine (至少…一次 a month), not a target: 至少 does not make a meeting count a target"),
    ("一月一调度、一季一通报", 1, "a working routine (monthly scheduling, quarterly notices), not a target"),
    ("第一书记", 1, NAME + " (the village first secretary, a post)"),
    ("2023年4月12日", 1, "date of issue"),
]


if __name__ == "__main__":
    main(HERE, ANNOTATIONS, NOT_TARGETS, codes=CODES, default_region=DEFAULT_REGION,
         units=UNITS, sections=SECTIONS, composed_subjects=COMPOSED_SUBJECTS,
         extra_checks=EXTRA_CHECKS)
