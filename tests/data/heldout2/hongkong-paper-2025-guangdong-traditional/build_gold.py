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
import os
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
DOC_PATH = os.path.join(HERE, "doc.txt")
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))   # tests/data: goldkit
from goldkit import A, main  # noqa: E402


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


if __name__ == "__main__":
    main(HERE, ANNOTATIONS, NOT_TARGETS, codes=CODES, default_region=DEFAULT_REGION,
         units=UNITS, sections=SECTIONS, composed_subjects=COMPOSED_SUBJECTS,
         extra_checks=EXTRA_CHECKS)
