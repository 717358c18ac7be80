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
