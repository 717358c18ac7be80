import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

Y = "2020"
TARGETS = []
ACTUALS = [
    R("我区地区生产总值完成220.1亿元", "220.1亿元", "地区生产总值", "level", Y),
    R("完成220.1亿元,居全市第3位", "第3位", "地区生产总值全市排名", "rank", Y, value_text="3位"),
    R("居全市第3位,增速3.1%", "3.1%", "地区生产总值", "growth", Y),
    R("增速3.1%,全市排名第12位", "第12位", "地区生产总值增速全市排名", "rank", Y, value_text="12位"),
    R("规上工业增加值增速0.62%", "0.62%", "规上工业增加值", "growth", Y),
    R("增速0.62%,全市排名第11位", "第11位", "规上工业增加值增速全市排名", "rank", Y, value_text="11位"),
    R("固定资产投资总额56.4亿元", "56.4亿元", "固定资产投资总额", "level", Y),
    R("56.4亿元,全市排名第7位", "第7位", "固定资产投资总额全市排名", "rank", Y, value_text="7位"),
    R("第7位,增速-4.7%", "-4.7%", "固定资产投资总额", "growth", Y, value_text="4.7%", direction="decrease"),
    R("增速-4.7%,全市排名第12位", "第12位", "固定资产投资增速全市排名", "rank", Y, value_text="12位"),
    R("社会消费品零售总额29.8亿元", "29.8亿元", "社会消费品零售总额", "level", Y),
    R("29.8亿元,全市排名第3位", "第3位", "社会消费品零售总额全市排名", "rank", Y, value_text="3位"),
    R("第3位,增速-6.3%", "-6.3%", "社会消费品零售总额", "growth", Y, value_text="6.3%", direction="decrease"),
    R("增速-6.3%,全市排名第11位", "第11位", "社会消费品零售总额增速全市排名", "rank", Y, value_text="11位"),
    R("城镇常住居民人均可支配收入36047元", "36047元", "城镇常住居民人均可支配收入", "level", Y),
    R("36047元,全市排名第4位", "第4位", "城镇常住居民人均可支配收入全市排名", "rank", Y, value_text="4位"),
    R("第4位,增速4.2%", "4.2%", "城镇常住居民人均可支配收入", "growth", Y),
    R("增速4.2%,全市排名第9位", "第9位", "城镇常住居民人均可支配收入增速全市排名", "rank", Y, value_text="9位"),
    R("农村常住居民人均可支配收入20532元", "20532元", "农村常住居民人均可支配收入", "level", Y),
    R("20532元,全市排名第2位", "第2位", "农村常住居民人均可支配收入全市排名", "rank", Y, value_text="2位"),
    R("第2位,增速7.6%", "7.6%", "农村常住居民人均可支配收入", "growth", Y),
    R("增速7.6%,全市排名第8位", "第8位", "农村常住居民人均可支配收入增速全市排名", "rank", Y, value_text="8位"),
    R("一般公共预算收入总量15.85亿元", "15.85亿元", "一般公共预算收入", "level", Y),
    R("全市排位第3,增速2.21%", "2.21%", "一般公共预算收入", "growth", Y),
    R("增速2.21%,全市排名第13位", "第13位", "一般公共预算收入增速全市排名", "rank", Y, value_text="13位"),
]
NOT = [
    ("发文时间:2020-12-31", "page furniture: the posting date"),
    ("发布日期:2020-12-31", "page furniture: the posting date"),
    ("19个区直相关单位分管领导为小组成员", "membership of the census leading group (organisation), not a result"),
    ("由19个区直单位组成的人口普查领导小组办公室", "membership of the census office (organisation), not a result"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
