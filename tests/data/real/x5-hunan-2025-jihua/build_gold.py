import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

Y = 2025
P = "2024"
GDP = "全年地区生产总值增长4.8%、总量达5.3万亿元"
TARGETS = [
    T("地区生产总值增长5.5%左右", "5.5%左右", "地区生产总值", "growth", "~", "plan", Y),
    T("第一产业增加值增长3%", "3%", "第一产业增加值", "growth", "=", "plan", Y),
    T("规模工业增加值增长6.5%以上", "6.5%以上", "规模工业增加值", "growth", ">=", "plan", Y),
    T("服务业增加值增长6%", "6%", "服务业增加值", "growth", "=", "plan", Y),
    T("固定资产投资增长4.5%", "4.5%", "固定资产投资", "growth", "=", "plan", Y),
    T("社会消费品零售总额增长5.5%以上", "5.5%以上", "社会消费品零售总额", "growth", ">=", "plan", Y),
    T("地方一般公共预算收入增长2.5%", "2.5%", "地方一般公共预算收入", "growth", "=", "plan", Y),
    T("常住人口城镇化率提高0.9个百分点", "0.9个百分点", "常住人口城镇化率", "share", "=", "plan", Y),
    T("全社会研发经费投入增长9%以上", "9%以上", "全社会研发经费投入", "growth", ">=", "plan", Y),
    T("城镇新增就业70万人", "70万人", "城镇新增就业", "count", "=", "plan", Y),
]
ACTUALS = [
    R(GDP, "4.8%", "地区生产总值", "growth", P),
    R(GDP, "5.3万亿元", "地区生产总值", "level", P),
    R("粮食总产达615.6亿斤", "615.6亿斤", "粮食总产", "level", P),
    R("规模工业增加值增长7.3%", "7.3%", "规模工业增加值", "growth", P),
    R("社会消费品零售总额增长5.4%", "5.4%", "社会消费品零售总额", "growth", P),
    R("地方一般公共预算收入增长2.6%", "2.6%", "地方一般公共预算收入", "growth", P),
]
NOT = [
    ("湘政发〔2025〕3号", "document number"),
    ("高于全国1.5个百分点", "gap to the national rate: a comparison"),
    ("高于全国1.9个百分点", "gap to the national rate: a comparison"),
    ("高于全国0.9个百分点", "gap to the national rate: a comparison"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
