import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

Y = "2021"
SH = "第一产业增加值占生产总值的比重为10.5%,第二产业增加值比重为39.8%,第三产业增加值比重为49.7%"
MANGLED = "amount whose integer part the repost lost: the number as written is not the value, so not annotated"
TARGETS = []
ACTUALS = [
    R("按可比价格计算,比上年增长5.7%", "5.7%", "生产总值", "growth", Y, basis="yoy"),
    R("第一产业增加值.65亿元,同比增长4.5%", "4.5%", "第一产业增加值", "growth", Y, basis="yoy"),
    R("第二产业增加值.61亿元,同比增长6.5%", "6.5%", "第二产业增加值", "growth", Y, basis="yoy"),
    R("第三产业增加值.37亿元,同比增长5.4%", "5.4%", "第三产业增加值", "growth", Y, basis="yoy"),
    R(SH, "10.5%", "第一产业增加值占生产总值的比重", "share", Y),
    R(SH, "39.8%", "第二产业增加值比重", "share", Y),
    R(SH, "49.7%", "第三产业增加值比重", "share", Y),
    R("占常住人口的比重(常住人口城镇化率)为61.02%", "61.02%", "常住人口城镇化率", "share", Y),
    # second reading: a change of a share in points against last year: optional actual (corpus convention)
    R("为61.02%,提高0.94个百分点", "0.94个百分点", "常住人口城镇化率", "share", Y, optional=True),
    R("全年城镇新增就业人员6.31万人", "6.31万人", "城镇新增就业人员", "level", Y),
    R("城镇登记失业率为1.8%", "1.8%", "城镇登记失业率", "share", Y),
]
NOT = [
    ("TUhjnbcbe - 2023/1/28 17:34:00", "repost header: poster and timestamp"),
    ("id=1680130549447447545", "advertising URL"),
    ("生产总值^[^2^].63亿元", MANGLED + " (and footnote marker 2)"),
    ("-年两年平均增长3.6%^[^3^]", "two-year average growth (year range lost) and footnote marker 3"),
    ("两年平均增长4.5%", "two-year average growth: a derived rate, not the year's value"),
    ("两年平均增长2.7%", "two-year average growth: a derived rate, not the year's value"),
    ("第一产业增加值.65亿元", MANGLED),
    ("第二产业增加值.61亿元", MANGLED),
    ("第三产业增加值.37亿元", MANGLED),
    ("比上年末增加1万人", "change against last year: a comparison, not a value"),
    ("城镇常住人口.5万人,增加6.2万人", MANGLED + "; 增加6.2万人 is a change against last year"),
    ("全年人口出生率11.22‰,比上年低0.21个千分点;人口死亡率6.91‰,比上年高0.26个千分点;人口自然增长率4.31‰,比上年低0.47个千分点",
     "per-mille rates (realkit's share takes only % or 个百分点) and their changes"),
    ("农牧区劳动力转移就业.54万人次", MANGLED),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
