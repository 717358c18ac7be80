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
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOC_PATH = os.path.join(HERE, "doc.txt")
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))   # tests/data: goldkit
from goldkit import A, main  # noqa: E402


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


if __name__ == "__main__":
    main(HERE, ANNOTATIONS, NOT_TARGETS, codes=CODES, default_region=DEFAULT_REGION,
         units=UNITS, sections=SECTIONS, composed_subjects=COMPOSED_SUBJECTS,
         extra_checks=EXTRA_CHECKS)
