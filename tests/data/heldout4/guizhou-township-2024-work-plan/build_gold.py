#!/usr/bin/env python3
"""Build the gold standard for guizhou-township-2024-work-plan (doc.txt, UTF-8).

The document is a township's annual work plan (重点工作计划), that of 兴隆镇 in
湄潭县 (遵义市, 贵州省; GB/T 2260 湄潭县 520328), issued by the town's party
committee and government on 2024-02-26 and written anew for this held-out set;
every figure is illustrative (see meta.json "notes").  A township has no GB/T
2260 code: every record's region is the county, 湄潭县, and the town (兴隆镇) is
the subject of the town's own targets; two villages (核桃坝村, 龙凤村) are the
subjects of theirs (one 各 over both), and one clause names a county target
(为全县茶叶综合产值突破200亿元贡献兴隆力量: region 湄潭县, no subject).  Many
small counts (户, 人, 人次, 个, 条, 家, 名), areas (亩) and lengths (公里), three
确保…、力争… pairs, 一是/二是/三是 lists in every task, and four targets in Chinese
numerals (六百亩, 三千亩, 两个, 十名); a 2023 base line, a 清零 way of management
and 十/二十 in names as non-targets.

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
from decimal import Decimal, ROUND_HALF_UP

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

CODES = {"湄潭县": "520328"}
DEFAULT_REGION = "湄潭县"
SECTIONS = []
COMPOSED_SUBJECTS = set()
UNITS = {"元", "%", "个", "家", "亩", "吨", "人次", "头", "公里", "条", "户", "人", "名"}
TOWN = "兴隆镇"
VILLAGES = ("核桃坝村", "龙凤村")


def check_township_plan(doc, records):
    assert 1500 <= len(doc) <= 3000, len(doc)
    assert 20 <= len(records) <= 40, len(records)
    for r in records:
        assert r["region"] == "湄潭县" and r["region_code"] == "520328" and r["year"] == 2024
        assert r["subject"] in (TOWN,) + VILLAGES or (r["subject"] is None and r["unit"] == "元"), r
    # the one county target: no subject, in the 贡献兴隆力量 clause
    county = [r for r in records if r["subject"] is None]
    assert len(county) == 1 and county[0]["value"] == 2e10 and "全县" in county[0]["text"]
    # 一是/二是/三是 in each of the five tasks
    part = doc[doc.index("二、重点工作"):doc.index("三、保障措施")]
    assert part.count("一是") == part.count("二是") == part.count("三是") == 5
    # the three 确保/力争 pairs: ensure below strive, on one indicator each
    pairs = {}
    for r in records:
        if r["strength"] in ("ensure", "strive"):
            pairs.setdefault(r["indicator"], {})[r["strength"]] = r["value"]
    full = {k: v for k, v in pairs.items() if len(v) == 2}
    assert len(full) == 3 and all(v["ensure"] < v["strive"] for v in full.values()), full
    # Chinese numerals as written
    cn = sorted(r["value_text"] for r in records if not re.search("[0-9]", r["value_text"]))
    assert cn == sorted(["六百亩", "三千亩", "两个", "十名"]), cn
    # 各: one span, one record per village
    ge = [r for r in records if r["indicator"] == "新建村级文化广场"]
    assert sorted(r["subject"] for r in ge) == sorted(VILLAGES) and len({r["start"] for r in ge}) == 1
    # targets above the 2023 base given in the text
    assert 5.2e4 > 5.1e4 and 2.1e4 > 1.94e4
    assert Decimal("1.94") * Decimal("1.08") <= Decimal("2.1")        # 达到2.1万元 agrees with 增长8%以上


EXTRA_CHECKS = [check_township_plan]

Y = 2024
GOAL = "2024年，全镇完成固定资产投资3.5亿元；农村居民人均可支配收入达到2.1万元，增长8%以上；招商引资到位资金确保1.2亿元、力争1.5亿元；村级集体经济收入村村达到10万元以上，其中50万元以上的村达到3个"
TEA = "全镇茶园面积稳定在5.2万亩以上，新建标准化茶园六百亩，改造提升低效茶园三千亩"
PROC = "确保新增规模以上茶叶加工企业1家、力争2家，全镇干茶产量达到9500吨，核桃坝村新建茶叶精制加工厂1个"
TOUR = "全年接待游客力争突破35万人次，为全县茶叶综合产值突破200亿元贡献兴隆力量"
GRAIN = "全镇粮食播种面积稳定在2.8万亩以上，粮食产量达到1.1万吨"
FARM = "种植辣椒5000亩，生猪出栏稳定在2万头左右"
ROAD = "新建通组硬化路8.5公里，实施农村公路安全生命防护工程12公里，新建产业路4条"
ENV = "完成农村户厕改造220户，农村生活垃圾收运处置体系覆盖率保持100%"
DEMO = "打造和美乡村示范点两个，龙凤村、核桃坝村各新建村级文化广场1个"
JOBS = "脱贫劳动力务工就业稳定在4200人以上，新增城镇就业150人，培育农村致富带头人十名"
SAFE = "城乡居民基本医疗保险参保率稳定在98%以上，完成农村危房改造15户"

ANNOTATIONS = [
    # ---------------- 一、总体目标 (the town's targets: subject 兴隆镇) ----------------
    A(GOAL, "3.5亿元", "固定资产投资", "level", "=", 3.5e8, "元", "3.5亿元", "plan", Y, subject=TOWN),
    A(GOAL, "2.1万元", "农村居民人均可支配收入", "level", "=", 21000, "元", "2.1万元", "plan", Y, subject=TOWN),
    A(GOAL, "8%以上", "农村居民人均可支配收入", "growth", ">=", 8, "%", "8%", "plan", Y, subject=TOWN),
    A(GOAL, "1.2亿元", "招商引资到位资金", "level", "=", 1.2e8, "元", "1.2亿元", "ensure", Y, subject=TOWN),
    A(GOAL, "1.5亿元", "招商引资到位资金", "level", "=", 1.5e8, "元", "1.5亿元", "strive", Y, subject=TOWN),
    A(GOAL, "10万元以上", "村级集体经济收入", "level", ">=", 100000, "元", "10万元", "plan", Y, subject=TOWN),
    # 50万元以上 is the class of village (qualifier), the count is 3个
    A(GOAL, "3个", "村", "count", "=", 3, "个", "3个", "plan", Y, subject=TOWN, qualifier="50万元以上"),

    # ---------------- （一）茶产业 ----------------
    A(TEA, "5.2万亩以上", "茶园面积", "level", ">=", 52000, "亩", "5.2万亩", "plan", Y, subject=TOWN),
    A(TEA, "六百亩", "新建标准化茶园", "level", "=", 600, "亩", "六百亩", "plan", Y, subject=TOWN),
    A(TEA, "三千亩", "改造提升低效茶园", "level", "=", 3000, "亩", "三千亩", "plan", Y, subject=TOWN),
    A(PROC, "1家", "新增规模以上茶叶加工企业", "count", "=", 1, "家", "1家", "ensure", Y, subject=TOWN),
    A(PROC, "2家", "新增规模以上茶叶加工企业", "count", "=", 2, "家", "2家", "strive", Y, subject=TOWN),
    # 达到 is a verb of its own: 力争 does not carry over
    A(PROC, "9500吨", "干茶产量", "level", "=", 9500, "吨", "9500吨", "plan", Y, subject=TOWN),
    A(PROC, "1个", "新建茶叶精制加工厂", "count", "=", 1, "个", "1个", "plan", Y, subject="核桃坝村"),
    A(TOUR, "突破35万人次", "接待游客", "count", ">=", 350000, "人次", "35万人次", "strive", Y, subject=TOWN),
    # the county's target, named in a 贡献兴隆力量 clause: region 湄潭县, no subject
    A(TOUR, "突破200亿元", "茶叶综合产值", "level", ">=", 2e10, "元", "200亿元", "plan", Y),

    # ---------------- （二）耕地、粮食 ----------------
    A(GRAIN, "2.8万亩以上", "粮食播种面积", "level", ">=", 28000, "亩", "2.8万亩", "plan", Y, subject=TOWN),
    A(GRAIN, "1.1万吨", "粮食产量", "level", "=", 11000, "吨", "1.1万吨", "plan", Y, subject=TOWN),
    A("新建高标准农田1500亩", "1500亩", "新建高标准农田", "level", "=", 1500, "亩", "1500亩", "plan", Y,
      subject=TOWN),
    A(FARM, "5000亩", "种植辣椒", "level", "=", 5000, "亩", "5000亩", "plan", Y, subject=TOWN),
    A(FARM, "2万头左右", "生猪出栏", "count", "~", 20000, "头", "2万头", "plan", Y, subject=TOWN),

    # ---------------- （三）乡村建设 ----------------
    A(ROAD, "8.5公里", "新建通组硬化路", "level", "=", 8.5, "公里", "8.5公里", "plan", Y, subject=TOWN),
    A(ROAD, "12公里", "农村公路安全生命防护工程", "level", "=", 12, "公里", "12公里", "plan", Y, subject=TOWN),
    A(ROAD, "4条", "新建产业路", "count", "=", 4, "条", "4条", "plan", Y, subject=TOWN),
    A(ENV, "220户", "农村户厕改造", "count", "=", 220, "户", "220户", "plan", Y, subject=TOWN),
    A(ENV, "100%", "农村生活垃圾收运处置体系覆盖率", "share", "=", 100, "%", "100%", "plan", Y, subject=TOWN),
    A(DEMO, "两个", "和美乡村示范点", "count", "=", 2, "个", "两个", "plan", Y, subject=TOWN),
    # 各: one span, one record per village
    A(DEMO, "1个", "新建村级文化广场", "count", "=", 1, "个", "1个", "plan", Y, subject="龙凤村"),
    A(DEMO, "1个", "新建村级文化广场", "count", "=", 1, "个", "1个", "plan", Y, subject="核桃坝村"),

    # ---------------- （四）脱贫成果、民生 ----------------
    A("确保监测户风险消除率达到80%以上、力争达到90%", "80%以上", "监测户风险消除率", "share", ">=", 80, "%",
      "80%", "ensure", Y, subject=TOWN),
    A("确保监测户风险消除率达到80%以上、力争达到90%", "90%", "监测户风险消除率", "share", "=", 90, "%",
      "90%", "strive", Y, subject=TOWN),
    A(JOBS, "4200人以上", "脱贫劳动力务工就业", "count", ">=", 4200, "人", "4200人", "plan", Y, subject=TOWN),
    A(JOBS, "150人", "新增城镇就业", "count", "=", 150, "人", "150人", "plan", Y, subject=TOWN),
    A(JOBS, "十名", "培育农村致富带头人", "count", "=", 10, "名", "十名", "plan", Y, subject=TOWN),
    A(SAFE, "98%以上", "城乡居民基本医疗保险参保率", "share", ">=", 98, "%", "98%", "plan", Y, subject=TOWN),
    A(SAFE, "15户", "农村危房改造", "count", "=", 15, "户", "15户", "plan", Y, subject=TOWN),

    # ---------------- （五）基层治理、安全 ----------------
    A("调解成功率达到98%以上", "98%以上", "调解成功率", "share", ">=", 98, "%", "98%", "plan", Y, subject=TOWN),
    A("森林覆盖率保持在65%以上", "65%以上", "森林覆盖率", "share", ">=", 65, "%", "65%", "plan", Y, subject=TOWN),
]

SEC = "section or list numbering"
NAME = "part of a name, not a quantity"
NOT_TARGETS = [
    ("湄潭县兴隆镇2024年重点工作计划\n", 1, "title: the year of the plan"),
    ("制定2024年重点工作计划如下", 1, "the year of the plan"),
    ("一、总体目标", 1, SEC),
    ("党的二十大和二十届二中全会", 1, NAME + " (the 20th party congress and the 2nd plenum of the 20th committee)"),
    ("2023年，全镇茶园面积达到5.1万亩，农村居民人均可支配收入1.94万元", 1,
     "2023 result (past, the base of this year's targets), not a target"),
    ("2024年，全镇完成", 1, "the year of the targets that follow"),
    ("其中50万元以上的村", 1, "qualifier (income class of the villages) of the 3个 target"),
    ("二、重点工作", 1, SEC),
    ("（一）", 2, SEC),
    ("（二）", 2, SEC),
    ("（三）", 2, SEC),
    ("（四）", 1, SEC),
    ("（五）", 1, SEC),
    ("一是", 5, SEC + " (一是 of each task)"),
    ("二是", 5, SEC + " (二是 of each task)"),
    ("三是", 5, SEC + " (三是 of each task)"),
    ("动态清零管理", 1,
     "清零 (clearing to zero) names a way of managing the monitored households, not a quantity committed to"),
    ("三、保障措施", 1, SEC),
    ("“一项工作、一名领导、一抓到底”", 1, NAME + " (a slogan of responsibility: one task, one leader)"),
    ("每月调度一次", 1, "a working routine (once a month), not a target"),
    ("2024年2月26日", 1, "date of issue"),
]
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
