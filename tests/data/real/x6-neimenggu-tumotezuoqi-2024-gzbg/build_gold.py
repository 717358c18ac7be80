import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

Y = 2024
TARGETS = [
    T("地区生产总值增长8%左右", "8%左右", "地区生产总值", "growth", "~", "plan", Y),
    T("规模以上工业增加值增长16%左右", "16%左右", "规模以上工业增加值", "growth", "~", "plan", Y),
    T("固定资产投资增长20%左右", "20%左右", "固定资产投资", "growth", "~", "plan", Y),
    T("社会消费品零售总额增长10%左右", "10%左右", "社会消费品零售总额", "growth", "~", "plan", Y),
    T("一般公共预算收入增长6%左右", "6%左右", "一般公共预算收入", "growth", "~", "plan", Y),
]
ACTUALS = []
NOT = [
    ("本次大会应到代表215名,实到199名", "attendance of the session"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
