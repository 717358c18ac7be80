import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

GDP = "經濟總量從2012年的1.1萬億元增長到2021年的2.71萬億元"
ROAD = "到2021年突破1萬公里"
TARGETS = []
ACTUALS = [
    R(GDP, "1.1萬億元", "經濟總量", "level", "2012"),
    R(GDP, "2.71萬億元", "經濟總量", "level", "2021"),
    R(ROAD, "1萬公里", "高速公路里程", "level", "2021"),
    R("農村公路超過26萬公里", "26萬公里", "農村公路里程", "level", "2021", optional=True),
    R("鐵路里程達4741公里", "4741公里", "鐵路里程", "level", "2021", optional=True),
    R("全省電力總裝機突破1億千瓦", "1億千瓦", "電力總裝機", "level", "2021", optional=True),
    R("綠色能源佔比近90%", "90%", "綠色能源佔比", "share", "2021", optional=True),
]
NOT = [
    ("十年來,年均增長8.7%,高於全國平均水平2個百分點", "average annual growth over ten years (a derived rate) and its gap to the national average"),
    ("高速公路里程從2012年的2900多公里", "'2900多公里' of 2012: the kit cannot express 多 (like 余) before the unit"),
    ("16個州(市)", "number of prefectures: a fact"),
    ("每年到雲南旅遊的有8億人次,總收入超過1萬億元", "typical pre-pandemic yearly figures with no stated year"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
