import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

P = "2021-01..2021-09"
TARGETS = []
ACTUALS = [
    R("哈爾濱市工業固定資產投資持續保持高速增長,與去年同期相比增長17.8%", "17.8%", "工業固定資產投資", "growth", P, basis="yoy"),
    R("投資億元以上項目同比增長17.7%", "17.7%", "億元以上項目投資", "growth", P, basis="yoy"),
    R("對工業投資增長貢獻率為81.3%", "81.3%", "億元以上項目對工業投資增長貢獻率", "share", P, optional=True),
    R("在15個副省級城市中位居第六位", "第六位", "工業投資增幅副省級城市排名", "rank", P, value_text="六位"),
    R("位列東北4個副省級城市中第二位", "第二位", "工業投資增幅東北副省級城市排名", "rank", P, value_text="二位"),
    R("全市工業固定資產投資增速17.8%", "17.8%", "工業固定資產投資", "growth", P),
    R("工業固定資產投資對全市固定資產投資增長貢獻率為27.0%", "27.0%", "工業固定資產投資對全市固定資產投資增長貢獻率", "share", P, optional=True),
    R("制造業完成投資占全市工業投資的44.7%", "44.7%", "制造業投資占工業投資比重", "share", P),
    R("非制造業完成投資占全市工業投資的55.3%", "55.3%", "非制造業投資占工業投資比重", "share", P),
    R("電力、燃氣及水的生產和供應業完成投資占全市工業投資的53.9%,同比增長51.7%", "53.9%", "電力、燃氣及水的生產和供應業投資占工業投資比重", "share", P),
    R("電力、燃氣及水的生產和供應業完成投資占全市工業投資的53.9%,同比增長51.7%", "51.7%", "電力、燃氣及水的生產和供應業投資", "growth", P, basis="yoy"),
    R("四大傳統產業前三季度完成投資占全市工業投資的37.8%", "37.8%", "四大傳統產業投資占工業投資比重", "share", P),
    R("裝備制造業完成投資占全市工業投資的16.0%,同比增長15.0%", "16.0%", "裝備制造業投資占工業投資比重", "share", P),
    R("裝備制造業完成投資占全市工業投資的16.0%,同比增長15.0%", "15.0%", "裝備制造業投資", "growth", P, basis="yoy"),
    R("食品工業完成投資占全市工業投資的16.6%,同比增長23.7%", "16.6%", "食品工業投資占工業投資比重", "share", P),
    R("食品工業完成投資占全市工業投資的16.6%,同比增長23.7%", "23.7%", "食品工業投資", "growth", P, basis="yoy"),
    R("醫藥工業完成投資占全市工業投資的2.0%,同比下降41.6%", "2.0%", "醫藥工業投資占工業投資比重", "share", P),
    R("醫藥工業完成投資占全市工業投資的2.0%,同比下降41.6%", "41.6%", "醫藥工業投資", "growth", P, basis="yoy", direction="decrease"),
    R("石化工業完成投資占全市工業投資的3.2%,同比下降55.3%", "3.2%", "石化工業投資占工業投資比重", "share", P),
    R("石化工業完成投資占全市工業投資的3.2%,同比下降55.3%", "55.3%", "石化工業投資", "growth", P, basis="yoy", direction="decrease"),
    R("消費品產業完成投資占全市工業投資的1.1%", "1.1%", "消費品產業投資占工業投資比重", "share", P),
    R("原材料產業完成投資占全市工業投資的4.9%,同比增長39.2%", "4.9%", "原材料產業投資占工業投資比重", "share", P),
    R("原材料產業完成投資占全市工業投資的4.9%,同比增長39.2%", "39.2%", "原材料產業投資", "growth", P, basis="yoy"),
    R("電子信息產業完成投資占全市工業投資的0.9%,同比增長39.6%", "0.9%", "電子信息產業投資占工業投資比重", "share", P),
    R("電子信息產業完成投資占全市工業投資的0.9%,同比增長39.6%", "39.6%", "電子信息產業投資", "growth", P, basis="yoy"),
    R("重點項目開(復)工率達96.3%", "96.3%", "重點項目開(復)工率", "share", P,
      optional=True),  # second reading: optional, as the 开(复)工率 of pl-litong-2022-ducha and tr-jiangsu-2019-zdxm
]
NOT = [
    ("15個副省級城市中排名第六", "the number of sub-provincial cities ranked (universe of the rank)"),
    ("在15個副省級城市中", "the number of sub-provincial cities ranked (universe of the rank)"),
    ("位列東北4個副省級城市中", "the number of north-eastern sub-provincial cities (universe of the rank)"),
    ("前9個月", "a span of time (9 months), not a value"),
    ("\n1-9月份,哈爾濱市", "the period 1-9月 (a date range)"),
    ("span id=\"rvbdl71\"", "mirror debris: an HTML tag's id"),
    ("高于全省工業固定資產投資增幅12.1個百分點", "difference from the province's growth rate: a comparison"),
    ("高于全市固定資產投資增速8.6個百分點", "difference from the city's growth rate: a comparison"),
    ("拉動全市固定資產投資增長2.5個百分點", "points of growth contributed: a decomposition, not an indicator value"),
    ("比1-8月份提高了0.8個百分點", "change of the share against Jan-Aug: a comparison"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
