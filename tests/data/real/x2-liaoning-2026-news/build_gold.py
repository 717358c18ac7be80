import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

Y = 2026
P = "2025"
INC = "城镇和农村居民人均可支配收入分别增长4.3%、5.3%"
RS = "社会消费品零售总额增长1.4%,限上单位网上零售额增长18.1%"
TOUR = "全省接待游客人次和旅游收入分别增长17.6%、16.8%"
TARGETS = [
    T("地区生产总值增长4.5%左右,在实际工作中努力争取更好结果", "4.5%左右", "地区生产总值", "growth", "~", "plan", Y),
    T("一般公共预算收入增长2.5%左右", "2.5%左右", "一般公共预算收入", "growth", "~", "plan", Y),
    T("城镇新增就业45万人以上", "45万人以上", "城镇新增就业", "level", ">=", "plan", Y),
    T("城镇调查失业率5.5%左右", "5.5%左右", "城镇调查失业率", "share", "~", "plan", Y),
    T("持续开展提振消费专项行动,社会消费品零售总额增长4%左右", "4%左右", "社会消费品零售总额", "growth", "~", "plan", Y),
    T("举办“乐购辽宁”活动4000场以上", "4000场以上", "举办“乐购辽宁”活动", "count", ">=", "plan", Y),
]
ACTUALS = [
    R("城镇新增就业48万人", "48万人", "城镇新增就业", "level", P),
    R(INC, "4.3%", "城镇居民人均可支配收入", "growth", P),
    R(INC, "5.3%", "农村居民人均可支配收入", "growth", P),
    R("粮食产量515.6亿斤", "515.6亿斤", "粮食产量", "level", P),
    R(RS, "1.4%", "社会消费品零售总额", "growth", P),
    R(RS, "18.1%", "限上单位网上零售额", "growth", P),
    R(TOUR, "17.6%", "全省接待游客人次", "growth", P),
    R(TOUR, "16.8%", "旅游收入", "growth", P),
]
NOT = [
    ("10个关键句", "headline: number of key sentences in the feature"),
    ("浏览次数:79次", "page view counter"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
