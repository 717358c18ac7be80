#!/usr/bin/env python3
"""Build the gold standard for zhejiang-kaifaqu-2024-park-work-plan (doc.txt, UTF-8).

The document is the annual work plan (2024年工作计划) of a 国家级经济技术开发区,
嘉善经济技术开发区, issued by its 管理委员会 on 2024-02-26 and written anew for
this held-out set; every figure is illustrative (see meta.json "notes").  A park
has no GB/T 2260 code: every record's region is the county that holds it,
嘉善县 (嘉兴市, 浙江省, 330421), and its subject is the park, or one of the two
named areas inside it (中新嘉善现代产业园, 祥符荡科创绿谷).  The plan has a 2023
review (results, a rank held), a 主要目标 paragraph with four "确保…、力争…"
pairs, two rank targets (前30位, 第5位), a 招引项目 table written in prose
(项目45个，其中…8个、…1个、…3个), the ordinal list 第一…第六, and one 到2026年
target of the park's three-year plan.

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


CODES = {"嘉善县": "330421"}
DEFAULT_REGION = "嘉善县"
SECTIONS = []
COMPOSED_SUBJECTS = set()
UNITS = {"元", "美元", "%", "个", "家", "亩", "名"}
PARK = "嘉善经济技术开发区"
AREAS = ("中新嘉善现代产业园", "祥符荡科创绿谷")


def check_park_plan(doc, records):
    assert 1500 <= len(doc) <= 3000, len(doc)
    assert 20 <= len(records) <= 40, len(records)
    for r in records:
        assert r["region"] == "嘉善县" and r["region_code"] == "330421"
        assert r["subject"] == PARK or r["subject"] in AREAS, r
    # the four 确保/力争 pairs of 主要目标 and the one of 第二: ensure below strive, same indicator
    pairs = {}
    for r in records:
        if r["strength"] in ("ensure", "strive") and r["comparator"] == "=":
            pairs.setdefault((r["indicator"], r["subject"]), {})[r["strength"]] = r["value"]
    full = {k: v for k, v in pairs.items() if len(v) == 2}
    assert len(full) == 5, full
    assert all(v["ensure"] < v["strive"] for v in full.values())
    # the 招引 table: its parts do not exceed its total
    parts = [r["value"] for r in records if r["indicator"] == "新招引项目" and r["qualifier"]]
    total = [r["value"] for r in records if r["indicator"] == "新招引项目" and not r["qualifier"]]
    assert total == [45] and sorted(parts) == [1, 3, 8] and sum(parts) <= 45
    # the 2024 亩均税收 pair lies above the 2023 result (38.2万元)
    assert all(r["value"] > 382000 for r in records if r["indicator"] == "规上工业亩均税收")


EXTRA_CHECKS = [check_park_plan]

Y = 2024
VA = "规上工业增加值确保增长8%、力争增长10%"
FAI = "固定资产投资确保120亿元、力争130亿元，其中工业投资不低于80亿元"
FDI = "实际利用外资确保3亿美元、力争3.5亿美元"
TAX = "规上工业亩均税收确保40万元、力争42万元"
RANK = "在国家级经开区综合发展水平考核评价中力争进入全国前30位，在全省国家级经开区中保持第5位"
ZS = "新招引项目45个，其中10亿元或1亿美元以上项目8个、50亿元以上项目1个、世界500强及行业龙头企业投资项目3个"
ZS2 = "新开工亿元以上项目30个，新竣工投产项目25个"
PROJ = "全年实施重点项目100个以上，年度计划投资110亿元"
SINO = "中新嘉善现代产业园确保新开工项目15个、力争20个"
LAND = "全年完成低效工业用地整治2000亩，盘活存量用地1000亩；推动规上工业企业亩均增加值达到150万元"
INNO = "全年新增高新技术企业40家、省级专精特新中小企业30家；祥符荡科创绿谷引进高层次人才团队20个，高新技术产业增加值占规上工业增加值比重提高到72%"

ANNOTATIONS = [
    # ---------------- 一、主要目标 ----------------
    A(VA, "8%", "规上工业增加值", "growth", "=", 8, "%", "8%", "ensure", Y, subject=PARK),
    A(VA, "10%", "规上工业增加值", "growth", "=", 10, "%", "10%", "strive", Y, subject=PARK),
    A("规上工业总产值突破1500亿元", "突破1500亿元", "规上工业总产值", "level", ">=", 1.5e11, "元",
      "1500亿元", "plan", Y, subject=PARK),
    A(FAI, "120亿元", "固定资产投资", "level", "=", 1.2e10, "元", "120亿元", "ensure", Y, subject=PARK),
    A(FAI, "130亿元", "固定资产投资", "level", "=", 1.3e10, "元", "130亿元", "strive", Y, subject=PARK),
    # 其中… has no verb of its own: the nearest marker before it (力争) carries over
    A(FAI, "不低于80亿元", "工业投资", "level", ">=", 8e9, "元", "80亿元", "strive", Y, subject=PARK),
    A(FDI, "3亿美元", "实际利用外资", "level", "=", 3e8, "美元", "3亿美元", "ensure", Y, subject=PARK),
    A(FDI, "3.5亿美元", "实际利用外资", "level", "=", 3.5e8, "美元", "3.5亿美元", "strive", Y,
      subject=PARK),
    A("外贸进出口总额达到600亿元", "600亿元", "外贸进出口总额", "level", "=", 6e10, "元", "600亿元",
      "plan", Y, subject=PARK),
    A(TAX, "40万元", "规上工业亩均税收", "level", "=", 400000, "元", "40万元", "ensure", Y, subject=PARK),
    A(TAX, "42万元", "规上工业亩均税收", "level", "=", 420000, "元", "42万元", "strive", Y, subject=PARK),
    A("R&D经费支出占规上工业营业收入比重达到3.2%", "3.2%", "R&D经费支出占规上工业营业收入比重",
      "share", "=", 3.2, "%", "3.2%", "plan", Y, subject=PARK),
    A(RANK, "前30位", "国家级经开区综合发展水平考核评价排名", "rank", "<=", 30, "名", "30位", "strive",
      Y, subject=PARK),
    # a bare 第N位 is `=`; 保持 is a verb of its own: 力争 does not carry over
    A(RANK, "第5位", "全省国家级经开区排名", "rank", "=", 5, "名", "5位", "plan", Y, subject=PARK),

    # ---------------- 第一：招引项目 (a table in prose) ----------------
    A(ZS, "45个", "新招引项目", "count", "=", 45, "个", "45个", "plan", Y, subject=PARK),
    A(ZS, "8个", "新招引项目", "count", "=", 8, "个", "8个", "plan", Y, subject=PARK,
      qualifier="10亿元或1亿美元以上"),
    A(ZS, "1个", "新招引项目", "count", "=", 1, "个", "1个", "plan", Y, subject=PARK,
      qualifier="50亿元以上"),
    A(ZS, "3个", "新招引项目", "count", "=", 3, "个", "3个", "plan", Y, subject=PARK,
      qualifier="世界500强及行业龙头企业投资"),
    A("新签约项目总投资400亿元以上", "400亿元以上", "新签约项目总投资", "level", ">=", 4e10, "元",
      "400亿元", "plan", Y, subject=PARK),
    A(ZS2, "30个", "新开工项目", "count", "=", 30, "个", "30个", "plan", Y, subject=PARK,
      qualifier="亿元以上"),
    A(ZS2, "25个", "新竣工投产项目", "count", "=", 25, "个", "25个", "plan", Y, subject=PARK),

    # ---------------- 第二：项目 ----------------
    A(PROJ, "100个以上", "实施重点项目", "count", ">=", 100, "个", "100个", "plan", Y, subject=PARK),
    A(PROJ, "110亿元", "重点项目年度计划投资", "level", "=", 1.1e10, "元", "110亿元", "plan", Y,
      subject=PARK),
    A(SINO, "15个", "新开工项目", "count", "=", 15, "个", "15个", "ensure", Y, subject=AREAS[0]),
    A(SINO, "20个", "新开工项目", "count", "=", 20, "个", "20个", "strive", Y, subject=AREAS[0]),

    # ---------------- 第三：亩均、空间 ----------------
    A(LAND, "2000亩", "低效工业用地整治", "level", "=", 2000, "亩", "2000亩", "plan", Y, subject=PARK),
    A(LAND, "1000亩", "盘活存量用地", "level", "=", 1000, "亩", "1000亩", "plan", Y, subject=PARK),
    A(LAND, "150万元", "规上工业企业亩均增加值", "level", "=", 1.5e6, "元", "150万元", "plan", Y,
      subject=PARK),

    # ---------------- 第四：创新 ----------------
    A(INNO, "40家", "新增高新技术企业", "count", "=", 40, "家", "40家", "plan", Y, subject=PARK),
    A(INNO, "30家", "新增省级专精特新中小企业", "count", "=", 30, "家", "30家", "plan", Y, subject=PARK),
    A(INNO, "20个", "引进高层次人才团队", "count", "=", 20, "个", "20个", "plan", Y, subject=AREAS[1]),
    A(INNO, "72%", "高新技术产业增加值占规上工业增加值比重", "share", "=", 72, "%", "72%", "plan", Y,
      subject=PARK),

    # ---------------- 第五、第六 ----------------
    A("跨境电商交易额增长20%", "20%", "跨境电商交易额", "growth", "=", 20, "%", "20%", "plan", Y,
      subject=PARK),
    A("单位工业增加值能耗下降3.5%", "3.5%", "单位工业增加值能耗", "growth", "=", 3.5, "%", "3.5%",
      "plan", Y, subject=PARK, direction="decrease"),

    # ---------------- 三、远景安排 (the park's three-year plan) ----------------
    A("到2026年，开发区规上工业总产值力争突破2000亿元", "突破2000亿元", "规上工业总产值", "level",
      ">=", 2e11, "元", "2000亿元", "strive", 2026, subject=PARK),
]

SEC = "section or list numbering"
NAME = "part of a name or slogan, not a quantity"
PAST = "2023 result (past), not a target"
NOT_TARGETS = [
    ("嘉善经济技术开发区2024年工作计划", 1, "title: the year of the plan"),
    ("2023年，开发区坚持", 1, "the year reviewed"),
    ("规上工业增加值268.5亿元，增长9.6%；规上工业亩均税收38.2万元，比上年提高2.1万元", 1,
     PAST + " (a level, its growth, a yield per mu and its change)"),
    ("新招引10亿元以上项目7个", 1, PAST + " (a count with its qualifier 10亿元以上)"),
    ("位列全国第35位，居全省第5位", 1,
     PAST + " (ranks held; the 2024 targets are 前30位 and, kept, 第5位)"),
    ("2024年是实施“十四五”规划的攻坚之年", 1,
     "the year (a date) and the name of the 14th five-year plan"),
    ("第十四个年头", 1, "an ordinal of years since the park became national, not a quantity"),
    ("新一轮", 1, "一 of 新一轮 (a new round), not a quantity"),
    ("现制定2024年工作计划", 1, "the year of the plan"),
    ("一、主要目标", 1, SEC),
    ("2024年，开发区", 1, "the year of the targets that follow"),
    ("二、重点工作", 1, SEC),
    ("第一，", 1, SEC + " (ordinal list 第一…第六)"),
    ("第二，", 1, SEC),
    ("第三，", 1, SEC),
    ("第四，", 1, SEC),
    ("第五，", 1, SEC),
    ("第六，", 1, SEC),
    ("长三角", 2, NAME + " (the Yangtze River Delta)"),
    ("其中10亿元或1亿美元以上项目", 1, "qualifier (size class) of the 8个 target"),
    ("、50亿元以上项目", 1, "qualifier (size class) of the 1个 target"),
    ("世界500强", 1, NAME + " (the Fortune Global 500), part of the qualifier of the 3个 target"),
    ("“一个项目、一名领导、一个专班”", 1, NAME + " (a working mechanism)"),
    ("“一事一议”", 1, NAME + " (case-by-case negotiation)"),
    ("“零土地”", 1, NAME + " (technical renovation on existing land)"),
    ("一体化", 1, NAME + " (长三角生态绿色一体化发展示范区)"),
    ("上海、苏州两地", 1, "两地 (the two places), not a quantity"),
    ("三、远景安排", 1, SEC),
    ("按照开发区三年行动计划，到2026年", 1,
     "name of the park's three-year plan (2024-2026) and the horizon of the 2000亿元 target"),
    ("第一方阵", 1, "a rank group without a number (the first tier): a qualitative commitment"),
    ("四、保障措施", 1, SEC),
    ("2024年2月26日", 1, "date of issue"),
]


if __name__ == "__main__":
    main(HERE, ANNOTATIONS, NOT_TARGETS, codes=CODES, default_region=DEFAULT_REGION,
         units=UNITS, sections=SECTIONS, composed_subjects=COMPOSED_SUBJECTS,
         extra_checks=EXTRA_CHECKS)
