import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

P = "2022"
G = "全县全年实现地区生产总值144.62亿元,同比增长2.2%"
S = ("第一、第二、第三产业增加值分别为24.27亿元、60.37亿元、59.98亿元,分别增长4.0%、0.2%、3.0%;"
     "三次产业占GDP比重分别为16.8%、41.7%、41.5%,经济增长贡献率分别为34.6%、4.3%、61.1%")
AG1 = "实现农林牧渔业总产值45.28亿元,增长4.1%"
AG2 = "农林牧渔业增加值25.44亿元,增长4.1%"
GR = "全年粮食总产量12.28万吨,下降3.9%。其中,夏粮产量3.27万吨、增长0.4%,秋粮产量9.01万吨、下降5.4%"
TABLES = "table cells whose units are only in the header row (吨, %) or in the row label: the kit cannot express them"
TARGETS = []
ACTUALS = [
    R(G, "144.62亿元", "地区生产总值", "level", P),
    R(G, "2.2%", "地区生产总值", "growth", P, basis="yoy"),
    R(S, "24.27亿元", "第一产业增加值", "level", P),
    R(S, "60.37亿元", "第二产业增加值", "level", P),
    R(S, "59.98亿元", "第三产业增加值", "level", P),
    R(S, "4.0%", "第一产业增加值", "growth", P),
    R(S, "0.2%", "第二产业增加值", "growth", P),
    R(S, "3.0%", "第三产业增加值", "growth", P),
    R(S, "16.8%", "第一产业占GDP比重", "share", P),
    R(S, "41.7%", "第二产业占GDP比重", "share", P),
    R(S, "41.5%", "第三产业占GDP比重", "share", P),
    R(S, "34.6%", "第一产业经济增长贡献率", "share", P),
    R(S, "4.3%", "第二产业经济增长贡献率", "share", P),
    R(S, "61.1%", "第三产业经济增长贡献率", "share", P),
    R("非公有制经济增加值81.62亿元,占生产总值比重为56.44%", "81.62亿元", "非公有制经济增加值", "level", P),
    R("非公有制经济增加值81.62亿元,占生产总值比重为56.44%", "56.44%", "非公有制经济增加值占生产总值比重", "share", P),
    R(AG1, "45.28亿元", "农林牧渔业总产值", "level", P),
    R(AG1, "4.1%", "农林牧渔业总产值", "growth", P),
    R(AG2, "25.44亿元", "农林牧渔业增加值", "level", P),
    R(AG2, "4.1%", "农林牧渔业增加值", "growth", P),
    R(GR, "12.28万吨", "粮食总产量", "level", P),
    R(GR, "3.9%", "粮食总产量", "growth", P, direction="decrease"),
    R(GR, "3.27万吨", "夏粮产量", "level", P),
    R(GR, "0.4%", "夏粮产量", "growth", P),
    R(GR, "9.01万吨", "秋粮产量", "level", P),
    R(GR, "5.4%", "秋粮产量", "growth", P, direction="decrease"),
]
NOT = [
    ("统计公报 2022\n", "year tag of the site's page title"),
    ("分别拉动经济增长0.8个、0.1个、1.3个百分点", "contributions to growth in percentage points (the first two without the unit): derived, not indicator values"),
    ("位列2022中国区域农业形象品牌影响力63位", "a brand's place in a 2022 ranking list: a fact"),
    ("粮食 122800 -3.9\n其中:小麦 16247 0.0\n玉米 79613 -5.9\n其中:夏粮 32689 0.4\n秋粮 90111 -5.4\n油料 4508 -18.7\n烟叶 8107 10.8\n水果 12235 -9.1\n蔬菜 167213 -2.1\n中药材 12235 -9.1", TABLES),
    ("造林面积(亩) 110200 22.8\n木材采运(立方米) 12121 11.4\n核桃(吨) 40872 3.0", TABLES),
    ("表1 2022年", "table number"),
    ("表2 2022年", "table number"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
