import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

Y = 2026
P = "2025"
GDP25 = "2025北京全市地區生產總值5.2萬億元人民幣，增長5.4%"
TARGETS = [
    T("2026年經濟社會發展主要預期目標包括地區生產總值增長5%左右", "5%左右", "地區生產總值", "growth", "~", "plan", Y),
    T("一般公共預算收入增長4%左右", "4%左右", "一般公共預算收入", "growth", "~", "plan", Y),
    T("城鎮調查失業率控制在5%以內", "5%以內", "城鎮調查失業率", "share", "<=", "plan", Y),
    T("居民消費價格漲幅2%左右", "2%左右", "居民消費價格漲幅", "growth", "~", "plan", Y),
    # 控制在…左右: 左右 is the nearer word (as x3-shandong-jinan-2023-gzbg's 控制在3%左右)
    T("細顆粒物年均濃度控制在29微克/立方米左右", "29微克/立方米左右", "細顆粒物年均濃度", "level", "~", "plan", Y),
]
ACTUALS = [
    R(GDP25, "5.2萬億元", "地區生產總值", "level", P),
    R(GDP25, "5.4%", "地區生產總值", "growth", P),
    R("一般公共預算收入增長4.8%", "4.8%", "一般公共預算收入", "growth", P),
    R("城鎮調查失業率4.1%", "4.1%", "城鎮調查失業率", "share", P),
    R("居民人均可支配收入實際增長4.4%", "4.4%", "居民人均可支配收入", "growth", P),
]
NOT = [
    (" date 2026-01-26 ", "page date"),
    ("2025北京全市", "the year, written without 年"),
    ("高於全國0.4個百分點", "gap to the national rate: a comparison"),
    ("（2026至2030年）", "the period of the 十五五 plan"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
