import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

Y = 2025
TARGETS = [
    T("地区生产总值增长5%左右", "5%左右", "地区生产总值", "growth", "~", "plan", Y),
    T("产业投资增长7%左右", "7%左右", "产业投资", "growth", "~", "plan", Y),
    T("规模以上工业增加值增长6%左右", "6%左右", "规模以上工业增加值", "growth", "~", "plan", Y),
    T("社会消费品零售总额增长5%左右", "5%左右", "社会消费品零售总额", "growth", "~", "plan", Y),
    T("一般公共预算收入增长2.1%", "2.1%", "一般公共预算收入", "growth", "=", "plan", Y),
    T("力争纳入省级重点项目150个以上", "150个以上", "纳入省级重点项目", "count", ">=", "strive", Y),
    T("实施市级重点项目350个", "350个", "市级重点项目", "count", "=", "plan", Y),
    T("力争民间投资占全部投资比重达40%以上", "40%以上", "民间投资占全部投资比重", "share", ">=", "strive", Y),
]
ACTUALS = []
NOT = []
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
