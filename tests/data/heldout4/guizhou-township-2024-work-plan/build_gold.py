#!/usr/bin/env python3
"""Build the gold standard for guizhou-township-2024-work-plan (doc.txt, UTF-8).

The document is a township's annual work plan (重点工作计划), that of 兴隆镇 in
湄潭县 (遵义市, 贵州省; GB/T 2260 湄潭县 520328), issued by the town's party
committee and government on 2024-02-26 and written anew for this held-out set;
every figure is illustrative (see meta.json "notes").  A township has no GB/T
2260 code: every record's region is the county, 湄潭县, and the town (兴隆镇) is
the subject of the town's own targets; two villages (核桃坝村, 龙凤村) are the
subjects of theirs (one 各 over both), and one clause names a county target
(为全县茶叶综合产值突破200亿元贡献兴隆力量: region 湄潭县, no subject).  Many
small counts (户, 人, 人次, 个, 条, 家, 名), areas (亩) and lengths (公里), three
确保…、力争… pairs, 一是/二是/三是 lists in every task, and four targets in Chinese
numerals (六百亩, 三千亩, 两个, 十名); a 2023 base line, a 清零 way of management
and 十/二十 in names as non-targets.

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
import re
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))   # tests/data: goldkit
from goldkit import A, main  # noqa: E402


CODES = {"湄潭县": "520328"}
DEFAULT_REGION = "湄潭县"
SECTIONS = []
COMPOSED_SUBJECTS = set()
UNITS = {"元", "%", "个", "家", "亩", "吨", "人次", "头", "公里", "条", "户", "人", "名"}
TOWN = "兴隆镇"
VILLAGES = ("核桃坝村", "龙凤村")


def check_township_plan(doc, records):
    assert 1500 <= len(doc) <= 3000, len(doc)
    assert 20 <= len(records) <= 40, len(records)
    for r in records:
        assert r["region"] == "湄潭县" and r["region_code"] == "520328" and r["year"] == 2024
        assert r["subject"] in (TOWN,) + VILLAGES or (r["subject"] is None and r["unit"] == "元"), r
    # the one county target: no subject, in the 贡献兴隆力量 clause
    county = [r for r in records if r["subject"] is None]
    assert len(county) == 1 and county[0]["value"] == 2e10 and "全县" in county[0]["text"]
    # 一是/二是/三是 in each of the five tasks
    part = doc[doc.index("二、重点工作"):doc.index("三、保障措施")]
    assert part.count("一是") == part.count("二是") == part.count("三是") == 5
    # the three 确保/力争 pairs: ensure below strive, on one indicator each
    pairs = {}
    for r in records:
        if r["strength"] in ("ensure", "strive"):
            pairs.setdefault(r["indicator"], {})[r["strength"]] = r["value"]
    full = {k: v for k, v in pairs.items() if len(v) == 2}
    assert len(full) == 3 and all(v["ensure"] < v["strive"] for v in full.values()), full
    # Chinese numerals as written
    cn = sorted(r["value_text"] for r in records if not re.search("[0-9]", r["value_text"]))
    assert cn == sorted(["六百亩", "三千亩", "两个", "十名"]), cn
    # 各: one span, one record per village
    ge = [r for r in records if r["indicator"] == "新建村级文化广场"]
    assert sorted(r["subject"] for r in ge) == sorted(VILLAGES) and len({r["start"] for r in ge}) == 1
    # targets above the 2023 base given in the text
    assert 5.2e4 > 5.1e4 and 2.1e4 > 1.94e4
    assert Decimal("1.94") * Decimal("1.08") <= Decimal("2.1")        # 达到2.1万元 agrees with 增长8%以上


EXTRA_CHECKS = [check_township_plan]

Y = 2024
GOAL = "2024年，全镇完成固定资产投资3.5亿元；农村居民人均可支配收入达到2.1万元，增长8%以上；招商引资到位资金确保1.2亿元、力争1.5亿元；村级集体经济收入村村达到10万元以上，其中50万元以上的村达到3个"
TEA = "全镇茶园面积稳定在5.2万亩以上，新建标准化茶园六百亩，改造提升低效茶园三千亩"
PROC = "确保新增规模以上茶叶加工企业1家、力争2家，全镇干茶产量达到9500吨，核桃坝村新建茶叶精制加工厂1个"
TOUR = "全年接待游客力争突破35万人次，为全县茶叶综合产值突破200亿元贡献兴隆力量"
GRAIN = "全镇粮食播种面积稳定在2.8万亩以上，粮食产量达到1.1万吨"
FARM = "种植辣椒5000亩，生猪出栏稳定在2万头左右"
ROAD = "新建通组硬化路8.5公里，实施农村公路安全生命防护工程12公里，新建产业路4条"
ENV = "完成农村户厕改造220户，农村生活垃圾收运处置体系覆盖率保持100%"
DEMO = "打造和美乡村示范点两个，龙凤村、核桃坝村各新建村级文化广场1个"
JOBS = "脱贫劳动力务工就业稳定在4200人以上，新增城镇就业150人，培育农村致富带头人十名"
SAFE = "城乡居民基本医疗保险参保率稳定在98%以上，完成农村危房改造15户"

ANNOTATIONS = [
    # ---------------- 一、总体目标 (the town's targets: subject 兴隆镇) ----------------
    A(GOAL, "3.5亿元", "固定资产投资", "level", "=", 3.5e8, "元", "3.5亿元", "plan", Y, subject=TOWN),
    A(GOAL, "2.1万元", "农村居民人均可支配收入", "level", "=", 21000, "元", "2.1万元", "plan", Y, subject=TOWN),
    A(GOAL, "8%以上", "农村居民人均可支配收入", "growth", ">=", 8, "%", "8%", "plan", Y, subject=TOWN),
    A(GOAL, "1.2亿元", "招商引资到位资金", "level", "=", 1.2e8, "元", "1.2亿元", "ensure", Y, subject=TOWN),
    A(GOAL, "1.5亿元", "招商引资到位资金", "level", "=", 1.5e8, "元", "1.5亿元", "strive", Y, subject=TOWN),
    A(GOAL, "10万元以上", "村级集体经济收入", "level", ">=", 100000, "元", "10万元", "plan", Y, subject=TOWN),
    # 50万元以上 is the class of village (qualifier), the count is 3个
    A(GOAL, "3个", "村", "count", "=", 3, "个", "3个", "plan", Y, subject=TOWN, qualifier="50万元以上"),

    # ---------------- （一）茶产业 ----------------
    A(TEA, "5.2万亩以上", "茶园面积", "level", ">=", 52000, "亩", "5.2万亩", "plan", Y, subject=TOWN),
    A(TEA, "六百亩", "新建标准化茶园", "level", "=", 600, "亩", "六百亩", "plan", Y, subject=TOWN),
    A(TEA, "三千亩", "改造提升低效茶园", "level", "=", 3000, "亩", "三千亩", "plan", Y, subject=TOWN),
    A(PROC, "1家", "新增规模以上茶叶加工企业", "count", "=", 1, "家", "1家", "ensure", Y, subject=TOWN),
    A(PROC, "2家", "新增规模以上茶叶加工企业", "count", "=", 2, "家", "2家", "strive", Y, subject=TOWN),
    # 达到 is a verb of its own: 力争 does not carry over
    A(PROC, "9500吨", "干茶产量", "level", "=", 9500, "吨", "9500吨", "plan", Y, subject=TOWN),
    A(PROC, "1个", "新建茶叶精制加工厂", "count", "=", 1, "个", "1个", "plan", Y, subject="核桃坝村"),
    A(TOUR, "突破35万人次", "接待游客", "count", ">=", 350000, "人次", "35万人次", "strive", Y, subject=TOWN),
    # the county's target, named in a 贡献兴隆力量 clause: region 湄潭县, no subject
    A(TOUR, "突破200亿元", "茶叶综合产值", "level", ">=", 2e10, "元", "200亿元", "plan", Y),

    # ---------------- （二）耕地、粮食 ----------------
    A(GRAIN, "2.8万亩以上", "粮食播种面积", "level", ">=", 28000, "亩", "2.8万亩", "plan", Y, subject=TOWN),
    A(GRAIN, "1.1万吨", "粮食产量", "level", "=", 11000, "吨", "1.1万吨", "plan", Y, subject=TOWN),
    A("新建高标准农田1500亩", "1500亩", "新建高标准农田", "level", "=", 1500, "亩", "1500亩", "plan", Y,
      subject=TOWN),
    A(FARM, "5000亩", "种植辣椒", "level", "=", 5000, "亩", "5000亩", "plan", Y, subject=TOWN),
    A(FARM, "2万头左右", "生猪出栏", "count", "~", 20000, "头", "2万头", "plan", Y, subject=TOWN),

    # ---------------- （三）乡村建设 ----------------
    A(ROAD, "8.5公里", "新建通组硬化路", "level", "=", 8.5, "公里", "8.5公里", "plan", Y, subject=TOWN),
    A(ROAD, "12公里", "农村公路安全生命防护工程", "level", "=", 12, "公里", "12公里", "plan", Y, subject=TOWN),
    A(ROAD, "4条", "新建产业路", "count", "=", 4, "条", "4条", "plan", Y, subject=TOWN),
    A(ENV, "220户", "农村户厕改造", "count", "=", 220, "户", "220户", "plan", Y, subject=TOWN),
    A(ENV, "100%", "农村生活垃圾收运处置体系覆盖率", "share", "=", 100, "%", "100%", "plan", Y, subject=TOWN),
    A(DEMO, "两个", "和美乡村示范点", "count", "=", 2, "个", "两个", "plan", Y, subject=TOWN),
    # 各: one span, one record per village
    A(DEMO, "1个", "新建村级文化广场", "count", "=", 1, "个", "1个", "plan", Y, subject="龙凤村"),
    A(DEMO, "1个", "新建村级文化广场", "count", "=", 1, "个", "1个", "plan", Y, subject="核桃坝村"),

    # ---------------- （四）脱贫成果、民生 ----------------
    A("确保监测户风险消除率达到80%以上、力争达到90%", "80%以上", "监测户风险消除率", "share", ">=", 80, "%",
      "80%", "ensure", Y, subject=TOWN),
    A("确保监测户风险消除率达到80%以上、力争达到90%", "90%", "监测户风险消除率", "share", "=", 90, "%",
      "90%", "strive", Y, subject=TOWN),
    A(JOBS, "4200人以上", "脱贫劳动力务工就业", "count", ">=", 4200, "人", "4200人", "plan", Y, subject=TOWN),
    A(JOBS, "150人", "新增城镇就业", "count", "=", 150, "人", "150人", "plan", Y, subject=TOWN),
    A(JOBS, "十名", "培育农村致富带头人", "count", "=", 10, "名", "十名", "plan", Y, subject=TOWN),
    A(SAFE, "98%以上", "城乡居民基本医疗保险参保率", "share", ">=", 98, "%", "98%", "plan", Y, subject=TOWN),
    A(SAFE, "15户", "农村危房改造", "count", "=", 15, "户", "15户", "plan", Y, subject=TOWN),

    # ---------------- （五）基层治理、安全 ----------------
    A("调解成功率达到98%以上", "98%以上", "调解成功率", "share", ">=", 98, "%", "98%", "plan", Y, subject=TOWN),
    A("森林覆盖率保持在65%以上", "65%以上", "森林覆盖率", "share", ">=", 65, "%", "65%", "plan", Y, subject=TOWN),
]

SEC = "section or list numbering"
NAME = "part of a name, not a quantity"
NOT_TARGETS = [
    ("湄潭县兴隆镇2024年重点工作计划\n", 1, "title: the year of the plan"),
    ("制定2024年重点工作计划如下", 1, "the year of the plan"),
    ("一、总体目标", 1, SEC),
    ("党的二十大和二十届二中全会", 1, NAME + " (the 20th party congress and the 2nd plenum of the 20th committee)"),
    ("2023年，全镇茶园面积达到5.1万亩，农村居民人均可支配收入1.94万元", 1,
     "2023 result (past, the base of this year's targets), not a target"),
    ("2024年，全镇完成", 1, "the year of the targets that follow"),
    ("其中50万元以上的村", 1, "qualifier (income class of the villages) of the 3个 target"),
    ("二、重点工作", 1, SEC),
    ("（一）", 2, SEC),
    ("（二）", 2, SEC),
    ("（三）", 2, SEC),
    ("（四）", 1, SEC),
    ("（五）", 1, SEC),
    ("一是", 5, SEC + " (一是 of each task)"),
    ("二是", 5, SEC + " (二是 of each task)"),
    ("三是", 5, SEC + " (三是 of each task)"),
    ("动态清零管理", 1,
     "清零 (clearing to zero) names a way of managing the monitored households, not a quantity committed to"),
    ("三、保障措施", 1, SEC),
    ("“一项工作、一名领导、一抓到底”", 1, NAME + " (a slogan of responsibility: one task, one leader)"),
    ("每月调度一次", 1, "a working routine (once a month), not a target"),
    ("2024年2月26日", 1, "date of issue"),
]


if __name__ == "__main__":
    main(HERE, ANNOTATIONS, NOT_TARGETS, codes=CODES, default_region=DEFAULT_REGION,
         units=UNITS, sections=SECTIONS, composed_subjects=COMPOSED_SUBJECTS,
         extra_checks=EXTRA_CHECKS)
