import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

Y = 2020
NOW = "2020-01..2020-07"  # status found by the inspection of 13 July 2020
TARGETS = [
    # a demand on the 2020 projects: an investment execution rate of at least 50% (by end of August, with 全部开工)
    T("确保8月底前全部开工,且中央预算内投资完成率达50%以上", "50%以上", "中央预算内投资完成率", "share", ">=",
      "ensure", Y),
]
ACTUALS = [
    R("2020年已下达中央预算内项目20项,开工7项", "7项", "开工项目", "count", NOW,
      qualifier="2020年已下达中央预算内项目"),
    # stocks of unfinished projects of earlier years found by the inspection
    R("2017年项目未竣工1项", "1项", "未竣工项目", "count", NOW, qualifier="2017年项目", optional=True),
    R("2018年项目未竣工3项", "3项", "未竣工项目", "count", NOW, qualifier="2018年项目", optional=True),
]
NOT = [
    ("生效日期: | 2020-08-13 |", "page header date"),
    ("已下达中央预算内项目20项", "20: size of the project list (the base of the count started)"),
    ("2016至2018年未完工项目", "a span of years (2016 written without 年)"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
