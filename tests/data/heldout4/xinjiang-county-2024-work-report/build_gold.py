#!/usr/bin/env python3
"""Build the gold standard for xinjiang-county-2024-work-report (doc.txt, UTF-8).

The document is an excerpt (摘要) of a county government work report, that of
阿瓦提县 (阿克苏地区, 新疆维吾尔自治区; GB/T 2260 652928) for 2024, dated
2024-01-12 and written anew for this held-out set; every figure is illustrative
(see meta.json "notes").  It has a 2023 review (results only), the 主要预期目标
list, and six key tasks （一）…（六） with two 确保…、力争… pairs, 兵地融合 and 援疆
wording (第一师阿拉尔市, 浙江援疆, 团场), 万亩 cotton, 万头（只） livestock and 万头/万只
as size classes of farms (qualifiers), and region names that can be confused:
阿克苏地区 (the prefecture; one target of its own, in a 贡献阿瓦提力量 clause),
阿克苏市 (a county-level city named as a road's end), 阿拉尔市 (the 兵团 city that
co-builds the county's park), 地委/地区下达 (the prefecture) and 地区生产总值 (GDP).

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


CODES = {"阿瓦提县": "652928", "阿克苏地区": "652900", "阿克苏市": "652901", "阿拉尔市": "659002"}
DEFAULT_REGION = "阿瓦提县"
SECTIONS = []
COMPOSED_SUBJECTS = set()
UNITS = {"元", "%", "人", "人次", "亩", "吨", "头", "只", "锭", "家", "个", "名", "所", "公里"}


def check_county_report(doc, records):
    assert 1500 <= len(doc) <= 3000, len(doc)
    assert 20 <= len(records) <= 40, len(records)
    assert all(r["year"] == 2024 for r in records)
    # the one prefecture target; every other record is the county's, even next to 阿克苏市 / 阿拉尔市
    pref = [r for r in records if r["region"] != "阿瓦提县"]
    assert len(pref) == 1 and pref[0]["region"] == "阿克苏地区" and pref[0]["region_code"] == "652900"
    assert pref[0]["value"] == 2000000 and pref[0]["unit"] == "吨"
    for r in records:
        if "阿克苏市" in r["text"] or "阿拉尔市" in r["text"]:
            assert r["region"] == "阿瓦提县", r
    # the two 确保/力争 pairs: ensure is the floor (突破), strive the higher level
    for ind in ("皮棉总产", "纺织服装产业产值"):
        pair = {r["strength"]: r for r in records if r["indicator"] == ind}
        assert pair["ensure"]["comparator"] == ">=" and pair["strive"]["comparator"] == "="
        assert pair["ensure"]["value"] < pair["strive"]["value"], ind
    # 万头 / 万只 name the size class of a farm: qualifiers of counts, never values
    farms = [r for r in records if r["qualifier"] in ("万头", "万只")]
    assert sorted((r["qualifier"], r["value"]) for r in farms) == [("万只", 3), ("万头", 2)]
    # livestock in 头（只）: the span holds （只）, value_text and unit do not
    stock = [r for r in records if "（只）" in doc[r["start"]:r["end"]]]
    assert len(stock) == 2 and all(r["unit"] == "头" and "只" not in r["value_text"] for r in stock)
    # each 2024 target stands above its 2023 result where the review gives one
    assert 150e4 > 148e4 and 21e4 < 21.3e4 < 22e4 and 90e4 > 86e4 and 75e4 > 72e4 and 98 > 96


EXTRA_CHECKS = [check_county_report]

Y = 2024
MAIN = "地区生产总值增长7.5%左右；规模以上工业增加值增长12%；固定资产投资增长15%以上；社会消费品零售总额增长8%"
INC = "城镇居民人均可支配收入增长6.5%，农村居民人均可支配收入增长8.5%"
JOB = "城镇新增就业2800人，城镇调查失业率控制在5%以内；粮食播种面积稳定在18万亩以上"
COT = "全年棉花种植面积稳定在150万亩左右，其中长绒棉种植面积达到40万亩；确保皮棉总产突破21万吨、力争达到22万吨，为阿克苏地区棉花总产稳定在200万吨以上贡献阿瓦提力量"
FARM = "新建高标准农田8万亩，推广膜下滴灌、水肥一体化技术，棉花机采率提高到98%以上"
TEX = "新增纱锭10万锭；确保纺织服装产业产值突破45亿元、力争达到50亿元，新增纺织服装产业就业2000人以上"
PARK = "与第一师阿拉尔市共建的兵地融合产业园年内新入驻企业15家，园区规模以上工业企业达到30家"
LIVE = "全年牲畜存栏稳定在90万头（只）以上，出栏突破75万头（只）；新建万头肉牛养殖基地2个、万只湖羊养殖基地3个，肉牛存栏达到8万头"
AID = "全年争取援疆资金3亿元以上，实施援疆项目25个"
AID2 = "引进浙江等援疆省市企业10家以上，“组团式”援疆教育、医疗人才不少于60名"
ROAD = "完成阿克苏市至阿瓦提县公路改扩建32公里，新建改建农村公路120公里"
LIFE = "全年民生支出占一般公共预算支出比重保持在75%以上；新建、改扩建中小学和幼儿园6所，新增学位3000个；促进农村富余劳动力转移就业4.5万人次以上"

ANNOTATIONS = [
    # ---------------- 二、主要预期目标 (all plan, 2024) ----------------
    A(MAIN, "7.5%左右", "地区生产总值", "growth", "~", 7.5, "%", "7.5%", "plan", Y),
    A(MAIN, "12%", "规模以上工业增加值", "growth", "=", 12, "%", "12%", "plan", Y),
    A(MAIN, "15%以上", "固定资产投资", "growth", ">=", 15, "%", "15%", "plan", Y),
    A(MAIN, "8%", "社会消费品零售总额", "growth", "=", 8, "%", "8%", "plan", Y),
    A("一般公共预算收入增长6%", "6%", "一般公共预算收入", "growth", "=", 6, "%", "6%", "plan", Y),
    A(INC, "6.5%", "城镇居民人均可支配收入", "growth", "=", 6.5, "%", "6.5%", "plan", Y),
    A(INC, "8.5%", "农村居民人均可支配收入", "growth", "=", 8.5, "%", "8.5%", "plan", Y),
    A(JOB, "2800人", "城镇新增就业", "count", "=", 2800, "人", "2800人", "plan", Y),
    A(JOB, "控制在5%以内", "城镇调查失业率", "share", "<=", 5, "%", "5%", "plan", Y),
    A(JOB, "18万亩以上", "粮食播种面积", "level", ">=", 180000, "亩", "18万亩", "plan", Y),

    # ---------------- （一）棉花 ----------------
    A(COT, "150万亩左右", "棉花种植面积", "level", "~", 1500000, "亩", "150万亩", "plan", Y),
    A(COT, "40万亩", "长绒棉种植面积", "level", "=", 400000, "亩", "40万亩", "plan", Y),
    A(COT, "突破21万吨", "皮棉总产", "level", ">=", 210000, "吨", "21万吨", "ensure", Y),
    A(COT, "22万吨", "皮棉总产", "level", "=", 220000, "吨", "22万吨", "strive", Y),
    # the prefecture's target, named in a 贡献阿瓦提力量 clause (own verb 稳定在: no carry-over of 力争)
    A(COT, "200万吨以上", "棉花总产", "level", ">=", 2000000, "吨", "200万吨", "plan", Y,
      region="阿克苏地区"),
    A(FARM, "8万亩", "新建高标准农田", "level", "=", 80000, "亩", "8万亩", "plan", Y),
    A(FARM, "98%以上", "棉花机采率", "share", ">=", 98, "%", "98%", "plan", Y),

    # ---------------- （二）纺织服装 ----------------
    A(TEX, "10万锭", "新增纱锭", "count", "=", 100000, "锭", "10万锭", "plan", Y),
    A(TEX, "突破45亿元", "纺织服装产业产值", "level", ">=", 4.5e9, "元", "45亿元", "ensure", Y),
    A(TEX, "50亿元", "纺织服装产业产值", "level", "=", 5e9, "元", "50亿元", "strive", Y),
    # 新增 is a verb of its own: 力争 does not carry over
    A(TEX, "2000人以上", "新增纺织服装产业就业", "count", ">=", 2000, "人", "2000人", "plan", Y),
    # the park is co-built with the 兵团 city; the report speaks for the county: region 阿瓦提县
    A(PARK, "15家", "新入驻企业", "count", "=", 15, "家", "15家", "plan", Y, subject="兵地融合产业园"),
    A(PARK, "30家", "规模以上工业企业", "count", "=", 30, "家", "30家", "plan", Y, subject="兵地融合产业园"),

    # ---------------- （三）畜牧 ----------------
    A(LIVE, "90万头（只）以上", "牲畜存栏", "count", ">=", 900000, "头", "90万头", "plan", Y),
    A(LIVE, "突破75万头（只）", "牲畜出栏", "count", ">=", 750000, "头", "75万头", "plan", Y),
    # 万头 / 万只 are the size class of the farm (qualifier); the count is 2个 / 3个
    A(LIVE, "2个", "新建肉牛养殖基地", "count", "=", 2, "个", "2个", "plan", Y, qualifier="万头"),
    A(LIVE, "3个", "新建湖羊养殖基地", "count", "=", 3, "个", "3个", "plan", Y, qualifier="万只"),
    A(LIVE, "8万头", "肉牛存栏", "count", "=", 80000, "头", "8万头", "plan", Y),

    # ---------------- （四）援疆、兵地融合 ----------------
    A(AID, "3亿元以上", "争取援疆资金", "level", ">=", 3e8, "元", "3亿元", "strive", Y),
    A(AID, "25个", "实施援疆项目", "count", "=", 25, "个", "25个", "plan", Y),
    A(AID2, "10家以上", "引进援疆省市企业", "count", ">=", 10, "家", "10家", "plan", Y),
    A(AID2, "不少于60名", "“组团式”援疆教育、医疗人才", "count", ">=", 60, "名", "60名", "plan", Y),
    A("与第一师相邻团场共建共享水利、交通等基础设施项目5个", "5个", "共建共享基础设施项目", "count", "=", 5,
      "个", "5个", "plan", Y),

    # ---------------- （五）基础设施 ----------------
    # 阿克苏市 is the road's other end; the task is the county's
    A(ROAD, "32公里", "公路改扩建", "level", "=", 32, "公里", "32公里", "plan", Y),
    A(ROAD, "120公里", "新建改建农村公路", "level", "=", 120, "公里", "120公里", "plan", Y),

    # ---------------- （六）民生 ----------------
    A(LIFE, "75%以上", "民生支出占一般公共预算支出比重", "share", ">=", 75, "%", "75%", "plan", Y),
    A(LIFE, "6所", "新建、改扩建中小学和幼儿园", "count", "=", 6, "所", "6所", "plan", Y),
    A(LIFE, "3000个", "新增学位", "count", "=", 3000, "个", "3000个", "plan", Y),
    A(LIFE, "4.5万人次以上", "农村富余劳动力转移就业", "count", ">=", 45000, "人次", "4.5万人次", "plan", Y),
]

SEC = "section or list numbering"
NAME = "part of a name or slogan, not a quantity"
PAST = "2023 result (past), not a target"
NOT_TARGETS = [
    ("阿瓦提县2024年政府工作报告", 1, "title: the year of the report"),
    ("——2024年1月12日在阿瓦提县第十八届人民代表大会第四次会议上", 1,
     "date of the session and ordinals of the congress and its session"),
    ("一、2023年工作回顾", 1, SEC + "; the year reviewed"),
    ("过去一年", 1, "过去一年 (the past year), a period, not a quantity"),
    ("全县实现地区生产总值112亿元，增长7.8%；一般公共预算收入7.6亿元，增长9.1%", 1,
     PAST + " (一 of the word 一般)"),
    ("棉花种植面积稳定在148万亩，皮棉总产21.3万吨，棉花机采率达到96%", 1,
     PAST + " (稳定在 and 达到 in the past tense)"),
    ("牲畜存栏86万头（只），出栏72万头（只）", 1, PAST),
    ("浙江援疆到位资金2.6亿元，实施援疆项目22个", 1, PAST),
    ("与第一师阿拉尔市", 2, NAME + " (第一师: the 1st Division of the 兵团, whose seat is 阿拉尔市)"),
    ("产业园新入驻企业12家", 1, PAST),
    ("民生支出占一般公共预算支出的比重达到74.2%，城镇新增就业2650人，新建改扩建学校5所", 1,
     PAST + " (一 of the word 一般)"),
    ("二、2024年主要预期目标", 1, SEC + "; the year of the targets"),
    ("“十四五”", 1, NAME + " (the 14th five-year plan)"),
    ("社会消费品零售总额", 1, "零 of the word 零售 (retail)"),
    ("；一般公共预算收入增长6%", 1, "一 of the word 一般 (general)"),
    ("三、2024年重点工作", 1, SEC + "; the year of the tasks"),
    ("以下六个方面工作", 1, "六个 enumerates the six tasks that follow (a structure)"),
    ("（一）", 1, SEC),
    ("水肥一体化", 1, "一 of the word 一体化 (integrated)"),
    ("（二）", 1, SEC),
    ("（三）", 1, SEC),
    ("（四）", 1, SEC),
    ("与第一师相邻团场", 1, NAME + " (第一师, the 兵团 division)"),
    ("（五）", 1, SEC),
    ("城乡供水一体化", 1, "一 of the word 一体化 (integrated)"),
    ("（六）", 1, SEC),
    ("民生支出占一般公共预算支出比重保持在", 1, "一 of the word 一般 (general)"),
    ("新的一年", 1, "新的一年 (the new year), a period, not a quantity"),
]


if __name__ == "__main__":
    main(HERE, ANNOTATIONS, NOT_TARGETS, codes=CODES, default_region=DEFAULT_REGION,
         units=UNITS, sections=SECTIONS, composed_subjects=COMPOSED_SUBJECTS,
         extra_checks=EXTRA_CHECKS)
