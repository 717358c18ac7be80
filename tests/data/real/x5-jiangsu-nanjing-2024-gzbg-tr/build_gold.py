import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

Y = 2024
P = "2023"
SZ = "苏州市"
INC = "城鄉居民人均可支配收入分別達到8.2萬元和4.6萬元"
TARGETS = [
    T("地區生產總值增長5%以上", "5%以上", "地區生產總值", "growth", ">=", "plan", Y),
    T("一般公共預算收入增長2%左右", "2%左右", "一般公共預算收入", "growth", "~", "plan", Y),
]
ACTUALS = [
    # 預計…左右: an estimate of the year's result; span with 左右 (as wr-anhui-2025's 40%以上)
    R("2023年,南京市預計地區生產總值增長4.7%左右", "4.7%左右", "地區生產總值", "growth", P, value_text="4.7%"),
    R("全社會研發投入達到1055億元", "1055億元", "全社會研發投入", "level", P, region=SZ),
    R(INC, "8.2萬元", "城鎮居民人均可支配收入", "level", P, region=SZ),
    R(INC, "4.6萬元", "農村居民人均可支配收入", "level", P, region=SZ),
]
NOT = [
    ("91精品福利观看", "spam keywords of the mirror (page debris)"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
