import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

Y = 2019
P = "2019-01..2019-09"   # 到9月底 / 截至9月底
TARGETS = [
    # the year's project plan (安排, 計劃), restated in October
    T("今年江蘇省安排省重大項目240個", "240個", "省重大項目", "count", "=", "plan", Y),
    T("其中實施項目220個", "220個", "實施項目", "count", "=", "plan", Y),
    T("年度計劃投資5330億元", "5330億元", "年度計劃投資", "level", "=", "plan", Y),
    T("計劃新開工實施項目109個", "109個", "計劃新開工實施項目", "count", "=", "plan", Y),
    T("其中68個計劃新開工重大產(chǎn)業(yè)項目", "68個", "計劃新開工重大產業項目", "count", "=", "plan", Y),
]
ACTUALS = [
    R("計劃新開工實施項目開工率達(dá)到80.7%", "80.7%", "計劃新開工實施項目開工率", "share", P, optional=True),
    R("220個項目已完成投資4390億元", "4390億元", "完成投資", "level", P),
    R("已開工88個", "88個", "已開工計劃新開工實施項目", "count", P),
    R("已開工88個,開工率達(dá)80.7%", "80.7%", "計劃新開工實施項目開工率", "share", P, optional=True),
    R("已開工55個", "55個", "已開工計劃新開工重大產業項目", "count", P),
    R("開工率達(dá)80.9%", "80.9%", "計劃新開工重大產業項目開工率", "share", P, optional=True),
    R("省領(lǐng)導(dǎo)掛鉤項目開工率達(dá)86.9%", "86.9%", "省領導掛鉤項目開工率", "share", P, optional=True),
    R("南京、常州、南通等4市新開工項目數(shù)超過10個", "10個", "新開工項目數", "count", P,
      subject="南京、常州、南通等4市", optional=True),
    R("220個實施項目完成投資4390億元", "4390億元", "完成投資", "level", P),
    R("130個重大產(chǎn)業(yè)項目完成投資1522億元", "1522億元", "完成投資", "level", P,
      subject="重大產(chǎn)業(yè)項目"),
    R("省領(lǐng)導(dǎo)掛鉤項目完成投資492億", "492億", "完成投資", "level", P,
      subject="省領(lǐng)導(dǎo)掛鉤項目"),
]
NOT = [
    ("220個項目已完成投資", "220: the project list referred to (its target is 其中實施項目220個)"),
    ("220個實施項目完成投資", "220: the project list referred to"),
    ("投資完成率82.4%", "completion rate of the annual plan"),
    ("投資完成率83.5%", "completion rate"),
    ("投資完成率108%", "completion rate"),
    ("高出序時進(jìn)度7.4個百分點", "gap to the schedule"),
    ("高于平均進(jìn)度近26個百分點", "gap to the average progress"),
    ("其中130個重大產(chǎn)業(yè)項目", "130: size of a project group (base)"),
    ("徐州、鹽城、宿遷3市", "count of cities named"),
    ("等4市", "count of cities named"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
