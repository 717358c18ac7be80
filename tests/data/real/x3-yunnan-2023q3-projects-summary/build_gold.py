import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

Q = "2023Q3"
P8 = "2023-01..2023-08"
LEAD = "今年三季度,云南省开工重大产业项目721个,继续保持增长势头,总投资1482.6亿元,年度计划投资399.35亿元"
SEC = ("其中,农业以321个项目数位列第一,年度计划投资79.31亿元;能源以外工业项目202个,年度计划投资194.56亿元,占年度计划投资的近一半;"
       "能源工业项目84个、年度计划投资91.48亿元;文化旅游项目81个、年度计划投资22.28亿元;数字经济项目33个、年度计划投资11.73亿元")
INV = "全省产业投资同比增长16.3%,占全部投资的比重高达49.2%"
IND = "工业投资同比增长29.3%,高于全国20.5个百分点,其中,能源工业投资增长65.1%,拉动全部投资增长4个百分点,数字经济投资增长17.6%"
PLAN = dict(optional=True)
TARGETS = []
for occ in (0, 1):
    TARGETS.append(T(LEAD, "399.35亿元", "年度计划投资", "level", "=", "plan", 2023, qualifier="开工重大产业项目", occ=occ, **PLAN))
for span, sub in (("79.31亿元", "农业"), ("194.56亿元", "能源以外工业项目"), ("91.48亿元", "能源工业项目"),
                  ("22.28亿元", "文化旅游项目"), ("11.73亿元", "数字经济项目")):
    TARGETS.append(T(SEC, span, "年度计划投资", "level", "=", "plan", 2023, subject=sub, **PLAN))
ACTUALS = [
    R("三季度云南开工重大产业项目721个", "721个", "开工重大产业项目", "count", Q),
]
for occ in (0, 1):
    ACTUALS += [
        R(LEAD, "721个", "开工重大产业项目", "count", Q, occ=occ),
        R(LEAD, "1482.6亿元", "开工重大产业项目总投资", "level", Q, occ=occ),
    ]
for span, ind in (("321个", "农业项目"), ("202个", "能源以外工业项目"), ("84个", "能源工业项目"),
                  ("81个", "文化旅游项目"), ("33个", "数字经济项目")):
    ACTUALS.append(R(SEC, span, ind, "count", Q))
ACTUALS += [
    R("一、二季度计划开工重大产业项目开工率达87.22%", "87.22%", "计划开工重大产业项目开工率", "share",
      "2023-01..2023-09", optional=True),
    R(INV, "16.3%", "产业投资", "growth", P8, basis="yoy"),
    R(INV, "49.2%", "产业投资占全部投资的比重", "share", P8),
    R(IND, "29.3%", "工业投资", "growth", P8, basis="yoy"),
    R(IND, "65.1%", "能源工业投资", "growth", P8, basis="yoy"),
    R(IND, "17.6%", "数字经济投资", "growth", P8, basis="yoy"),
]
NOT = [
    ("1至8月", "period label (1-8月)"),
    ("深入16个州市", "number of prefectures visited: a work item"),
    ("占比创近10年新高", "a record over 10 years: a comparison"),
    ("高于全国20.5个百分点", "gap to the national rate: a comparison"),
    ("拉动全部投资增长4个百分点", "contribution to growth in points: derived"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
