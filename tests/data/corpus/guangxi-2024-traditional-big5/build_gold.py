#!/usr/bin/env python3
"""Build the gold standard for guangxi-2024-traditional-big5 (doc.txt, Big5).

The document is a short news item in Traditional characters about the 2024-2026
three-year plan for industry of 容县 (玉林市, 广西壮族自治区), written anew for this
corpus; its figures are illustrative (see meta.json "notes").  It is saved as
Big5 (meta.json "encoding": "big5"): every character was checked to encode in
Big5, and big5, cp950 and big5hkscs decode the file identically (硅 is avoided:
有機矽).  Most numbers use full-width digits (３００億元, １０％, １３．２％); a few
use ASCII digits (50個以上, 30個).  Quotes are 「」 and 『』.

As in the shared xinhui-2023-big5 gold: `unit` is a Simplified base unit (億元 ->
元, 萬畝 -> 亩, 個 -> 个, 戶 -> 户), `region` is the Simplified official name (容县,
玉林市), while `indicator`, `subject`, `qualifier` and `value_text` are the text's
own Traditional words.  Offsets are Python str indices over the decoded text.

Each annotation names the clause it was read from (a verbatim substring of the
decoded text), the value expression inside it (the span) and the TARGETS.md
fields.  start/end are computed, never counted by hand.  The checks assert that
every span slices back out of the text, that every value equals its value_text
in base units (full-width digits read as digits, Traditional magnitudes 億/萬),
that the comparator agrees with the words in the span, and that every numeral
of the text is either inside a gold span or explained in NOT_TARGETS.
Run:  python3 build_gold.py [-v] [--not-targets]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))   # tests/data: goldkit
from goldkit import A, main  # noqa: E402


CODES = {"容县": "450921", "玉林市": "450900"}
DEFAULT_REGION = "容县"
SECTIONS = []
COMPOSED_SUBJECTS = set()
UNITS = {"元", "%", "个", "家", "户", "名", "亩", "平方米", "个工作日"}


def check_traditional(doc, records):
    # Simplified forms that must not appear in this Traditional text
    for ch in "硅县业产发区规项亿万个计划资经济农标专设务数":
        assert ch not in doc, ("Simplified character in a Traditional text", ch)
    for r in records:
        assert all(c not in r["unit"] for c in "億萬個戶畝"), r["unit"]


EXTRA_CHECKS = [check_traditional]

Y = 2024
PLAN = 2026       # 到２０２６年 / 三年 / 三年內 / 三年累計 in a 2024 text: 2024-2026

HEAD = "力爭２０２６年工業總產值突破３００億元"
GOALS = "到２０２６年，全縣工業總產值突破３００億元，規模以上工業企業達到２００家，規模以上工業增加值年均增長１０％以上，三年累計完成工業投資１５０億元"
EI = "力爭三年引進電子資訊配套企業３０家以上、落地億元以上項目２０個"
PARK = "工業集中區產值佔全縣工業總產值比重提高到６５％以上，園區畝均稅收達到１５萬元"
FIRMS = "三年內培育產值超１０億元企業１０家、超億元企業６０家，新增「專精特新」中小企業２０家"
POMELO = "全縣沙田柚種植面積穩定在１５萬畝左右，沙田柚全產業鏈產值達到１００億元，帶動３萬戶果農增收"
Y24 = "２０２４年全縣新簽約億元以上工業項目50個以上、新開工工業項目30個，工業投資增長１５％，新增規上工業企業２５家，確保工業總產值增長１２％以上"
LAND = "容縣今年將新增工業用地２０００畝，新建標準廠房２０萬平方米"
FUND = "縣財政每年安排工業發展專項資金不少於５０００萬元，三年引進各類工業人才１０００名，並設立規模２億元的產業引導基金"
GREEN = "推動規上工業企業數字化改造覆蓋率達到６０％，單位工業增加值能耗三年累計下降１０％，工業園區污水集中處理率達到１００％"
BIZ = "企業開辦時間壓縮至１個工作日以內，工業項目審批時限再壓減３０％"
RANK = "力爭２０２６年容縣進入全區縣域經濟發展前１０名，為玉林市工業總產值突破３０００億元作出容縣貢獻"

ANNOTATIONS = [
    # ---------------- headline (restated in the lead) -> optional ----------------
    A(HEAD, "突破３００億元", "工業總產值", "level", ">=", 3e10, "元", "３００億元", "strive", PLAN,
      optional=True),

    # ---------------- lead: the 2026 goals of the 方案 ----------------
    A(GOALS, "突破３００億元", "工業總產值", "level", ">=", 3e10, "元", "３００億元", "plan", PLAN),
    A(GOALS, "２００家", "規模以上工業企業", "count", "=", 200, "家", "２００家", "plan", PLAN),
    A(GOALS, "１０％以上", "規模以上工業增加值", "growth", ">=", 10, "%", "１０％", "plan", PLAN),
    A(GOALS, "１５０億元", "累計完成工業投資", "level", "=", 1.5e10, "元", "１５０億元", "plan", PLAN),

    # ---------------- 三大主導產業 ----------------
    A("到２０２６年產業園產值力爭突破５０億元", "突破５０億元",
      "產值", "level", ">=", 5e9, "元", "５０億元", "strive", PLAN,
      subject="容縣有機矽新材料產業園"),
    A(EI, "３０家以上", "引進電子資訊配套企業", "count", ">=", 30, "家", "３０家", "strive", PLAN),
    # 落地 is a verb of its own: 力爭 does not carry over (TARGETS.md)
    A(EI, "２０個", "落地項目", "count", "=", 20, "个", "２０個", "plan", PLAN,
      qualifier="億元以上"),
    A("推動木材加工就地轉化率提高到８０％", "８０％",
      "木材加工就地轉化率", "share", "=", 80, "%", "８０％", "plan", PLAN),

    # ---------------- 產業平台 ----------------
    A(PARK, "６５％以上", "工業集中區產值佔全縣工業總產值比重", "share", ">=", 65, "%", "６５％",
      "plan", PLAN),
    A(PARK, "１５萬元", "園區畝均稅收", "level", "=", 150000, "元", "１５萬元", "plan", PLAN),

    # ---------------- 企業培育 ----------------
    A(FIRMS, "１０家", "培育企業", "count", "=", 10, "家", "１０家", "plan", PLAN,
      qualifier="產值超１０億元"),
    A(FIRMS, "６０家", "培育企業", "count", "=", 60, "家", "６０家", "plan", PLAN,
      qualifier="超億元"),
    A(FIRMS, "２０家", "新增「專精特新」中小企業", "count", "=", 20, "家", "２０家", "plan", PLAN),

    # ---------------- 沙田柚 ----------------
    A(POMELO, "１５萬畝左右", "沙田柚種植面積", "level", "~", 150000, "亩", "１５萬畝", "plan", PLAN),
    A(POMELO, "１００億元", "產值", "level", "=", 1e10, "元", "１００億元", "plan", PLAN,
      subject="沙田柚全產業鏈"),
    # an expected effect rather than a commitment -> optional
    A(POMELO, "３萬戶", "帶動果農增收", "count", "=", 30000, "户", "３萬戶", "plan", PLAN,
      optional=True),

    # ---------------- 2024 ----------------
    A(Y24, "50個以上", "新簽約工業項目", "count", ">=", 50, "个", "50個", "plan", Y,
      qualifier="億元以上"),
    A(Y24, "30個", "新開工工業項目", "count", "=", 30, "个", "30個", "plan", Y),
    A(Y24, "１５％", "工業投資", "growth", "=", 15, "%", "１５％", "plan", Y),
    A(Y24, "２５家", "新增規上工業企業", "count", "=", 25, "家", "２５家", "plan", Y),
    A(Y24, "１２％以上", "工業總產值", "growth", ">=", 12, "%", "１２％", "ensure", Y),
    A(LAND, "２０００畝", "新增工業用地", "level", "=", 2000, "亩", "２０００畝", "plan", Y),
    A(LAND, "２０萬平方米", "新建標準廠房", "level", "=", 200000, "平方米", "２０萬平方米", "plan", Y),

    # ---------------- 要素保障、綠色轉型 ----------------
    A(FUND, "不少於５０００萬元", "工業發展專項資金", "level", ">=", 5e7, "元", "５０００萬元",
      "plan", PLAN),
    A(FUND, "１０００名", "引進各類工業人才", "count", "=", 1000, "名", "１０００名", "plan", PLAN),
    # the size of a fund to be set up, inside a noun phrase -> optional
    A(FUND, "２億元", "產業引導基金規模", "level", "=", 2e8, "元", "２億元", "plan", PLAN,
      optional=True),
    A(GREEN, "６０％", "規上工業企業數字化改造覆蓋率", "share", "=", 60, "%", "６０％", "plan", PLAN),
    A(GREEN, "１０％", "單位工業增加值能耗", "growth", "=", 10, "%", "１０％", "plan", PLAN,
      direction="decrease"),
    A(GREEN, "１００％", "工業園區污水集中處理率", "share", "=", 100, "%", "１００％", "plan", PLAN),

    # ---------------- 營商環境 ----------------
    A(BIZ, "１個工作日以內", "企業開辦時間", "level", "<=", 1, "个工作日", "１個工作日", "plan", PLAN),
    A(BIZ, "３０％", "工業項目審批時限", "growth", "=", 30, "%", "３０％", "plan", PLAN,
      direction="decrease"),

    # ---------------- 排位賽 ----------------
    A(RANK, "前１０名", "縣域經濟發展排名", "rank", "<=", 10, "名", "１０名", "strive", PLAN),
    A(RANK, "突破３０００億元", "工業總產值", "level", ">=", 3e11, "元", "３０００億元", "plan", PLAN,
      region="玉林市"),
]

NAME = "part of a name or slogan, not a quantity"
PAST = "2023 result (past), not a target"
NOT_TARGETS = [
    ("容縣出台工業振興三年行動方案", 1, "headline: 三年 names the plan's span"),
    ("力爭２０２６年工業總產值", 1, "horizon of the headline target (full-width digits)"),
    ("《容縣工業振興三年行動方案（２０２４—２０２６年）》", 1,
     "title of the plan: its span (三年, ２０２４—２０２６年; the dash here is not a value range)"),
    ("到２０２６年，全縣工業", 1, "horizon of the targets that follow"),
    ("三年累計完成", 1, "horizon and cumulation of the 150億元 target"),
    ("２０２３年容縣工業總產值為１８６億元，規模以上工業企業１２６家", 1, PAST + " (baseline)"),
    ("貢獻率超過三成", 1, PAST + " (三成 = 30 %, with 超過, in a statement of fact)"),
    ("新簽約億元以上工業項目４１個，工業投資增長１３．２％，增速居玉林市第３位", 1,
     PAST + " (a count with a qualifier, a growth rate and a rank held, all of last year)"),
    ("為實施三年行動", 1, "三年 names the plan's span"),
    ("三年行動就是要", 1, "三年 names the plan's span (in a quotation)"),
    ("聚焦三大主導產業", 1, "an enumeration of the industries (a structure)"),
    ("一是做強", 1, "list numbering"),
    ("規劃面積３０００畝", 1, "a fact (planned area of the park), not a target"),
    ("到２０２６年產業園", 1, "horizon of the 50億元 target"),
    ("二是做大", 1, "list numbering"),
    ("力爭三年引進", 1, "horizon of the targets that follow (2024-2026)"),
    ("三是做優", 1, "list numbering"),
    ("已入駐企業２１０家，去年實現產值９８億元", 1, PAST + " (present stock and last year's output)"),
    ("《方案》提出，到２０２６年，工業集中區", 1, "horizon of the targets that follow"),
    ("三年內培育", 1, "horizon of the targets that follow (2024-2026)"),
    ("產值超１０億元", 1, "qualifier (size class of the firms), not a target"),
    ("提出到２０２６年，全縣沙田柚", 1, "horizon of the targets that follow"),
    ("今年是三年行動的開局之年", 1, "三年 names the plan's span"),
    ("容縣提出，２０２４年", 1, "the year of the targets that follow"),
    ("「三企入桂」", 1, NAME + " (a Guangxi investment campaign)"),
    ("三年引進各類工業人才", 1, "horizon of the 1000名 target"),
    ("三年累計下降", 1, "horizon and cumulation of the 10% reduction"),
    ("「一枚印章管審批」", 1, NAME + " (a reform slogan)"),
    ("力爭２０２６年容縣", 1, "horizon of the rank target"),
    ("「一個產業、一名縣領導、一個專班」", 1, NAME + " (a working mechanism)"),
    ("每季度通報一次進度", 1, "reporting frequency (一次), not a target"),
    ("一季度一調度、半年一評估、年底一考核", 1, "working routine in a quotation, not a target"),
    ("確保三年目標", 1, "三年 names the plan's span"),
    ("「十四五」", 1, NAME + " (the 14th five-year plan)"),
    ("「三年大變樣」", 1, NAME + " (a slogan)"),
]


if __name__ == "__main__":
    main(HERE, ANNOTATIONS, NOT_TARGETS, codes=CODES, default_region=DEFAULT_REGION,
         units=UNITS, sections=SECTIONS, composed_subjects=COMPOSED_SUBJECTS,
         extra_checks=EXTRA_CHECKS)
