import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

P = "2020"
Y = 2021
GDP = "2020年广西全区地区生产总值增长3.7%,固定资产投资增长4.2%,进出口总额增长3.5%"
TARGETS = [
    T("2021年全区生产总值增长目标为7.5%以上", "7.5%以上", "全区生产总值", "growth", ">=", "plan", Y),
    # "今年广西全区经济社会发展的主要预期目标是:" (the list, broken off by the store after 降碳目标,)
    T("地区生产总值增长7.5%以上", "7.5%以上", "地区生产总值", "growth", ">=", "plan", Y),
    T("规模以上工业增加值增长8%以上", "8%以上", "规模以上工业增加值", "growth", ">=", "plan", Y),
    T("财政收入增长5%左右", "5%左右", "财政收入", "growth", "~", "plan", Y),
    T("固定资产投资增长15%以上", "15%以上", "固定资产投资", "growth", ">=", "plan", Y),
    T("社会消费品零售总额增长12%以上", "12%以上", "社会消费品零售总额", "growth", ">=", "plan", Y),
    T("进出口总额增长7%以上", "7%以上", "进出口总额", "growth", ">=", "plan", Y),
]
ACTUALS = [
    R("2020年全区地区生产总值增长3.7%,2021年", "3.7%", "地区生产总值", "growth", P),
    R(GDP, "3.7%", "地区生产总值", "growth", P),
    R(GDP, "4.2%", "固定资产投资", "growth", P),
    R(GDP, "3.5%", "进出口总额", "growth", P),
]
NOT = [
    ("要重点抓好11个方面任务的落实", "a count of task areas (十四五), not a target"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
