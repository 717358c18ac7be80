import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

P = "2024"
INV = "86个重点在建项目完成投资130亿元,带动固定资产投资完成222.7亿元、增长7.1%"
WS = "新增“五上”企业283家,是2023年的4.6倍,总数达685家"
JY = "全年新增经营主体2.36万户,总量突破22万户"
WATER = "33个村、13.3万群众喝上了“稳定水、放心水”"
TARGETS = []
ACTUALS = [
    R(INV, "86个", "重点在建项目", "count", P, optional=True),
    R(INV, "130亿元", "重点在建项目完成投资", "level", P),
    R(INV, "222.7亿元", "固定资产投资", "level", P),
    R(INV, "7.1%", "固定资产投资", "growth", P),
    R("地区生产总值达1685.6亿元、增长5.2%", "1685.6亿元", "地区生产总值", "level", P),
    R("地区生产总值达1685.6亿元、增长5.2%", "5.2%", "地区生产总值", "growth", P),
    R("招引落地高仙、立镖等2个国家级“专精特新”机器人企业", "2个", "招引落地国家级“专精特新”机器人企业", "count", P, optional=True),
    R(WS, "283家", "新增“五上”企业", "count", P),
    R(WS, "685家", "“五上”企业", "count", P),
    R(JY, "2.36万户", "新增经营主体", "count", P),
    R(JY, "22万户", "经营主体", "count", P),
    R(WATER, "33个", "通市政自来水的村", "count", P, optional=True),
    R(WATER, "13.3万群众", "喝上稳定水的群众", "level", P, optional=True),
]
NOT = [
    ("是2023年的4.6倍", "multiple of last year's figure (倍): a comparison; the kit has no 倍"),
    ("优化营商环境18条", "number of policy articles: a document's structure"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
