import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

Y = 2023  # 到2023年, the end of the three-year plan (2021-2023)
ENT = "力争培育15个以上年产值超过10亿元、10个以上年产值超过50亿元的轻工业企业和10个具有全国影响力的轻工业品牌"
TARGETS = [
    T("广西力争到2023年建成50个特色轻工园区", "50个", "建成特色轻工园区", "count", "=", "strive", Y),
    T("轻工业占工业比重提升3个百分点以上", "3个百分点以上", "轻工业占工业比重", "share", ">=", "plan", Y),
    T(ENT, "15个以上", "培育轻工业企业", "count", ">=", "strive", Y, qualifier="年产值超过10亿元"),
    T(ENT, "10个以上", "培育轻工业企业", "count", ">=", "strive", Y, qualifier="年产值超过50亿元"),
    T(ENT, "10个", "培育具有全国影响力的轻工业品牌", "count", "=", "strive", Y, span_occ=1),
    # 建成 has its own verb: 力争 of the previous clause does not carry over (the headline says 力争)
    T("建成50个特色轻工园区,形成", "50个", "建成特色轻工园区", "count", "=", "plan", Y),
    T("产值达到2800亿元", "2800亿元", "绿色食品产值", "level", "=", "plan", Y),
    T("产值达到1600亿元", "1600亿元", "高端绿色家居产值", "level", "=", "plan", Y),
]
ACTUALS = []
NOT = [
    ("2021年07月30日10:22", "page timestamp"),
    ("三年行动方案(2021—2023年)", "the plan's period in its name"),
    ("年产值超过10亿元", "a qualifier of the firms to foster"),
    ("年产值超过50亿元", "a qualifier of the firms to foster"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
