#!/usr/bin/env python3
"""Build the gold standard for chengdu-2024-work-report (doc.txt, UTF-8).

The document is an excerpt of a 成都市 government work report for 2024 (review,
main targets, key tasks), written anew for this corpus; its figures are
illustrative (see meta.json "notes").  Default region 成都市; a few clauses set
targets for a named district or county-level city, and three for functional
zones (成都高新区, 天府新区, 东部新区), which are subjects, not regions.

Each annotation names the clause it was read from (a verbatim substring of
doc.txt), the value expression inside it (the span) and the TARGETS.md fields.
start/end are computed, never counted by hand.  The checks assert that every
span slices back out of the text, that every value equals its value_text in
base units, that the comparator agrees with the words in the span, and that
every numeral of the text is either inside a gold span or explained in
NOT_TARGETS.  Run:  python3 build_gold.py [-v] [--not-targets]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))   # tests/data: goldkit
from goldkit import A, main  # noqa: E402


CODES = {
    "成都市": "510100",
    "龙泉驿区": "510112",
    "温江区": "510115",
    "郫都区": "510117",
    "简阳市": "510185",
}
DEFAULT_REGION = "成都市"
SECTIONS = []                # the whole report speaks for the city
COMPOSED_SUBJECTS = set()
EXTRA_CHECKS = []
UNITS = {"元", "%", "个", "家", "人", "户", "亩", "吨", "张", "公里", "人次", "件",
         "微克/立方米"}

Y = 2024          # 今年/全年, and this year's work plan
THREE = 2026      # 未来三年 in a 2024 text: 2024-2026

MAIN = "建议今年全市经济社会发展的主要预期目标是"
GRAIN = "粮食播种面积稳定在560万亩以上、总产量230万吨以上"
AUTO = "力争汽车产业产值突破2000亿元、生物医药产业规模1500亿元以上"
HITECH = "力争高新技术企业突破1.3万家、科技型中小企业1.6万家以上"
PIWEN = "支持郫都区、温江区各新增规模以上工业企业50家以上"
AIR = "天府国际机场和双流国际机场旅客吞吐量合计力争突破8000万人次"

ANNOTATIONS = [
    # ---------------- 二、2024年主要目标 (a bare list: plan) ----------------
    A("地区生产总值增长6%左右，在实际工作中", "6%左右",
      "地区生产总值", "growth", "~", 6, "%", "6%", "plan", Y),
    A("一般公共预算收入增长5%", "5%",
      "一般公共预算收入", "growth", "=", 5, "%", "5%", "plan", Y),
    A("规模以上工业增加值增长7%；", "7%",
      "规模以上工业增加值", "growth", "=", 7, "%", "7%", "plan", Y),
    A("固定资产投资增长5%以上；", "5%以上",
      "固定资产投资", "growth", ">=", 5, "%", "5%", "plan", Y),
    A("社会消费品零售总额增长6.5%左右", "6.5%左右",
      "社会消费品零售总额", "growth", "~", 6.5, "%", "6.5%", "plan", Y),
    A("城镇新增就业25万人以上", "25万人以上",
      "城镇新增就业", "count", ">=", 250000, "人", "25万人", "plan", Y),
    A("城镇调查失业率控制在5.5%以内", "控制在5.5%以内",
      "城镇调查失业率", "share", "<=", 5.5, "%", "5.5%", "plan", Y),
    A("居民消费价格涨幅3%左右", "3%左右",
      "居民消费价格涨幅", "growth", "~", 3, "%", "3%", "plan", Y),
    A("单位地区生产总值能耗下降2.5%左右", "2.5%左右",
      "单位地区生产总值能耗", "growth", "~", 2.5, "%", "2.5%", "plan", Y,
      direction="decrease"),
    A(GRAIN, "560万亩以上",
      "粮食播种面积", "level", ">=", 5600000, "亩", "560万亩", "plan", Y),
    A(GRAIN, "230万吨以上",
      "粮食总产量", "level", ">=", 2300000, "吨", "230万吨", "plan", Y),
    A("细颗粒物（PM2.5）平均浓度控制在38微克/立方米以内", "控制在38微克/立方米以内",
      "细颗粒物（PM2.5）平均浓度", "level", "<=", 38, "微克/立方米", "38微克/立方米",
      "plan", Y),
    # the explanation paragraph restates two targets -> optional
    A("地区生产总值增长6%左右，高于全国、全省的预期目标", "6%左右",
      "地区生产总值", "growth", "~", 6, "%", "6%", "plan", Y, optional=True),
    A("固定资产投资增长5%以上，是扩大有效需求", "5%以上",
      "固定资产投资", "growth", ">=", 5, "%", "5%", "plan", Y, optional=True),

    # ---------------- （一）产业体系 ----------------
    A("确保规模以上工业增加值增长7%", "7%",
      "规模以上工业增加值", "growth", "=", 7, "%", "7%", "ensure", Y),
    A("推动电子信息产业规模达到1.15万亿元", "1.15万亿元",
      "电子信息产业规模", "level", "=", 1.15e12, "元", "1.15万亿元", "plan", Y),
    A(AUTO, "突破2000亿元",
      "汽车产业产值", "level", ">=", 2e11, "元", "2000亿元", "strive", Y),
    A(AUTO, "1500亿元以上",
      "生物医药产业规模", "level", ">=", 1.5e11, "元", "1500亿元", "strive", Y),
    A("全年新增规模以上工业企业600家以上", "600家以上",
      "新增规模以上工业企业", "count", ">=", 600, "家", "600家", "plan", Y),
    A("未来三年新增国家级专精特新“小巨人”企业100家以上", "100家以上",
      "新增国家级专精特新“小巨人”企业", "count", ">=", 100, "家", "100家", "plan", THREE),

    # ---------------- （二）科技创新 ----------------
    A("全社会研发经费投入强度达到3.6%", "3.6%",
      "全社会研发经费投入强度", "share", "=", 3.6, "%", "3.6%", "plan", Y),
    A(HITECH, "突破1.3万家",
      "高新技术企业", "count", ">=", 13000, "家", "1.3万家", "strive", Y),
    A(HITECH, "1.6万家以上",
      "科技型中小企业", "count", ">=", 16000, "家", "1.6万家", "strive", Y),
    A("到2025年，全市高新技术产业营业收入力争突破1.5万亿元", "突破1.5万亿元",
      "高新技术产业营业收入", "level", ">=", 1.5e12, "元", "1.5万亿元", "strive", 2025),

    # ---------------- （三）有效需求 ----------------
    A("全年实施市级重点项目1000个以上", "1000个以上",
      "市级重点项目", "count", ">=", 1000, "个", "1000个", "plan", Y),
    A("完成年度投资5000亿元以上", "5000亿元以上",
      "年度投资", "level", ">=", 5e11, "元", "5000亿元", "plan", Y,
      subject="市级重点项目"),
    A(AIR, "突破8000万人次",
      "旅客吞吐量", "count", ">=", 8e7, "人次", "8000万人次", "strive", Y,
      subject="天府国际机场和双流国际机场"),

    # ---------------- （四）区（市）县 and functional zones ----------------
    A("力争园区营业收入突破3.2万亿元", "突破3.2万亿元",
      "营业收入", "level", ">=", 3.2e12, "元", "3.2万亿元", "strive", Y,
      subject="成都高新区"),
    A("地区生产总值增长8%以上", "8%以上",
      "地区生产总值", "growth", ">=", 8, "%", "8%", "plan", Y, subject="天府新区"),
    A("固定资产投资突破600亿元", "突破600亿元",
      "固定资产投资", "level", ">=", 6e10, "元", "600亿元", "plan", Y, subject="东部新区"),
    A("推动龙泉驿区汽车产业产值突破1500亿元", "突破1500亿元",
      "汽车产业产值", "level", ">=", 1.5e11, "元", "1500亿元", "plan", Y,
      region="龙泉驿区"),
    A(PIWEN, "50家以上",
      "新增规模以上工业企业", "count", ">=", 50, "家", "50家", "plan", Y, region="郫都区"),
    A(PIWEN, "50家以上",
      "新增规模以上工业企业", "count", ">=", 50, "家", "50家", "plan", Y, region="温江区"),
    A("支持简阳市地区生产总值增长7.5%左右", "7.5%左右",
      "地区生产总值", "growth", "~", 7.5, "%", "7.5%", "plan", Y, region="简阳市"),

    # ---------------- （五）（六）改革开放、公园城市 ----------------
    A("全年新增经营主体35万户以上", "35万户以上",
      "新增经营主体", "count", ">=", 350000, "户", "35万户", "plan", Y),
    A("全年新建天府绿道500公里", "500公里",
      "新建天府绿道", "level", "=", 500, "公里", "500公里", "plan", Y),

    # ---------------- （七）民生 ----------------
    A("继续办好十件民生实事", "十件",
      "民生实事", "count", "=", 10, "件", "十件", "plan", Y, optional=True),
    A("新增中小学学位6万个", "6万个",
      "新增中小学学位", "count", "=", 60000, "个", "6万个", "plan", Y),
    A("新开工改造城镇老旧小区600个", "600个",
      "新开工改造城镇老旧小区", "count", "=", 600, "个", "600个", "plan", Y),
    A("新增养老床位3000张", "3000张",
      "新增养老床位", "count", "=", 3000, "张", "3000张", "plan", Y),
    A("非刚性、非重点支出压减10%", "10%",
      "非刚性、非重点支出", "growth", "=", 10, "%", "10%", "plan", Y,
      direction="decrease"),

    # ---------------- closing: the 十四五 horizon ----------------
    A("到2025年全市地区生产总值力争迈上2.5万亿元台阶", "2.5万亿元",
      "地区生产总值", "level", "=", 2.5e12, "元", "2.5万亿元", "strive", 2025),
]

SEC = "section or list numbering"
NAME = "part of a name or slogan, not a quantity"
PAST = "2023 result (past tense), not a target"
NOT_TARGETS = [
    # header
    ("2024年1月22日", 1, "date of the session"),
    ("第十八届人民代表大会第三次会议", 1, "ordinals of the congress and session"),
    # 一、review
    ("一、2023年工作回顾", 1, SEC + "; the year reviewed"),
    ("过去一年", 1, "time expression (the past year)"),
    ("党的二十大", 1, NAME + " (20th Party Congress)"),
    ("“四化同步、城乡融合、五区共兴”", 1, NAME + " (provincial strategy)"),
    ("市委“三个做优做强”", 1, NAME + " (city strategy)"),
    ("第31届世界大学生夏季运动会", 1, "ordinal in the name of an event (past)"),
    ("预计全年地区生产总值突破2.2万亿元、增长6%左右", 1,
     PAST + " (突破 and 左右 read like comparators, but 预计全年 reports the year just ended)"),
    ("规模以上工业增加值增长5.5%", 1, PAST),
    ("社会消费品零售总额突破1万亿元", 1, PAST),
    ("高新技术企业达到1.2万家", 1, PAST + " (the stock the 1.3万家 target builds on)"),
    ("合计超过7400万人次", 1, PAST),
    ("十件民生实事全面完成", 1, PAST + " (last year's programme, done)"),
    ("城镇新增就业24.6万人", 1, PAST),
    # 二、main targets
    ("二、2024年主要目标", 1, SEC + "; the year planned"),
    ("新中国成立75周年", 1, "anniversary (a fact), not a quantity"),
    ("“十四五”", 3, NAME + " (the 14th five-year plan)"),
    ("关键一年", 1, "part of a phrase (a key year)"),
    ("一般公共预算收入", 1, "一 of the word 一般 (general)"),
    ("社会消费品零售总额增长6.5%左右", 1, "零 of the word 零售 (retail)"),
    ("（PM2.5）", 1, NAME + " (the pollutant PM2.5)"),
    ("二〇三五年远景目标纲要", 1, "title of the plan (a year in Chinese numerals)"),
    # 三、key tasks
    ("三、2024年重点工作", 1, SEC + "; the year planned"),
    ("（一）", 1, SEC), ("（二）", 1, SEC), ("（三）", 1, SEC), ("（四）", 1, SEC),
    ("（五）", 1, SEC), ("（六）", 1, SEC), ("（七）", 1, SEC),
    ("聚焦28条重点产业链", 1, "the set of existing chains the work focuses on (a structure, no target)"),
    ("未来三年", 1, "horizon of the 100家 target (2024-2026), not a value"),
    ("到2025年", 2, "horizon of a target, not a value"),
    ("坚持“三个做优做强”", 1, NAME),
    ("推动20个区（市）县竞相发展", 1, "number of county-level divisions of the city (a fact)"),
    ("营商环境6.0版", 1, NAME + " (version of a policy package)"),
    ("“四大结构”", 1, NAME + " (industrial, spatial, transport and energy structures)"),
    ("为2035年基本实现社会主义现代化", 1, "long-range date of the 2035 vision, with no quantity"),
    ("团结一心", 1, "part of an idiom"),
]


if __name__ == "__main__":
    main(HERE, ANNOTATIONS, NOT_TARGETS, codes=CODES, default_region=DEFAULT_REGION,
         units=UNITS, sections=SECTIONS, composed_subjects=COMPOSED_SUBJECTS,
         extra_checks=EXTRA_CHECKS)
