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
      span_occ=0, optional=False, cmp_from=None):
    """One gold record.  text: the clause (verbatim; occ picks an occurrence when it
    repeats); span: the value expression inside the clause (span_occ picks one when
    it repeats there); cmp_from: where the comparator comes from when no comparator
    word stands in the span (a word of the clause, or RANGE_LOW / RANGE_HIGH for
    the two ends of a range)."""
    return dict(text=text, span=span, indicator=indicator, measure=measure,
                comparator=comparator, value=value, unit=unit, value_text=value_text,
                strength=strength, year=year, region=region, subject=subject,
                qualifier=qualifier, direction=direction, occ=occ, span_occ=span_occ,
                optional=optional, cmp_from=cmp_from)


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

# ============================================================================
# Checking engine: the block of every build_gold.py under tests/data/corpus/
# and tests/data/heldout/, with three additive extensions (marked HELDOUT2),
# the same in all five tests/data/heldout2/ builds: 逾 is a `>=` word; 準 has
# its Simplified form 准; 百分之N (Chinese numerals, 点 decimals) is a %.
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
        value, unit = parse_value_text(a["value_text"], a["measure"])
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
