import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

Y = 2026
Y15 = 2030  # the 十五五 plan's annual-average targets run to its end
P14 = "2021-01..2025-12"  # the 十四五 period, a total over five years
GDP = "2026年江西经济社会发展主要预期目标是:地区生产总值增长5%至5.5%"
TARGETS = [
    T("地区生产总值年均增长5%左右", "5%左右", "地区生产总值年均增长", "growth", "~", "plan", Y15),
    T("居民人均可支配收入年均增长5%左右", "5%左右", "居民人均可支配收入年均增长", "growth", "~", "plan", Y15),
    T(GDP, "5%至5.5%", "地区生产总值", "growth", ">=", "plan", Y, value_text="5%", cmp_from="RANGE_LOW"),
    T(GDP, "5%至5.5%", "地区生产总值", "growth", "<=", "plan", Y, value_text="5.5%", cmp_from="RANGE_HIGH"),
    T("实施省大中型项目5296个", "5296个", "实施省大中型项目", "count", "=", "plan", Y),
    T("年度完成投资1.1万亿元左右", "1.1万亿元左右", "省大中型项目年度完成投资", "level", "~", "plan", Y),
]
ACTUALS = [
    R("“十四五”时期江西实施亿元以上省大中型项目1.3万余个", "1.3万余个", "实施省大中型项目", "count", P14, value_text="1.3万余个",
      qualifier="亿元以上"),
    R("累计实施亿元(人民币,下同)以上省大中型项目1.3万余个", "1.3万余个", "实施省大中型项目", "count", P14, qualifier="亿元以上", value_text="1.3万余个"),
    # a floor kept every year of the five, not one figure: optional
    R("年度投资保持在1万亿元以上", "1万亿元以上", "省大中型项目年度投资", "level", P14, cumulative=False,
      value_text="1万亿元", optional=True),
    R("7家企业上榜全球国际承包商250强", "7家", "上榜全球国际承包商250强企业", "count", P14, optional=True),
    R("对外贸易扩大至228个国家和地区", "228个", "对外贸易国家和地区", "count", P14, optional=True),
]
NOT = [
    ("2026-01-27 13:39:04", "page timestamp"),
    ("全球国际承包商250强", "the name of a ranking list"),
    ("提出了20个预期性指标、8个约束性指标", "the make-up of the plan (numbers of indicators)"),
    ("布局6G", "a technology's name"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
