#!/usr/bin/env python3
"""Build the gold standard for guangdong-district-2024-work-report-big5 (doc.txt, Big5).

The document is an excerpt (摘要) of a district government work report, that of
佛山市順德區 (广东省; GB/T 2260 顺德区 440606) for 2024, in Traditional
characters and saved as Big5, dated 2024-01-16 and written anew for this
held-out set; every figure is illustrative (see meta.json "notes").  It has a
2023 review (results, a rank held), the 主要預期目標 list, and seven key tasks
（一）…（七） with a 確保…、力爭… pair, 分別 pairing two 鎮/街道 with two values,
a 佛山市 target named in a 作出順德貢獻 clause, 以內/左右/以上 comparators and
units 億元/萬億元/萬畝/萬平方米/萬個/張/場/萬人次/個工作日/億美元.

Big5 (meta.json "encoding": "big5"): every character was checked to encode in
Big5, and big5, cp950 and big5hkscs decode the file identically.  As in the
shared xinhui-2023-big5 gold, `unit` and `region` are Simplified (億元 -> 元,
萬畝 -> 亩, 個 -> 个, 順德區 -> 顺德区); indicator, subject, qualifier and
value_text are the text's own Traditional words.

Each annotation names the clause it was read from (a verbatim substring of
doc.txt), the value expression inside it (the span) and the TARGETS.md fields.
start/end are Python str indices over the decoded text, computed from the
clause and its occurrence, never counted by hand.  The checks assert that every
span slices back out of the text, that every value equals its value_text in
base units, that the comparator agrees with the words in the span, and that
every numeral of the text is either inside a gold span or explained in
NOT_TARGETS.
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


CODES = {"顺德区": "440606", "佛山市": "440600"}
DEFAULT_REGION = "顺德区"
SECTIONS = []
COMPOSED_SUBJECTS = set()
UNITS = {"元", "美元", "%", "个", "家", "亩", "平方米", "公里", "微克/立方米", "场", "人次", "人", "张",
         "件", "名", "个工作日"}


def check_big5_report(doc, records):
    assert 1500 <= len(doc) <= 3000, len(doc)
    assert 20 <= len(records) <= 40, len(records)
    with open(DOC_PATH, "rb") as f:
        raw = f.read()
    assert raw.decode("big5") == doc and doc.encode("big5") == raw
    for codec in ("cp950", "big5hkscs"):
        assert raw.decode(codec) == doc, codec
    try:
        raw.decode("utf-8")
        raise AssertionError("a Big5 file that also decodes as UTF-8 tests nothing")
    except UnicodeDecodeError:
        pass
    # Simplified forms that must not appear in this Traditional text
    for ch in "县业产发区规项亿万个计划资经济农标专设务数门长进额实现这样为时会报国对开关车动总过达还线导岭级场张亩":
        assert ch not in doc, ("Simplified character in a Traditional text", ch)
    for r in records:
        assert all(c not in r["unit"] for c in "億萬個畝張場"), r["unit"]
        assert r["region"] in ("顺德区", "佛山市")           # Simplified region names
    # the text's own words in indicator/subject/value_text (Traditional), e.g. 億元 stays in value_text
    assert any("億" in r["value_text"] for r in records)
    assert all(r["subject"] in (None, "容桂街道", "北滘鎮", "樂從鎮", "家電產業集群", "重點項目") for r in records)
    # the 確保/力爭 pair: ensure below strive
    pair = {r["strength"]: r["value"] for r in records if r["indicator"] == "規模以上工業總產值"
            and r["subject"] is None and not r.get("optional")}
    assert pair["ensure"] < pair["strive"], pair


EXTRA_CHECKS = [check_big5_report]

Y = 2024
MAIN = "全區經濟社會發展的主要預期目標是：地區生產總值增長5.5%左右；規模以上工業增加值增長6%；固定資產投資增長8%，其中工業投資增長10%以上；社會消費品零售總額增長6%；一般公共預算收入增長4%"
IND = "確保規模以上工業總產值突破1萬億元、力爭達到1.05萬億元，邁入「萬億工業大區」行列；工業投資突破500億元，新增規模以上工業企業300家以上"
TOWN = "支持容桂街道、北滘鎮規模以上工業總產值分別突破2200億元、2600億元，樂從鎮家具產業集群營業收入突破1000億元"
LAND = "全年拆除整理村級工業園1萬畝，新增連片產業用地5000畝以上；建成高標準廠房300萬平方米"
TECH = "全社會研發經費支出佔地區生產總值比重達到3.2%；新增國家級專精特新「小巨人」企業15家，高新技術企業總數突破3100家；推動1000家規模以上工業企業開展數字化改造"
CITY = "新建改造市政道路50公里，新增公共停車泊位1萬個；細顆粒物（PM2.5）年均濃度控制在22微克/立方米以內，空氣質量優良天數比率保持在90%以上"
DEM = "全年實施重點項目260個，年度計劃投資420億元；擦亮「世界美食之都」名片，舉辦各類促消費活動100場以上，全年接待遊客突破1800萬人次"
LIFE = "新增城鎮就業2.5萬人；新增公辦學位8000個，新增養老床位600張；集中力量辦好十件民生實事"
RANK = "確保全國綜合實力百強區排名保持第1位，為佛山市地區生產總值邁上1.4萬億元台階作出順德貢獻"
OPEN = "企業開辦時間壓縮至0.5個工作日以內；實際利用外資力爭達到5億美元"

ANNOTATIONS = [
    # ---------------- 二、主要預期目標 (all plan) ----------------
    A(MAIN, "5.5%左右", "地區生產總值", "growth", "~", 5.5, "%", "5.5%", "plan", Y),
    A("規模以上工業增加值增長6%", "6%", "規模以上工業增加值", "growth", "=", 6, "%", "6%", "plan", Y),
    A(MAIN, "8%", "固定資產投資", "growth", "=", 8, "%", "8%", "plan", Y),
    A(MAIN, "10%以上", "工業投資", "growth", ">=", 10, "%", "10%", "plan", Y),
    A("社會消費品零售總額增長6%", "6%", "社會消費品零售總額", "growth", "=", 6, "%", "6%", "plan", Y),
    A(MAIN, "4%", "一般公共預算收入", "growth", "=", 4, "%", "4%", "plan", Y),
    A("城鎮調查失業率控制在5.5%以內", "控制在5.5%以內", "城鎮調查失業率", "share", "<=", 5.5, "%", "5.5%",
      "plan", Y),

    # ---------------- （一）製造業 ----------------
    A(IND, "突破1萬億元", "規模以上工業總產值", "level", ">=", 1e12, "元", "1萬億元", "ensure", Y),
    A(IND, "1.05萬億元", "規模以上工業總產值", "level", "=", 1.05e12, "元", "1.05萬億元", "strive", Y),
    # 萬億工業大區 names the class that the 1萬億元 target reaches: a restatement, optional
    A(IND, "萬億", "規模以上工業總產值", "level", "=", 1e12, "元", "萬億", "plan", Y, span_occ=2,
      optional=True),
    A(IND, "突破500億元", "工業投資", "level", ">=", 5e10, "元", "500億元", "plan", Y),
    A(IND, "300家以上", "新增規模以上工業企業", "count", ">=", 300, "家", "300家", "plan", Y),
    A("推動家電產業集群營業收入突破4000億元", "突破4000億元", "營業收入", "level", ">=", 4e11, "元",
      "4000億元", "plan", Y, subject="家電產業集群"),
    # 分別 pairs the two towns with the two values
    A(TOWN, "突破2200億元", "規模以上工業總產值", "level", ">=", 2.2e11, "元", "2200億元", "plan", Y,
      subject="容桂街道"),
    A(TOWN, "2600億元", "規模以上工業總產值", "level", ">=", 2.6e11, "元", "2600億元", "plan", Y,
      subject="北滘鎮", cmp_from="突破"),
    A(TOWN, "突破1000億元", "家具產業集群營業收入", "level", ">=", 1e11, "元", "1000億元", "plan", Y,
      subject="樂從鎮"),

    # ---------------- （二）村級工業園 ----------------
    A(LAND, "1萬畝", "拆除整理村級工業園", "level", "=", 10000, "亩", "1萬畝", "plan", Y),
    A(LAND, "5000畝以上", "新增連片產業用地", "level", ">=", 5000, "亩", "5000畝", "plan", Y),
    A(LAND, "300萬平方米", "建成高標準廠房", "level", "=", 3e6, "平方米", "300萬平方米", "plan", Y),

    # ---------------- （三）科技 ----------------
    A(TECH, "3.2%", "全社會研發經費支出佔地區生產總值比重", "share", "=", 3.2, "%", "3.2%", "plan", Y),
    A(TECH, "15家", "新增專精特新「小巨人」企業", "count", "=", 15, "家", "15家", "plan", Y,
      qualifier="國家級"),
    A(TECH, "突破3100家", "高新技術企業總數", "count", ">=", 3100, "家", "3100家", "plan", Y),
    A(TECH, "1000家", "開展數字化改造", "count", "=", 1000, "家", "1000家", "plan", Y,
      qualifier="規模以上工業企業"),

    # ---------------- （四）城市 ----------------
    A(CITY, "50公里", "新建改造市政道路", "level", "=", 50, "公里", "50公里", "plan", Y),
    A(CITY, "1萬個", "新增公共停車泊位", "count", "=", 10000, "个", "1萬個", "plan", Y),
    A(CITY, "控制在22微克/立方米以內", "細顆粒物（PM2.5）年均濃度", "level", "<=", 22, "微克/立方米",
      "22微克/立方米", "plan", Y),
    A(CITY, "90%以上", "空氣質量優良天數比率", "share", ">=", 90, "%", "90%", "plan", Y),

    # ---------------- （五）需求 ----------------
    A(DEM, "260個", "實施重點項目", "count", "=", 260, "个", "260個", "plan", Y),
    A(DEM, "420億元", "年度計劃投資", "level", "=", 4.2e10, "元", "420億元", "plan", Y, subject="重點項目"),
    A(DEM, "100場以上", "舉辦促消費活動", "count", ">=", 100, "场", "100場", "plan", Y),
    A(DEM, "突破1800萬人次", "接待遊客", "count", ">=", 1.8e7, "人次", "1800萬人次", "plan", Y),

    # ---------------- （六）民生 ----------------
    A(LIFE, "2.5萬人", "新增城鎮就業", "count", "=", 25000, "人", "2.5萬人", "plan", Y),
    A(LIFE, "8000個", "新增公辦學位", "count", "=", 8000, "个", "8000個", "plan", Y),
    A(LIFE, "600張", "新增養老床位", "count", "=", 600, "张", "600張", "plan", Y),
    A(LIFE, "十件", "民生實事", "count", "=", 10, "件", "十件", "plan", Y, optional=True),
    A(RANK, "第1位", "全國綜合實力百強區排名", "rank", "=", 1, "名", "1位", "ensure", Y),
    # the city's target, named in a 作出順德貢獻 clause
    A(RANK, "1.4萬億元", "地區生產總值", "level", "=", 1.4e12, "元", "1.4萬億元", "plan", Y, region="佛山市"),

    # ---------------- （七）改革開放 ----------------
    A(OPEN, "壓縮至0.5個工作日以內", "企業開辦時間", "level", "<=", 0.5, "个工作日", "0.5個工作日", "plan", Y),
    A(OPEN, "5億美元", "實際利用外資", "level", "=", 5e8, "美元", "5億美元", "strive", Y),
]

SEC = "section or list numbering"
NAME = "part of a name or slogan, not a quantity"
PAST = "2023 result (past), not a target"
NOT_TARGETS = [
    ("佛山市順德區2024年政府工作報告", 1, "title: the year of the report"),
    ("——2024年1月16日在佛山市順德區第十七屆人民代表大會第四次會議上", 1,
     "date of the session and ordinals of the congress and its session"),
    ("一、2023年工作回顧", 1, SEC + "; the year reviewed"),
    ("過去一年", 1, "過去一年 (the past year), a period, not a quantity"),
    ("全年實現地區生產總值4180億元，增長5.1%；規模以上工業總產值突破9600億元，增長6.3%；"
     "新增規模以上工業企業286家；高新技術企業總數達到2930家；拆除整理村級工業園8200畝；新增公辦學位7200個", 1,
     PAST + " (實現, 突破 and 達到 in the past tense)"),
    ("全國綜合實力百強區排名繼續保持第1位", 1,
     PAST + " (a rank held in 2023; 百強區 names the list); the 2024 target is the same rank, restated in （六）"),
    ("二、2024年主要預期目標", 1, SEC + "; the year of the targets"),
    ("「十四五」規劃的關鍵一年", 1, NAME + " (the 14th five-year plan); 一年 (a year) is no quantity"),
    ("社會消費品零售總額", 1, "零 of the word 零售 (retail)"),
    ("；一般公共預算收入", 1, "一 of the word 一般 (general)"),
    ("三、2024年重點工作", 1, SEC + "; the year of the tasks"),
    ("（一）", 1, SEC),
    ("汽車零部件", 1, "零 of the word 零部件 (parts)"),
    ("（二）", 1, SEC),
    ("（三）", 1, SEC),
    ("（四）", 1, SEC),
    ("細顆粒物（PM2.5）", 1, NAME + " (the pollutant PM2.5)"),
    ("（五）", 1, SEC),
    ("（六）", 1, SEC),
    ("確保全國綜合實力百強區排名", 1, "百強區 names the ranking list; the value is 第1位"),
    ("（七）", 1, SEC),
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
