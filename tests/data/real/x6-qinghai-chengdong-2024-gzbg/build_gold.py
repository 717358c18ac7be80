import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

Y = 2024
TARGETS = [
    T("地区生产总值增长5.5%左右", "5.5%左右", "地区生产总值", "growth", "~", "plan", Y),
]
ACTUALS = []
NOT = [
    ("日期:2024-02-28", "the page's date"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
