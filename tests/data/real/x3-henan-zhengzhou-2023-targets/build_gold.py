import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

Y = 2023
ZZ = "郑州市2023年主要预期目标是"
SIX = "开封、洛阳、平顶山、鹤壁、焦作、许昌等市也将2023年GDP增速目标定为7%"
FOUR = "濮阳、漯河、三门峡、信阳则是7%以上"
TWO = "新乡、周口是7.5%以上"
NY = "南阳更是提出了“保8%、争9%”的目标"
TARGETS = [
    T("多地均将2023年GDP增速目标拟定为7%及以上", "7%及以上", "GDP增速", "growth", ">=", "plan", Y,
      value_text="7%", region="河南省", optional=True),
    T("省会郑州市的2023年GDP增速目标便是7%", "7%", "GDP增速", "growth", "=", "plan", Y),
    T("生产总值增长7%,规模以上", "7%", "生产总值", "growth", "=", "plan", Y),
    T("规模以上工业增加值增长8%以上", "8%以上", "规模以上工业增加值", "growth", ">=", "plan", Y),
    T("固定资产投资增长15%", "15%", "固定资产投资", "growth", "=", "plan", Y),
    T("社会消费品零售总额增长12%", "12%", "社会消费品零售总额", "growth", "=", "plan", Y),
    T("一般公共预算收入增长3%以上", "3%以上", "一般公共预算收入", "growth", ">=", "plan", Y),
    T("研究与试验发展经费投入强度突破2.6%", "突破2.6%", "研究与试验发展经费投入强度", "share", ">=", "plan", Y),
    T("居民消费价格涨幅控制在3%以内", "控制在3%以内", "居民消费价格涨幅", "growth", "<=", "plan", Y),
] + [
    T(SIX, "7%", "GDP增速", "growth", "=", "plan", Y, region=r)
    for r in ("开封市", "洛阳市", "平顶山市", "鹤壁市", "焦作市", "许昌市")
] + [
    T("驻马店2023年GDP增速目标为7%左右", "7%左右", "GDP增速", "growth", "~", "plan", Y, region="驻马店市"),
] + [
    T(FOUR, "7%以上", "GDP增速", "growth", ">=", "plan", Y, region=r)
    for r in ("濮阳市", "漯河市", "三门峡市", "信阳市")
] + [
    T("商丘是7.5%左右", "7.5%左右", "GDP增速", "growth", "~", "plan", Y, region="商丘市"),
] + [
    T(TWO, "7.5%以上", "GDP增速", "growth", ">=", "plan", Y, region=r) for r in ("新乡市", "周口市")
] + [
    T(NY, "8%", "GDP增速", "growth", "=", "ensure", Y, region="南阳市"),
    T(NY, "9%", "GDP增速", "growth", "=", "strive", Y, region="南阳市"),
    T("安阳市则将2023年GDP增速目标明确为6.5%", "6.5%", "GDP增速", "growth", "=", "plan", Y, region="安阳市"),
]
ACTUALS = []
NOT = [
    ("河南17个地级市", "number of cities in the roundup: a fact"),
    ("其余10个地级市", "number of cities: a fact"),
    ("较上年7.5%的目标增速", "last year's target restated: neither target nor actual"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
