import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

# 未来五年 / 今后五年 from a congress of May 2022: the five years 2022-2026 (TARGETS.md: 未来3年内 in 2023 -> 2025)
Y = 2026
TARGETS = [
    # 迈上…台阶 (reach a threshold): no comparator word of the kit, so = (as 跨越6萬億元 in the corpus)
    T("黑龙江未来五年目标:地区生产总值迈上2万亿元新台阶", "2万亿元", "地区生产总值", "level", "=", "plan", Y),
    T("奋斗目标为全省地区生产总值迈上2万亿元新台阶", "2万亿元", "地区生产总值", "level", "=", "plan", Y),
    T("大会特别提出“全省地区生产总值迈上2万亿元新台阶”", "2万亿元", "地区生产总值", "level", "=", "plan", Y),
    # the growth the goal requires by the office's reckoning (根据测算…需): a derived figure, optional
    T("今后五年黑龙江省GDP增速需年均增长6.1%", "6.1%", "GDP年均增长", "growth", "=", "plan", Y, optional=True),
]
ACTUALS = []
NOT = [
    ("日期:2022-05-04 03:20:22", "the mirror's timestamp"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
