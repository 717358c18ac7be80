import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

Y = 2025  # the targets of the three-year plan (2023-2025) are due at its end
TARGETS = [
    # 高于 is read as a floor (as 超过); the kit's word list lacks 高于, so the comparator comes from cmp_from
    T("研發(fā)經費投入年均增速高于9%", "9%", "研發經費投入年均增速", "growth", ">=", "plan", Y, cmp_from="超过"),
    T("科技成果本地轉化率達到60%", "60%", "科技成果本地轉化率", "share", "=", "plan", Y),
    T("規(guī)上工業營業收入達到4.3萬億元", "4.3萬億元", "規上工業營業收入", "level", "=", "plan", Y),
    T("戰略性新興產業增加值年均增長10%以上", "10%以上", "戰略性新興產業增加值", "growth", ">=", "plan", Y),
    T("進出口總額突破萬億元", "突破萬億元", "進出口總額", "level", ">=", "plan", Y),
]
ACTUALS = []
NOT = [
    ("三年行動方案(2023-2025年)", "the plan's period in its name"),
    ("部署了經濟社會發(fā)展10個方面新突破、50項具體舉措", "the make-up of the plan (10 areas, 50 measures)"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
