import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

P = "2020-01..2020-09"
B1 = "其中第一產(chǎn)業(yè)增加值增長(cháng)3.5%、第二產(chǎn)業(yè)增長(cháng)1.8%、第三產(chǎn)業(yè)增長(cháng)2.8%"
HT = "高技術(shù)制造業(yè)和裝備制造業(yè)增加值同比增長(cháng)4.4%和3.0%"
RS = "福建省實(shí)現社會(huì )消費品零售總額13354.79億元,同比下降2.5%"
TARGETS = []
ACTUALS = [
    R("?福建省前三季度地區生產(chǎn)總值同比增長(cháng)2.4%", "2.4%", "地區生產總值", "growth", P, basis="yoy"),
    R("今年前三季度,福建省地區生產(chǎn)總值同比增長(cháng)2.4%", "2.4%", "地區生產總值", "growth", P, basis="yoy"),
    R(B1, "3.5%", "第一產業增加值", "growth", P, basis="yoy"),
    R(B1, "1.8%", "第二產業增加值", "growth", P, basis="yoy"),
    R(B1, "2.8%", "第三產業增加值", "growth", P, basis="yoy"),
    R("全省規模以上工業(yè)增加值實(shí)現同比增長(cháng)1.8%", "1.8%", "規模以上工業增加值", "growth", P, basis="yoy"),
    R("有23個(gè)行業(yè)實(shí)現同比增長(cháng)", "23個", "實現同比增長的大類行業", "count", P, optional=True),
    R(HT, "4.4%", "高技術製造業增加值", "growth", P, basis="yoy"),
    R(HT, "3.0%", "裝備製造業增加值", "growth", P, basis="yoy"),
    R("福建省固定資產(chǎn)投資同比增長(cháng)1.4%", "1.4%", "固定資產投資", "growth", P, basis="yoy"),
    R("全省第二產(chǎn)業(yè)投資同比增長(cháng)3.8%", "3.8%", "第二產業投資", "growth", P, basis="yoy"),
    R("第三產(chǎn)業(yè)投資增長(cháng)0.7%", "0.7%", "第三產業投資", "growth", P, basis="yoy"),
    R("第一產(chǎn)業(yè)投資下降8.9%", "8.9%", "第一產業投資", "growth", P, basis="yoy", direction="decrease"),
    R(RS, "13354.79億元", "社會消費品零售總額", "level", P),
    R(RS, "2.5%", "社會消費品零售總額", "growth", P, basis="yoy", direction="decrease"),
]
NOT = [
    ("10月21日14:47", "page timestamp"),
    ("1-9月", "period label 1-9月"),
    ("1-3月", "period label"),
    ("1-6月", "period label"),
    ("1-8月", "period label"),
    ("回升8.6和1.7個(gè)百分點(diǎn)", "change against earlier periods: a comparison, not a value"),
    ("全省38個(gè)在統的大類(lèi)行業(yè)中", "number of industry categories in the statistics: a fact"),
    ("分別提高2.2和1.0個(gè)百分點(diǎn)", "change against earlier periods"),
    ("提高0.5個(gè)百分點(diǎn)", "change against an earlier period"),
    ("增幅提高1.3個(gè)百分點(diǎn)", "change against an earlier period"),
    ("降幅收窄3.1個(gè)百分點(diǎn)", "change against an earlier period"),
    ("分別收窄0.8和2.9個(gè)百分點(diǎn)", "change against earlier periods"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
