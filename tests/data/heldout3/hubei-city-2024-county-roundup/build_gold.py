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
import json
import os
import re
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
DOC_PATH = os.path.join(HERE, "doc.txt")
META_PATH = os.path.join(HERE, "meta.json")


def A(text, span, indicator, measure, comparator, value, unit, value_text, strength,
      year, region=None, subject=None, qualifier=None, direction=None, occ=None,
      span_occ=0, optional=False, cmp_from=None, cell_unit=None):
    """One gold record.  text: the clause (verbatim; occ picks an occurrence when it
    repeats); span: the value expression inside the clause (span_occ picks one when
    it repeats there); cmp_from: where the comparator comes from when no comparator
    word stands in the span (a word of the clause, or RANGE_LOW / RANGE_HIGH for
    the two ends of a range); cell_unit: the unit of a bare table cell (HELDOUT3)."""
    return dict(text=text, span=span, indicator=indicator, measure=measure,
                comparator=comparator, value=value, unit=unit, value_text=value_text,
                strength=strength, year=year, region=region, subject=subject,
                qualifier=qualifier, direction=direction, occ=occ, span_occ=span_occ,
                optional=optional, cmp_from=cmp_from, cell_unit=cell_unit)


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
# ============================================================================
# Checking engine: the block of every build_gold.py under tests/data/corpus/
# and tests/data/heldout/, with three additive extensions (marked HELDOUT2),
# the same in all five tests/data/heldout2/ builds: 逾 is a `>=` word; 準 has
# its Simplified form 准; 百分之N (Chinese numerals, 点 decimals) is a %.
# tests/data/heldout3/ adds one more (marked HELDOUT3), the same in all five
# of its builds: a table cell holds a bare number whose unit stands in the
# row's indicator cell (旅游总收入（亿元）\t1800\t2050): A(..., cell_unit="亿元")
# reads value_text + cell_unit; the unit must be in the row and outside the span.
# Nothing that parsed before parses differently.
# ============================================================================

MEASURES = {"level", "growth", "count", "share", "rank"}
COMPARATORS = {">=", "<=", "~", "="}
STRENGTHS = {"ensure", "strive", "plan"}
DIRECTIONS = {None, "decrease", "increase"}
FIELDS = ("start", "end", "text", "region", "region_code", "subject", "indicator",
          "qualifier", "measure", "comparator", "value", "unit", "direction",
          "value_text", "strength", "year")

FULLWIDTH = str.maketrans("０１２３４５６７８９．％", "0123456789.%")
# Traditional -> Simplified, for unit, magnitude and numeral characters only
T2S = str.maketrans({"億": "亿", "萬": "万", "兩": "两", "個": "个", "場": "场",
                     "噸": "吨", "畝": "亩", "張": "张", "戶": "户", "條": "条",
                     "項": "项", "強": "强", "輛": "辆", "臺": "台", "處": "处",
                     "間": "间", "標": "标", "團": "团", "隊": "队", "鎮": "镇",
                     "點": "点", "歲": "岁",
                     "準": "准"})   # HELDOUT2: 準 (標準箱)
CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNITS = {"十": 10, "百": 100, "千": 1000}
MAGNITUDE = {"万亿": Decimal(10) ** 12, "亿": Decimal(10) ** 8, "万": Decimal(10) ** 4}
NUM = r"([0-9]+(?:\.[0-9]+)?|[零〇一二两三四五六七八九十百千]+)"
MAG = r"(万亿|亿|万)?"
# numerals for the coverage check: Arabic (ASCII or full-width, with decimals) or
# Chinese; 百 of 百分点 is part of a unit; 万/亿 are magnitudes, not numerals
NUMERAL = re.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)?"
                     r"|(?:[零〇一二两兩三四五六七八九十千]|百(?!分点))+")

# comparator words that may stand inside a span, longest first
CMP_WORDS = sorted([
    ("不少于", ">="), ("不低于", ">="), ("不少於", ">="), ("至少", ">="), ("突破", ">="),
    ("超过", ">="), ("超過", ">="), ("以上", ">="), ("超", ">="), ("破", ">="),
    ("逾", ">="),                                   # HELDOUT2
    ("不超过", "<="), ("不超過", "<="), ("不高于", "<="), ("以内", "<="), ("以內", "<="),
    ("以下", "<="), ("控制在", "<="), ("低于", "<="), ("低於", "<="),
    ("左右", "~"), ("约", "~"), ("約", "~"), ("上下", "~"), ("余", "~"), ("餘", "~"),
], key=lambda w: -len(w[0]))
RANGE_DASHES = "-—－–~～至到"


