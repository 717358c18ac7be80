import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

Y = 2022  # "2022年主要预期目标是", in a report of December 2021
INC = "城乡居民人均可支配收入分别增长7.5%、8.5%"
TARGETS = [
    T("地区生产总值增长7%", "7%", "地区生产总值", "growth", "=", "plan", Y),
    T("固定资产投资增长8%以上", "8%以上", "固定资产投资", "growth", ">=", "plan", Y),
    T("一般公共预算收入增长7%左右", "7%左右", "一般公共预算收入", "growth", "~", "plan", Y),
    T(INC, "7.5%", "城镇居民人均可支配收入", "growth", "=", "plan", Y),
    T(INC, "8.5%", "农村居民人均可支配收入", "growth", "=", "plan", Y),
]
ACTUALS = []
NOT = [
    ("会议应到代表267人,实到代表242人", "attendance of the session: neither target nor indicator value"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
