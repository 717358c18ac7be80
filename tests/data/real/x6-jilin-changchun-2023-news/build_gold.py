import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

Y = 2023
SY = "沈阳市"
HB = "哈尔滨市"
TARGETS = [
    # 长春市 (default region): "长春市今年的主要预期目标是"
    T("地区生产总值增长6.5%左右", "6.5%左右", "地区生产总值", "growth", "~", "plan", Y),
    T("粮食产量达到250亿斤阶段性水平", "250亿斤", "粮食产量", "level", "=", "plan", Y),
    T("规上工业产值增长7%以上", "7%以上", "规上工业产值", "growth", ">=", "plan", Y),
    T("固定资产投资增长5%左右", "5%左右", "固定资产投资", "growth", "~", "plan", Y),
    T("社会消费品零售总额增长8%以上", "8%以上", "社会消费品零售总额", "growth", ">=", "plan", Y),
    T("地方级财政收入增长20%左右", "20%左右", "地方级财政收入", "growth", "~", "plan", Y),
    T("CPI涨幅3%左右", "3%左右", "CPI涨幅", "growth", "~", "plan", Y),
    T("城镇调查失业率6%左右", "6%左右", "城镇调查失业率", "share", "~", "plan", Y),
    # 沈阳市: "2023年全市经济社会发展主要预期目标是"
    T("地区生产总值增长6%以上", "6%以上", "地区生产总值", "growth", ">=", "plan", Y, region=SY),
    T("一般公共预算收入增长6%", "6%", "一般公共预算收入", "growth", "=", "plan", Y, region=SY),
    T("固定资产投资增长10%以上", "10%以上", "固定资产投资", "growth", ">=", "plan", Y, region=SY),
    T("社会消费品零售总额增长8%;", "8%", "社会消费品零售总额", "growth", "=", "plan", Y, region=SY),
    T("规模以上工业增加值增长7%", "7%", "规模以上工业增加值", "growth", "=", "plan", Y, region=SY),
    T("全社会研发经费投入增长10%", "10%", "全社会研发经费投入", "growth", "=", "plan", Y, region=SY),
    T("单位地区生产总值能耗下降3.2%", "3.2%", "单位地区生产总值能耗", "growth", "=", "plan", Y, region=SY,
      direction="decrease"),
    # 哈尔滨市: "哈尔滨今年主要预期目标是2023年…" (broken off by the store at 进出口总值)
    T("2023年地区生产总值增长6%左右", "6%左右", "地区生产总值", "growth", "~", "plan", Y, region=HB),
    T("规上工业增加值增长6.5%左右", "6.5%左右", "规上工业增加值", "growth", "~", "plan", Y, region=HB),
    T("固定资产投资增长8%以上", "8%以上", "固定资产投资", "growth", ">=", "plan", Y, region=HB),
    T("社会消费品零售总额增长6%左右", "6%左右", "社会消费品零售总额", "growth", "~", "plan", Y, region=HB),
]
ACTUALS = []
NOT = []
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
