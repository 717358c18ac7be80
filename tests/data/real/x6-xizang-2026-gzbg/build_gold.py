import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

Y = 2026
P = "2025"
INC = "城乡居民人均可支配收入分别增长7%左右和8%左右"
GDP25 = "2025年全区实现生产总值3031.89亿元(人民币,下同),按不变价格计算,同比增长7%"
FIN = "全区地方财政收入、支出分别突破300亿元和3000亿元"
FOOD = "粮食、肉蛋奶、蔬菜产量均稳定在百万吨以上"
TARGETS = [
    T("地区生产总值(GDP)增长7%以上", "7%以上", "地区生产总值", "growth", ">=", "plan", Y),
    T("固定资产投资增长15%左右", "15%左右", "固定资产投资", "growth", "~", "plan", Y),
    T("社会消费品零售总额增长7%左右", "7%左右", "社会消费品零售总额", "growth", "~", "plan", Y),
    T(INC, "7%左右", "城镇居民人均可支配收入", "growth", "~", "plan", Y),
    T(INC, "8%左右", "农村居民人均可支配收入", "growth", "~", "plan", Y),
    T("力争完成投资2440亿元以上", "2440亿元以上", "完成投资", "level", ">=", "strive", Y),
    T("青稞播种面积稳定在230万亩以上", "230万亩以上", "青稞播种面积", "level", ">=", "plan", Y),
    T("新建和改造提升高标准农田20万亩", "20万亩", "新建和改造提升高标准农田", "level", "=", "plan", Y),
    # one span, three indicators (均)
    T(FOOD, "百万吨以上", "粮食产量", "level", ">=", "plan", Y),
    T(FOOD, "百万吨以上", "肉蛋奶产量", "level", ">=", "plan", Y),
    T(FOOD, "百万吨以上", "蔬菜产量", "level", ">=", "plan", Y),
]
ACTUALS = [
    R(GDP25, "3031.89亿元", "生产总值", "level", P),
    R(GDP25, "7%", "生产总值", "growth", P, basis="yoy"),
    # a threshold crossed (as wr-anhui-2025's 跨上5万亿元台阶): optional
    R("西藏GDP首次突破3000亿元大关", "3000亿元", "GDP", "level", P, optional=True),
    # annual levels passed by the end of the five years (read as 2025's): thresholds, optional
    R(FIN, "300亿元", "地方财政收入", "level", P, optional=True),
    R(FIN, "3000亿元", "地方财政支出", "level", P, optional=True),
]
NOT = [
    ("2026-01-31 17:58:05", "page timestamp"),
    ("参考消息网2026-01-31号报道", "the item's date"),
    ("GDP年均增长6.3%", "average annual growth over five years (a derived rate over several years, as the corpus leaves it)"),
    ("国道109线、219线、318线、695线", "road numbers (names)"),
    ("国道214线", "road number (a name)"),
    ("24种插法和动作视频教程2026-01-31", "spam line of the mirror's news list"),
    ("成人版鉴黄师下载2026-01-31", "spam line of the mirror's news list"),
    ("垃圾2026-01-31", "spam line of the mirror's news list"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
