#!/usr/bin/env python3
"""Build the gold standard for sichuan-prefecture-2024-party-plenum-speech (doc.txt, UTF-8).

The document is a speech by a prefecture-level city's party secretary (宜宾市,
四川省, GB/T 2260 511500) at a mid-year plenary session of the 市委, dated
2024-07-26, written anew for this held-out set; every figure is illustrative
(see meta.json "notes").  A speech mixes rhetorical numbers (一个目标、两个率先,
三点意见, 四个方面, 一号产业, 三个一批), magnitude labels that name a class
(千亿级、万亿级产业集群, 百亿级项目) against real amounts (三千亿, 千亿GDP强区,
百强区), and three strengths (确保 / 力争 / 奋力冲刺).

Each annotation names the clause it was read from (a verbatim substring of
doc.txt), the value expression inside it (the span) and the TARGETS.md fields.
start/end are computed from the clause and its occurrence, never counted by
hand.  The checks assert that every span slices back out of the text, that
every value equals its value_text in base units (Chinese numerals included),
that the comparator agrees with the words in the span (or with the named word of
the clause), and that every numeral of the text is either inside a gold span or
explained in NOT_TARGETS.
Run:  python3 build_gold.py [-v] [--not-targets]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))   # tests/data: goldkit
from goldkit import A, main  # noqa: E402


CODES = {
    "宜宾市": "511500",
    "翠屏区": "511502",
    "南溪区": "511503",
    "叙州区": "511504",
    "江安县": "511523",
}
DEFAULT_REGION = "宜宾市"
SECTIONS = []
COMPOSED_SUBJECTS = set()
UNITS = {"元", "%", "户", "个", "名", "人"}


def check_held_out(doc, records):
    assert len(doc) <= 3500, len(doc)
    assert 20 <= len(records) <= 40, len(records)
    # the three strengths of the GDP target are in one sentence, in this order
    gdp = [r for r in records if r["indicator"] == "地区生产总值" and r["region"] == "宜宾市"
           and r["subject"] is None and not r.get("optional")]
    assert [(r["value"], r["strength"]) for r in gdp] == [(6.5, "ensure"), (7, "strive"),
                                                          (7.5, "strive")]
    # magnitude labels (千亿级, 万亿级, 百亿级) are never inside a span
    for r in records:
        assert "级" not in doc[r["start"]:r["end"]]


EXTRA_CHECKS = [check_held_out]

Y = 2024
GDP = "全市地区生产总值确保增长6.5%、力争增长7%、奋力冲刺7.5%"
BATTERY = "今年产值确保突破1200亿元，力争达到1500亿元"
PV = "全年新培育百亿级企业3户、五十亿级企业5户"
PROJ = "全年实施市级重点项目500个、完成投资1000亿元以上"
COUNTIES = "力争南溪区、江安县地区生产总值分别突破300亿元、250亿元"
CLOSE = "咬定全年经济增长6.5%、冲刺7.5%的目标不放松"

ANNOTATIONS = [
    # ---------------- 二、全年目标 (下半年 speech: year 2024) ----------------
    A(GDP, "6.5%", "地区生产总值", "growth", "=", 6.5, "%", "6.5%", "ensure", Y),
    A(GDP, "7%", "地区生产总值", "growth", "=", 7, "%", "7%", "strive", Y),
    A(GDP, "7.5%", "地区生产总值", "growth", "=", 7.5, "%", "7.5%", "strive", Y),
    A("经济总量力争突破4000亿元", "突破4000亿元",
      "经济总量", "level", ">=", 4e11, "元", "4000亿元", "strive", Y),
    # after the semicolon: no 确保/力争 -> plan
    A("规上工业增加值增长10%以上", "10%以上",
      "规上工业增加值", "growth", ">=", 10, "%", "10%", "plan", Y),
    A("固定资产投资增长8%", "8%", "固定资产投资", "growth", "=", 8, "%", "8%", "plan", Y),
    A("社会消费品零售总额增长7%左右", "7%左右",
      "社会消费品零售总额", "growth", "~", 7, "%", "7%", "plan", Y),

    # ---------------- 第一, 产业 ----------------
    A(BATTERY, "突破1200亿元", "产值", "level", ">=", 1.2e11, "元", "1200亿元", "ensure", Y,
      subject="动力电池产业"),
    A(BATTERY, "1500亿元", "产值", "level", "=", 1.5e11, "元", "1500亿元", "strive", Y,
      subject="动力电池产业"),
    # 奋力 alone is strive; 迈上…台阶 is a level to reach (=); 三千亿 is an amount in 元
    A("到2027年，动力电池产业集群产值奋力迈上三千亿台阶", "三千亿",
      "产值", "level", "=", 3e11, "元", "三千亿", "strive", 2027, subject="动力电池产业集群"),
    # 百亿级 / 五十亿级 are qualifiers (size classes) of a count
    A(PV, "3户", "新培育企业", "count", "=", 3, "户", "3户", "plan", Y,
      subject="晶硅光伏产业", qualifier="百亿级"),
    A(PV, "5户", "新培育企业", "count", "=", 5, "户", "5户", "plan", Y,
      subject="晶硅光伏产业", qualifier="五十亿级"),
    # 从今年起，用三年时间 … 到2026年 (2024-2026)
    A("到2026年全市规上工业企业达到2000户", "2000户",
      "规上工业企业", "count", "=", 2000, "户", "2000户", "plan", 2026),

    # ---------------- 第二, 项目 ----------------
    A(PROJ, "500个", "市级重点项目", "count", "=", 500, "个", "500个", "plan", Y),
    A(PROJ, "1000亿元以上", "完成投资", "level", ">=", 1e11, "元", "1000亿元", "plan", Y,
      subject="市级重点项目"),
    # an increment for the second half; year of the speech
    A("下半年新开工亿元以上项目不少于80个", "不少于80个",
      "新开工项目", "count", ">=", 80, "个", "80个", "plan", Y, qualifier="亿元以上"),
    # an interim commitment (end of Q3)
    A("力争三季度末市级重点项目投资完成率达到80%", "80%",
      "投资完成率", "share", "=", 80, "%", "80%", "strive", Y, subject="市级重点项目"),

    # ---------------- 第三, 区域 ----------------
    A("支持三江新区当好“排头兵”，地区生产总值增长10%以上", "10%以上",
      "地区生产总值", "growth", ">=", 10, "%", "10%", "plan", Y, subject="三江新区"),
    A("支持翠屏区加快冲刺千亿GDP强区", "千亿",
      "GDP", "level", "=", 1e11, "元", "千亿", "strive", None, region="翠屏区"),
    A("支持叙州区争创全国综合实力百强区", "百强",
      "全国综合实力排名", "rank", "<=", 100, "名", "百强", "strive", None, region="叙州区"),
    # 分别 pairs in order; 突破 stands before both values
    A(COUNTIES, "300亿元", "地区生产总值", "level", ">=", 3e10, "元", "300亿元", "strive", Y,
      region="南溪区", cmp_from="突破"),
    A(COUNTIES, "250亿元", "地区生产总值", "level", ">=", 2.5e10, "元", "250亿元", "strive", Y,
      region="江安县", cmp_from="突破"),

    # ---------------- 第四, 底线 ----------------
    A("坚决把城镇调查失业率控制在5.5%以内", "控制在5.5%以内",
      "城镇调查失业率", "share", "<=", 5.5, "%", "5.5%", "ensure", Y),
    A("确保全年新增城镇就业4.5万人以上", "4.5万人以上",
      "新增城镇就业", "count", ">=", 45000, "人", "4.5万人", "ensure", Y),

    # ---------------- closing: a summary of the GDP target -> optional ----------------
    A(CLOSE, "6.5%", "经济增长", "growth", "=", 6.5, "%", "6.5%", "plan", Y, optional=True),
    A(CLOSE, "7.5%", "经济增长", "growth", "=", 7.5, "%", "7.5%", "strive", Y, optional=True),
]

SEC = "section or list numbering"
NAME = "part of a name or slogan, not a quantity"
PAST = "2024 first-half result (past), not a target"
NOT_TARGETS = [
    # ---- head
    ("市委全会第二次全体会议", 1, "ordinal of the meeting"),
    ("（2024年7月26日）", 1, "date of the speech"),
    ("党的二十届三中全会", 1, NAME + " (3rd plenary session of the 20th Central Committee)"),
    ("我讲三点意见", 1, "rhetorical count of the speech's parts (a structure)"),
    ("一、坚定信心", 1, SEC),
    # ---- 一、first half
    ("全市地区生产总值完成1865.3亿元，增长6.7%，增速居全省第2位", 1,
     PAST + " (第2位 is a rank held, not a rank target)"),
    ("规上工业增加值增长9.1%", 1, PAST),
    ("动力电池产业产值突破600亿元", 1, PAST + " (突破 in the past tense)"),
    ("新签约百亿级项目4个", 1, PAST + " (百亿级 is a size class, the count 4个 is past)"),
    # ---- 二、
    ("二、锚定“一个目标、两个率先”", 1, SEC + "; " + NAME + " (the city's slogan)"),
    ("市委提出的“一个目标、两个率先”", 1, NAME + " (the city's slogan, explained, no quantity)"),
    ("这是一张必须一以贯之干到底的蓝图", 1, "一张 (a), and the idiom 一以贯之"),
    ("社会消费品零售总额", 1, "零 of the word 零售 (retail)"),
    ("具体要抓好四个方面", 1, "rhetorical count of the task areas (a structure)"),
    ("第一，", 1, SEC),
    ("打造千亿级、万亿级产业集群", 1,
     "千亿级 / 万亿级 name classes of cluster, no value is set (万亿级 holds no numeral)"),
    ("一个产业一个产业地抓、一户企业一户企业地帮", 1, "rhetoric (one by one), not a count"),
    ("“一号产业”", 1, NAME + " (the leading industry)"),
    ("到2027年，动力电池", 1, "horizon of the 三千亿 target"),
    ("新培育百亿级企业", 1, "百亿级 is the qualifier (size class) of the 3户 target"),
    ("、五十亿级企业", 1, "五十亿级 is the qualifier (size class) of the 5户 target"),
    ("用三年时间", 1, "三年 (2024-2026) is the horizon of the 2000户 target, not a value"),
    ("到2026年全市", 1, "horizon of the 2000户 target"),
    ("第二，", 1, SEC),
    ("对总投资10亿元以上的重大项目", 1,
     "a size class of the projects that get a leader each (a rule), not a target"),
    ("一个项目一名领导、一套专班、一抓到底", 1, "rhetoric of a working method, not a count"),
    ("力争三季度末", 1, "names the quarter of the interim 80% target"),
    ("第三，", 1, SEC),
    ("支持三江新区", 1, NAME + " (三江新区, a functional zone)"),
    ("“一县一策”", 1, NAME + " (one policy per county)"),
    ("第四，", 1, SEC),
    ("上半年全市新增城镇就业2.6万人", 1, PAST),
    ("三、以钉钉子精神", 1, SEC),
    ("“一把手”", 1, NAME + " (the person in charge)"),
    ("“三个一批”", 1, NAME + " (an illustrative campaign name)"),
    ("从8月起在全市开展“百日攻坚”行动", 1,
     "start month of a campaign and its name (百日攻坚), not a quantity"),
    ("一月一调度、一季一通报", 1, "rhetoric of a working rhythm (monthly, quarterly), not a count"),
]


if __name__ == "__main__":
    main(HERE, ANNOTATIONS, NOT_TARGETS, codes=CODES, default_region=DEFAULT_REGION,
         units=UNITS, sections=SECTIONS, composed_subjects=COMPOSED_SUBJECTS,
         extra_checks=EXTRA_CHECKS)
