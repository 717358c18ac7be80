import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

Y = 2025
TARGETS = [
    T("全县地区生产总值增长6%", "6%", "地区生产总值", "growth", "=", "plan", Y),
    T("农林牧渔业总产值增长6.5%", "6.5%", "农林牧渔业总产值", "growth", "=", "plan", Y),
    T("规上工业增加值增长14.5%", "14.5%", "规上工业增加值", "growth", "=", "plan", Y),
    T("固定资产投资增长3%", "3%", "固定资产投资", "growth", "=", "plan", Y),
    T("社会消费品零售总额增长6%", "6%", "社会消费品零售总额", "growth", "=", "plan", Y),
    T("一般公共预算总收入增长6%", "6%", "一般公共预算总收入", "growth", "=", "plan", Y),
    T("地方一般公共预算收入增长5%", "5%", "地方一般公共预算收入", "growth", "=", "plan", Y),
    T("城镇居民人均可支配收入增长6%", "6%", "城镇居民人均可支配收入", "growth", "=", "plan", Y),
    T("农村居民人均可支配收入增长12%", "12%", "农村居民人均可支配收入", "growth", "=", "plan", Y),
]
ACTUALS = []
NOT = [
    ("坚定不移做好6个方面工作", "the number of the report's task areas"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
