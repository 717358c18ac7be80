import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

Y = 2025  # 到2025年, the end of the 十四五 period
GROW = "“十四五”期間全省GDP年均增長7.5%—8%"
TARGETS = [
    T("云南力爭2025年GDP達3.5萬億元", "3.5萬億元", "GDP", "level", "=", "strive", Y),
    # a range: two records on one span (as x3-jiangxi-2026-shequshi-targets)
    T(GROW, "7.5%—8%", "GDP年均增長", "growth", ">=", "plan", Y, value_text="7.5%", cmp_from="RANGE_LOW"),
    T(GROW, "7.5%—8%", "GDP年均增長", "growth", "<=", "plan", Y, value_text="8%", cmp_from="RANGE_HIGH"),
    T("到2025年,全省GDP總量達3.5萬億元", "3.5萬億元", "GDP總量", "level", "=", "plan", Y),
]
ACTUALS = []
NOT = [
    ("以99.3%的贊成率(602人投票,贊成598票)", "the vote on the 綱要: neither target nor indicator value"),
    ("云政發(fā)〔2021〕4號文件", "a document number"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
