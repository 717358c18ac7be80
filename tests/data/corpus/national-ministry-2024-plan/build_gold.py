#!/usr/bin/env python3
"""Build the gold standard for national-ministry-2024-plan (doc.txt, UTF-8).

The folder name comes from the brief, which first asked for a national ministry
plan and then, because 全国 has no GB/T 2260 code, for a provincial one instead.
The document is a 广东省 action plan (行动方案) on the green and low-carbon
transformation of manufacturing, 2024-2027, issued by the 省政府办公厅 and
written anew for this corpus; its figures are illustrative (see meta.json
"notes").  National documents are named in it but none of their figures is
quoted, so every target is the province's or a named city's.

Targets are staged: 到2025年 -> 2025, 到2027年 -> 2027.  Targets of the plan with
no horizon of their own, and 每年 targets of the 2024-2027 period, take the plan's
end year 2027; 2024年 targets take 2024.  Ranges (10%—12%, 92%—95%) are two
records: the low end `>=`, the high end `<=`.

Each annotation names the clause it was read from (a verbatim substring of
doc.txt), the value expression inside it (the span) and the TARGETS.md fields.
start/end are computed, never counted by hand.  The checks assert that every
span slices back out of the text, that every value equals its value_text in
base units (万亿元 x 1e12, 亿吨 x 1e8, 万辆 x 1e4), that the comparator agrees
with the words in the span (or with the range it ends), and that every numeral
of the text is either inside a gold span or explained in NOT_TARGETS.
Run:  python3 build_gold.py [-v] [--not-targets]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))   # tests/data: goldkit
from goldkit import A, main  # noqa: E402


CODES = {"广东省": "440000", "湛江市": "440800", "茂名市": "440900"}
DEFAULT_REGION = "广东省"
SECTIONS = []
COMPOSED_SUBJECTS = set()
EXTRA_CHECKS = []
UNITS = {"元", "%", "家", "吨", "台", "辆", "个", "项"}

Y = 2024
S1 = 2025
S2 = 2027         # the plan's end year

G25 = "到2025年，全省规模以上工业单位增加值能耗比2020年下降13.5%，绿色低碳产业规模突破1.8万亿元，累计创建国家级绿色工厂400家以上，大宗工业固体废物综合利用率达到65%"
G27 = "绿色低碳产业规模力争达到2.2万亿元，年均增长10%—12%"
EQUIP = "每年推动8000家以上规模以上工业企业实施设备更新和技术改造，带动设备投资累计超过1.2万亿元"
DIGI = "规模以上工业企业数字化转型比例达到75%，重点行业关键工序数控化率不低于70%"
EFF = "能效达到标杆水平以上的产能比例达到30%，到2027年提高到50%"
PETRO = "支持湛江、茂名建设世界级绿色石化产业基地，到2027年，绿色石化产业规模分别达到3000亿元和2500亿元"
SYS = "累计培育省级绿色工业园区30个、绿色供应链管理企业200家"
WATER = "工业用水重复利用率保持在92%—95%"
INNOV = "建成省级以上绿色低碳领域制造业创新中心10家，突破关键核心技术50项以上，培育绿色低碳领域专精特新中小企业1000家"
PV = "新建厂房屋顶光伏覆盖率不低于50%"

ANNOTATIONS = [
    # ---------------- 一、主要目标: 2025 ----------------
    A(G25, "13.5%", "规模以上工业单位增加值能耗", "growth", "=", 13.5, "%", "13.5%", "plan", S1,
      direction="decrease"),
    A(G25, "突破1.8万亿元", "绿色低碳产业规模", "level", ">=", 1.8e12, "元", "1.8万亿元", "plan", S1),
    A(G25, "400家以上", "累计创建国家级绿色工厂", "count", ">=", 400, "家", "400家", "plan", S1),
    A(G25, "65%", "大宗工业固体废物综合利用率", "share", "=", 65, "%", "65%", "plan", S1),

    # ---------------- 一、主要目标: 2027 ----------------
    A("规模以上工业单位增加值能耗在2025年基础上再下降5%左右", "5%左右",
      "规模以上工业单位增加值能耗", "growth", "~", 5, "%", "5%", "plan", S2, direction="decrease"),
    A(G27, "2.2万亿元", "绿色低碳产业规模", "level", "=", 2.2e12, "元", "2.2万亿元", "strive", S2),
    # 年均增长 has a verb of its own, so 力争 does not carry over (TARGETS.md)
    A(G27, "10%", "绿色低碳产业规模", "growth", ">=", 10, "%", "10%", "plan", S2, cmp_from="RANGE_LOW"),
    A(G27, "12%", "绿色低碳产业规模", "growth", "<=", 12, "%", "12%", "plan", S2, cmp_from="RANGE_HIGH"),
    A("新能源汽车产量占比达到60%以上", "60%以上",
      "新能源汽车产量占比", "share", ">=", 60, "%", "60%", "plan", S2),
    A("工业固体废物年综合利用量达到1.2亿吨", "1.2亿吨",
      "工业固体废物年综合利用量", "level", "=", 1.2e8, "吨", "1.2亿吨", "plan", S2),
    A("工业领域二氧化碳排放量控制在3.3亿吨以内", "控制在3.3亿吨以内",
      "工业领域二氧化碳排放量", "level", "<=", 3.3e8, "吨", "3.3亿吨", "plan", S2),

    # ---------------- （一）设备更新 ----------------
    A(EQUIP, "8000家以上", "规模以上工业企业实施设备更新和技术改造", "count", ">=", 8000, "家",
      "8000家", "plan", S2),
    A(EQUIP, "超过1.2万亿元", "设备投资累计", "level", ">=", 1.2e12, "元", "1.2万亿元", "plan", S2),
    A(DIGI, "75%", "规模以上工业企业数字化转型比例", "share", "=", 75, "%", "75%", "plan", S2),
    A(DIGI, "不低于70%", "重点行业关键工序数控化率", "share", ">=", 70, "%", "70%", "plan", S2),

    # ---------------- （二）能效 ----------------
    A(EFF, "30%", "能效达到标杆水平以上的产能比例", "share", "=", 30, "%", "30%", "plan", S1),
    A(EFF, "50%", "能效达到标杆水平以上的产能比例", "share", "=", 50, "%", "50%", "plan", S2),
    A("2024年完成高耗能落后机电设备淘汰更新10万台（套）", "10万台（套）",
      "高耗能落后机电设备淘汰更新", "count", "=", 100000, "台", "10万台", "plan", Y),

    # ---------------- （三）区域布局 ----------------
    A("珠三角地区规模以上工业企业绿色工厂覆盖率达到40%以上", "40%以上",
      "规模以上工业企业绿色工厂覆盖率", "share", ">=", 40, "%", "40%", "plan", S2,
      subject="珠三角地区"),
    A(PETRO, "3000亿元", "绿色石化产业规模", "level", "=", 3e11, "元", "3000亿元", "plan", S2,
      region="湛江市"),
    A(PETRO, "2500亿元", "绿色石化产业规模", "level", "=", 2.5e11, "元", "2500亿元", "plan", S2,
      region="茂名市"),
    A("力争全省新能源汽车年产量突破400万辆", "突破400万辆",
      "新能源汽车年产量", "count", ">=", 4e6, "辆", "400万辆", "strive", S2),

    # ---------------- （四）绿色制造体系 ----------------
    A("每年遴选省级绿色制造示范单位100家左右", "100家左右",
      "遴选省级绿色制造示范单位", "count", "~", 100, "家", "100家", "plan", S2),
    A(SYS, "30个", "累计培育省级绿色工业园区", "count", "=", 30, "个", "30个", "plan", S2),
    A(SYS, "200家", "绿色供应链管理企业", "count", "=", 200, "家", "200家", "plan", S2),

    # ---------------- （五）资源循环 ----------------
    A("再生资源回收利用量达到5000万吨", "5000万吨",
      "再生资源回收利用量", "level", "=", 5e7, "吨", "5000万吨", "plan", S2),
    A(WATER, "92%", "工业用水重复利用率", "share", ">=", 92, "%", "92%", "plan", S2,
      cmp_from="RANGE_LOW"),
    A(WATER, "95%", "工业用水重复利用率", "share", "<=", 95, "%", "95%", "plan", S2,
      cmp_from="RANGE_HIGH"),

    # ---------------- （六）技术创新 ----------------
    A(INNOV, "10家", "绿色低碳领域制造业创新中心", "count", "=", 10, "家", "10家", "plan", S2,
      qualifier="省级以上"),
    A(INNOV, "50项以上", "突破关键核心技术", "count", ">=", 50, "项", "50项", "plan", S2),
    A(INNOV, "1000家", "培育绿色低碳领域专精特新中小企业", "count", "=", 1000, "家", "1000家",
      "plan", S2),
    A(PV, "不低于50%", "新建厂房屋顶光伏覆盖率", "share", ">=", 50, "%", "50%", "plan", S2),

    # ---------------- 三、保障措施 ----------------
    A("省级财政每年安排不低于10亿元资金", "不低于10亿元",
      "省级财政每年安排资金", "level", ">=", 1e9, "元", "10亿元", "plan", S2),
    A("绿色贷款余额年均增速保持在20%以上", "20%以上",
      "绿色贷款余额", "growth", ">=", 20, "%", "20%", "plan", S2),
]

NAME = "part of a name or title, not a quantity"
PLANSPAN = "the plan's span of years (2024—2027年 is a period, not a value range)"
NOT_TARGETS = [
    ("（2024—2027年）", 3, PLANSPAN + ", in the plan's title"),
    ("粤府办〔2024〕18号", 1, "document number"),
    ("2024年6月18日", 1, "date of issue"),
    ("党的二十大", 1, NAME),
    ("省委“1310”具体部署", 1, NAME + " (the provincial work plan)"),
    ("一、主要目标", 1, "section numbering"),
    ("到2025年，全省", 1, "horizon of the targets that follow"),
    ("比2020年", 1, "base year of the 13.5% reduction"),
    ("到2027年，规模以上工业单位", 1, "horizon of the targets that follow"),
    ("在2025年基础上", 1, "base year of the 5% reduction"),
    ("二氧化碳排放量控制在", 1, "二 of the chemical name 二氧化碳"),
    ("确保2030年前工业领域二氧化碳排放达峰", 1,
     "a milestone date with no quantity (2030; 二 of 二氧化碳)"),
    ("二、重点任务", 1, "section numbering"),
    ("（一）实施设备更新改造行动。2024—2027年", 1, "list numbering; " + PLANSPAN),
    ("到2027年，规模以上工业企业数字化", 1, "horizon of the targets that follow"),
    ("（二）实施能效提升行动", 1, "list numbering"),
    ("到2025年，能效", 1, "horizon of the 30% target"),
    ("到2027年提高到", 1, "horizon of the 50% target"),
    ("设备，2024年完成", 1, "the year of the 10万台 target"),
    ("（三）优化绿色制造区域布局", 1, "list numbering"),
    ("到2027年，珠", 1, "horizon of the 40% target"),
    ("珠三角地区", 2, NAME + " (the Pearl River Delta: 三角 = delta)"),
    ("到2027年，绿色石化", 1, "horizon of the paired targets"),
    ("（四）健全绿色制造体系", 1, "list numbering"),
    ("到2027年，累计培育", 1, "horizon of the targets that follow"),
    ("（五）推进工业资源循环利用", 1, "list numbering"),
    ("建设一批再生资源", 1, "一批 (a number of), no count"),
    ("到2027年，再生资源", 1, "horizon of the targets that follow"),
    ("（六）强化绿色低碳技术创新", 1, "list numbering"),
    ("到2027年，建成", 1, "horizon of the targets that follow"),
    ("三、保障措施", 1, "section numbering"),
    ("加大财政支持力度，2024—2027年", 1, PLANSPAN),
    ("于2024年8月31日前", 1, "deadline (a date)"),
    ("“一季度一调度、一年一评估”", 1, NAME + " (a working routine)"),
]


if __name__ == "__main__":
    main(HERE, ANNOTATIONS, NOT_TARGETS, codes=CODES, default_region=DEFAULT_REGION,
         units=UNITS, sections=SECTIONS, composed_subjects=COMPOSED_SUBJECTS,
         extra_checks=EXTRA_CHECKS)
