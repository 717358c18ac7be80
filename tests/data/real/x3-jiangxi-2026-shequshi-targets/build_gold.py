import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

Y = 2026
JX = "2026年江西GDP目标增速为5%至5.5%"
NC = "今年该市经济社会发展主要预期目标是:地区生产总值增长5.0%—5.5%"
NC25 = "2025年,南昌地区生产总值达8141.69亿元,成功跨越八千亿新台阶,同比增长4.7%"
TARGETS = [
    T("拼目标:9个设区市目标增速锚定5.5%左右", "5.5%左右", "设区市GDP目标增速", "growth", "~", "plan", Y, optional=True),
    T("江西11个设区市均将GDP目标增速设定在5%以上", "5%以上", "设区市GDP目标增速", "growth", ">=", "plan", Y, optional=True),
    T(JX, "5%至5.5%", "GDP", "growth", ">=", "plan", Y, value_text="5%", cmp_from="RANGE_LOW"),
    T(JX, "5%至5.5%", "GDP", "growth", "<=", "plan", Y, value_text="5.5%", cmp_from="RANGE_HIGH"),
    T("有9个目标增速设置在5.5%左右", "5.5%左右", "设区市GDP目标增速", "growth", "~", "plan", Y, optional=True),
    T(NC, "5.0%—5.5%", "地区生产总值", "growth", ">=", "plan", Y, value_text="5.0%", cmp_from="RANGE_LOW", region="南昌市"),
    T(NC, "5.0%—5.5%", "地区生产总值", "growth", "<=", "plan", Y, value_text="5.5%", cmp_from="RANGE_HIGH", region="南昌市"),
]
ACTUALS = [
    R(NC25, "8141.69亿元", "地区生产总值", "level", "2025", region="南昌市"),
    R(NC25, "4.7%", "地区生产总值", "growth", "2025", basis="yoy", region="南昌市"),
]
NOT = [
    ("11设区市立下“军令状”,2026谁将一马当先", "number of cities and the year in the headline (2026 not followed by 年)"),
    ("0\n分享至", "share counter"),
    ("全省11个设区市", "number of cities: a fact"),
    ("江西11个设区市今年", "number of cities: a fact"),
    ("江西11个设区市均将", "number of cities: a fact"),
    ("11个设区市中,有9个", "numbers of cities: facts"),
    ("拼目标:9个设区市", "number of cities: a fact"),
    ("连续跨越3个千亿台阶", "thresholds crossed over five years: history"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
