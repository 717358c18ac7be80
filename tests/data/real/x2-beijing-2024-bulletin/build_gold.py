import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

Y = "2024"
GDP = "全年实现地区生产总值[2]49843.1亿元,按不变价格计算,比上年增长5.2%"
PC = "全市人均地区生产总值为22.8万元(按年平均汇率折算为3.2万美元)"
TARGETS = []
ACTUALS = [
    R(GDP, "49843.1亿元", "地区生产总值", "level", Y),
    R(GDP, "5.2%", "地区生产总值", "growth", Y, basis="yoy"),
    R("第一产业增加值116.4亿元,增长1.5%", "116.4亿元", "第一产业增加值", "level", Y),
    R("第一产业增加值116.4亿元,增长1.5%", "1.5%", "第一产业增加值", "growth", Y),
    R("第二产业增加值7226.8亿元,增长5.7%", "7226.8亿元", "第二产业增加值", "level", Y),
    R("第二产业增加值7226.8亿元,增长5.7%", "5.7%", "第二产业增加值", "growth", Y),
    R("第三产业增加值42499.9亿元,增长5.1%", "42499.9亿元", "第三产业增加值", "level", Y),
    R("第三产业增加值42499.9亿元,增长5.1%", "5.1%", "第三产业增加值", "growth", Y),
    R(PC, "22.8万元", "人均地区生产总值", "level", Y),
    R(PC, "3.2万美元", "人均地区生产总值", "level", Y, optional=True),
    R("年末全市常住人口[5]2183.2万人", "2183.2万人", "常住人口", "level", Y),
    R("城镇人口1926.0万人,占常住人口的比重为88.2%", "1926.0万人", "城镇人口", "level", Y),
    R("城镇人口1926.0万人,占常住人口的比重为88.2%", "88.2%", "城镇人口占常住人口的比重", "share", Y),
    R("全年城镇新增就业29.9万人", "29.9万人", "城镇新增就业", "level", Y),
    R("城镇调查失业率均值为4.1%", "4.1%", "城镇调查失业率", "share", Y),
    R("全年居民消费价格比上年上涨0.1%", "0.1%", "居民消费价格", "growth", Y, basis="yoy"),
    R("工业生产者出厂价格下降1.5%", "1.5%", "工业生产者出厂价格", "growth", Y, direction="decrease"),
    R("工业生产者购进价格下降0.9%", "0.9%", "工业生产者购进价格", "growth", Y, direction="decrease"),
    R("农产品生产者价格下降1.2%", "1.2%", "农产品生产者价格", "growth", Y, direction="decrease"),
]
NOT = [
    ("中华人民共和国成立75周年", "anniversary: historical fact"),
    ("地区生产总值[2]", "footnote marker"),
    ("常住人口[5]", "footnote marker"),
    ("三次产业构成为0.2︰14.5︰85.3", "industrial structure ratio without unit"),
    ("\n\n2\n\n", "stray figure number on its own line"),
    ("比上年末减少2.6万人", "change against last year: a comparison, not a value"),
    ("常住人口出生率为6.09‰,死亡率为6.08‰,自然增长率为0.01‰", "per-mille rates; realkit's share takes only % or 个百分点"),
    ("比上年多增加1.8万人", "change against last year: a comparison, not a value"),
    ("新建商品住宅销售价格环比指数为99.9、同比指数为94.6;二手住宅销售价格环比指数为100.5、同比指数为95.5",
     "price indices (previous period = 100) without unit: not a value realkit can hold"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
