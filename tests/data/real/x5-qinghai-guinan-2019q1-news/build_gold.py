import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

P = "2019Q1"  # status of the March starts and the first-quarter investment
NO = "未开复工10项(续建8项,新建2项)"
TARGETS = []
ACTUALS = [
    R("已开复工的项目26项", "26项", "已开复工项目", "count", P),
    R("开复工率为72.2%", "72.2%", "开复工率", "share", P, optional=True),
    R(NO, "10项", "未开复工项目", "count", P, optional=True),
    R(NO, "8项", "未开复工项目", "count", P, qualifier="续建", optional=True),
    R(NO, "2项", "未开复工项目", "count", P, qualifier="新建", optional=True),
    R("第一季度完成固定资产投资3572万元", "3572万元", "固定资产投资", "level", P),
    R("同比增长26.7%", "26.7%", "固定资产投资", "growth", P, basis="yoy"),
]
NOT = [
    ("承诺3月份开复工36项(续建29项,新建7项)", "the projects the departments undertook to start in March, a month "
     "already past: the base of the start rate, not a target"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
