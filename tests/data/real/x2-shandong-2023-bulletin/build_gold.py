import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

Y = "2023"
GDP = "全年实现地区生产总值92068.7亿元,比上年增长6.0%"
CPI = "全年居民消费价格比上年上涨0.1%"
TARGETS = []
ACTUALS = [
    R(GDP, "92068.7亿元", "地区生产总值", "level", Y),
    R(GDP, "6.0%", "地区生产总值", "growth", Y, basis="yoy"),
    R("第一产业增加值6506.2亿元,增长4.5%", "6506.2亿元", "第一产业增加值", "level", Y),
    R("第一产业增加值6506.2亿元,增长4.5%", "4.5%", "第一产业增加值", "growth", Y),
    R("第二产业增加值35987.9亿元,增长6.5%", "35987.9亿元", "第二产业增加值", "level", Y),
    R("第二产业增加值35987.9亿元,增长6.5%", "6.5%", "第二产业增加值", "growth", Y),
    R("第三产业增加值49574.6亿元,增长5.8%", "49574.6亿元", "第三产业增加值", "level", Y),
    R("第三产业增加值49574.6亿元,增长5.8%", "5.8%", "第三产业增加值", "growth", Y),
    R("年末常住人口10122.97万人", "10122.97万人", "常住人口", "level", Y),
    R("0-15岁人口占总人口的18.52%", "18.52%", "0-15岁人口占总人口比重", "share", Y),
    R("16-59岁人口占57.86%", "57.86%", "16-59岁人口占总人口比重", "share", Y),
    R("60岁及以上人口占23.62%", "23.62%", "60岁及以上人口占总人口比重", "share", Y),
    R("常住人口城镇化率为65.53%", "65.53%", "常住人口城镇化率", "share", Y),
    # second reading: a change of a share in points against last year: optional actual (corpus convention)
    R("比上年末提高0.99个百分点", "0.99个百分点", "常住人口城镇化率", "share", Y, optional=True),
    R("全年出生人口61.0万人", "61.0万人", "出生人口", "level", Y),
    R("死亡人口83.1万人", "83.1万人", "死亡人口", "level", Y),
    R("全年城镇新增就业124.5万人", "124.5万人", "城镇新增就业", "level", Y),
    R("失业人员实现再就业51.9万人", "51.9万人", "失业人员再就业", "level", Y),
    R("就业困难人员实现就业9.2万人", "9.2万人", "就业困难人员实现就业", "level", Y),
    R(CPI, "0.1%", "居民消费价格", "growth", Y, basis="yoy"),
    R("消费品价格下降0.3%", "0.3%", "消费品价格", "growth", Y, direction="decrease"),
    R("服务价格上涨0.9%", "0.9%", "服务价格", "growth", Y),
    R("食品价格下降0.4%", "0.4%", "食品价格", "growth", Y, direction="decrease"),
    R("非食品价格上涨0.2%", "0.2%", "非食品价格", "growth", Y),
    R("农产品生产者价格上涨1.0%", "1.0%", "农产品生产者价格", "growth", Y),
]
NOT = [
    ("三次产业结构为7.1∶39.1∶53.8", "industrial structure ratio without unit: not annotated"),
    ("图1 2019-2023年", "figure caption: year range"),
    ("图2 2019-2023年", "figure caption: year range"),
    ("0-15岁", "age bracket: part of the indicator"),
    ("16-59岁", "age bracket: part of the indicator"),
    ("60岁及以上", "age bracket: part of the indicator"),
    ("出生率6.01‰", "per-mille rate; realkit's share takes only % or 个百分点, so not annotated"),
    ("死亡率8.19‰", "per-mille rate; realkit's share takes only % or 个百分点, so not annotated"),
    ("人口自然增长率-2.18‰", "per-mille rate; realkit's share takes only % or 个百分点, so not annotated"),
    ("完成全年目标的113.2%", "completion rate"),
    ("分别完成全年目标的162.3%、135.3%", "completion rates"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
