import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

Y = 2026
TARGETS = [
    T("今年经济社会发展主要预期目标是:地区生产总值增长4.5%", "4.5%", "地区生产总值", "growth", "=", "plan", Y),
    T("一般公共预算收入增长2%", "2%", "一般公共预算收入", "growth", "=", "plan", Y),
    T("城镇调查失业率5.5%左右", "5.5%左右", "城镇调查失业率", "share", "~", "plan", Y),
    T("城镇新增就业28万人", "28万人", "城镇新增就业", "count", "=", "plan", Y),
    T("居民消费价格涨幅2%左右", "2%左右", "居民消费价格涨幅", "growth", "~", "plan", Y),
]
ACTUALS = []
NOT = []
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
