#!/usr/bin/env python3
"""Build the gold standard for jilin-city-2023-work-report-traditional-big5 (doc.txt, Big5).

The document is an excerpt (摘要) of a city government work report, that of
長春市 (吉林省; GB/T 2260 长春市 220100) for 2023, in Traditional characters and
saved as Big5, dated 2023-01-09 and written anew for this held-out set; every
figure is illustrative (see meta.json "notes").  It has a 2022 review (results,
one of them worded exactly as a target: 城鎮調查失業率控制在5.5%以內), the 主要預期目標
list, and six key tasks （一）…（六） in 東北 wording (全面振興, 老工業基地, 黑土地,
糧食 in 億斤, 汽車 in 萬輛, 冰雪, 供熱): a 確保…、力爭… pair on car output, a 吉林省
target in a 作出長春貢獻 clause, 分別 over three county-level cities (榆樹市, 德惠市,
公主嶺市), 各 over two of them, zones as subjects (長春新區, 中韓（長春）國際合作示範區),
and names with magnitudes that set no value (萬億級汽車產業集群, 「千億斤糧食」產能建設工程).
Full-width digits in some numbers (６％, ２００萬輛, ２２０萬輛, ３０萬輛, １億人次), ASCII in
the rest.

Big5 (meta.json "encoding": "big5"): every character was checked to encode in
Big5, and big5, cp950 and big5hkscs decode the file identically.  As in the
shared xinhui-2023-big5 gold, `unit` and `region` are Simplified (萬輛 -> 辆,
億斤 -> 斤, 萬畝 -> 亩, 戶 -> 户, 個 -> 个, 榆樹市 -> 榆树市); indicator, subject,
qualifier and value_text are the text's own Traditional words.

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
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOC_PATH = os.path.join(HERE, "doc.txt")
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))   # tests/data: goldkit
from goldkit import A, main  # noqa: E402


CODES = {"长春市": "220100", "吉林省": "220000", "榆树市": "220182", "德惠市": "220183", "公主岭市": "220184"}
DEFAULT_REGION = "长春市"
SECTIONS = []
COMPOSED_SUBJECTS = set()
UNITS = {"元", "美元", "%", "人", "斤", "辆", "户", "亩", "个", "人次", "公里"}
FULLWIDTH_DIGITS = "０１２３４５６７８９"


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
    for ch in "县业产发区规项亿万个计划资经济农标专设务数门长进额实现这样为时会报国对开关车动总过达还线导岭级场张亩辆户树粮兴":
        assert ch not in doc, ("Simplified character in a Traditional text", ch)
    for r in records:
        assert all(c not in r["unit"] for c in "億萬個畝張場輛戶"), r["unit"]
        assert r["region"] in CODES and r["year"] == 2023          # Simplified region names
    # full-width digits in some values, ASCII in others
    fw = [r for r in records if any(c in FULLWIDTH_DIGITS for c in r["value_text"])]
    assert sorted(r["value_text"] for r in fw) == sorted(["６％", "２００萬輛", "２２０萬輛", "３０萬輛", "１億人次"])
    assert len(records) - len(fw) >= 25
    # the 確保/力爭 pair on car output
    pair = {r["strength"]: r["value"] for r in records if r["indicator"] == "汽車產量"}
    assert pair == {"ensure": 2e6, "strive": 2.2e6}, pair
    # the province's target, and the three county-level cities with 分別 (in order) and 各
    assert [r["value"] for r in records if r["region"] == "吉林省"] == [8e10]
    fb = {r["region"]: r["value"] for r in records if r["indicator"] == "糧食產量"}
    assert fb == {"榆树市": 6e9, "德惠市": 4.5e9, "公主岭市": 5e9}, fb
    ge = [r for r in records if r["indicator"] == "創建國家現代農業產業園"]
    assert sorted(r["region"] for r in ge) == ["德惠市", "榆树市"] and len({r["start"] for r in ge}) == 1
    # the county-level cities' parts stay below the city's total
    assert 6e9 + 4.5e9 + 5e9 < 2.3e10
    # the review's 控制在5.5%以內 (past) is no record; the target's is the second occurrence
    clause = "城鎮調查失業率控制在5.5%以內"
    assert doc.count(clause) == 2
    first = doc.index(clause)
    assert not [r for r in records if first <= r["start"] < first + len(clause)]


EXTRA_CHECKS = [check_big5_report]

Y = 2023
MAIN = "地區生產總值增長６％左右；規模以上工業增加值增長7%；固定資產投資增長10%以上；社會消費品零售總額增長8%"
JOB = "城鎮新增就業15萬人，"
CAR = "確保汽車產量突破２００萬輛、力爭達到２２０萬輛，其中新能源汽車產量達到３０萬輛以上；汽車零部件本地配套率提高到55%，新增汽車零部件規模以上企業50戶，推動紅旗品牌銷量突破40萬輛"
FARM = "全年新建高標準農田100萬畝，黑土地保護性耕作面積達到1200萬畝以上，為全省糧食總產量穩定在800億斤以上作出長春貢獻"
CNTY = "榆樹市、德惠市、公主嶺市糧食產量分別達到60億斤、45億斤和50億斤；榆樹市、德惠市各創建國家現代農業產業園1個"
OPEN = "支持長春新區地區生產總值增長8%以上，推動中韓（長春）國際合作示範區新簽約項目投資額突破300億元。全年實際利用外資8億美元，外貿進出口總額增長5%"
TOUR = "全年接待遊客突破１億人次，旅遊總收入增長20%"
LIFE = "改造老舊供熱管網500公里，確保群眾溫暖過冬；改造城鎮老舊小區300個，新增普惠托育托位3000個"
ECO = "空氣質量優良天數比率保持在88%以上，全年完成造林5萬畝"

ANNOTATIONS = [
    # ---------------- 二、主要預期目標 (all plan) ----------------
    A(MAIN, "６％左右", "地區生產總值", "growth", "~", 6, "%", "６％", "plan", Y),
    A(MAIN, "7%", "規模以上工業增加值", "growth", "=", 7, "%", "7%", "plan", Y),
    A(MAIN, "10%以上", "固定資產投資", "growth", ">=", 10, "%", "10%", "plan", Y),
    A(MAIN, "8%", "社會消費品零售總額", "growth", "=", 8, "%", "8%", "plan", Y),
    A("一般公共預算收入增長5%", "5%", "一般公共預算收入", "growth", "=", 5, "%", "5%", "plan", Y),
    A(JOB, "15萬人", "城鎮新增就業", "count", "=", 150000, "人", "15萬人", "plan", Y),
    # the same words stand in the 2022 review (past): the target is the second occurrence
    A("城鎮調查失業率控制在5.5%以內", "控制在5.5%以內", "城鎮調查失業率", "share", "<=", 5.5, "%", "5.5%",
      "plan", Y, occ=1),
    A("糧食總產量穩定在230億斤以上", "230億斤以上", "糧食總產量", "level", ">=", 2.3e10, "斤", "230億斤",
      "plan", Y),

    # ---------------- （一）汽車 ----------------
    A(CAR, "突破２００萬輛", "汽車產量", "count", ">=", 2000000, "辆", "２００萬輛", "ensure", Y),
    A(CAR, "２２０萬輛", "汽車產量", "count", "=", 2200000, "辆", "２２０萬輛", "strive", Y),
    # 其中… has its own verb 達到: 力爭 does not carry over
    A(CAR, "３０萬輛以上", "新能源汽車產量", "count", ">=", 300000, "辆", "３０萬輛", "plan", Y),
    A(CAR, "55%", "汽車零部件本地配套率", "share", "=", 55, "%", "55%", "plan", Y),
    A(CAR, "50戶", "新增汽車零部件規模以上企業", "count", "=", 50, "户", "50戶", "plan", Y),
    A(CAR, "突破40萬輛", "紅旗品牌銷量", "count", ">=", 400000, "辆", "40萬輛", "plan", Y),

    # ---------------- （二）糧食、黑土地 ----------------
    A(FARM, "100萬畝", "新建高標準農田", "level", "=", 1000000, "亩", "100萬畝", "plan", Y),
    A(FARM, "1200萬畝以上", "黑土地保護性耕作面積", "level", ">=", 12000000, "亩", "1200萬畝", "plan", Y),
    # the province's target, named in a 作出長春貢獻 clause
    A(FARM, "800億斤以上", "糧食總產量", "level", ">=", 8e10, "斤", "800億斤", "plan", Y, region="吉林省"),
    # 分別 pairs the three county-level cities with the three values, in order; 達到 governs all three
    A(CNTY, "60億斤", "糧食產量", "level", "=", 6e9, "斤", "60億斤", "plan", Y, region="榆树市"),
    A(CNTY, "45億斤", "糧食產量", "level", "=", 4.5e9, "斤", "45億斤", "plan", Y, region="德惠市"),
    A(CNTY, "50億斤", "糧食產量", "level", "=", 5e9, "斤", "50億斤", "plan", Y, region="公主岭市"),
    # 各: one span, one record per city
    A(CNTY, "1個", "創建國家現代農業產業園", "count", "=", 1, "个", "1個", "plan", Y, region="榆树市"),
    A(CNTY, "1個", "創建國家現代農業產業園", "count", "=", 1, "个", "1個", "plan", Y, region="德惠市"),

    # ---------------- （三）改革開放 ----------------
    A(OPEN, "8%以上", "地區生產總值", "growth", ">=", 8, "%", "8%", "plan", Y, subject="長春新區"),
    A(OPEN, "突破300億元", "新簽約項目投資額", "level", ">=", 3e10, "元", "300億元", "plan", Y,
      subject="中韓（長春）國際合作示範區"),
    A(OPEN, "8億美元", "實際利用外資", "level", "=", 8e8, "美元", "8億美元", "plan", Y),
    A(OPEN, "5%", "外貿進出口總額", "growth", "=", 5, "%", "5%", "plan", Y),
    A("全年新增市場主體10萬戶", "10萬戶", "新增市場主體", "count", "=", 100000, "户", "10萬戶", "plan", Y),

    # ---------------- （四）冰雪 ----------------
    A(TOUR, "突破１億人次", "接待遊客", "count", ">=", 100000000, "人次", "１億人次", "plan", Y),
    A(TOUR, "20%", "旅遊總收入", "growth", "=", 20, "%", "20%", "plan", Y),

    # ---------------- （五）民生 ----------------
    A(LIFE, "500公里", "改造老舊供熱管網", "level", "=", 500, "公里", "500公里", "plan", Y),
    A(LIFE, "300個", "改造城鎮老舊小區", "count", "=", 300, "个", "300個", "plan", Y),
    A(LIFE, "3000個", "新增普惠托育托位", "count", "=", 3000, "个", "3000個", "plan", Y),

    # ---------------- （六）生態 ----------------
    A(ECO, "88%以上", "空氣質量優良天數比率", "share", ">=", 88, "%", "88%", "plan", Y),
    A(ECO, "5萬畝", "完成造林", "level", "=", 50000, "亩", "5萬畝", "plan", Y),
]

SEC = "section or list numbering"
NAME = "part of a name or slogan, not a quantity"
PAST = "2022 result (past), not a target"
NOT_TARGETS = [
    ("長春市2023年政府工作報告", 1, "title: the year of the report"),
    ("——2023年1月9日在長春市第十六屆人民代表大會第三次會議上", 1,
     "date of the session and ordinals of the congress and its session"),
    ("一、2022年工作回顧", 1, SEC + "; the year reviewed"),
    ("過去一年", 1, "過去一年 (the past year), a period, not a quantity"),
    ("全市地區生產總值達到6740億元，糧食總產量達到232億斤", 1, PAST + " (達到 in the past tense)"),
    ("汽車產量達到198萬輛，其中新能源汽車產量13.6萬輛", 1, PAST),
    ("全年城鎮新增就業15.2萬人，城鎮調查失業率控制在5.5%以內", 1,
     PAST + " (控制在…以內 in the past tense: the words of a target, the review's result)"),
    ("全年實施5000萬元以上項目1200個，紅旗品牌銷量突破30萬輛", 1,
     PAST + " (5000萬元以上 is a size class; 突破 in the past tense)"),
    ("二、2023年主要預期目標", 1, SEC + "; the year of the targets"),
    ("黨的二十大", 1, NAME + " (the 20th party congress)"),
    ("社會消費品零售總額", 1, "零 of the word 零售 (retail)"),
    ("；一般公共預算收入", 1, "一 of the word 一般 (general)"),
    ("三、2023年重點工作", 1, SEC + "; the year of the tasks"),
    ("（一）", 1, SEC),
    ("中國一汽", 1, NAME + " (China FAW, 第一汽車)"),
    ("零部件", 3, "零 of the word 零部件 (parts)"),
    ("（二）", 1, SEC),
    ("「千億斤糧食」產能建設工程", 1,
     NAME + " (吉林省's grain-capacity programme; 千億斤 names it and sets no value here)"),
    ("（三）", 1, SEC),
    ("「一帶一路」", 1, NAME + " (the Belt and Road)"),
    ("（四）", 1, SEC),
    ("（五）", 1, SEC),
    ("（六）", 1, SEC),
]


if __name__ == "__main__":
    main(HERE, ANNOTATIONS, NOT_TARGETS, codes=CODES, default_region=DEFAULT_REGION,
         units=UNITS, sections=SECTIONS, composed_subjects=COMPOSED_SUBJECTS,
         extra_checks=EXTRA_CHECKS)
