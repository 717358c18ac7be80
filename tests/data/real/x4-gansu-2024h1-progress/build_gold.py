import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

P = "2024H1"
GDP = "全省地区生产总值5903亿元、同比增长5.8%,高于全国(5.0%)0.8个百分点"
S1 = "第一产业增加值增长6.5%,高于全国(3.5%)3个百分点"
S2 = "第二产业增加值增长9.2%,高于全国(5.8%)3.4个百分点"
TARGETS = []
ACTUALS = [
    R(GDP, "5903亿元", "地区生产总值", "level", P),
    R(GDP, "5.8%", "地区生产总值", "growth", P, basis="yoy"),
    # the national figures given in brackets for comparison are actuals of 全国: optional
    R(GDP, "5.0%", "地区生产总值", "growth", P, basis="yoy", region="全国", optional=True),
    # 其中 sector growths: a new sentence with no 同比 of its own: basis None
    R(S1, "6.5%", "第一产业增加值", "growth", P),
    R(S1, "3.5%", "第一产业增加值", "growth", P, region="全国", optional=True),
    R(S2, "9.2%", "第二产业增加值", "growth", P),
    R(S2, "5.8%", "第二产业增加值", "growth", P, region="全国", optional=True),
    R("第三产业增加值增长3.9%", "3.9%", "第三产业增加值", "growth", P),
]
NOT = [
    ("发布时间:2024-10-27 22:14:14", "page timestamp"),
    ("0.8个百分点", "gap to the national rate: a comparison"),
    ("高于全国(3.5%)3个百分点", "gap to the national rate: a comparison (the 3)"),
    ("3.4个百分点", "gap to the national rate: a comparison"),
    ("连续8个季度", "the length of a streak"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
