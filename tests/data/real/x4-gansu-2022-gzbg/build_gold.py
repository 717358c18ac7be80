import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

Y = 2022
INC = "城乡居民人均可支配收入分别增长8%、10%左右"
TARGETS = [
    T("2022年全省地区生产总值将增长6.5%以上", "6.5%以上", "地区生产总值", "growth", ">=", "plan", Y),
    # 左右 after the pair is read as covering both rates (城镇 8% 左右, 农村 10% 左右)
    T(INC, "8%", "城镇居民人均可支配收入", "growth", "~", "plan", Y, cmp_from="左右"),
    T(INC, "10%左右", "农村居民人均可支配收入", "growth", "~", "plan", Y),
    T("新建高标准农田360万亩", "360万亩", "新建高标准农田", "level", "=", "plan", Y),
]
ACTUALS = [
    # background: the 2021 economy crossed 1万亿 (a threshold crossed, as wr-anhui-2025 treats 跨上5万亿元台阶)
    R("经济总量跨上万亿台阶", "万亿", "经济总量", "level", "2021", optional=True),
]
NOT = [
    ("倾斜支持39个乡村振兴重点帮扶县", "the number of designated key counties: a fact, not a quantity to reach"),
    ("抓好3个国家农业现代化示范区建设", "the three existing national demonstration zones: a fact"),
    ("加快培育产值超100亿元、50亿元、10亿元的领军型和骨干型链主企业", "size classes of the firms to foster (qualifiers) with no number of firms"),
    ("实施种业振兴5大行动", "the make-up of a programme (5 actions)"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
