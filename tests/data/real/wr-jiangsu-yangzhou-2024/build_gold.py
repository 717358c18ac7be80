import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

P = "2023"
TARGETS = []
ACTUALS = [
    R("预计地区生产总值同比增长6%左右", "6%左右", "地区生产总值", "growth", P, basis="yoy", value_text="6%"),
    R("一般公共预算收入同比增长6.8%", "6.8%", "一般公共预算收入", "growth", P, basis="yoy"),
    R("工业开票销售超8200亿元", "超8200亿元", "工业开票销售", "level", P, value_text="8200亿元"),
    R("规上工业增加值同比增长7%左右", "7%左右", "规上工业增加值", "growth", P, basis="yoy", value_text="7%"),
    R("生产性服务业增加值占服务业比重达58%", "58%", "生产性服务业增加值占服务业比重", "share", P),
    R("国家高新技术企业突破2000家", "突破2000家", "国家高新技术企业", "count", P, value_text="2000家"),
    R("新增上市挂牌企业5家", "5家", "新增上市挂牌企业", "count", P),
    R("全社会研发投入占地区生产总值比重提升0.2个百分点", "0.2个百分点", "全社会研发投入占地区生产总值比重", "share", P),
    R("办理人大代表议案建议279件", "279件", "办理人大代表议案建议", "count", P),
    R("政协提案410件", "410件", "办理政协提案", "count", P),
    R("审议通过地方性法规5件", "5件", "地方性法规", "count", P),
    R("新制定政府规章1部", "1部", "新制定政府规章", "count", P),
]
NOT = []
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
