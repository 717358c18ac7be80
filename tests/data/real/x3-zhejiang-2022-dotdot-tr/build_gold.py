import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

HH = "2021年,浙江省對香港有進出口實績的企業,戶均進出口規模從2011年的547.1萬元增長至786.2萬元"
LIST = "浙江省境外上市公司中有93家在香港上市,佔比高達61.5%"
TARGETS = []
ACTUALS = [
    R("2021年浙港貿易總值489.7億元", "489.7億元", "浙港貿易總值", "level", "2021"),
    R(HH, "547.1萬元", "對香港有進出口實績的企業戶均進出口規模", "level", "2011"),
    R(HH, "786.2萬元", "對香港有進出口實績的企業戶均進出口規模", "level", "2021"),
    R(LIST, "93家", "在香港上市的浙江省境外上市公司", "count", "2022", optional=True),
    R(LIST, "61.5%", "在香港上市公司佔浙江省境外上市公司比重", "share", "2022", optional=True),
]
NOT = [
    ("進出口年均增長12.2%", "average annual growth since 2017 (a derived rate over several years)"),
    ("投資約230億元", "one company's project size: a description"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
