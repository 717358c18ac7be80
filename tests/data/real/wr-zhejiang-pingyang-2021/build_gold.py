import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

P = "2020"
TARGETS = []
ACTUALS = [
    R("全县实现地区生产总值534.5亿元、增长2.1%", "534.5亿元", "地区生产总值", "level", P),
    R("全县实现地区生产总值534.5亿元、增长2.1%", "2.1%", "地区生产总值", "growth", P),
    R("一般公共预算收入同口径增长2.8%", "2.8%", "一般公共预算收入", "growth", P),
    R("城乡居民人均可支配收入分别增长3.9%7.1%", "3.9%", "城镇居民人均可支配收入", "growth", P),
    R("城乡居民人均可支配收入分别增长3.9%7.1%", "7.1%", "农村居民人均可支配收入", "growth", P),
    R("位列全国投资潜力百强县30强", "30强", "全国投资潜力百强县排名", "rank", P),
]
NOT = [
    ("索引号 001008003008001/2021-74312", "document index number"),
    ("生成日期 2021-03-10", "page date"),
    ("精准落实“25+1”“12+3”管控措施", "names of measures"),
    ("仅用5天实现风险等级三连降", "a duration (how fast a result came), not an indicator value"),
    ("输入病例本地扩散比2:1", "a ratio written with a colon (imported to local cases); not a value with a unit"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
