import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

P = "2024"


def pair(clause, level, growth, indicator, basis="yoy", **more):
    return [R(clause, level, indicator, "level", P),
            R(clause, growth, indicator, "growth", P, basis=basis, **more)]


DOWN = dict(direction="decrease")
TARGETS = []
ACTUALS = (
    pair("2024年实现地区生产总值94.96亿元,按可比价计算,同比增长5.1%", "94.96亿元", "5.1%", "地区生产总值")
    + pair("第一产业实现增加值22.42亿元,同比增长4.3%", "22.42亿元", "4.3%", "第一产业增加值")
    + pair("第二产业实现增加值21.11亿元,同比增长3.1%", "21.11亿元", "3.1%", "第二产业增加值")
    + pair("第三产业实现增加值51.43亿元,同比增长6.2%", "51.43亿元", "6.2%", "第三产业增加值")
    + [R("人均地区生产总值53004元", "53004元", "人均地区生产总值", "level", P)]
    + pair("全年实现农林牧渔业总产值36.23亿元,按可比价计算,同比增长4.5%", "36.23亿元", "4.5%", "农林牧渔业总产值")
    + pair("农业产值22.42亿元,同比增长4.2%", "22.42亿元", "4.2%", "农业产值")
    + pair("林业产值4.69亿元,同比增长7.5%", "4.69亿元", "7.5%", "林业产值")
    # 同比2.8% with no 增长: a growth rate all the same
    + pair("牧业产值5.78亿元,同比2.8%", "5.78亿元", "2.8%", "牧业产值")
    + pair("渔业产值2.37亿元,同比5.9%", "2.37亿元", "5.9%", "渔业产值")
    + pair("农林牧渔服务业产值0.96亿元,同比增长5.6%", "0.96亿元", "5.6%", "农林牧渔服务业产值")
    # one sentence led by 较上年: the areas that follow share its basis (yoy)
    + pair("全年粮食作物播种面积20.87万亩,较上年增长0.23%", "20.87万亩", "0.23%", "粮食作物播种面积")
    + pair("油料作物播种面积9.4万亩,增长2.85%", "9.4万亩", "2.85%", "油料作物播种面积")
    + pair("烟叶播种面积0.49万亩,下降18.5%", "0.49万亩", "18.5%", "烟叶播种面积", **DOWN)
    + pair("蔬菜播种面积11.58万亩,增长0.87%", "11.58万亩", "0.87%", "蔬菜播种面积")
    + pair("茶园面积13.69万亩,下降15.27%", "13.69万亩", "15.27%", "茶园面积", **DOWN)
    + pair("中药材种植面积3.18万亩,增长3.05%", "3.18万亩", "3.05%", "中药材种植面积")
    + pair("全年实现粮食产量6.77万吨(折粮),较上年增长0.54%", "6.77万吨", "0.54%", "粮食产量")
    # 其中 opens a new sentence with no 同比/较上年 of its own: basis None (as x4-gansu-2024h1-progress)
    + pair("夏粮产量1.46万吨,增长0.33%", "1.46万吨", "0.33%", "夏粮产量", basis=None)
    + pair("秋粮产量5.31万吨,增长0.6%", "5.31万吨", "0.6%", "秋粮产量", basis=None)
)
NOT = [
    ("新中国成立75周年", "an anniversary"),
    ("图1:", "figure number"),
    ("图2:", "figure number"),
    ("三次产业结构为23.6:22.2:54.2", "structure ratios of the three sectors, no unit"),
    ("第一产业0.62个百分点,第二产业0.86个百分点,第三产业3.62个百分点",
     "points of growth contributed by each sector: a decomposition of the GDP growth, not indicator values"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
