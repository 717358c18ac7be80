import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

TARGETS = []
ACTUALS = [
    R("全市地区生产总值达32193.15亿元", "32193.15亿元", "地区生产总值", "level", "2024"),
    R("全市地区生产总值达32193.15亿元、增长5.7%", "5.7%", "地区生产总值", "growth", "2024"),
]
NOT = [
    ("3上一篇  下一篇4", "e-paper navigation (article counters)"),
    ("“西部领先、全国进位和重庆辨识度”的12个方面标志性改革成果", "count of work areas (structure)"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
