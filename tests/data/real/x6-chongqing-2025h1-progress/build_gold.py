import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

P = "2025H1"
ECO = ("全市GDP同比(下同)增长5%,规上工业增加值增长5.6%,固定资产投资增长3.2%,社会消费品零售总额增长4.5%,"
       "进出口总值增长7.6%,一般公共预算收入增长2.5%")
CAR = "1—6月川渝汽车产量达到174万辆、占全国比重11%"
TARGETS = []
ACTUALS = [
    # 同比(下同): yoy for every growth that follows in the report
    R(ECO, "5%", "GDP", "growth", P, basis="yoy", span_occ=0),
    R(ECO, "5.6%", "规上工业增加值", "growth", P, basis="yoy"),
    R(ECO, "3.2%", "固定资产投资", "growth", P, basis="yoy"),
    R(ECO, "4.5%", "社会消费品零售总额", "growth", P, basis="yoy"),
    R(ECO, "7.6%", "进出口总值", "growth", P, basis="yoy"),
    R(ECO, "2.5%", "一般公共预算收入", "growth", P, basis="yoy"),
    # joint figures of 重庆 and 四川 (川渝, 成渝地区): no single region, optional
    R(CAR, "174万辆", "汽车产量", "level", P, subject="川渝", optional=True),
    R(CAR, "11%", "汽车产量占全国比重", "share", P, subject="川渝", optional=True),
    R("集群产值增长1.8%", "1.8%", "集群产值", "growth", P, basis="yoy",
      subject="成渝地区电子信息先进制造集群", optional=True),
]
NOT = [
    ("1—6月", "the period January-June (1 written before a dash, not before 月)"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
