import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

Y = 2024  # "建议2024年全旗经济社会发展主要预期目标确定为"
TARGETS = [
    T("地区生产总值增长6.5%左右", "6.5%左右", "地区生产总值", "growth", "~", "plan", Y),
    T("固定资产投资增速15%", "15%", "固定资产投资增速", "growth", "=", "plan", Y),
    T("规模以上工业增加值增长8%", "8%", "规模以上工业增加值", "growth", "=", "plan", Y),
    T("一般公共预算收入完成1.57亿元", "1.57亿元", "一般公共预算收入", "level", "=", "plan", Y),
    T("社会消费品零售总额增长5.5%", "5.5%", "社会消费品零售总额", "growth", "=", "plan", Y),
]
ACTUALS = []
NOT = [
    ("中华人民共和国成立75周年", "an anniversary"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
