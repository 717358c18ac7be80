#!/usr/bin/env python3
"""Build the gold standard for chongqing-2025-interview-chinese-numerals (doc.txt, UTF-8).

The document is a newspaper interview (记者： / 答：) with the head of 永川区
(重庆市, GB/T 2260 500118), dated 2025-02-18 and written anew for this held-out
set; every figure is illustrative (see meta.json "notes").  Most numbers are
written in Chinese numerals, as a transcript of speech may print them: amounts
(三百亿元, 三百五十亿元, 两亿美元, 两百亿元), counts (一千二百家, 十五个, 一万二千人,
三千万人次), areas and weights (一百一十万亩, 四十五万吨), per cents (百分之八,
百分之五点五), tenths (两成, 三成) and a rank (前五位); a few are Arabic (3%,
800个, 2027年).  翻一番 (a doubling), 千亿级 (a class of cluster), “33618” and
5G are not records; the 2024 results in the first answer are past.

Each annotation names the clause it was read from (a verbatim substring of
doc.txt), the value expression inside it (the span) and the TARGETS.md fields.
start/end are Python str indices computed from the clause and its occurrence,
never counted by hand.  The checks assert that every span slices back out of
the text, that every value equals its value_text in base units (the engine
reads Chinese numerals, 万 inside them, 成 and 百分之…点…), that the comparator
agrees with the words in the span, and that every numeral of the text is either
inside a gold span or explained in NOT_TARGETS.
Run:  python3 build_gold.py [-v] [--not-targets]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))   # tests/data: goldkit
from goldkit import A, main  # noqa: E402


CODES = {"永川区": "500118"}
DEFAULT_REGION = "永川区"
SECTIONS = []
COMPOSED_SUBJECTS = set()
UNITS = {"元", "美元", "%", "人", "家", "个", "件", "亩", "吨", "公里", "人次", "名", "次"}
CN = set("零〇一二两三四五六七八九十百千")


def check_chinese_numerals(doc, records):
    assert 1500 <= len(doc) <= 3000, len(doc)
    assert 20 <= len(records) <= 40, len(records)
    assert all(r["region"] == "永川区" and r["year"] == 2025 for r in records)
    # most values are written in Chinese numerals; a few in Arabic digits
    cn = [r for r in records if r["value_text"][0] in CN or r["value_text"].startswith("百分之")]
    ar = [r for r in records if r["value_text"][0].isdigit()]
    assert len(cn) + len(ar) == len(records) and len(cn) >= 3 * len(ar) and len(ar) >= 2, (len(cn), len(ar))
    # the forms the brief asks for are all here
    for vt in ("三百亿元", "一千二百家", "百分之八", "两成", "十五个"):
        assert any(r["value_text"] == vt for r in records), vt
    # 翻一番 is no record; nor is the cluster class 千亿级
    for r in records:
        assert "翻" not in doc[r["start"]:r["end"]] and "千亿级" not in doc[r["start"]:r["end"]]
    assert doc.count("翻一番") == 1 and doc.count("千亿级") == 1


EXTRA_CHECKS = [check_chinese_numerals]

Y = 2025
HEAD = "永川区区长：今年GDP力争增长百分之六点五　工业投资确保三百亿元"
MAIN = "今年全区地区生产总值预期增长百分之六以上，规上工业增加值增长百分之八，固定资产投资增长百分之五左右，一般公共预算收入增长3%，城镇新增就业一万二千人，城镇调查失业率控制在百分之五点五以内"
INV = "今年工业投资确保三百亿元、力争三百五十亿元"
IND = "规上工业企业总数突破一千二百家，新增“专精特新”企业五十家，新建智能工厂和数字化车间十五个，数字经济核心产业增加值占地区生产总值比重提高到两成"
ZS = "力争引进亿元以上项目一百个以上，其中十亿元以上项目不少于十二个；实际利用外资实现两亿美元"
EDU = "今年将新增校企合作订单班一百个，推动技能人才在永就业两万人，力争高校毕业生留永率提高到三成"
AG = "今年粮食播种面积稳定在一百一十万亩以上，粮食总产量稳定在四十五万吨以上，新建高标准农田五万亩"
LIFE = "新增普惠性托位一千个，新建改造城市道路二十公里，新增公共停车位五千个，完成老旧小区改造八十个，新建5G基站800个"
TOUR = "全年接待游客力争突破三千万人次、旅游综合收入两百亿元以上"
CONF = "我们将确保全年经济增长不低于百分之六、力争达到百分之六点五，争取在全市区县经济总量排名中保持前五位"

ANNOTATIONS = [
    # ---------------- headline: restated in the closing answer -> optional ----------------
    A(HEAD, "百分之六点五", "GDP", "growth", "=", 6.5, "%", "百分之六点五", "strive", Y, optional=True),
    A(HEAD, "三百亿元", "工业投资", "level", "=", 3e10, "元", "三百亿元", "ensure", Y, optional=True),

    # ---------------- 主要预期目标 (预期: plan) ----------------
    A(MAIN, "百分之六以上", "地区生产总值", "growth", ">=", 6, "%", "百分之六", "plan", Y),
    A(MAIN, "百分之八", "规上工业增加值", "growth", "=", 8, "%", "百分之八", "plan", Y),
    A(MAIN, "百分之五左右", "固定资产投资", "growth", "~", 5, "%", "百分之五", "plan", Y),
    A(MAIN, "3%", "一般公共预算收入", "growth", "=", 3, "%", "3%", "plan", Y),
    A(MAIN, "一万二千人", "城镇新增就业", "count", "=", 12000, "人", "一万二千人", "plan", Y),
    A(MAIN, "控制在百分之五点五以内", "城镇调查失业率", "share", "<=", 5.5, "%", "百分之五点五", "plan", Y),

    # ---------------- 工业 ----------------
    A(INV, "三百亿元", "工业投资", "level", "=", 3e10, "元", "三百亿元", "ensure", Y),
    A(INV, "三百五十亿元", "工业投资", "level", "=", 3.5e10, "元", "三百五十亿元", "strive", Y),
    # after the semicolon: plan
    A(IND, "突破一千二百家", "规上工业企业总数", "count", ">=", 1200, "家", "一千二百家", "plan", Y),
    A(IND, "五十家", "新增“专精特新”企业", "count", "=", 50, "家", "五十家", "plan", Y),
    A(IND, "十五个", "新建智能工厂和数字化车间", "count", "=", 15, "个", "十五个", "plan", Y),
    # 两成 = 20 %
    A(IND, "两成", "数字经济核心产业增加值占地区生产总值比重", "share", "=", 20, "%", "两成", "plan", Y),

    # ---------------- 招商 ----------------
    A(ZS, "一百个以上", "引进项目", "count", ">=", 100, "个", "一百个", "strive", Y, qualifier="亿元以上"),
    # 其中… has no verb of its own: 力争 carries over
    A(ZS, "不少于十二个", "引进项目", "count", ">=", 12, "个", "十二个", "strive", Y,
      qualifier="十亿元以上"),
    A(ZS, "两亿美元", "实际利用外资", "level", "=", 2e8, "美元", "两亿美元", "plan", Y),
    # a duty of each leader (an activity count), like 每名区领导…至少1个项目 in the shared gold,
    # but of trips, not results -> optional
    A("区级领导每人每年至少带队外出招商两次", "两次", "带队外出招商", "count", ">=", 2, "次", "两次",
      "plan", Y, subject="区级领导每人", cmp_from="至少", optional=True),

    # ---------------- 职业教育 ----------------
    A(EDU, "一百个", "新增校企合作订单班", "count", "=", 100, "个", "一百个", "plan", Y),
    A(EDU, "两万人", "技能人才在永就业", "count", "=", 20000, "人", "两万人", "plan", Y),
    A(EDU, "三成", "高校毕业生留永率", "share", "=", 30, "%", "三成", "strive", Y),

    # ---------------- 乡村振兴 ----------------
    A(AG, "一百一十万亩以上", "粮食播种面积", "level", ">=", 1.1e6, "亩", "一百一十万亩", "plan", Y),
    A(AG, "四十五万吨以上", "粮食总产量", "level", ">=", 450000, "吨", "四十五万吨", "plan", Y),
    A(AG, "五万亩", "新建高标准农田", "level", "=", 50000, "亩", "五万亩", "plan", Y),
    A("茶叶全产业链综合产值突破五十亿元", "突破五十亿元", "综合产值", "level", ">=", 5e9, "元",
      "五十亿元", "plan", Y, subject="茶叶全产业链"),
    A("农村居民人均可支配收入增长百分之七", "百分之七", "农村居民人均可支配收入", "growth", "=", 7, "%",
      "百分之七", "plan", Y),

    # ---------------- 民生 ----------------
    A("今年我们将集中财力办好十件民生实事", "十件", "民生实事", "count", "=", 10, "件", "十件", "plan", Y,
      optional=True),
    A(LIFE, "一千个", "新增普惠性托位", "count", "=", 1000, "个", "一千个", "plan", Y),
    A(LIFE, "二十公里", "新建改造城市道路", "level", "=", 20, "公里", "二十公里", "plan", Y),
    A(LIFE, "五千个", "新增公共停车位", "count", "=", 5000, "个", "五千个", "plan", Y),
    A(LIFE, "八十个", "老旧小区改造", "count", "=", 80, "个", "八十个", "plan", Y),
    A(LIFE, "800个", "新建5G基站", "count", "=", 800, "个", "800个", "plan", Y),
    A(TOUR, "突破三千万人次", "接待游客", "count", ">=", 3e7, "人次", "三千万人次", "strive", Y),
    # no verb of its own after 、: 力争 carries over
    A(TOUR, "两百亿元以上", "旅游综合收入", "level", ">=", 2e10, "元", "两百亿元", "strive", Y),

    # ---------------- closing pledge (commits again: required) ----------------
    A(CONF, "不低于百分之六", "经济增长", "growth", ">=", 6, "%", "百分之六", "ensure", Y),
    A(CONF, "百分之六点五", "经济增长", "growth", "=", 6.5, "%", "百分之六点五", "strive", Y),
    A(CONF, "前五位", "全市区县经济总量排名", "rank", "<=", 5, "名", "五位", "strive", Y),
]

NAME = "part of a name or slogan, not a quantity"
PAST = "2024 result (past), not a target"
NOT_TARGETS = [
    ("2025年是“十四五”规划收官之年", 1,
     "the year (a date) and the name of the 14th five-year plan"),
    ("的关键一年", 1, "一年 (a year), not a quantity"),
    ("回顾2024年，永川交出了一份", 1, "the year asked about; 一份 (a, one) is not a quantity"),
    ("过去一年", 1, "time expression (the past year)"),
    ("地区生产总值达到一千二百八十亿元，增长百分之六点二；规上工业企业总数达到一千一百家，工业投资增长百分之十二，新签约亿元以上项目一百一十个，外贸进出口总额增长百分之十五", 1,
     PAST + " (达到 and 增长 in the past tense; Chinese numerals)"),
    ("一般公共预算", 1, "一 of the word 一般 (general)"),
    ("“33618”", 1, NAME + " (Chongqing's 33618 manufacturing cluster system)"),
    ("三个千亿级产业集群", 1,
     "an enumeration (三个) of clusters named by their class (千亿级): no value is set, no record"),
    ("到2027年，智能网联新能源汽车产业产值要在2024年基础上翻一番", 1,
     "翻一番 (a doubling) against the 2024 base: a multiple with no base unit and no level given, not a record; "
     "2027 is its horizon and 2024 its base year"),
    ("其中十亿元以上项目", 1, "qualifier (size class) of the 十二个 target"),
    ("“一个项目、一个专班、一抓到底”", 1, NAME + " (a working mechanism)"),
    ("永川有职业院校十余所、在校学生十五万人", 1,
     "facts about the present (schools and students), not targets (余 makes no target of a fact)"),
    ("一大优势", 1, "一大 (a major), not a quantity"),
    ("“三农”", 1, NAME + " (agriculture, rural areas and farmers)"),
    ("“千万工程”", 1, NAME + " (Zhejiang's Thousand Villages, Ten Thousand Projects programme)"),
    ("老百姓", 1, "百 of the word 老百姓 (ordinary people)"),
    ("5G", 1, NAME + " (fifth-generation mobile network), inside the indicator of the 800个 target"),
    ("一季度要实现“开门红”", 1, "names the first quarter, no quantity"),
]


if __name__ == "__main__":
    main(HERE, ANNOTATIONS, NOT_TARGETS, codes=CODES, default_region=DEFAULT_REGION,
         units=UNITS, sections=SECTIONS, composed_subjects=COMPOSED_SUBJECTS,
         extra_checks=EXTRA_CHECKS)
