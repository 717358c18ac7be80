import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

Y = 2026   # "意见要求,到2026年"
TARGETS = []
# occ 0: the truncated teaser at the top of the page; occ 1: the lead paragraph
for occ in (0, 1):
    TARGETS += [
        T("全省细颗粒物平均浓度达到26.5微克/立方米以下", "26.5微克/立方米以下", "细颗粒物平均浓度",
          "level", "<=", "plan", Y, occ=occ),
        T("地表水水质优良比例达到82.1%左右", "82.1%左右", "地表水水质优良比例", "share", "~", "plan", Y,
          occ=occ),
        T("森林覆盖率达到45.31%", "45.31%", "森林覆盖率", "share", "=", "plan", Y, occ=occ),
    ]
TARGETS += [
    T("草原综合植被盖度达到70%", "70%", "草原综合植被盖度", "share", "=", "plan", Y),
    T("全省单位GDP能耗较2023年下降10%以上", "10%以上", "单位GDP能耗", "growth", ">=", "plan", Y,
      direction="decrease"),
    T("非化石能源消费比重达到17%左右", "17%左右", "非化石能源消费比重", "share", "~", "plan", Y),
    T("单位GDP二氧化碳排放较2023年下降10%左右", "10%左右", "单位GDP二氧化碳排放", "growth", "~", "plan", Y,
      direction="decrease"),
]
ACTUALS = []
NOT = [
    ("2024-05-13 14:41", "page header: publication timestamp"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
