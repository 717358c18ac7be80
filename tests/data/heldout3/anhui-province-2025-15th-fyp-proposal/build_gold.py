#!/usr/bin/env python3
"""Build the gold standard for anhui-province-2025-15th-fyp-proposal (doc.txt, UTF-8).

The document is an excerpt of a provincial party committee's proposal for the
15th five-year plan (中共安徽省委关于制定…第十五个五年规划的建议, 建议稿·摘要),
dated 2025-11-20 and written anew for this held-out set; every figure is
illustrative (see meta.json "notes").  Region 安徽省 (GB/T 2260 340000), with
one target of 合肥市 (340100) and subjects 合肥都市圈 and 合肥综合性国家科学中心.
It has a 十四五 review (estimates of 2025, not targets), a 二〇三五年 vision with
two numbers, the 主要目标 lines (——…) with 年均/累计/比2025年/到二〇三〇年
phrasings, a range, a staged 到二〇二七年 target, qualitative commitments
(同步, 高于全省平均水平, 完成国家下达的…目标, 走在全国前列, 保持Ⅱ类) and a
翻一番 that is no record.

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


CODES = {"安徽省": "340000", "合肥市": "340100"}
DEFAULT_REGION = "安徽省"
SECTIONS = []
COMPOSED_SUBJECTS = set()
UNITS = {"元", "美元", "%", "个百分点", "家", "件", "辆", "斤", "亩", "微克/立方米", "人", "年", "岁",
         "吨", "吨标准煤", "个"}

END = 2030        # the plan's end year: lines with no horizon of their own carry it
VISION = 2035


def check_fyp_proposal(doc, records):
    assert 1500 <= len(doc) <= 3000, len(doc)
    assert 20 <= len(records) <= 40, len(records)
    # horizons: 2030 for the plan, 2035 only in the vision paragraph, 2027 only for the staged line
    vision = doc.index("展望二〇三五年")
    goals = doc.index("二、“十五五”时期经济社会发展的主要目标")
    staged = doc.index("到二〇二七年")
    for r in records:
        if vision < r["start"] < goals:
            assert r["year"] == VISION, r
        elif staged < r["start"] < doc.index("；到二〇三〇年，全省累计"):
            assert r["year"] == 2027, r
        else:
            assert r["year"] == END, r
        assert r["start"] > vision, ("a record in the 十四五 review", r)
    # the review's 2025 estimates are the bases of the 比2025年 changes
    base_rd, base_urban = Decimal("2.8"), Decimal("62")
    rd = {r["unit"]: Decimal(str(r["value"])) for r in records if r["indicator"] == "全社会研发经费投入强度"}
    assert rd["%"] - base_rd == rd["个百分点"], rd
    urban = [r for r in records if r["indicator"] == "常住人口城镇化率" and r["year"] == END]
    assert len(urban) == 1 and urban[0]["unit"] == "个百分点"
    assert base_urban + Decimal(str(urban[0]["value"])) <= 75      # below the 2035 level
    # 累计 stays in the indicator wherever the text sums over the period
    for r in records:
        clause = re.split("[，；、。]", doc[doc.rfind("\n", 0, r["start"]):r["start"]])[-1]
        if "累计" in clause and r["measure"] != "growth":
            assert "累计" in r["indicator"], r
        if "累计" in r["indicator"]:
            assert "累计" in clause, r
    # the range is two records, low >= and high <=
    rng = sorted((r["value"], r["comparator"]) for r in records if r["indicator"] == "新能源汽车年产量"
                 and r["measure"] == "growth")
    assert rng == [(10, ">="), (15, "<=")], rng


EXTRA_CHECKS = [check_fyp_proposal]

VIS = "力争经济总量突破10万亿元。届时，常住人口城镇化率达到75%左右"
ECO = "全省地区生产总值年均增长5.5%左右，到二〇三〇年力争突破7万亿元"
INV = "五年累计完成固定资产投资20万亿元以上，累计引进省外资金6万亿元以上"
HF = "支持合肥市经济总量迈上2万亿元台阶，合肥都市圈经济总量突破5万亿元"
RD = "全社会研发经费投入强度达到3.3%，比2025年提高0.5个百分点；高新技术企业达到3.5万家；每万人口高价值发明专利拥有量达到20件；数字经济核心产业增加值占地区生产总值比重达到15%左右"
IND = "战略性新兴产业产值占规模以上工业总产值比重提高到50%以上；新能源汽车年产量突破400万辆，“十五五”期间年均增长10%—15%；先进制造业集群营业收入累计突破10万亿元"
URB = "常住人口城镇化率比2025年提高5个百分点；皖北地区生产总值年均增速高于全省平均水平；粮食年产量稳定在850亿斤以上，新建和改造提升高标准农田1500万亩"
ECOL = "单位地区生产总值能耗五年累计下降12%，完成国家下达的二氧化碳排放强度降低目标；森林覆盖率保持在31%以上；地级及以上城市细颗粒物（PM2.5）平均浓度控制在30微克/立方米以内"
LIFE = "五年累计城镇新增就业350万人以上，城镇调查失业率控制在5.5%以内；劳动年龄人口平均受教育年限达到11.8年；每千人口拥有执业（助理）医师数达到3.8人；人均预期寿命提高到80岁"
SAFE = "确保粮食综合生产能力稳定在4300万吨以上；能源综合生产能力达到1.6亿吨标准煤"
SCI = "到二〇二七年，合肥综合性国家科学中心建成大科学装置14个，力争国家实验室核心基地全面建成；到二〇三〇年，全省累计培育“专精特新”中小企业1.5万家，其中国家级专精特新“小巨人”企业1000家以上"
OPEN = "全省进出口总额年均增长6%以上，跨境电商进出口额突破1000亿元；高水平建设中国（安徽）自由贸易试验区，五年累计实际使用外资200亿美元左右"

ANNOTATIONS = [
    # ---------------- 展望二〇三五年 (the vision) ----------------
    A(VIS, "突破10万亿元", "经济总量", "level", ">=", 1e13, "元", "10万亿元", "strive", VISION),
    # 届时 = 二〇三五年; a new sentence, so 力争 does not carry over
    A(VIS, "75%左右", "常住人口城镇化率", "share", "~", 75, "%", "75%", "plan", VISION),

    # ---------------- 主要目标: 经济发展 ----------------
    A(ECO, "5.5%左右", "地区生产总值", "growth", "~", 5.5, "%", "5.5%", "plan", END),
    A(ECO, "突破7万亿元", "地区生产总值", "level", ">=", 7e12, "元", "7万亿元", "strive", END),
    A(INV, "20万亿元以上", "累计完成固定资产投资", "level", ">=", 2e13, "元", "20万亿元", "plan", END),
    A(INV, "6万亿元以上", "累计引进省外资金", "level", ">=", 6e12, "元", "6万亿元", "plan", END),
    A(HF, "2万亿元", "经济总量", "level", "=", 2e12, "元", "2万亿元", "plan", END, region="合肥市"),
    A(HF, "突破5万亿元", "经济总量", "level", ">=", 5e12, "元", "5万亿元", "plan", END,
      subject="合肥都市圈"),

    # ---------------- 科技创新 ----------------
    A(RD, "3.3%", "全社会研发经费投入强度", "share", "=", 3.3, "%", "3.3%", "plan", END),
    # the same target as an increment on the 2025 base (2.8% + 0.5 = 3.3%): optional
    A(RD, "0.5个百分点", "全社会研发经费投入强度", "share", "=", 0.5, "个百分点", "0.5个百分点", "plan", END,
      optional=True),
    A(RD, "3.5万家", "高新技术企业", "count", "=", 35000, "家", "3.5万家", "plan", END),
    A(RD, "20件", "每万人口高价值发明专利拥有量", "level", "=", 20, "件", "20件", "plan", END),
    A(RD, "15%左右", "数字经济核心产业增加值占地区生产总值比重", "share", "~", 15, "%", "15%", "plan", END),

    # ---------------- 现代化产业体系 ----------------
    A(IND, "50%以上", "战略性新兴产业产值占规模以上工业总产值比重", "share", ">=", 50, "%", "50%", "plan",
      END),
    A(IND, "突破400万辆", "新能源汽车年产量", "count", ">=", 4e6, "辆", "400万辆", "plan", END),
    A(IND, "10%", "新能源汽车年产量", "growth", ">=", 10, "%", "10%", "plan", END, cmp_from="RANGE_LOW"),
    A(IND, "15%", "新能源汽车年产量", "growth", "<=", 15, "%", "15%", "plan", END, cmp_from="RANGE_HIGH"),
    A(IND, "突破10万亿元", "先进制造业集群营业收入累计", "level", ">=", 1e13, "元", "10万亿元", "plan", END),

    # ---------------- 城乡区域 ----------------
    A(URB, "5个百分点", "常住人口城镇化率", "share", "=", 5, "个百分点", "5个百分点", "plan", END),
    A(URB, "850亿斤以上", "粮食年产量", "level", ">=", 8.5e10, "斤", "850亿斤", "plan", END),
    A(URB, "1500万亩", "新建和改造提升高标准农田", "level", "=", 1.5e7, "亩", "1500万亩", "plan", END),

    # ---------------- 生态环境 ----------------
    A(ECOL, "12%", "单位地区生产总值能耗", "growth", "=", 12, "%", "12%", "plan", END, direction="decrease"),
    A(ECOL, "31%以上", "森林覆盖率", "share", ">=", 31, "%", "31%", "plan", END),
    A(ECOL, "控制在30微克/立方米以内", "细颗粒物（PM2.5）平均浓度", "level", "<=", 30, "微克/立方米",
      "30微克/立方米", "plan", END, qualifier="地级及以上城市"),

    # ---------------- 民生福祉 ----------------
    A(LIFE, "350万人以上", "累计城镇新增就业", "count", ">=", 3.5e6, "人", "350万人", "plan", END),
    A(LIFE, "控制在5.5%以内", "城镇调查失业率", "share", "<=", 5.5, "%", "5.5%", "plan", END),
    A(LIFE, "11.8年", "劳动年龄人口平均受教育年限", "level", "=", 11.8, "年", "11.8年", "plan", END),
    A(LIFE, "3.8人", "每千人口拥有执业（助理）医师数", "level", "=", 3.8, "人", "3.8人", "plan", END),
    A(LIFE, "80岁", "人均预期寿命", "level", "=", 80, "岁", "80岁", "plan", END),

    # ---------------- 安全发展 ----------------
    A(SAFE, "4300万吨以上", "粮食综合生产能力", "level", ">=", 4.3e7, "吨", "4300万吨", "ensure", END),
    A(SAFE, "1.6亿吨标准煤", "能源综合生产能力", "level", "=", 1.6e8, "吨标准煤", "1.6亿吨标准煤", "plan",
      END),

    # ---------------- 三、科技创新策源地 (a staged 2027 line) ----------------
    A(SCI, "14个", "建成大科学装置", "count", "=", 14, "个", "14个", "plan", 2027,
      subject="合肥综合性国家科学中心"),
    A(SCI, "1.5万家", "累计培育“专精特新”中小企业", "count", "=", 15000, "家", "1.5万家", "plan", END),
    A(SCI, "1000家以上", "专精特新“小巨人”企业", "count", ">=", 1000, "家", "1000家", "plan", END,
      qualifier="国家级"),

    # ---------------- 四、对外开放 ----------------
    A(OPEN, "6%以上", "进出口总额", "growth", ">=", 6, "%", "6%", "plan", END),
    A(OPEN, "突破1000亿元", "跨境电商进出口额", "level", ">=", 1e11, "元", "1000亿元", "plan", END),
    A(OPEN, "200亿美元左右", "累计实际使用外资", "level", "~", 2e10, "美元", "200亿美元", "plan", END),
]

SEC = "section or list numbering"
NAME = "part of a name or title, not a quantity"
REVIEW = "十四五 review: an estimate of 2025 (预计…, 达到 and 突破 in the past), not a target"
NOT_TARGETS = [
    ("第十五个五年规划的建议", 1, NAME + " (ordinal of the plan and its five-year span)"),
    ("（2025年11月20日提请省委全会审议）", 1, "date of the draft"),
    ("一、决胜", 1, SEC),
    ("“十四五”时期是安徽发展史上极不平凡的五年", 1, NAME + " (the 14th five-year plan and its span)"),
    ("全省经济总量预计突破5.3万亿元，年均增长5.8%左右", 1, REVIEW),
    ("全社会研发经费投入强度达到2.8%，高新技术企业突破2.2万家；常住人口城镇化率达到62%左右", 1,
     REVIEW + " (2.8% and 62% are the bases of the 比2025年 changes)"),
    ("“三地一区”", 1, NAME + " (the province's strategic positioning)"),
    ("长三角一体化", 2, NAME + " (the Yangtze River Delta integration strategy)"),
    ("“十五五”时期是基本实现", 1, NAME + " (the 15th five-year plan)"),
    ("展望二〇三五年", 1, "the vision year (the horizon of the two vision targets)"),
    ("城乡居民人均收入比2025年翻一番", 1,
     "翻一番 (a multiple with no base value and no unit) is not a record (corpus convention); 2025 is its base year"),
    ("百姓富", 1, "百 of the word 百姓 (the people)"),
    ("二、“十五五”时期", 1, SEC + "; the name of the 15th five-year plan"),
    ("今后五年", 1, "horizon of the plan (2026-2030), not a value"),
    ("到二〇三〇年力争", 1, "horizon of the 7万亿元 target"),
    ("；五年累计完成", 1, "horizon and cumulation of the 20万亿元 target (2026-2030)"),
    ("比2025年提高0.5个百分点", 1, "base year of the 0.5个百分点 change, not the year"),
    ("，“十五五”期间年均增长", 1, NAME + "; the period of the 10%—15% range"),
    ("城镇化率比2025年提高", 1, "base year of the 5个百分点 change, not the year"),
    ("能耗五年累计下降", 1, "horizon and cumulation of the 12% fall (2026-2030)"),
    ("二氧化碳", 1, "二 of the chemical name 二氧化碳"),
    ("细颗粒物（PM2.5）", 1, NAME + " (the pollutant PM2.5)"),
    ("差距进一步缩小；五年累计", 1,
     "进一步 (further) is no quantity; 五年累计 is the horizon and cumulation of the 350万人 target"),
    ("每千人口", 1, "denominator of a density indicator (per thousand people)"),
    ("三、加快建设", 1, SEC),
    ("到二〇二七年", 1, "horizon of the staged 14个 target"),
    ("；到二〇三〇年，全省累计", 1, "horizon of the 1.5万家 and 1000家 targets"),
    ("四、以更高水平开放", 1, SEC),
    ("全国统一大市场", 1, "一 of the word 统一 (unified)"),
    ("五年累计实际使用外资", 1, "horizon and cumulation of the 200亿美元 target"),
    ("国际化一流营商环境", 1, "一 of the word 一流 (first-class)"),
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
