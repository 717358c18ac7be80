#!/usr/bin/env python3
"""Build the gold standard for shenzhen-district-2024-interview-gb18030 (doc.txt, GB18030).

The document is a newspaper interview (记者问 / 区长答) with the head of 光明区,
深圳市, on the district's 2024 targets, written anew for this corpus; its figures
are illustrative (see meta.json "notes").  It is saved as GB18030 bytes
(meta.json "encoding": "gb18030") and contains the bullet • (U+2022), which GBK
cannot encode, so a reader must decode it as GB18030, not GBK.  Some numbers are
written with full-width digits (６％, １．２万人, ７．５％, ２０２４年).

Ranges (６％—７％, 5.5%-6.5%) are two records: the low end with `>=` and the
high end with `<=`, each spanning its own number.  "分别增长9%和5%" pairs the two
indicators with the two rates.  Ranks: 前三名 and 第5位以内 are `<=`.

Each annotation names the clause it was read from (a verbatim substring of the
decoded text), the value expression inside it (the span) and the TARGETS.md
fields.  start/end are Python str indices over the decoded text, computed, never
counted by hand.  The checks assert that every span slices back out of the
text, that every value equals its value_text in base units (full-width digits
read as digits), that the comparator agrees with the words in the span (or with
the range it ends), and that every numeral of the text is either inside a gold
span or explained in NOT_TARGETS.
Run:  python3 build_gold.py [-v] [--not-targets]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOC_PATH = os.path.join(HERE, "doc.txt")
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))   # tests/data: goldkit
from goldkit import A, main  # noqa: E402


CODES = {"光明区": "440311"}
DEFAULT_REGION = "光明区"
SECTIONS = []
COMPOSED_SUBJECTS = set()
UNITS = {"元", "%", "个", "家", "人", "户", "名", "张", "件", "公里", "平方米"}


def check_encoding(doc, records):
    with open(DOC_PATH, "rb") as f:
        raw = f.read()
    assert raw.decode("gb18030") == doc
    try:
        raw.decode("gbk")
        gbk_ok = True
    except UnicodeDecodeError:
        gbk_ok = False
    assert not gbk_ok, "the text should need GB18030 (it holds a character outside GBK)"
    assert "•" in doc and any(c in doc for c in "０１２３４５６７８９")


EXTRA_CHECKS = [check_encoding]

Y = 2024

HEAD = "今年GDP预期增长６％—７％"
MAIN = "今年全区地区生产总值预期增长６％—７％"
PAIR = "规模以上工业增加值和固定资产投资分别增长9%和5%"
RETAIL = "社会消费品零售总额增长5.5%-6.5%"
JOBS = "城镇新增就业１．２万人以上"
SIDE = "地区生产总值增长６％—７％"
CONF = "确保全年地区生产总值增长６％以上，并努力向７％冲刺"

ANNOTATIONS = [
    # ---------------- headline (restated in the answer) -> optional ----------------
    A(HEAD, "６％", "GDP", "growth", ">=", 6, "%", "６％", "plan", Y,
      cmp_from="RANGE_LOW", optional=True),
    A(HEAD, "７％", "GDP", "growth", "<=", 7, "%", "７％", "plan", Y,
      cmp_from="RANGE_HIGH", optional=True),

    # ---------------- the main targets ----------------
    A(MAIN, "６％", "地区生产总值", "growth", ">=", 6, "%", "６％", "plan", Y, cmp_from="RANGE_LOW"),
    A(MAIN, "７％", "地区生产总值", "growth", "<=", 7, "%", "７％", "plan", Y, cmp_from="RANGE_HIGH"),
    A("力争增速保持在全市前三名", "前三名",
      "地区生产总值增速", "rank", "<=", 3, "名", "三名", "strive", Y),
    A(PAIR, "9%", "规模以上工业增加值", "growth", "=", 9, "%", "9%", "plan", Y),
    A(PAIR, "5%", "固定资产投资", "growth", "=", 5, "%", "5%", "plan", Y),
    A(RETAIL, "5.5%", "社会消费品零售总额", "growth", ">=", 5.5, "%", "5.5%", "plan", Y,
      cmp_from="RANGE_LOW"),
    A(RETAIL, "6.5%", "社会消费品零售总额", "growth", "<=", 6.5, "%", "6.5%", "plan", Y,
      cmp_from="RANGE_HIGH"),
    A("一般公共预算收入增长5%左右", "5%左右",
      "一般公共预算收入", "growth", "~", 5, "%", "5%", "plan", Y),
    A(JOBS, "１．２万人以上", "城镇新增就业", "count", ">=", 12000, "人", "１．２万人", "plan", Y, occ=0),
    A("城镇调查失业率控制在3.5%以内", "控制在3.5%以内",
      "城镇调查失业率", "share", "<=", 3.5, "%", "3.5%", "plan", Y),

    # ---------------- 光明科学城 ----------------
    A("今年我们将安排科学城重点项目120个", "120个",
      "重点项目", "count", "=", 120, "个", "120个", "plan", Y, subject="科学城"),
    A("年度计划投资350亿元以上", "350亿元以上",
      "年度计划投资", "level", ">=", 3.5e10, "元", "350亿元", "plan", Y, subject="科学城"),
    A("全社会研发投入占地区生产总值比重提高到７．５％", "７．５％",
      "全社会研发投入占地区生产总值比重", "share", "=", 7.5, "%", "７．５％", "plan", Y),
    A("新认定国家高新技术企业300家", "300家",
      "新认定国家高新技术企业", "count", "=", 300, "家", "300家", "plan", Y),
    A("新引进高层次人才2000名以上", "2000名以上",
      "新引进高层次人才", "count", ">=", 2000, "名", "2000名", "plan", Y),
    A("力争科技成果转化项目落地50个以上", "50个以上",
      "科技成果转化项目落地", "count", ">=", 50, "个", "50个", "strive", Y),

    # ---------------- 产业 ----------------
    A("今年规模以上工业总产值突破4000亿元", "突破4000亿元",
      "规模以上工业总产值", "level", ">=", 4e11, "元", "4000亿元", "plan", Y),
    A("确保总量排名保持在全市第5位以内", "第5位以内",
      "规模以上工业总产值总量排名", "rank", "<=", 5, "名", "5位", "ensure", Y),
    A("全年新增规上工业企业150家", "150家",
      "新增规上工业企业", "count", "=", 150, "家", "150家", "plan", Y),
    A("新建“工业上楼”厂房空间200万平方米", "200万平方米",
      "新建“工业上楼”厂房空间", "level", "=", 2e6, "平方米", "200万平方米", "plan", Y),
    A("到2026年，新材料产业集群产值力争突破1000亿元", "突破1000亿元",
      "产值", "level", ">=", 1e11, "元", "1000亿元", "strive", 2026,
      subject="新材料产业集群"),

    # ---------------- 招商、营商环境 ----------------
    A("全年引进亿元以上项目80个以上", "80个以上",
      "引进项目", "count", ">=", 80, "个", "80个", "plan", Y, qualifier="亿元以上"),
    A("其中10亿元以上项目不少于10个", "不少于10个",
      "引进项目", "count", ">=", 10, "个", "10个", "plan", Y, qualifier="10亿元以上"),
    A("新增商事主体2万户", "2万户",
      "新增商事主体", "count", "=", 20000, "户", "2万户", "plan", Y),
    A("政务服务事项全程网办率保持在95%以上", "95%以上",
      "政务服务事项全程网办率", "share", ">=", 95, "%", "95%", "plan", Y),

    # ---------------- 城市建设 ----------------
    A("今年全区交通建设投资不低于80亿元", "不低于80亿元",
      "交通建设投资", "level", ">=", 8e9, "元", "80亿元", "plan", Y),
    A("新建改造市政道路30公里", "30公里",
      "新建改造市政道路", "level", "=", 30, "公里", "30公里", "plan", Y),

    # ---------------- 民生 ----------------
    A("今年将集中力量办好12件民生实事", "12件",
      "民生实事", "count", "=", 12, "件", "12件", "plan", Y, optional=True),
    A("全年新增公办学位1.5万个", "1.5万个",
      "新增公办学位", "count", "=", 15000, "个", "1.5万个", "plan", Y),
    A("新增养老床位500张", "500张",
      "新增养老床位", "count", "=", 500, "张", "500张", "plan", Y),
    A("新建社区健康服务机构8家", "8家",
      "新建社区健康服务机构", "count", "=", 8, "家", "8家", "plan", Y),
    A("建成口袋公园20个", "20个",
      "建成口袋公园", "count", "=", 20, "个", "20个", "plan", Y),

    # ---------------- the closing answer: the floor pledged, the ceiling aimed at ----------------
    A(CONF, "６％以上", "地区生产总值", "growth", ">=", 6, "%", "６％", "ensure", Y),
    A(CONF, "７％", "地区生产总值", "growth", "=", 7, "%", "７％", "strive", Y),

    # ---------------- 【链接】 box: a summary of targets stated above -> optional ----------------
    A(SIDE, "６％", "地区生产总值", "growth", ">=", 6, "%", "６％", "plan", Y,
      cmp_from="RANGE_LOW", optional=True),
    A(SIDE, "７％", "地区生产总值", "growth", "<=", 7, "%", "７％", "plan", Y,
      cmp_from="RANGE_HIGH", optional=True),
    A("•规模以上工业增加值增长9%", "9%",
      "规模以上工业增加值", "growth", "=", 9, "%", "9%", "plan", Y, optional=True),
    A("•固定资产投资增长5%", "5%",
      "固定资产投资", "growth", "=", 5, "%", "5%", "plan", Y, optional=True),
    A(JOBS, "１．２万人以上", "城镇新增就业", "count", ">=", 12000, "人", "１．２万人", "plan", Y,
      occ=1, optional=True),
]

NAME = "part of a name or slogan, not a quantity"
PAST = "2023 result (past tense), not a target"
NOT_TARGETS = [
    ("２０２４年是深圳光明区成立区政府后的第六个年头", 1,
     "a date (full-width digits) and an ordinal of years since the district was set up"),
    ("“20+8”产业集群", 2, NAME + " (Shenzhen's 20 industrial clusters and 8 future industries)"),
    ("世界一流科学城", 1, "一 of the word 一流 (first-class)"),
    ("2023年光明区交出了一份", 1, "the year asked about; 一份 (a, one) is not a quantity"),
    ("社会消费品零售总额", 1, "零 of the word 零售 (retail)"),
    ("到2026年", 1, "horizon of the 1000亿元 target, not a value"),
    ("其中10亿元以上项目", 1, "qualifier (size class of the projects) of the 10个 target"),
    ("老百姓", 1, "百 of the word 老百姓 (ordinary people)"),
    ("过去一年", 1, "time expression"),
    ("全区地区生产总值突破1500亿元，同比增长7.2%，增速居全市第2位", 1,
     PAST + " (突破 in the past tense; 第2位 is a rank held)"),
    ("规模以上工业总产值达到3600亿元", 1, PAST),
    ("工业投资连续三年保持两位数增长", 1, PAST + " (三年, 两位数 describe past growth)"),
    ("研究平台24个", 1, "a fact (facilities already laid out)"),
    ("超过1.1万人", 1, "a fact (researchers gathered; 超过 in a past statement)"),
    ("设定一个区间目标", 1, "一个 counts the range itself, not a target"),
    ("一般公共预算收入", 1, "一 of the word 一般"),
    ("“一网通办”", 1, NAME + " (one-stop online service)"),
    ("地铁6号线支线南延、13号线北延", 1, NAME + " (metro line numbers)"),
    ("“一心两区”", 1, NAME + " (a spatial layout)"),
    ("一批重大项目", 1, "一批 (a number of), no count"),
    ("一季度实现“开门红”", 1, "names the first quarter, no quantity"),
    ("【链接】光明区2024年", 1, "the year of the targets in the box title"),
]


if __name__ == "__main__":
    main(HERE, ANNOTATIONS, NOT_TARGETS, codes=CODES, default_region=DEFAULT_REGION,
         units=UNITS, sections=SECTIONS, composed_subjects=COMPOSED_SUBJECTS,
         extra_checks=EXTRA_CHECKS)
