import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

Y = 2024
TARGETS = [
    T("地区生产总值同比增长4.8%左右", "4.8%左右", "地区生产总值", "growth", "~", "plan", Y),
    T("一般公共预算收入同比增长6%", "6%", "一般公共预算收入", "growth", "=", "plan", Y),
]
ACTUALS = []
NOT = [
    ("中石化120万吨乙烯产业集群", "a project's capacity in its name"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