def cn_number(s):
    """A Chinese numeral: 十, 三, 一百二十, 两千, 三十五, 一万二千."""
    if "万" in s:
        hi, lo = s.split("万")
        return cn_number(hi) * 10000 + (cn_number(lo) if lo else 0)
    total, cur = 0, 0
    for ch in s:
        if ch in CN_DIGITS:
            cur = CN_DIGITS[ch]
        elif ch in CN_UNITS:
            total += (cur or 1) * CN_UNITS[ch]
            cur = 0
        else:
            raise ValueError(s)
    return Decimal(total + cur)


def number(s):
    if re.fullmatch(r"[0-9]+(\.[0-9]+)?", s):
        return Decimal(s)
    return cn_number(s)


def parse_value_text(vt, measure):
    """value_text as written -> (Decimal value in base units, Simplified base unit)."""
    v = vt.translate(FULLWIDTH).translate(T2S)
    m = re.fullmatch(r"([零〇一二两三四五六七八九十百千]+万[零〇一二两三四五六七八九十百千]+)(.+)", v)
    if m:                     # a Chinese numeral with 万 inside: 一万二千个
        return cn_number(m.group(1)), m.group(2)
    # HELDOUT2: 百分之八 / 百分之六点五 (a per cent written in Chinese numerals)
    m = re.fullmatch(r"百分之([零〇一二两三四五六七八九十]+)(?:点([零〇一二三四五六七八九]+))?", v)
    if m:
        frac = "".join(str(CN_DIGITS[c]) for c in (m.group(2) or ""))
        return cn_number(m.group(1)) + (Decimal("0." + frac) if frac else 0), "%"
    m = re.fullmatch(r"([0-9]+(?:\.[0-9]+)?)(%|个百分点)", v)
    if m:
        return Decimal(m.group(1)), m.group(2)
    m = re.fullmatch(NUM + r"成", v)
    if m:
        return number(m.group(1)) * 10, "%"
    if measure == "rank":
        m = re.fullmatch(NUM + r"(强|名|位)", v)
        assert m, ("rank value_text", vt)
        return number(m.group(1)), "名"
    m = re.fullmatch(NUM + "?" + MAG + r"(元|美元)", v) or re.fullmatch(NUM + "?" + r"(万亿|亿)()", v)
    if m and (m.group(1) or m.group(2)):
        val = number(m.group(1)) if m.group(1) else Decimal(1)
        if m.group(2):
            val *= MAGNITUDE[m.group(2)]
        return val, (m.group(3) or "元")
    m = re.fullmatch(NUM + MAG + r"(.+)", v)
    if m:
        val = number(m.group(1))
        if m.group(2):
            val *= MAGNITUDE[m.group(2)]
        return val, m.group(3)
    raise ValueError("cannot parse value_text %r" % vt)


def comparator_of(span, measure):
    """The comparator that the words inside a span give."""
    if measure == "rank":
        if "第" in span and not re.search("以内|以內", span):
            return "="
        return "<="
    for word, cmp in CMP_WORDS:
        if word in span:
            return cmp
    return "="


def plain(d):
    return int(d) if d == d.to_integral_value() else float(d)


