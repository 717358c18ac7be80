import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

Y = "2018"
TARGETS = []
ACTUALS = [
    R("全县地区生产总值完成115亿元,同比增长7%", "115亿元", "地区生产总值", "level", Y),
    R("全县地区生产总值完成115亿元,同比增长7%", "7%", "地区生产总值", "growth", Y, basis="yoy"),
    R("固定资产投资完成38.1亿元", "38.1亿元", "固定资产投资", "level", Y),
    R("一般公共预算收入完成7.86亿元,同比增长10%", "7.86亿元", "一般公共预算收入", "level", Y),
    R("一般公共预算收入完成7.86亿元,同比增长10%", "10%", "一般公共预算收入", "growth", Y, basis="yoy"),
    R("社会消费品零售总额完成71亿元,同比增长6%", "71亿元", "社会消费品零售总额", "level", Y),
    R("社会消费品零售总额完成71亿元,同比增长6%", "6%", "社会消费品零售总额", "growth", Y, basis="yoy"),
    R("农村常住居民人均可支配收入达到12833元,同比增长8%", "12833元", "农村常住居民人均可支配收入", "level", Y),
    R("农村常住居民人均可支配收入达到12833元,同比增长8%", "8%", "农村常住居民人均可支配收入", "growth", Y, basis="yoy"),
    R("标准厂房入驻的46家企业陆续投产", "46家", "家居产业园投产企业", "count", Y, optional=True),
    R("推动总投资6.6亿元的11个装备制造类项目相继入驻", "11个", "入驻项目", "count", Y, qualifier="装备制造类"),
    R("全年新建、续建项目95个", "95个", "新建、续建项目", "count", Y),
    R("其中亿元以上项目34个", "34个", "新建、续建项目", "count", Y, qualifier="亿元以上"),
]
NOT = [
    ("同比增长23 %", "an actual (固定资产投资 +23%) that realkit cannot express: the space between 23 and % (kept as found) makes no value_text parse; flagged in the report"),
    ("家居产业园60万平方米标准厂房", "floor area of a park's workshops: a description of a facility, not a result for the year"),
    ("现代制造产业园30万平方米标准厂房", "floor area of a park's workshops: a description of a facility"),
    ("农产品加工产业园10万平方米标准厂房", "floor area of a park's workshops: a description of a facility"),
    ("“2+N”产业集群", "numeral inside a name"),
    ("总投资6.6亿元的11个", "the projects' total investment: an attribute of the projects, not a result"),
    ("计划投资4.5亿元的洪海保温材料项目", "a project's planned investment: an attribute of the project"),
    ("预计投资5亿元的鸿鑫保温材料项目", "a project's expected investment: an attribute of the project"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
