#!/usr/bin/env python3
"""Build the gold standard for anhui-province-2025-15th-fyp-proposal (doc.txt, UTF-8).

The document is an excerpt of a provincial party committee's proposal for the
15th five-year plan (中共安徽省委关于制定…第十五个五年规划的建议, 建议稿·摘要),
dated 2025-11-20 and written anew for this held-out set; every figure is
illustrative (see meta.json "notes").  Region 安徽省 (GB/T 2260 340000), with
one target of 合肥市 (340100) and subjects 合肥都市圈 and 合肥综合性国家科学中心.
It has a 十四五 review (estimates of 2025, not targets), a 二〇三五年 vision with
two numbers, the 主要目标 lines (——…) with 年均/累计/比2025年/到二〇三〇年
phrasings, a range, a staged 到二〇二七年 target, qualitative commitments
(同步, 高于全省平均水平, 完成国家下达的…目标, 走在全国前列, 保持Ⅱ类) and a
翻一番 that is no record.

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


CODES = {"安徽省": "340000", "合肥市": "340100"}
DEFAULT_REGION = "安徽省"
SECTIONS = []
COMPOSED_SUBJECTS = set()
UNITS = {"元", "美元", "%", "个百分点", "家", "件", "辆", "斤", "亩", "微克/立方米", "人", "年", "岁",
         "吨", "吨标准煤", "个"}

END = 2030        # the plan's end year: lines with no horizon of their own carry it
VISION = 2035


def check_fyp_proposal(doc, records):
    assert 1500 <= len(doc) <= 3000, len(doc)
    assert 20 <= len(records) <= 40, len(records)
    # horizons: 2030 for the plan, 2035 only in the vision paragraph, 2027 only for the staged line
    vision = doc.index("展望二〇三五年")
    goals = doc.index("二、“十五五”时期经济社会发展的主要目标")
    staged = doc.index("到二〇二七年")
    for r in records:
        if vision < r["start"] < goals:
            assert r["year"] == VISION, r
        elif staged < r["start"] < doc.index("；到二〇三〇年，全省累计"):
            assert r["year"] == 2027, r
        else:
            assert r["year"] == END, r
        assert r["start"] > vision, ("a record in the 十四五 review", r)
    # the review's 2025 estimates are the bases of the 比2025年 changes
    base_rd, base_urban = Decimal("2.8"), Decimal("62")
    rd = {r["unit"]: Decimal(str(r["value"])) for r in records if r["indicator"] == "全社会研发经费投入强度"}
    assert rd["%"] - base_rd == rd["个百分点"], rd
    urban = [r for r in records if r["indicator"] == "常住人口城镇化率" and r["year"] == END]
    assert len(urban) == 1 and urban[0]["unit"] == "个百分点"
    assert base_urban + Decimal(str(urban[0]["value"])) <= 75      # below the 2035 level
    # 累计 stays in the indicator wherever the text sums over the period
    for r in records:
        clause = re.split("[，；、。]", doc[doc.rfind("\n", 0, r["start"]):r["start"]])[-1]
        if "累计" in clause and r["measure"] != "growth":
            assert "累计" in r["indicator"], r
        if "累计" in r["indicator"]:
            assert "累计" in clause, r
    # the range is two records, low >= and high <=
    rng = sorted((r["value"], r["comparator"]) for r in records if r["indicator"] == "新能源汽车年产量"
                 and r["measure"] == "growth")
    assert rng == [(10, ">="), (15, "<=")], rng


EXTRA_CHECKS = [check_fyp_proposal]

VIS = "力争经济总量突破10万亿元。届时，常住人口城镇化率达到75%左右"
ECO = "全省地区生产总值年均增长5.5%左右，到二〇三〇年力争突破7万亿元"
INV = "五年累计完成固定资产投资20万亿元以上，累计引进省外资金6万亿元以上"
HF = "支持合肥市经济总量迈上2万亿元台阶，合肥都市圈经济总量突破5万亿元"
RD = "全社会研发经费投入强度达到3.3%，比2025年提高0.5个百分点；高新技术企业达到3.5万家；每万人口高价值发明专利拥有量达到20件；数字经济核心产业增加值占地区生产总值比重达到15%左右"
IND = "战略性新兴产业产值占规模以上工业总产值比重提高到50%以上；新能源汽车年产量突破400万辆，“十五五”期间年均增长10%—15%；先进制造业集群营业收入累计突破10万亿元"
URB = "常住人口城镇化率比2025年提高5个百分点；皖北地区生产总值年均增速高于全省平均水平；粮食年产量稳定在850亿斤以上，新建和改造提升高标准农田1500万亩"
ECOL = "单位地区生产总值能耗五年累计下降12%，完成国家下达的二氧化碳排放强度降低目标；森林覆盖率保持在31%以上；地级及以上城市细颗粒物（PM2.5）平均浓度控制在30微克/立方米以内"
LIFE = "五年累计城镇新增就业350万人以上，城镇调查失业率控制在5.5%以内；劳动年龄人口平均受教育年限达到11.8年；每千人口拥有执业（助理）医师数达到3.8人；人均预期寿命提高到80岁"
SAFE = "确保粮食综合生产能力稳定在4300万吨以上；能源综合生产能力达到1.6亿吨标准煤"
SCI = "到二〇二七年，合肥综合性国家科学中心建成大科学装置14个，力争国家实验室核心基地全面建成；到二〇三〇年，全省累计培育“专精特新”中小企业1.5万家，其中国家级专精特新“小巨人”企业1000家以上"
OPEN = "全省进出口总额年均增长6%以上，跨境电商进出口额突破1000亿元；高水平建设中国（安徽）自由贸易试验区，五年累计实际使用外资200亿美元左右"

ANNOTATIONS = [
    # ---------------- 展望二〇三五年 (the vision) ----------------
    A(VIS, "突破10万亿元", "经济总量", "level", ">=", 1e13, "元", "10万亿元", "strive", VISION),
    # 届时 = 二〇三五年; a new sentence, so 力争 does not carry over
    A(VIS, "75%左右", "常住人口城镇化率", "share", "~", 75, "%", "75%", "plan", VISION),

    # ---------------- 主要目标: 经济发展 ----------------
    A(ECO, "5.5%左右", "地区生产总值", "growth", "~", 5.5, "%", "5.5%", "plan", END),
    A(ECO, "突破7万亿元", "地区生产总值", "level", ">=", 7e12, "元", "7万亿元", "strive", END),
    A(INV, "20万亿元以上", "累计完成固定资产投资", "level", ">=", 2e13, "元", "20万亿元", "plan", END),
    A(INV, "6万亿元以上", "累计引进省外资金", "level", ">=", 6e12, "元", "6万亿元", "plan", END),
    A(HF, "2万亿元", "经济总量", "level", "=", 2e12, "元", "2万亿元", "plan", END, region="合肥市"),
    A(HF, "突破5万亿元", "经济总量", "level", ">=", 5e12, "元", "5万亿元", "plan", END,
      subject="合肥都市圈"),

    # ---------------- 科技创新 ----------------
    A(RD, "3.3%", "全社会研发经费投入强度", "share", "=", 3.3, "%", "3.3%", "plan", END),
    # the same target as an increment on the 2025 base (2.8% + 0.5 = 3.3%): optional
    A(RD, "0.5个百分点", "全社会研发经费投入强度", "share", "=", 0.5, "个百分点", "0.5个百分点", "plan", END,
      optional=True),
    A(RD, "3.5万家", "高新技术企业", "count", "=", 35000, "家", "3.5万家", "plan", END),
    A(RD, "20件", "每万人口高价值发明专利拥有量", "level", "=", 20, "件", "20件", "plan", END),
    A(RD, "15%左右", "数字经济核心产业增加值占地区生产总值比重", "share", "~", 15, "%", "15%", "plan", END),

    # ---------------- 现代化产业体系 ----------------
    A(IND, "50%以上", "战略性新兴产业产值占规模以上工业总产值比重", "share", ">=", 50, "%", "50%", "plan",
      END),
    A(IND, "突破400万辆", "新能源汽车年产量", "count", ">=", 4e6, "辆", "400万辆", "plan", END),
    A(IND, "10%", "新能源汽车年产量", "growth", ">=", 10, "%", "10%", "plan", END, cmp_from="RANGE_LOW"),
    A(IND, "15%", "新能源汽车年产量", "growth", "<=", 15, "%", "15%", "plan", END, cmp_from="RANGE_HIGH"),
    A(IND, "突破10万亿元", "先进制造业集群营业收入累计", "level", ">=", 1e13, "元", "10万亿元", "plan", END),

    # ---------------- 城乡区域 ----------------
    A(URB, "5个百分点", "常住人口城镇化率", "share", "=", 5, "个百分点", "5个百分点", "plan", END),
    A(URB, "850亿斤以上", "粮食年产量", "level", ">=", 8.5e10, "斤", "850亿斤", "plan", END),
    A(URB, "1500万亩", "新建和改造提升高标准农田", "level", "=", 1.5e7, "亩", "1500万亩", "plan", END),

    # ---------------- 生态环境 ----------------
    A(ECOL, "12%", "单位地区生产总值能耗", "growth", "=", 12, "%", "12%", "plan", END, direction="decrease"),
    A(ECOL, "31%以上", "森林覆盖率", "share", ">=", 31, "%", "31%", "plan", END),
    A(ECOL, "控制在30微克/立方米以内", "细颗粒物（PM2.5）平均浓度", "level", "<=", 30, "微克/立方米",
      "30微克/立方米", "plan", END, qualifier="地级及以上城市"),

    # ---------------- 民生福祉 ----------------
    A(LIFE, "350万人以上", "累计城镇新增就业", "count", ">=", 3.5e6, "人", "350万人", "plan", END),
    A(LIFE, "控制在5.5%以内", "城镇调查失业率", "share", "<=", 5.5, "%", "5.5%", "plan", END),
    A(LIFE, "11.8年", "劳动年龄人口平均受教育年限", "level", "=", 11.8, "年", "11.8年", "plan", END),
    A(LIFE, "3.8人", "每千人口拥有执业（助理）医师数", "level", "=", 3.8, "人", "3.8人", "plan", END),
    A(LIFE, "80岁", "人均预期寿命", "level", "=", 80, "岁", "80岁", "plan", END),

    # ---------------- 安全发展 ----------------
    A(SAFE, "4300万吨以上", "粮食综合生产能力", "level", ">=", 4.3e7, "吨", "4300万吨", "ensure", END),
    A(SAFE, "1.6亿吨标准煤", "能源综合生产能力", "level", "=", 1.6e8, "吨标准煤", "1.6亿吨标准煤", "plan",
      END),

    # ---------------- 三、科技创新策源地 (a staged 2027 line) ----------------
    A(SCI, "14个", "建成大科学装置", "count", "=", 14, "个", "14个", "plan", 2027,
      subject="合肥综合性国家科学中心"),
    A(SCI, "1.5万家", "累计培育“专精特新”中小企业", "count", "=", 15000, "家", "1.5万家", "plan", END),
    A(SCI, "1000家以上", "专精特新“小巨人”企业", "count", ">=", 1000, "家", "1000家", "plan", END,
      qualifier="国家级"),

    # ---------------- 四、对外开放 ----------------
    A(OPEN, "6%以上", "进出口总额", "growth", ">=", 6, "%", "6%", "plan", END),
    A(OPEN, "突破1000亿元", "跨境电商进出口额", "level", ">=", 1e11, "元", "1000亿元", "plan", END),
    A(OPEN, "200亿美元左右", "累计实际使用外资", "level", "~", 2e10, "美元", "200亿美元", "plan", END),
]

SEC = "section or list numbering"
NAME = "part of a name or title, not a quantity"
REVIEW = "十四五 review: an estimate of 2025 (预计…, 达到 and 突破 in the past), not a target"
NOT_TARGETS = [
    ("第十五个五年规划的建议", 1, NAME + " (ordinal of the plan and its five-year span)"),
    ("（2025年11月20日提请省委全会审议）", 1, "date of the draft"),
    ("一、决胜", 1, SEC),
    ("“十四五”时期是安徽发展史上极不平凡的五年", 1, NAME + " (the 14th five-year plan and its span)"),
    ("全省经济总量预计突破5.3万亿元，年均增长5.8%左右", 1, REVIEW),
    ("全社会研发经费投入强度达到2.8%，高新技术企业突破2.2万家；常住人口城镇化率达到62%左右", 1,
     REVIEW + " (2.8% and 62% are the bases of the 比2025年 changes)"),
    ("“三地一区”", 1, NAME + " (the province's strategic positioning)"),
    ("长三角一体化", 2, NAME + " (the Yangtze River Delta integration strategy)"),
    ("“十五五”时期是基本实现", 1, NAME + " (the 15th five-year plan)"),
    ("展望二〇三五年", 1, "the vision year (the horizon of the two vision targets)"),
    ("城乡居民人均收入比2025年翻一番", 1,
     "翻一番 (a multiple with no base value and no unit) is not a record (corpus convention); 2025 is its base year"),
    ("百姓富", 1, "百 of the word 百姓 (the people)"),
    ("二、“十五五”时期", 1, SEC + "; the name of the 15th five-year plan"),
    ("今后五年", 1, "horizon of the plan (2026-2030), not a value"),
    ("到二〇三〇年力争", 1, "horizon of the 7万亿元 target"),
    ("；五年累计完成", 1, "horizon and cumulation of the 20万亿元 target (2026-2030)"),
    ("比2025年提高0.5个百分点", 1, "base year of the 0.5个百分点 change, not the year"),
    ("，“十五五”期间年均增长", 1, NAME + "; the period of the 10%—15% range"),
    ("城镇化率比2025年提高", 1, "base year of the 5个百分点 change, not the year"),
    ("能耗五年累计下降", 1, "horizon and cumulation of the 12% fall (2026-2030)"),
    ("二氧化碳", 1, "二 of the chemical name 二氧化碳"),
    ("细颗粒物（PM2.5）", 1, NAME + " (the pollutant PM2.5)"),
    ("差距进一步缩小；五年累计", 1,
     "进一步 (further) is no quantity; 五年累计 is the horizon and cumulation of the 350万人 target"),
    ("每千人口", 1, "denominator of a density indicator (per thousand people)"),
    ("三、加快建设", 1, SEC),
    ("到二〇二七年", 1, "horizon of the staged 14个 target"),
    ("；到二〇三〇年，全省累计", 1, "horizon of the 1.5万家 and 1000家 targets"),
    ("四、以更高水平开放", 1, SEC),
    ("全国统一大市场", 1, "一 of the word 统一 (unified)"),
    ("五年累计实际使用外资", 1, "horizon and cumulation of the 200亿美元 target"),
    ("国际化一流营商环境", 1, "一 of the word 一流 (first-class)"),
]


if __name__ == "__main__":
    main(HERE, ANNOTATIONS, NOT_TARGETS, codes=CODES, default_region=DEFAULT_REGION,
         units=UNITS, sections=SECTIONS, composed_subjects=COMPOSED_SUBJECTS,
         extra_checks=EXTRA_CHECKS)
