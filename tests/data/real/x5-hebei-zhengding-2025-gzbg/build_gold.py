import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

Y = 2025
INC = "城乡居民人均可支配收入分别增长5.5%左右和6.5%左右"
TARGETS = [
    T("地区生产总值增长6%以上", "6%以上", "地区生产总值", "growth", ">=", "plan", Y),
    T("固定资产投资增长7%左右", "7%左右", "固定资产投资", "growth", "~", "plan", Y),
    T("规上工业增加值增长7%左右", "7%左右", "规上工业增加值", "growth", "~", "plan", Y),
    T("社会消费品零售总额增长5%左右", "5%左右", "社会消费品零售总额", "growth", "~", "plan", Y),
    T("一般公共预算收入增长3%左右", "3%左右", "一般公共预算收入", "growth", "~", "plan", Y),
    T(INC, "5.5%左右", "城镇居民人均可支配收入", "growth", "~", "plan", Y),
    T(INC, "6.5%左右", "农村居民人均可支配收入", "growth", "~", "plan", Y),
]
ACTUALS = []
NOT = []
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
