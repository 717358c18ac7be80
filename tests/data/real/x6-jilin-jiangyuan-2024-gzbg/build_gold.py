import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

P = "2024"
ECO = "预计全年地区生产总值同比增长5%,农林牧渔业同比增长5.5%,规模以上工业增加值同比增长20%,社会消费品零售总额同比增长5%"
PRJ = "全年开复工500万元以上重点项目52个,开复工率100%"
TRIP = "全年赴北京、山东等14个省市对接企业96家"
FUND = "全年争取预算内资金16.7亿元,新增债券资金5.4亿元"
TARGETS = []
ACTUALS = [
    # 预计全年 (a December report's estimate of the year): actuals of 2024, as the corpus reads 预计
    R(ECO, "5%", "地区生产总值", "growth", P, basis="yoy", span_occ=0),
    R(ECO, "5.5%", "农林牧渔业", "growth", P, basis="yoy"),
    R(ECO, "20%", "规模以上工业增加值", "growth", P, basis="yoy"),
    R(ECO, "5%", "社会消费品零售总额", "growth", P, basis="yoy", span_occ=2),  # occ 1 is inside 5.5%
    R("组建31个重大项目工作专班", "31个", "组建重大项目工作专班", "count", P),
    R(PRJ, "52个", "开复工重点项目", "count", P, qualifier="500万元以上"),
    R(PRJ, "100%", "开复工率", "share", P),
    R("等32个产业类项目纳入省市重点项目库", "32个", "纳入省市重点项目库的产业类项目", "count", P),
    R("等11个政府类投资项目投入使用", "11个", "投入使用的政府类投资项目", "count", P),
    R("等16个产业类项目竣工投产", "16个", "竣工投产的产业类项目", "count", P),
    R(TRIP, "96家", "对接企业", "count", P),
    R("等12个项目成功签约", "12个", "签约项目", "count", P),
    R("预计全年招商引资到位资金同比增长35%", "35%", "招商引资到位资金", "growth", P, basis="yoy"),
    R(FUND, "16.7亿元", "争取预算内资金", "level", P),
    R(FUND, "5.4亿元", "新增债券资金", "level", P),
]
NOT = [
    ("500万元以上重点项目", "a qualifier of the projects counted"),
    ("山东等14个省市", "number of provinces and cities visited: a circumstance of the count of firms, not an indicator"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
