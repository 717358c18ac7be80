#!/usr/bin/env python3
"""Build the gold standard for hubei-city-2024-county-roundup (doc.txt, UTF-8).

The document is a page of a city newspaper (襄阳日报, 2024-01-30) on which the
heads of six counties, county-level cities and districts of 襄阳市 (湖北省,
GB/T 2260 420600) each state their 2024 plans, after the city's 人代会.  It is
written anew for this held-out set; the officials' names are invented and every
figure is illustrative (see meta.json "notes").  An editor's note (编者按) gives
three city-level targets; six sections follow, each headed "XX区委书记XXX：",
"XX市市长XXX：" or "XX县县长XXX：" with a one-line headline that restates a
target of its body; one clause inside the 樊城区 section is a city target
("为全市社会消费品零售总额突破2500亿元贡献樊城力量"); a closing 记者手记
speaks for the city again.  Towns (吴店、兴隆两镇; 石花、盛康两个重点镇) have no
code and are subjects under their county-level region.

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

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))   # tests/data: goldkit
from goldkit import A, main  # noqa: E402


CODES = {"襄阳市": "420600", "襄州区": "420607", "樊城区": "420606", "枣阳市": "420683",
         "谷城县": "420625", "南漳县": "420624", "保康县": "420626"}
DEFAULT_REGION = "襄阳市"
SECTIONS = [
    ("襄州区委书记陈立新：", "襄州区"),
    ("樊城区委书记刘文博：", "樊城区"),
    ("枣阳市市长王海涛：", "枣阳市"),
    ("谷城县县长赵志强：", "谷城县"),
    ("南漳县县长孙建华：", "南漳县"),
    ("保康县县长李晓东：", "保康县"),
    ("【记者手记】", "襄阳市"),
]
COMPOSED_SUBJECTS = {"吴店镇", "兴隆镇", "石花镇", "盛康镇"}
UNITS = {"元", "%", "个", "家", "人次", "名"}


def check_roundup(doc, records):
    assert 1500 <= len(doc) <= 3000, len(doc)
    assert 20 <= len(records) <= 40, len(records)
    # every section head has the form the brief asks for, and its region is a county-level division of 襄阳市
    for marker, region in SECTIONS[:-1]:
        assert re.fullmatch(r"(..区委书记|..市市长|..县县长)...：", marker), marker
        assert CODES[region][:4] == "4206" and CODES[region] != "420600"
        assert marker.startswith(region[:2])
    by_region = {}
    for r in records:
        by_region.setdefault(r["region"], []).append(r)
    # every section has records; the city has the editor's note and the one clause in the 樊城 section
    assert set(by_region) == set(CODES), set(by_region)
    city = by_region["襄阳市"]
    fancheng = doc.index("樊城区委书记刘文博：")
    zaoyang = doc.index("枣阳市市长王海涛：")
    assert len(city) == 4 and sum(fancheng < r["start"] < zaoyang for r in city) == 1
    # headlines are optional restatements of their own section's body
    for marker, region in SECTIONS[:-1]:
        head_line = doc[doc.index(marker):].split("\n")[1]
        in_head = [r for r in records if r["text"] == head_line or r["text"] in head_line
                   and doc.index(marker) < r["start"] < doc.index(marker) + len(marker) + len(head_line) + 2]
        for h in in_head:
            assert h.get("optional"), h
            body = [r for r in by_region[region] if not r.get("optional") and r["value"] == h["value"]
                    and r["indicator"] == h["indicator"]]
            assert body, ("headline restates no body record", h)
    # 各 gives one record per town on one span; towns are subjects, never regions
    towns = [r for r in records if r["subject"] in COMPOSED_SUBJECTS]
    assert len(towns) == 4 and len({(r["start"], r["end"]) for r in towns}) == 2
    assert all(r["year"] == 2024 or r["measure"] == "rank" for r in records)


EXTRA_CHECKS = [check_roundup]

Y = 2024
ED = "今年全市地区生产总值增长6.5%左右，规上工业增加值增长8%以上，奋力推动经济总量迈上6000亿元新台阶"
XZ = "襄州区将力争地区生产总值增长7.5%，规上工业增加值增长10%以上；全年工业投资突破300亿元，新签约亿元以上项目60个，其中50亿元以上项目3个"
FC = "推动社会消费品零售总额增长9%，为全市社会消费品零售总额突破2500亿元贡献樊城力量"
FC2 = "服务业增加值占地区生产总值比重提高到62%，力争在全国综合实力百强区排名中再进5位、跻身前60位"
ZY = "确保地区生产总值突破800亿元、增长7%以上"
ZY2 = "力争今年在全国县域经济百强县排名中进入前80位，并支持吴店、兴隆两镇争创全省经济百强镇"
GC = "谷城县今年确保地区生产总值增长8%、力争9%；推动石花、盛康两个重点镇规上工业产值各突破50亿元"
GC2 = "力争全年引进亿元以上项目40个，到位资金不低于150亿元"
NZ = "全年接待游客1500万人次，实现旅游综合收入120亿元，新增A级旅游景区2家"
BK = "今年保康将确保森林覆盖率保持在80%以上，单位地区生产总值能耗下降3%；地区生产总值力争迈上200亿元台阶"

ANNOTATIONS = [
    # ---------------- 编者按: the city (襄阳市) ----------------
    A(ED, "6.5%左右", "地区生产总值", "growth", "~", 6.5, "%", "6.5%", "plan", Y),
    A(ED, "8%以上", "规上工业增加值", "growth", ">=", 8, "%", "8%", "plan", Y),
    # 奋力 alone marks a stretch goal (heldout README); 迈上…台阶 names a level to reach, `=` (like 关口)
    A(ED, "6000亿元", "经济总量", "level", "=", 6e11, "元", "6000亿元", "strive", Y),

    # ---------------- 襄州区委书记 ----------------
    A("工业投资突破300亿元", "突破300亿元", "工业投资", "level", ">=", 3e10, "元", "300亿元", "plan", Y,
      occ=0, optional=True),                                   # headline
    A(XZ, "7.5%", "地区生产总值", "growth", "=", 7.5, "%", "7.5%", "strive", Y),
    # 增长 is a verb of its own: 力争 does not carry across the comma (corpus precedent)
    A(XZ, "10%以上", "规上工业增加值", "growth", ">=", 10, "%", "10%", "plan", Y),
    A(XZ, "突破300亿元", "工业投资", "level", ">=", 3e10, "元", "300亿元", "plan", Y),
    A(XZ, "60个", "新签约项目", "count", "=", 60, "个", "60个", "plan", Y, qualifier="亿元以上"),
    A(XZ, "3个", "新签约项目", "count", "=", 3, "个", "3个", "plan", Y, qualifier="50亿元以上"),

    # ---------------- 樊城区委书记 ----------------
    A("跻身全国综合实力百强区前60位", "前60位", "全国综合实力百强区排名", "rank", "<=", 60, "名", "60位",
      "plan", Y, optional=True),                               # headline
    A(FC, "9%", "社会消费品零售总额", "growth", "=", 9, "%", "9%", "plan", Y),
    # the city-level clause inside a district's section
    A(FC, "突破2500亿元", "社会消费品零售总额", "level", ">=", 2.5e11, "元", "2500亿元", "plan", Y,
      region="襄阳市"),
    A(FC2, "62%", "服务业增加值占地区生产总值比重", "share", "=", 62, "%", "62%", "plan", Y),
    A(FC2, "前60位", "全国综合实力百强区排名", "rank", "<=", 60, "名", "60位", "strive", Y),

    # ---------------- 枣阳市市长 ----------------
    A("地区生产总值突破800亿元", "突破800亿元", "地区生产总值", "level", ">=", 8e10, "元", "800亿元",
      "plan", Y, occ=0, optional=True),                        # headline
    A(ZY, "突破800亿元", "地区生产总值", "level", ">=", 8e10, "元", "800亿元", "ensure", Y),
    A(ZY, "7%以上", "地区生产总值", "growth", ">=", 7, "%", "7%", "ensure", Y),
    A(ZY2, "前80位", "全国县域经济百强县排名", "rank", "<=", 80, "名", "80位", "strive", Y),
    # 争创…百强镇: one record per town on one span; a long-run rank with no horizon (year null)
    A(ZY2, "百强", "全省经济百强镇", "rank", "<=", 100, "名", "百强", "strive", None, subject="吴店镇",
      span_occ=1),
    A(ZY2, "百强", "全省经济百强镇", "rank", "<=", 100, "名", "百强", "strive", None, subject="兴隆镇",
      span_occ=1),

    # ---------------- 谷城县县长 ----------------
    A("确保地区生产总值增长8%", "8%", "地区生产总值", "growth", "=", 8, "%", "8%", "ensure", Y, occ=0,
      optional=True),                                          # headline
    A(GC, "8%", "地区生产总值", "growth", "=", 8, "%", "8%", "ensure", Y),
    A(GC, "9%", "地区生产总值", "growth", "=", 9, "%", "9%", "strive", Y),
    A(GC, "突破50亿元", "规上工业产值", "level", ">=", 5e9, "元", "50亿元", "plan", Y, subject="石花镇"),
    A(GC, "突破50亿元", "规上工业产值", "level", ">=", 5e9, "元", "50亿元", "plan", Y, subject="盛康镇"),
    A(GC2, "40个", "引进项目", "count", "=", 40, "个", "40个", "strive", Y, qualifier="亿元以上"),
    # 到位资金… has no verb of its own: 力争 carries over
    A(GC2, "不低于150亿元", "到位资金", "level", ">=", 1.5e10, "元", "150亿元", "strive", Y),

    # ---------------- 南漳县县长 ----------------
    A("全年接待游客1500万人次", "1500万人次", "接待游客", "count", "=", 1.5e7, "人次", "1500万人次",
      "plan", Y, occ=0, optional=True),                        # headline
    A(NZ, "1500万人次", "接待游客", "count", "=", 1.5e7, "人次", "1500万人次", "plan", Y),
    A(NZ, "120亿元", "旅游综合收入", "level", "=", 1.2e10, "元", "120亿元", "plan", Y),
    A(NZ, "2家", "新增A级旅游景区", "count", "=", 2, "家", "2家", "plan", Y),

    # ---------------- 保康县县长 ----------------
    A(BK, "80%以上", "森林覆盖率", "share", ">=", 80, "%", "80%", "ensure", Y),
    # 下降 is a verb of its own: 确保 does not carry across the comma
    A(BK, "3%", "单位地区生产总值能耗", "growth", "=", 3, "%", "3%", "plan", Y, direction="decrease"),
    A(BK, "200亿元", "地区生产总值", "level", "=", 2e10, "元", "200亿元", "strive", Y),
    A("国考断面水质优良比例保持100%", "100%", "国考断面水质优良比例", "share", "=", 100, "%", "100%",
      "plan", Y),
]

SEC = "section or list numbering"
NAME = "part of a name or slogan, not a quantity"
PAST = "2023 result (past), not a target"
NOT_TARGETS = [
    ("襄阳日报　2024年1月30日　第3版", 1, "masthead: date and page number"),
    ("谈2024年发展思路", 1, "the year of the plans (a date)"),
    ("去年襄州区工业投资完成265亿元，新签约亿元以上项目52个", 1,
     PAST + " (an amount and a count with its qualifier 亿元以上)"),
    ("其中50亿元以上项目", 1, "qualifier (size class) of the 3个 target"),
    ("“专班推进、一抓到底”", 1, NAME + " (a working slogan)"),
    ("全国综合实力百强区前60位", 1, "百强区 names the ranking list; the headline's value is 前60位"),
    ("社会消费品零售总额", 3, "零 of the word 零售 (retail)"),
    ("总额增长8.2%", 1, PAST),
    ("在全国综合实力百强区中排名第65位", 1,
     PAST + " (百强区 names the list; 第65位 is the rank held in the last list)"),
    ("综合实力百强区排名中再进5位", 1,
     "百强区 names the list; 再进5位 is a rise of five places, a change of rank and not a position "
     "(the target position is 前60位, the next clause): no record"),
    ("枣阳是全国县域经济百强县", 1, "a fact (the city is on the list), not a target"),
    ("汽车零部件", 2, "零 of the word 零部件 (parts)"),
    ("在全国县域经济百强县排名中", 1, "百强县 names the ranking list; the value is 前80位"),
    ("吴店、兴隆两镇", 1, "两镇 enumerates the two towns just named (a structure)"),
    ("跑得更快一些", 1, "一些 (somewhat), not a quantity"),
    ("石花、盛康两个重点镇", 1, "两个 enumerates the two towns just named (a structure)"),
    ("两大主导产业", 1, "两大 enumerates the two industries just named (a structure)"),
    ("下一步", 1, "下一步 (next step), not a quantity"),
    ("全县森林覆盖率已达79.6%", 1, "a present fact (already reached), not a target"),
    ("汉江“一江清水”", 1, NAME + " (a slogan: one river of clear water)"),
]


if __name__ == "__main__":
    main(HERE, ANNOTATIONS, NOT_TARGETS, codes=CODES, default_region=DEFAULT_REGION,
         units=UNITS, sections=SECTIONS, composed_subjects=COMPOSED_SUBJECTS,
         extra_checks=EXTRA_CHECKS)
