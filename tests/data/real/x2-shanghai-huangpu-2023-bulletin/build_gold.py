import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

Y = "2023"
HERE = os.path.dirname(os.path.abspath(__file__))
DOC = open(os.path.join(HERE, "doc.txt"), encoding="utf-8").read()
TABLE = DOC[DOC.index("指标 累计"):DOC.index("社会保障和就业 30.03 14.0") + len("社会保障和就业 30.03 14.0")]
GDP = "全年实现地区生产总值(GDP)3157.30亿元(现价),可比增长5.9%"
I2 = "第二产业实现增加值49.83亿元,可比增长16.6%,占全区比重为1.6%"
I3 = "第三产业实现增加值3107.47亿元,可比增长5.7%,占全区比重为98.4%"
TARGETS = []
ACTUALS = [
    R(GDP, "3157.30亿元", "地区生产总值", "level", Y),
    R(GDP, "5.9%", "地区生产总值", "growth", Y),
    R(I2, "49.83亿元", "第二产业增加值", "level", Y),
    R(I2, "16.6%", "第二产业增加值", "growth", Y),
    R(I2, "1.6%", "第二产业增加值占全区比重", "share", Y),
    R(I3, "3107.47亿元", "第三产业增加值", "level", Y),
    R(I3, "5.7%", "第三产业增加值", "growth", Y),
    R(I3, "98.4%", "第三产业增加值占全区比重", "share", Y),
    R("全年完成一般公共预算收入803.80亿元,同比下降2.1%", "803.80亿元", "一般公共预算收入", "level", Y),
    R("全年完成一般公共预算收入803.80亿元,同比下降2.1%", "2.1%", "一般公共预算收入", "growth", Y, basis="yoy", direction="decrease"),
    R("全年完成区级一般公共预算收入282.18亿元,同比增长3.0%", "282.18亿元", "区级一般公共预算收入", "level", Y),
    R("全年完成区级一般公共预算收入282.18亿元,同比增长3.0%", "3.0%", "区级一般公共预算收入", "growth", Y, basis="yoy"),
    R("其中区级税收收入258.14亿元,同比增长3.9%", "258.14亿元", "区级税收收入", "level", Y),
    R("其中区级税收收入258.14亿元,同比增长3.9%", "3.9%", "区级税收收入", "growth", Y, basis="yoy"),
    R("全年完成区级一般公共预算支出324.30亿元,同比下降15.9%", "324.30亿元", "区级一般公共预算支出", "level", Y),
    R("全年完成区级一般公共预算支出324.30亿元,同比下降15.9%", "15.9%", "区级一般公共预算支出", "growth", Y, basis="yoy", direction="decrease"),
    R("黄浦区登记在册的各类企业34561户", "34561户", "登记在册的各类企业", "count", Y),
    R("注册资本合计16101.59亿元", "16101.59亿元", "各类企业注册资本", "level", Y),
    R("其中公有制5846户", "5846户", "公有制企业", "count", Y),
    R("注册资本9351.54亿元", "9351.54亿元", "公有制企业注册资本", "level", Y),
    R("私营企业21807户", "21807户", "私营企业", "count", Y),
    R("注册资本3785.72亿元", "3785.72亿元", "私营企业注册资本", "level", Y),
    R("外商投资企业7628户", "7628户", "外商投资企业", "count", Y),
    R("注册资本2964.33亿元", "2964.33亿元", "外商投资企业注册资本", "level", Y),
    R("全年新设各类企业3278户,同比增长62.6%", "3278户", "新设各类企业", "count", Y),
    R("全年新设各类企业3278户,同比增长62.6%", "62.6%", "新设各类企业", "growth", Y, basis="yoy"),
]
NOT = [
    ("统计公报 2023\n", "the archive site's year tag in the title line"),
    ("表1   2023年", "table number"),
    (TABLE, "table cells carry no unit (亿元 / % only in the column header), which realkit's value_text cannot express; the first rows restate the prose figures"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
