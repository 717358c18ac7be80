import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

Y = 2023
INC = "城乡居民人均可支配收入分别增长5.5%左右和5.5%以上"
TARGETS = [
    T("地区生产总值增长5.5%以上", "5.5%以上", "地区生产总值", "growth", ">=", "plan", Y),
    T("一般公共预算收入增长6%左右", "6%左右", "一般公共预算收入", "growth", "~", "plan", Y),
    T("规模以上工业增加值增长6%左右", "6%左右", "规模以上工业增加值", "growth", "~", "plan", Y),
    T("固定资产投资增长6.5%左右", "6.5%左右", "固定资产投资", "growth", "~", "plan", Y),
    T("社会消费品零售总额增长5.5%左右", "5.5%左右", "社会消费品零售总额", "growth", "~", "plan", Y),
    T(INC, "5.5%左右", "城镇居民人均可支配收入", "growth", "~", "plan", Y),
    T(INC, "5.5%以上", "农村居民人均可支配收入", "growth", ">=", "plan", Y),
    T("居民消费价格涨幅控制在3%左右", "3%左右", "居民消费价格涨幅", "growth", "~", "plan", Y),
]
ACTUALS = []
NOT = [
    ("2022-12-30 16:54:06", "page timestamp"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
