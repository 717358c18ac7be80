#!/usr/bin/env python3
"""Build the gold standard for fujian-department-2024-notice-html (doc.txt, UTF-8).

The document is the text a reader extracts from the web page of a provincial
department's notice (福建省工业和信息化厅关于印发2024年全省工业和信息化工作要点的
通知, GB/T 2260 350000), written anew for this held-out set; every figure is
illustrative (see meta.json "notes").  The page text keeps the site chrome
(breadcrumb, 索引号, 发文日期, 文号, 浏览次数, 字体/打印/关闭 links, footer), the
notice, and the 工作要点 with numbered items (1. … 13.): 全省 targets, targets
of named 设区市 (宁德市, 厦门市; 福州、泉州、漳州 with 分别), units 万元, 亿元,
万亿元, 万吨, 万吨标准煤, 个百分点, 个工作日, and policy amounts (奖励200万元,
最高不超过500万元) that are not targets.

Each annotation names the clause it was read from (a verbatim substring of
doc.txt), the value expression inside it (the span) and the TARGETS.md fields.
start/end are computed from the clause and its occurrence, never counted by
hand.  The checks assert that every span slices back out of the text, that
every value equals its value_text in base units, that the comparator agrees with
the words in the span (or with the named word of the clause), and that every
numeral of the text is either inside a gold span or explained in NOT_TARGETS.
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


CODES = {
    "福建省": "350000",
    "福州市": "350100",
    "厦门市": "350200",
    "泉州市": "350500",
    "漳州市": "350600",
    "宁德市": "350900",
}
DEFAULT_REGION = "福建省"
SECTIONS = []
COMPOSED_SUBJECTS = set()
UNITS = {"元", "%", "个百分点", "个", "家", "吨", "吨标准煤", "场", "个工作日"}


def check_held_out(doc, records):
    assert len(doc) <= 3500, len(doc)
    assert 20 <= len(records) <= 40, len(records)
    assert all(r["year"] == 2024 for r in records)
    # the page as extracted: chrome lines kept, full-width indents, no HTML left over
    assert doc.startswith("首页 > 政务公开 > 通知公告")
    assert "　　1.工业经济稳定增长" in doc and "&nbsp;" not in doc and "<" not in doc
    # numbered items 1. to 13. in order
    items = [int(m.group(1)) for m in re.finditer(r"\n　　([0-9]+)\.", doc)]
    assert items == list(range(1, 14)), items
    # 分别: the three cities' targets add up to no more than the province's 2000家
    cities = [r for r in records if r["region"] in ("福州市", "泉州市", "漳州市")]
    assert [r["value"] for r in cities] == [400, 500, 300] and sum(r["value"] for r in cities) <= 2000


EXTRA_CHECKS = [check_held_out]

Y = 2024
DIGI = "力争数字经济规模突破3万亿元，占地区生产总值比重提高1个百分点"
BASE5G = "新建5G基站1.5万个，累计达到12万个以上"
PROJ = "实施省重点工业和技术改造项目1000个以上、年度计划投资2800亿元"
CITIES = "其中福州、泉州、漳州分别新增400家、500家、300家"
SRDI = "新增国家级专精特新“小巨人”企业50家以上、省级专精特新中小企业600家"
ZONES = "省级以上开发区亩均工业增加值达到150万元，亩均税收达到30万元"
SAVE = "实施重点行业节能改造项目200个，形成节能能力50万吨标准煤"

ANNOTATIONS = [
    # ---------------- 一、主要目标 ----------------
    A("全省规模以上工业增加值增长6.5%左右", "6.5%左右",
      "规模以上工业增加值", "growth", "~", 6.5, "%", "6.5%", "plan", Y),
    A("工业投资增长8%以上", "8%以上", "工业投资", "growth", ">=", 8, "%", "8%", "plan", Y),
    A("制造业增加值占地区生产总值比重保持在33%左右", "33%左右",
      "制造业增加值占地区生产总值比重", "share", "~", 33, "%", "33%", "plan", Y),
    A(DIGI, "突破3万亿元", "数字经济规模", "level", ">=", 3e12, "元", "3万亿元", "strive", Y),
    # 提高 is a verb of its own: 力争 does not carry over
    A(DIGI, "1个百分点", "数字经济规模占地区生产总值比重", "share", "=", 1, "个百分点",
      "1个百分点", "plan", Y),
    A(BASE5G, "1.5万个", "新建5G基站", "count", "=", 1.5e4, "个", "1.5万个", "plan", Y),
    A(BASE5G, "12万个以上", "5G基站累计", "count", ">=", 1.2e5, "个", "12万个", "plan", Y),
    A("规模以上工业单位增加值能耗下降3%", "3%",
      "规模以上工业单位增加值能耗", "growth", "=", 3, "%", "3%", "plan", Y, direction="decrease"),
    A("万元工业增加值用水量下降3.5%", "3.5%",
      "万元工业增加值用水量", "growth", "=", 3.5, "%", "3.5%", "plan", Y, direction="decrease"),

    # ---------------- 4. 主导产业 (宁德市, 厦门市) ----------------
    A("推动四大主导产业营业收入合计突破5.5万亿元", "突破5.5万亿元",
      "营业收入合计", "level", ">=", 5.5e12, "元", "5.5万亿元", "plan", Y, subject="四大主导产业"),
    A("支持宁德市锂电新能源产业营业收入突破5000亿元", "突破5000亿元",
      "营业收入", "level", ">=", 5e11, "元", "5000亿元", "plan", Y,
      region="宁德市", subject="锂电新能源产业"),
    A("支持厦门市集成电路产业营业收入达到700亿元", "700亿元",
      "营业收入", "level", "=", 7e10, "元", "700亿元", "plan", Y,
      region="厦门市", subject="集成电路产业"),

    # ---------------- 5. 投资 ----------------
    A(PROJ, "1000个以上", "省重点工业和技术改造项目", "count", ">=", 1000, "个", "1000个", "plan", Y),
    A(PROJ, "2800亿元", "年度计划投资", "level", "=", 2.8e11, "元", "2800亿元", "plan", Y,
      subject="省重点工业和技术改造项目"),
    A("全省技术改造投资增长10%", "10%", "技术改造投资", "growth", "=", 10, "%", "10%", "plan", Y),

    # ---------------- 6. 企业梯队 (分别: 福州市, 泉州市, 漳州市) ----------------
    A("全省新增规模以上工业企业2000家以上", "2000家以上",
      "新增规模以上工业企业", "count", ">=", 2000, "家", "2000家", "plan", Y),
    A(CITIES, "400家", "新增规模以上工业企业", "count", "=", 400, "家", "400家", "plan", Y,
      region="福州市"),
    A(CITIES, "500家", "新增规模以上工业企业", "count", "=", 500, "家", "500家", "plan", Y,
      region="泉州市"),
    A(CITIES, "300家", "新增规模以上工业企业", "count", "=", 300, "家", "300家", "plan", Y,
      region="漳州市"),
    A(SRDI, "50家以上", "新增专精特新“小巨人”企业", "count", ">=", 50, "家", "50家", "plan", Y,
      qualifier="国家级"),
    A(SRDI, "600家", "新增专精特新中小企业", "count", "=", 600, "家", "600家", "plan", Y,
      qualifier="省级"),
    A("培育营业收入超百亿元工业企业5家", "5家",
      "培育工业企业", "count", "=", 5, "家", "5家", "plan", Y, qualifier="营业收入超百亿元"),

    # ---------------- 7. 数字化 ----------------
    A("新增上云企业1万家", "1万家", "新增上云企业", "count", "=", 1e4, "家", "1万家", "plan", Y),
    A("新培育省级智能制造示范工厂100家", "100家",
      "新培育智能制造示范工厂", "count", "=", 100, "家", "100家", "plan", Y, qualifier="省级"),

    # ---------------- 8. 绿色低碳 ----------------
    A("新增国家级绿色工厂30家以上", "30家以上",
      "新增绿色工厂", "count", ">=", 30, "家", "30家", "plan", Y, qualifier="国家级"),
    A(SAVE, "200个", "实施重点行业节能改造项目", "count", "=", 200, "个", "200个", "plan", Y),
    A(SAVE, "50万吨标准煤", "节能能力", "level", "=", 5e5, "吨标准煤", "50万吨标准煤", "plan", Y),
    A("大宗工业固体废物综合利用量达到8000万吨", "8000万吨",
      "大宗工业固体废物综合利用量", "level", "=", 8e7, "吨", "8000万吨", "plan", Y),

    # ---------------- 9. 园区亩均 (万元) ----------------
    A(ZONES, "150万元", "亩均工业增加值", "level", "=", 1.5e6, "元", "150万元", "plan", Y,
      subject="省级以上开发区"),
    A(ZONES, "30万元", "亩均税收", "level", "=", 3e5, "元", "30万元", "plan", Y,
      subject="省级以上开发区"),

    # ---------------- 10. 要素保障 ----------------
    A("推动银行机构新增制造业贷款1500亿元以上", "1500亿元以上",
      "新增制造业贷款", "level", ">=", 1.5e11, "元", "1500亿元", "plan", Y),
    A("组织产需对接活动100场以上", "100场以上",
      "组织产需对接活动", "count", ">=", 100, "场", "100场", "plan", Y),

    # ---------------- 11. 涉企服务 ----------------
    A("涉企行政检查事项压减20%", "20%",
      "涉企行政检查事项", "growth", "=", 20, "%", "20%", "plan", Y, direction="decrease"),
    A("确保惠企政策兑现时间压缩至30个工作日以内", "30个工作日以内",
      "惠企政策兑现时间", "level", "<=", 30, "个工作日", "30个工作日", "ensure", Y),
]

ITEM = "item or section numbering"
PAGE = "page chrome of the web page (metadata, not part of the notice's content)"
NAME = "part of a name, not a quantity"
NOT_TARGETS = [
    # ---- page chrome and the 印发 notice
    ("2024年全省工业和信息化工作要点", 3,
     "the year of the work plan, in its title (in the notice's title, the 印发 sentence and the heading)"),
    ("索引号：FJ00106-0300-2024-00031", 1, PAGE + " (index number)"),
    ("发文日期：2024-02-28", 1, PAGE + " (date of issue)"),
    ("闽工信综合〔2024〕21号", 1, "document number"),
    ("发布时间：2024-02-29 16:20", 1, PAGE + " (time of posting)"),
    ("浏览次数：3862", 1, PAGE + " (view counter)"),
    ("2024年2月28日", 1, "date of the notice (signature)"),
    # ---- 工作要点
    ("2024年是实现“十四五”规划目标任务的关键一年", 1,
     "the year (a date), the name of the 14th five-year plan, and 一年 (a year)"),
    ("一、主要目标", 1, ITEM),
    ("　　1.工业经济", 1, ITEM),
    ("　　2.数字经济", 1, ITEM),
    ("新建5G基站", 1, NAME + " (5G, the mobile standard)"),
    ("　　3.绿色转型", 1, ITEM),
    ("二、重点任务", 1, ITEM),
    ("　　4.壮大", 1, ITEM),
    ("现代纺织服装四大主导产业提升工程", 1, "四大 enumerates the four industries just named (a structure)"),
    ("推动四大主导产业", 1, "四大 names the four industries (the subject of the 5.5万亿元 target)"),
    ("　　5.扩大", 1, ITEM),
    ("　　6.培育", 1, ITEM),
    ("营业收入超百亿元", 1, "qualifier (size class) of the 5家 target, not a target"),
    ("　　7.加快", 1, ITEM),
    ("　　8.推进", 1, ITEM),
    ("　　9.提高", 1, ITEM),
    ("　　10.强化", 1, ITEM),
    ("给予一次性奖励200万元", 1,
     "a policy amount (a one-off award per firm), not a target; 一次性 (one-off) is not a count"),
    ("补助最高不超过500万元", 1,
     "a policy cap on a subsidy (不超过 reads like <=), not a target"),
    ("　　11.优化", 1, ITEM),
    ("三、保障措施", 1, ITEM),
    ("　　12.加强", 1, ITEM),
    ("于3月15日前", 1, "a reporting deadline (a date)"),
    ("　　13.强化", 1, ITEM),
    ("附件：2024年", 1, "the year of the work plan, in the attachment's title"),
    # ---- footer
    ("网站支持IPv6", 1, PAGE + " (IPv6, a protocol name)"),
    ("扫一扫", 1, PAGE + " (扫一扫, scan the code)"),
]
# ============================================================================
# Checking engine (the same block in every build_gold.py under
# tests/data/corpus/; only the annotations above it differ).
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
                     "點": "点", "歲": "岁"})
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
