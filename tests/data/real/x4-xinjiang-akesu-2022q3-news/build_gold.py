import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

P = "2022-01..2022-09"
HEAD = "1—9月新疆阿克苏地区实现生产总值1222.55亿元"
GDP = "阿克苏地区实现生产总值1222.55亿元,同比增长7.2%"
PRJ = "今年阿瓦提县实施重点项目11个,其中新建项目5个,续建项目6个"
S1 = "第一产业实现增加值193.85亿元,同比增长4%"
S2 = "第二产业实现增加值513.56亿元,同比增长13.2%"
S3 = "第三产业实现增加值515.14亿元,同比增长4.0%"
FIN = "金融业、工业、房地产业生产形势较好,同比分别增长9.2%、8.8%、6.2%"
AWT = dict(region="阿瓦提县")
TARGETS = []
ACTUALS = [
    # the headline is printed twice (title and heading): a record at each place
    R(HEAD, "1222.55亿元", "生产总值", "level", P, occ=0),
    R(HEAD, "1222.55亿元", "生产总值", "level", P, occ=1),
    R(GDP, "1222.55亿元", "生产总值", "level", P),
    R(GDP, "7.2%", "生产总值", "growth", P, basis="yoy"),
    # the county's project list for this year (partly a plan): optional, period the whole year
    R(PRJ, "11个", "实施重点项目", "count", "2022", optional=True, **AWT),
    R(PRJ, "5个", "新建项目", "count", "2022", optional=True, **AWT),
    R(PRJ, "6个", "续建项目", "count", "2022", optional=True, **AWT),
    # 截至目前 in a page of early November: to the end of October (period approximate): optional
    R("已开复工项目11个", "11个", "已开复工项目", "count", "2022-01..2022-10", optional=True, **AWT),
    R(S1, "193.85亿元", "第一产业增加值", "level", P),
    R(S1, "4%", "第一产业增加值", "growth", P, basis="yoy"),
    R(S2, "513.56亿元", "第二产业增加值", "level", P),
    R(S2, "13.2%", "第二产业增加值", "growth", P, basis="yoy"),
    R(S3, "515.14亿元", "第三产业增加值", "level", P),
    R(S3, "4.0%", "第三产业增加值", "growth", P, basis="yoy"),
    R("建筑业发展势头迅猛,同比增长26%", "26%", "建筑业增加值", "growth", P, basis="yoy"),
    R(FIN, "9.2%", "金融业增加值", "growth", P, basis="yoy"),
    R(FIN, "8.8%", "工业增加值", "growth", P, basis="yoy"),
    R(FIN, "6.2%", "房地产业增加值", "growth", P, basis="yoy"),
]
NOT = [
    ("1—9月", "period label 1—9月"),
    ("2022-11-03 19:16", "page timestamp"),
    ("开工率100%", "a start-up rate of the project list (started over planned): like a completion rate, neither"),
    ("“76331”战略和“6+2”产业布局", "names of strategies"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
