#!/usr/bin/env python3
"""Build the gold standard for hongkong-paper-2025-guangdong-traditional (doc.txt, UTF-8).

The document is a Hong Kong newspaper report, in Traditional characters and
Hong Kong word choices (按年增長, 億元人民幣, 逾, 綫, 料, 當局), on the 2025 targets
that the mayor of 深圳市 (广东省, GB/T 2260 440300) announced in the government
work report; dated 2025-01-23 and written anew for this held-out set; every
figure is illustrative (see meta.json "notes").  The file is UTF-8 (not Big5):
Traditional text is not always Big5-encoded.  Some numbers are in full-width
digits (５．５％, ３％, ５成, ２萬個), the rest in ASCII; money is in 億元人民幣 /
萬億元人民幣, with one conversion into 港元 and one amount in 美元.  The
report carries past figures (去年…), a reporter's projection (料接近…), a
scholar's estimate (可望突破…) and the Hong Kong government's own forecast
(增長２％至３％): none of them is 深圳市's target.

Each annotation names the clause it was read from (a verbatim substring of
doc.txt), the value expression inside it (the span) and the TARGETS.md fields.
start/end are Python str indices computed from the clause and its occurrence,
never counted by hand.  The checks assert that every span slices back out of
the text, that every value equals its value_text in base units (full-width
digits and Traditional 萬/億/個/輛/條/張/標準 read by the engine), that the
comparator agrees with the words in the span, and that every numeral of the text
is either inside a gold span or explained in NOT_TARGETS.
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


CODES = {"深圳市": "440300"}
DEFAULT_REGION = "深圳市"
SECTIONS = []
COMPOSED_SUBJECTS = set()
UNITS = {"元", "港元", "美元", "%", "个", "家", "辆", "条", "标准箱", "微克/立方米", "套", "张",
         "人", "场"}


def check_hongkong_traditional(doc, records):
    assert 1500 <= len(doc) <= 3000, len(doc)
    assert 20 <= len(records) <= 40, len(records)
    with open(DOC_PATH, "rb") as f:
        raw = f.read()
    assert raw.decode("utf-8") == doc
    # Simplified forms that must not appear in this Traditional text
    for ch in "县业产发区规项亿万个计划资经济农标专设务数门长进额实现岗这样为时会报国对开关车动总过达还线导":
        assert ch not in doc, ("Simplified character in a Traditional text", ch)
    # Hong Kong word choices the brief asks for, and full-width digits
    for w in ("按年增長", "億元人民幣", "逾", "綫"):
        assert w in doc, w
    assert any(c in doc for c in "０１２３４５６７８９")
    for r in records:
        assert all(c not in r["unit"] for c in "億萬個輛條張標準"), r["unit"]
        assert r["region"] == "深圳市"
    # the conversion into 港元 is consistent with the 萬億元人民幣 it converts (about 1.07 港元 a 元)
    hkd = [r for r in records if r["unit"] == "港元"]
    cny = [r for r in records if r["start"] == hkd[0]["start"] - 8 and r["unit"] == "元"]
    assert len(hkd) == 1 and len(cny) == 1, (hkd, cny)
    assert Decimal("1.05") <= Decimal(str(hkd[0]["value"])) / Decimal(str(cny[0]["value"])) <= Decimal("1.10")
    # the reporter's projection 3.9萬億 = 3.68萬億 × 1.055, rounded: not a target
    assert abs(Decimal("3.68") * Decimal("1.055") - Decimal("3.9")) < Decimal("0.05")


EXTRA_CHECKS = [check_hongkong_traditional]

Y = 2025
HEAD = "深圳今年GDP目標增５．５％左右　固定資產投資逾萬億元人民幣"
LEAD = "今年深圳地區生產總值（GDP）預期按年增長５．５％左右，固定資產投資總額逾萬億元人民幣（約1.07萬億港元）"
CUTBACK = "今年報告把固定資產投資增速目標由去年的６％下調至３％，但投資總額仍維持在萬億元人民幣以上"
PORT = "深圳港今年集裝箱吞吐量力爭突破3300萬標準箱，全市實際使用外資力爭達到120億美元"
GREEN = "報告要求今年單位GDP能耗下降３％，PM2.5年均濃度控制在18微克/立方米以內，新建公共充電樁２萬個，全市新能源汽車保有量力爭達到250萬輛"
LIVE = "深圳今年將新增基礎教育學位５萬個，籌建及供應保障性住房６萬套，新增養老床位2000張，城鎮新增就業15萬人以上"
HKYOUTH = "今年將推動深港兩地共同舉辦大型會展及商貿活動50場以上，並為香港青年提供不少於5000個實習及就業崗位"
QH = "前海合作區今年實際使用外資按年增長10%，新設外資企業中港資企業佔比保持在５成以上"
HT = "河套深港科技創新合作區深圳園區到2027年引進國際及港澳科研機構100家"

ANNOTATIONS = [
    # ---------------- headline: restated in the lead -> optional ----------------
    A(HEAD, "５．５％左右", "GDP", "growth", "~", 5.5, "%", "５．５％", "plan", Y, optional=True),
    A(HEAD, "逾萬億元", "固定資產投資", "level", ">=", 1e12, "元", "萬億元", "plan", Y, optional=True),

    # ---------------- lead ----------------
    A(LEAD, "５．５％左右", "地區生產總值", "growth", "~", 5.5, "%", "５．５％", "plan", Y),
    # 萬億元 with no digit before it: 1 × 萬億 = 1e12; 人民幣 follows the unit, outside the span
    A(LEAD, "逾萬億元", "固定資產投資總額", "level", ">=", 1e12, "元", "萬億元", "plan", Y),
    # the paper's conversion into Hong Kong dollars of the same target -> optional, unit 港元
    A(LEAD, "約1.07萬億港元", "固定資產投資總額", "level", "~", 1.07e12, "港元", "1.07萬億港元", "plan",
      Y, optional=True),

    # ---------------- 主要預期目標 (a list: plan) ----------------
    A("規模以上工業增加值按年增長６％", "６％", "規模以上工業增加值", "growth", "=", 6, "%", "６％",
      "plan", Y),
    A("，固定資產投資按年增長３％", "３％", "固定資產投資", "growth", "=", 3, "%", "３％", "plan", Y),
    A("社會消費品零售總額增長５％", "５％", "社會消費品零售總額", "growth", "=", 5, "%", "５％",
      "plan", Y),
    A("一般公共預算收入增長３．５％", "３．５％", "一般公共預算收入", "growth", "=", 3.5, "%", "３．５％",
      "plan", Y),
    A("，城鎮調查失業率控制在5.5%以內", "控制在5.5%以內", "城鎮調查失業率", "share", "<=", 5.5, "%",
      "5.5%", "plan", Y),
    A("居民消費價格漲幅２％左右", "２％左右", "居民消費價格漲幅", "growth", "~", 2, "%", "２％", "plan", Y),
    A("全社會研發投入佔GDP比重保持在６％以上", "６％以上", "全社會研發投入佔GDP比重", "share", ">=",
      6, "%", "６％", "plan", Y),
    # the paper compares with last year: the 3% and the 萬億 level restated -> optional
    A(CUTBACK, "３％", "固定資產投資增速", "growth", "=", 3, "%", "３％", "plan", Y, optional=True),
    A(CUTBACK, "萬億元", "固定資產投資總額", "level", ">=", 1e12, "元", "萬億元", "plan", Y,
      optional=True, cmp_from="以上"),

    # ---------------- 科技、產業 ----------------
    A("深圳今年將新增國家級高新技術企業逾1000家", "逾1000家", "新增國家級高新技術企業", "count", ">=",
      1000, "家", "1000家", "plan", Y),
    A("「20+8」產業集群增加值按年增長８％", "８％", "增加值", "growth", "=", 8, "%", "８％", "plan", Y,
      subject="「20+8」產業集群"),
    A("新能源汽車產量力爭突破350萬輛", "突破350萬輛", "新能源汽車產量", "count", ">=", 3.5e6, "辆",
      "350萬輛", "strive", Y),
    # after the semicolon: 力爭 does not carry over
    A("年內新建無人機起降點1000個以上", "1000個以上", "新建無人機起降點", "count", ">=", 1000, "个",
      "1000個", "plan", Y),
    A("低空經濟產業規模力爭達到1200億元人民幣", "1200億元", "低空經濟產業規模", "level", "=", 1.2e11,
      "元", "1200億元", "strive", Y),

    # ---------------- 深港合作 ----------------
    A(QH, "10%", "實際使用外資", "growth", "=", 10, "%", "10%", "plan", Y, subject="前海合作區"),
    # ５成 = 50 % (full-width digit before 成)
    A(QH, "５成以上", "新設外資企業中港資企業佔比", "share", ">=", 50, "%", "５成", "plan", Y,
      subject="前海合作區"),
    A(HT, "100家", "引進國際及港澳科研機構", "count", "=", 100, "家", "100家", "plan", 2027,
      subject="河套深港科技創新合作區深圳園區"),
    A("深港跨境巴士綫路今年將增至30條", "30條", "深港跨境巴士綫路", "count", "=", 30, "条", "30條",
      "plan", Y),

    # ---------------- 對外開放 ----------------
    A(PORT, "突破3300萬標準箱", "集裝箱吞吐量", "level", ">=", 3.3e7, "标准箱", "3300萬標準箱", "strive",
      Y, subject="深圳港"),
    A(PORT, "120億美元", "實際使用外資", "level", "=", 1.2e10, "美元", "120億美元", "strive", Y),

    # ---------------- 綠色發展 ----------------
    A(GREEN, "３％", "單位GDP能耗", "growth", "=", 3, "%", "３％", "plan", Y, direction="decrease"),
    A(GREEN, "控制在18微克/立方米以內", "PM2.5年均濃度", "level", "<=", 18, "微克/立方米", "18微克/立方米",
      "plan", Y),
    A(GREEN, "２萬個", "新建公共充電樁", "count", "=", 20000, "个", "２萬個", "plan", Y),
    A(GREEN, "250萬輛", "新能源汽車保有量", "count", "=", 2.5e6, "辆", "250萬輛", "strive", Y),

    # ---------------- 民生 ----------------
    A(LIVE, "５萬個", "新增基礎教育學位", "count", "=", 50000, "个", "５萬個", "plan", Y),
    A(LIVE, "６萬套", "籌建及供應保障性住房", "count", "=", 60000, "套", "６萬套", "plan", Y),
    A(LIVE, "2000張", "新增養老床位", "count", "=", 2000, "张", "2000張", "plan", Y),
    A(LIVE, "15萬人以上", "城鎮新增就業", "count", ">=", 150000, "人", "15萬人", "plan", Y),

    # ---------------- 深圳's commitments toward Hong Kong (region 深圳市) ----------------
    A(HKYOUTH, "50場以上", "共同舉辦大型會展及商貿活動", "count", ">=", 50, "场", "50場", "plan", Y),
    A(HKYOUTH, "不少於5000個", "為香港青年提供實習及就業崗位", "count", ">=", 5000, "个", "5000個",
      "plan", Y),

    # ---------------- box: a summary of the targets above -> optional ----------------
    A("．GDP：按年增長５．５％左右", "５．５％左右", "GDP", "growth", "~", 5.5, "%", "５．５％", "plan", Y,
      optional=True),
    A("．固定資產投資：按年增長３％", "３％", "固定資產投資", "growth", "=", 3, "%", "３％", "plan", Y,
      optional=True),
    A("．城鎮調查失業率：5.5%以內", "5.5%以內", "城鎮調查失業率", "share", "<=", 5.5, "%", "5.5%",
      "plan", Y, optional=True),
]

NAME = "part of a name or slogan, not a quantity"
PAST = "2024 result (past: 去年), not a target"
NOT_TARGETS = [
    ("昨日（22日）開幕", 1, "date of the session (the 22nd)"),
    ("去年深圳GDP達3.68萬億元人民幣，按年增長5.8%，經濟總量繼續位居內地城市第三", 1,
     PAST + " (a level, a growth rate and a rank held)"),
    ("連續兩年居全國城市首位", 1, PAST + " (兩年 describes the record so far)"),
    ("外貿出口總額按年增長16.8%", 1, PAST),
    ("去年全市新增國家級高新技術企業超過1100家，低空經濟產業規模突破900億元人民幣", 1,
     PAST + " (超過 and 突破 in the past tense; this year's targets are 逾1000家 and 1200億元)"),
    ("深圳今年GDP料接近3.9萬億元人民幣", 1,
     "the paper's own projection (料, 3.68萬億 × 1.055), not a target the government set"),
    ("零售", 2, "零 of the word 零售 (retail)"),
    ("一般", 1, "一 of the word 一般 (general)"),
    ("由去年的６％下調至", 1, "last year's target (past), named to compare; full-width digit"),
    ("「20+8」", 1, NAME + " (Shenzhen's 20 industrial clusters and 8 future industries)"),
    ("重點之一", 1, "之一 (one of), not a quantity"),
    ("到2027年", 1, "horizon of the 100家 target, not a value"),
    ("今年深港兩地跨境往來可望突破3億人次", 1,
     "a Hong Kong scholar's estimate (可望, 估計), not a target of the government; 兩地 (the two places)"),
    ("進一步", 1, "一 of the word 進一步 (further)"),
    ("PM2.5", 1, NAME + " (fine particulate matter; 2.5 is part of the pollutant's name)"),
    ("特區政府早前預測今年本地生產總值增長２％至３％", 1,
     "the Hong Kong government's forecast for Hong Kong (預測), not a target of 深圳市 and not a plan: "
     "no record, although it is a range in full-width digits"),
    ("深港兩地共同", 1, "兩地 (the two places), not a quantity"),
    ("核心引擎之一", 1, "之一 (one of), not a quantity"),
    ("■深圳2025年主要經濟目標", 1, "the year of the targets in the box title"),
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
