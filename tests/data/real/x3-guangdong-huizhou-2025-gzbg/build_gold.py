import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

Y = 2025
P = "2024"
BG = "实有经营主体突破90万户,产值超10亿元的工业企业有151家、超百亿元的15家、超千亿元的1家,高新技术企业达3650家"
TARGETS = [
    T("地区生产总值增长6%左右", "6%左右", "地区生产总值", "growth", "~", "plan", Y),
    T("社会消费品零售总额增长6%", "6%", "社会消费品零售总额", "growth", "=", "plan", Y),
    T("外贸进出口总额增长6%", "6%", "外贸进出口总额", "growth", "=", "plan", Y),
    T("规模以上工业增加值增长7.5%以上", "7.5%以上", "规模以上工业增加值", "growth", ">=", "plan", Y),
    T("全社会研发经费投入占地区生产总值比重达到3.5%", "3.5%", "全社会研发经费投入占地区生产总值比重", "share", "=", "plan", Y),
    T("城镇新增就业8.9万人", "8.9万人", "城镇新增就业", "level", "=", "plan", Y),
]
ACTUALS = [
    R("2024年,该市地区生产总值6136.4亿元", "6136.4亿元", "地区生产总值", "level", P),
    R("规模以上工业增加值2582.7亿元", "2582.7亿元", "规模以上工业增加值", "level", P),
    R("一般公共预算收入476.1亿元", "476.1亿元", "一般公共预算收入", "level", P),
    R("固定资产投资2737.8亿元", "2737.8亿元", "固定资产投资", "level", P),
    R("社会消费品零售总额2203.4亿元", "2203.4亿元", "社会消费品零售总额", "level", P),
    R("外贸进出口总额3937.5亿元", "3937.5亿元", "外贸进出口总额", "level", P),
    R(BG, "突破90万户", "实有经营主体", "count", P, optional=True),
    R(BG, "151家", "工业企业", "count", P, qualifier="产值超10亿元", optional=True),
    R(BG, "15家", "工业企业", "count", P, qualifier="超百亿元", optional=True),
    R(BG, "1家", "工业企业", "count", P, qualifier="超千亿元", span_occ=1, optional=True),
    R(BG, "3650家", "高新技术企业", "count", P, optional=True),
]
NOT = [
    ("接连跨越5000亿元、6000亿元台阶", "thresholds the economy has passed over the years: history, not a value of the period"),
    ("产值超10亿元的工业企业", "qualifier of the 151家 count"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
