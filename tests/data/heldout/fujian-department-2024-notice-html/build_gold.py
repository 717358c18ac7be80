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
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))   # tests/data: goldkit
from goldkit import A, main  # noqa: E402


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


if __name__ == "__main__":
    main(HERE, ANNOTATIONS, NOT_TARGETS, codes=CODES, default_region=DEFAULT_REGION,
         units=UNITS, sections=SECTIONS, composed_subjects=COMPOSED_SUBJECTS,
         extra_checks=EXTRA_CHECKS)
