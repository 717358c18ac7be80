#!/usr/bin/env python3
"""Build the gold standard for shanghai-district-2025-interview-gb18030 (doc.txt, GB18030).

The document is a newspaper interview (▶问： / 答：) with the head of 宝山区, a
district of the municipality 上海市 (GB/T 2260 310113), on the district's 2025
targets, dated 2025-01-24 and written anew for this held-out set; every figure
is illustrative (see meta.json "notes").  It has a 2024 review (results only),
the main targets with one range (5%—5.5%), a 确保…、力争… pair, two changes of a
share in 个百分点, areas of the district (南大智慧城, 吴淞创新城, 吴淞口国际邮轮港)
and its 街道 and 镇 as subjects, one 分别 over two 镇, one 各 over two 街道, and a
closing answer that pledges the range's floor with 确保.  Units 亿元, 万平方米,
亩, 户, 幢, 套, 张, 人次, 个百分点.

GB18030 (meta.json "encoding": "gb18030"): the ▶ before each question is outside
GBK, so the file decodes as GB18030 only (not as GBK, not as UTF-8).

Each annotation names the clause it was read from (a verbatim substring of
doc.txt), the value expression inside it (the span) and the TARGETS.md fields.
start/end are Python str indices over the decoded text, computed from the
clause and its occurrence, never counted by hand.  The checks assert that every
span slices back out of the text, that every value equals its value_text in
base units, that the comparator agrees with the words in the span, and that
every numeral of the text is either inside a gold span or explained in
NOT_TARGETS.
Run:  python3 build_gold.py [-v] [--not-targets]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOC_PATH = os.path.join(HERE, "doc.txt")
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))   # tests/data: goldkit
from goldkit import A, main  # noqa: E402


CODES = {"宝山区": "310113"}
DEFAULT_REGION = "宝山区"
SECTIONS = []
COMPOSED_SUBJECTS = set()
UNITS = {"元", "%", "个百分点", "个", "家", "户", "幢", "套", "张", "亩", "平方米", "人次"}
STREETS_TOWNS = ("顾村镇", "杨行镇", "罗店镇", "大场镇", "罗泾镇", "友谊路街道", "吴淞街道", "张庙街道")
AREAS = ("南大智慧城", "吴淞创新城", "吴淞口国际邮轮港")


def check_interview(doc, records):
    assert 1500 <= len(doc) <= 3000, len(doc)
    assert 20 <= len(records) <= 40, len(records)
    with open(DOC_PATH, "rb") as f:
        raw = f.read()
    assert raw.decode("gb18030") == doc and doc.encode("gb18030") == raw
    for codec in ("gbk", "utf-8"):
        try:
            raw.decode(codec)
            raise AssertionError("the file must need GB18030, but it decodes as " + codec)
        except UnicodeDecodeError:
            pass
    assert "▶" in doc and doc.count("▶问：") == doc.count("\n答：") == 7
    for r in records:
        assert r["region"] == "宝山区" and r["region_code"] == "310113" and r["year"] == 2025
        assert r["subject"] in (None,) + STREETS_TOWNS + AREAS, r["subject"]
    # every 街道 and 镇 of the text is a subject of some record
    assert {r["subject"] for r in records} >= set(STREETS_TOWNS)
    # one range: low end >=, high end <=, adjacent spans around the dash
    rng = sorted((r for r in records if r["indicator"] == "地区生产总值" and r["strength"] == "plan"),
                 key=lambda r: r["start"])
    assert [(r["comparator"], r["value"]) for r in rng] == [(">=", 5), ("<=", 5.5)]
    assert doc[rng[0]["end"]:rng[1]["start"]] == "—"
    # the closing pledge is the range's floor
    floor = [r for r in records if r["indicator"] == "地区生产总值" and r["strength"] == "ensure"]
    assert len(floor) == 1 and floor[0]["value"] == rng[0]["value"] and floor[0]["comparator"] == ">="
    # 分别 in order, 各 on one span
    fb = {r["subject"]: r["value"] for r in records if r["indicator"] == "规模以上工业总产值" and r["subject"]}
    assert fb == {"顾村镇": 3.2e10, "杨行镇": 2.8e10}
    ge = [r for r in records if r["indicator"] == "新增楼宇"]
    assert len(ge) == 2 and len({(r["start"], r["end"]) for r in ge}) == 1
    assert {r["subject"] for r in ge} == {"友谊路街道", "吴淞街道"}
    # the pair: ensure is the floor
    pair = {r["strength"]: r["value"] for r in records if r["indicator"] == "工业投资" and r["unit"] == "元"}
    assert pair == {"ensure": 1.5e10, "strive": 1.8e10}
    # changes of a share in points: share, 个百分点, direction null
    pts = [r for r in records if r["unit"] == "个百分点"]
    assert len(pts) == 2 and all(r["measure"] == "share" and r["direction"] is None for r in pts)
    # the parts stay within the district totals they belong to
    assert 6e4 <= 40e4 and 130e4 > 102e4 and 1.8e11 > 1.75e11


EXTRA_CHECKS = [check_interview]

Y = 2025
MAIN = "今年全区地区生产总值预期增长5%—5.5%，一般公共预算收入增长3%左右，全社会固定资产投资增长6%，其中工业投资增长10%以上；新增就业岗位2.8万个"
NORTH = "今年规模以上工业总产值力争突破1800亿元，战略性新兴产业产值占规模以上工业总产值比重提高2个百分点，全社会研发经费支出相当于地区生产总值的比例提高0.2个百分点"
AREA = "南大智慧城今年新开工建筑面积80万平方米，吴淞创新城完成土地收储1500亩、新开工建筑面积50万平方米以上"
PAIR = "我们将确保工业投资突破150亿元、力争达到180亿元，全年引进亿元以上产业项目60个以上"
TOWN = "顾村镇、杨行镇要发挥产业基础优势，规模以上工业总产值分别突破320亿元和280亿元；罗店镇依托机器人产业园，全年新增机器人及智能制造企业30家"
STREET = "友谊路街道、吴淞街道重点发展楼宇经济，各新增税收亿元楼宇2幢"
DACHANG = "大场镇今年要完成城中村改造项目动迁1200户，罗泾镇新建高标准农田3000亩"
BIZ = "全年新增市场主体2.5万户，新引进总部型企业10家"
LIFE = "今年全区将完成旧住房更新改造40万平方米，其中张庙街道完成不成套职工住房改造6万平方米；新增保障性租赁住房6000套，新增养老床位600张，新建改建口袋公园10个"

ANNOTATIONS = [
    # ---------------- the main targets (预期, plan) ----------------
    A("地区生产总值预期增长5%—", "5%", "地区生产总值", "growth", ">=", 5, "%", "5%", "plan", Y,
      cmp_from="RANGE_LOW"),
    A(MAIN, "5.5%", "地区生产总值", "growth", "<=", 5.5, "%", "5.5%", "plan", Y, cmp_from="RANGE_HIGH"),
    A(MAIN, "3%左右", "一般公共预算收入", "growth", "~", 3, "%", "3%", "plan", Y),
    A(MAIN, "6%", "全社会固定资产投资", "growth", "=", 6, "%", "6%", "plan", Y),
    A(MAIN, "10%以上", "工业投资", "growth", ">=", 10, "%", "10%", "plan", Y),
    A(MAIN, "2.8万个", "新增就业岗位", "count", "=", 28000, "个", "2.8万个", "plan", Y),

    # ---------------- 北转型 ----------------
    A(NORTH, "突破1800亿元", "规模以上工业总产值", "level", ">=", 1.8e11, "元", "1800亿元", "strive", Y),
    # 提高 is a verb of its own: 力争 does not carry over; a change of a share in points
    A("比重提高2个百分点", "2个百分点", "战略性新兴产业产值占规模以上工业总产值比重", "share", "=", 2, "个百分点",
      "2个百分点", "plan", Y),
    A(NORTH, "0.2个百分点", "全社会研发经费支出相当于地区生产总值的比例", "share", "=", 0.2, "个百分点",
      "0.2个百分点", "plan", Y),
    A(AREA, "80万平方米", "新开工建筑面积", "level", "=", 800000, "平方米", "80万平方米", "plan", Y,
      subject="南大智慧城"),
    A(AREA, "1500亩", "完成土地收储", "level", "=", 1500, "亩", "1500亩", "plan", Y, subject="吴淞创新城"),
    A(AREA, "50万平方米以上", "新开工建筑面积", "level", ">=", 500000, "平方米", "50万平方米", "plan", Y,
      subject="吴淞创新城"),
    A(PAIR, "突破150亿元", "工业投资", "level", ">=", 1.5e10, "元", "150亿元", "ensure", Y),
    A(PAIR, "180亿元", "工业投资", "level", "=", 1.8e10, "元", "180亿元", "strive", Y),
    A(PAIR, "60个以上", "引进产业项目", "count", ">=", 60, "个", "60个", "plan", Y, qualifier="亿元以上"),

    # ---------------- 街镇 ----------------
    # 分别 pairs in order; 突破 before the pair governs both
    A(TOWN, "突破320亿元", "规模以上工业总产值", "level", ">=", 3.2e10, "元", "320亿元", "plan", Y,
      subject="顾村镇"),
    A(TOWN, "280亿元", "规模以上工业总产值", "level", ">=", 2.8e10, "元", "280亿元", "plan", Y,
      subject="杨行镇", cmp_from="突破"),
    A(TOWN, "30家", "新增机器人及智能制造企业", "count", "=", 30, "家", "30家", "plan", Y, subject="罗店镇"),
    # 各: one span, one record per 街道; 税收亿元 is the class of building (qualifier)
    A(STREET, "2幢", "新增楼宇", "count", "=", 2, "幢", "2幢", "plan", Y, subject="友谊路街道",
      qualifier="税收亿元"),
    A(STREET, "2幢", "新增楼宇", "count", "=", 2, "幢", "2幢", "plan", Y, subject="吴淞街道",
      qualifier="税收亿元"),
    A(DACHANG, "1200户", "城中村改造项目动迁", "count", "=", 1200, "户", "1200户", "plan", Y, subject="大场镇"),
    A(DACHANG, "3000亩", "新建高标准农田", "level", "=", 3000, "亩", "3000亩", "plan", Y, subject="罗泾镇"),

    # ---------------- 营商环境 ----------------
    A(BIZ, "2.5万户", "新增市场主体", "count", "=", 25000, "户", "2.5万户", "plan", Y),
    A(BIZ, "10家", "新引进总部型企业", "count", "=", 10, "家", "10家", "plan", Y),

    # ---------------- 民生 ----------------
    A(LIFE, "40万平方米", "旧住房更新改造", "level", "=", 400000, "平方米", "40万平方米", "plan", Y),
    A(LIFE, "6万平方米", "不成套职工住房改造", "level", "=", 60000, "平方米", "6万平方米", "plan", Y,
      subject="张庙街道"),
    A(LIFE, "6000套", "新增保障性租赁住房", "count", "=", 6000, "套", "6000套", "plan", Y),
    A(LIFE, "600张", "新增养老床位", "count", "=", 600, "张", "600张", "plan", Y),
    A(LIFE, "10个", "新建改建口袋公园", "count", "=", 10, "个", "10个", "plan", Y),
    A("吴淞口国际邮轮港接待出入境旅客力争突破130万人次", "突破130万人次", "接待出入境旅客", "count", ">=",
      1300000, "人次", "130万人次", "strive", Y, subject="吴淞口国际邮轮港"),

    # ---------------- the closing answer: the range's floor, pledged ----------------
    A("确保地区生产总值增长5%以上", "5%以上", "地区生产总值", "growth", ">=", 5, "%", "5%", "ensure", Y),
]

NAME = "part of a name or slogan, not a quantity"
PAST = "2024 result (past), not a target"
NOT_TARGETS = [
    ("“十四五”", 3, NAME + " (the 14th five-year plan; headline, lead and closing answer)"),
    ("2025年是", 1, "the year of the interview's subject (a date)"),
    ("▶问：回顾2024年", 1, "the year reviewed"),
    ("过去一年", 1, "过去一年 (the past year), a period, not a quantity"),
    ("全区地区生产总值达到1860亿元，同比增长5.2%；规模以上工业总产值1750亿元，"
     "战略性新兴产业产值占规模以上工业总产值比重达到41.5%", 1, PAST + " (达到 in the past tense)"),
    ("两大转型主战场全年新开工项目建筑面积120万平方米", 1,
     PAST + " (两大 enumerates the two areas just named)"),
    ("吴淞口国际邮轮港接待出入境旅客102万人次", 1, PAST + " (the base of the 130万人次 target)"),
    ("全年引进亿元以上产业项目52个", 1, PAST),
    ("一起拼、一起干", 1, "一起 (together), a word, not a quantity"),
    ("，一般公共预算收入", 1, "一 of the word 一般 (general)"),
    ("设定为一个区间", 1, "一个区间 (a range) describes the form of the target, not a quantity"),
    ("三大主导产业", 1, "三大 enumerates the three industries just named (a structure)"),
    ("每季度开展一次专项督查", 1, "a working routine (one inspection a quarter), not a target"),
    ("“一网通办”", 1, NAME + " (Shanghai's one-stop online government service)"),
    ("“一企一专员”", 1, NAME + " (a service slogan: one officer per firm)"),
    ("“15分钟社区生活圈”", 1, NAME + " (Shanghai's 15-minute community life circle programme)"),
    ("老百姓", 1, "百 of the word 老百姓 (ordinary people)"),
    ("一季度力争实现“开门红”", 1,
     "names the first quarter; 开门红 (a strong start) carries no quantity"),
]


if __name__ == "__main__":
    main(HERE, ANNOTATIONS, NOT_TARGETS, codes=CODES, default_region=DEFAULT_REGION,
         units=UNITS, sections=SECTIONS, composed_subjects=COMPOSED_SUBJECTS,
         extra_checks=EXTRA_CHECKS)
