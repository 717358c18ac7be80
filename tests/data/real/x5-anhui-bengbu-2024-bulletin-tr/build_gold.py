import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

P = "2024"
GDP = "全年地區(qū)生產(chǎn)總值(GDP)[2]2313億元,比上年增長(zhǎng)5.2%"
PC = "人均地區(qū)生產(chǎn)總值70908元,比上年增長(zhǎng)5.9%"
TARGETS = []
ACTUALS = [
    R(GDP, "2313億元", "地區生產總值", "level", P),
    R(GDP, "5.2%", "地區生產總值", "growth", P, basis="yoy"),
    # 其中 opens a new sentence with no 比上年 of its own: basis None (as x4-gansu-2024h1-progress)
    R("第一產(chǎn)業(yè)增加值287億元", "287億元", "第一產業增加值", "level", P),
    R("第一產(chǎn)業(yè)增加值287億元,增長(zhǎng)2.2%", "2.2%", "第一產業增加值", "growth", P),
    R("第二產(chǎn)業(yè)增加值714.1億元", "714.1億元", "第二產業增加值", "level", P),
    R("第二產(chǎn)業(yè)增加值714.1億元,增長(zhǎng)6.2%", "6.2%", "第二產業增加值", "growth", P),
    R("第三產(chǎn)業(yè)[3]增加值1311.9億元", "1311.9億元", "第三產業增加值", "level", P),
    R("第三產(chǎn)業(yè)[3]增加值1311.9億元,增長(zhǎng)5.2%", "5.2%", "第三產業增加值", "growth", P),
    R(PC, "70908元", "人均地區生產總值", "level", P),
    R(PC, "5.9%", "人均地區生產總值", "growth", P, basis="yoy"),
]
NOT = [
    ("(GDP)[2]", "footnote marker"),
    ("第三產(chǎn)業(yè)[3]", "footnote marker"),
    ("由上年的13.2:32.3:54.5調(diào)整為12.4:30.9:56.7", "structure ratios of the three sectors, no unit"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