def nth_find(hay, needle, n):
    pos = -1
    for _ in range(n + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def read_doc():
    with open(META_PATH, encoding="utf-8") as f:
        meta = json.load(f)
    with open(DOC_PATH, "rb") as f:
        raw = f.read()
    enc = meta["encoding"]
    doc = raw.decode(enc)
    assert doc.encode(enc) == raw, "the file does not round-trip through " + enc
    if enc == "big5":
        assert all(raw.decode(c) == doc for c in ("big5", "cp950", "big5hkscs"))
    if enc == "utf-8":
        assert not raw.startswith(b"\xef\xbb\xbf"), "no BOM"
    assert "\r" not in doc
    for key in ("date", "region", "encoding", "genre", "notes"):
        assert meta.get(key), ("meta.json lacks", key)
    assert meta["region"] == DEFAULT_REGION
    assert 1500 <= len(doc) <= 4000, ("length", len(doc))
    return doc, meta


def section_region(doc, pos):
    region = DEFAULT_REGION
    for marker, reg in SECTIONS:
        assert doc.count(marker) == 1, ("section marker not unique", marker)
        if doc.index(marker) <= pos:
            region = reg
    return region


def build_records(doc):
    records, seen = [], set()
    for a in ANNOTATIONS:
        n = doc.count(a["text"])
        assert n >= 1, ("clause not in doc", a["text"])
        if a["occ"] is None:
            assert n == 1, ("clause repeats; give occ", a["text"], n)
            occ = 0
        else:
            occ = a["occ"]
            assert occ < n, ("no such occurrence", a["text"], occ)
        t = nth_find(doc, a["text"], occ)
        assert a["text"].count(a["span"]) == 1 or a["span_occ"] > 0, ("span repeats in clause", a)
        k = nth_find(a["text"], a["span"], a["span_occ"])
        assert k >= 0, ("span not in clause", a["text"], a["span"])
        start, end = t + k, t + k + len(a["span"])
        assert doc[start:end] == a["span"], (doc[start:end], a["span"])
        region = a["region"] or section_region(doc, start)
        assert region in CODES, ("no code for region", region)
        assert re.fullmatch(r"[1-9][0-9]{5}", CODES[region])
        # field domains
        assert a["measure"] in MEASURES, a
        assert a["comparator"] in COMPARATORS, a
        assert a["strength"] in STRENGTHS, a
        assert a["direction"] in DIRECTIONS, a
        assert a["year"] is None or (isinstance(a["year"], int) and 2020 <= a["year"] <= 2035), a
        assert a["indicator"] and isinstance(a["indicator"], str), a
        assert a["unit"] in UNITS, ("unit not a Simplified base unit of this doc", a["unit"])
        # value_text sits in the span, as written, and value is value_text in base units
        assert a["value_text"] in a["span"], (a["value_text"], a["span"])
        vt = a["value_text"]
        if a.get("cell_unit"):                                  # HELDOUT3: a table cell
            assert re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", vt), ("a cell value is a bare number", a)
            assert "（" + a["cell_unit"] + "）" in a["text"], ("cell unit not in the row", a)
            assert a["cell_unit"] not in a["span"], a
            vt = vt + a["cell_unit"]
        value, unit = parse_value_text(vt, a["measure"])
        assert unit == a["unit"], (a["value_text"], unit, a["unit"])
        assert abs(value - Decimal(repr(a["value"]))) <= Decimal("1e-9") * max(Decimal(1), value), \
            (a["value_text"], value, a["value"])
        # comparator: from the words in the span, or from a named word of the clause
        if a["cmp_from"] in ("RANGE_LOW", "RANGE_HIGH"):
            if a["cmp_from"] == "RANGE_LOW":
                assert doc[end] in RANGE_DASHES, ("not the low end of a range", a)
                assert a["comparator"] == ">="
            else:
                assert doc[start - 1] in RANGE_DASHES, ("not the high end of a range", a)
                assert a["comparator"] == "<="
        elif a["cmp_from"]:
            assert a["cmp_from"] in a["text"] and a["cmp_from"] not in a["span"], a
            assert comparator_of(a["cmp_from"], a["measure"]) == a["comparator"], a
        else:
            assert comparator_of(a["span"], a["measure"]) == a["comparator"], \
                ("comparator disagrees with the span", a["span"], a["comparator"])
        # measure-specific sanity
        if a["measure"] == "level" and unit in ("元", "美元"):
            assert value >= 10 ** 4, a
        if a["measure"] in ("growth", "share"):
            assert unit in ("%", "个百分点"), a
        if a["measure"] == "rank":
            assert unit == "名", a
        if a["measure"] == "count":
            assert unit not in ("元", "美元", "%", "个百分点"), a
        if a["direction"] == "decrease":
            assert re.search("下降|减少|降低|压减|減少|壓減", a["text"]), a
        if a["qualifier"]:
            assert a["qualifier"] in a["text"], ("qualifier not in clause", a)
            q0 = a["text"].find(a["qualifier"])
            assert not (t + q0 < end and start < t + q0 + len(a["qualifier"])), ("qualifier overlaps span", a)
        if a["subject"] and a["subject"] not in COMPOSED_SUBJECTS:
            assert a["subject"] in doc, ("subject not in doc", a["subject"])
        key = (start, end, a["indicator"], region, a["subject"], value)
        assert key not in seen, ("duplicate record", key)
        seen.add(key)
        rec = {
            "start": start, "end": end, "text": a["text"], "region": region,
            "region_code": CODES[region], "subject": a["subject"],
            "indicator": a["indicator"], "qualifier": a["qualifier"],
            "measure": a["measure"], "comparator": a["comparator"], "value": plain(value),
            "unit": unit, "direction": a["direction"], "value_text": a["value_text"],
            "strength": a["strength"], "year": a["year"],
        }
        assert tuple(rec) == FIELDS
        if a["optional"]:
            rec["optional"] = True
        records.append(rec)
    records.sort(key=lambda r: (r["start"], r["end"], r["region"], r["indicator"]))
    return records


def check_numbers(doc, records):
    """Every numeral in the text is inside a gold span or explained once in NOT_TARGETS."""
    tokens = [(m.start(), m.end(), m.group()) for m in NUMERAL.finditer(doc)]
    spans = [(r["start"], r["end"], r.get("optional", False)) for r in records]
    for ts, te, tok in tokens:
        for s, e, _ in spans:
            assert not (s < te and ts < e) or (s <= ts and te <= e), ("span cuts a numeral", tok, ts)
    explained = {}
    for context, count, reason in NOT_TARGETS:
        n = doc.count(context)
        assert n == count, ("context count", context, n, count)
        pos, hits = -1, 0
        for _ in range(count):
            pos = doc.find(context, pos + 1)
            for ts, te, tok in tokens:
                if pos <= ts and te <= pos + len(context):
                    if any(s <= ts and te <= e for s, e, _ in spans):
                        continue
                    assert ts not in explained, ("numeral explained twice", tok, context,
                                                 explained.get(ts))
                    explained[ts] = (context, reason, tok)
                    hits += 1
        assert hits, ("context explains no numeral", context)
    covered, uncovered, missing = [], [], []
    for ts, te, tok in tokens:
        in_span = [opt for s, e, opt in spans if s <= ts and te <= e]
        if in_span:
            covered.append((ts, tok, all(in_span)))
        elif ts in explained:
            uncovered.append((ts, tok) + explained[ts])
        else:
            missing.append("%r at %d: %r" % (tok, ts, doc[max(0, ts - 12):te + 8]))
    assert not missing, "numerals neither in a gold span nor explained:\n  " + "\n  ".join(missing)
    return tokens, covered, uncovered


def not_target_list(uncovered):
    """Markdown list of the numerals outside gold spans, one line per context."""
    lines, last = [], None
    for ts, tok, context, reason, _ in sorted(uncovered):
        if last and last[0] == context:
            last[1].append(tok)
            continue
        last = (context, [tok], reason)
        lines.append(last)
    return ["- 「%s」: %s (%s)" % (c, ", ".join(toks), r) for c, toks, r in lines]


def main():
    doc, meta = read_doc()
    records = build_records(doc)
    tokens, covered, uncovered = check_numbers(doc, records)
    for check in EXTRA_CHECKS:
        check(doc, records)
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    n_opt = sum(1 for r in records if r.get("optional"))
    print("%s: %d characters (%s); %d records (%d required, %d optional); "
          "%d numerals: %d in gold spans, %d explained"
          % (os.path.basename(HERE), len(doc), meta["encoding"], len(records),
             len(records) - n_opt, n_opt, len(tokens), len(covered), len(uncovered)))
    if "-v" in sys.argv:
        for r in records:
            print(r["start"], r["end"], repr(doc[r["start"]:r["end"]]), r["region"],
                  r["subject"] or "", r["indicator"], r["qualifier"] or "", r["measure"],
                  r["comparator"], r["value"], r["unit"], r["direction"] or "",
                  r["strength"], r["year"], "OPT" if r.get("optional") else "")
    if "--not-targets" in sys.argv:
        print("\n".join(not_target_list(uncovered)))


if __name__ == "__main__":
    main()
