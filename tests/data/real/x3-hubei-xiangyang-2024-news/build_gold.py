import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

Y = 2024
P = "2023"
Q = "新能源汽车产业产值达到441亿元,同比增长25.6%"
TARGETS = [
    T("襄阳冲刺全年地区生产总值增长7%", "7%", "地区生产总值", "growth", "=", "strive", Y),
    T("在2024年,襄阳定下地区生产总值增长7%的目标", "7%", "地区生产总值", "growth", "=", "plan", Y),
]
ACTUALS = [
    R(Q, "441亿元", "新能源汽车产业产值", "level", P),
    R(Q, "25.6%", "新能源汽车产业产值", "growth", P, basis="yoy"),
    R("‘四上’企业总量突破了7800家", "7800家", "‘四上’企业", "count", P),
    R("占全省的比重较2022年提高了2.3个百分点", "2.3个百分点", "‘四上’企业占全省的比重", "share", P, optional=True),
    R("高新技术企业的总量突破了1600家", "1600家", "高新技术企业", "count", P),
]
NOT = [
    ("2024-03-09 21:10:19", "page timestamp"),
    ("全国7个国家级车联网先导区之一", "number of national pilot zones: a fact"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
