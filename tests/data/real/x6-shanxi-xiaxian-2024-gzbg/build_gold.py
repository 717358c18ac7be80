import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

P = "2023"


def pair(clause, level, growth, indicator):
    # "全年 X完成A,增长B%": no 同比/比上年 written, so basis None (as x4-shanxi-zhongyang-2024-summary's GDP)
    return [R(clause, level, indicator, "level", P), R(clause, growth, indicator, "growth", P)]


TARGETS = []
ACTUALS = (
    pair("全年地区生产总值完成82.86亿元,增长2.5%", "82.86亿元", "2.5%", "地区生产总值")
    + pair("固定资产投资完成36.3亿元,增长5.9%", "36.3亿元", "5.9%", "固定资产投资")
    + pair("社会消费品零售总额完成35.02亿元,增长2.4%", "35.02亿元", "2.4%", "社会消费品零售总额")
    + pair("城镇居民人均可支配收入完成35208元,增长4.8%", "35208元", "4.8%", "城镇居民人均可支配收入")
    + pair("农村居民人均可支配收入完成13006元,增长10.5%", "13006元", "10.5%", "农村居民人均可支配收入")
    + pair("一般公共预算收入完成3.66亿元,增长39.7%", "3.66亿元", "39.7%", "一般公共预算收入")
    + [R("荣获国家和省市荣誉112项", "112项", "荣获国家和省市荣誉", "count", P, optional=True)]
)
NOT = []
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
