import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

Y = "2022"
GDP = "全州實現生產總值(GDP)1519.84億元,比上年增長1.8%"
I1 = "第一產業增加值217.87億元,比上年增長3.7%,對GDP的貢獻率為33.9%"
I2 = "第二產業增加值882.79億元,比上年增長2.2%,對GDP的貢獻率為59.6%"
I3 = "第三產業增加值419.18億元,比上年增長0.3%,對GDP的貢獻率為6.5%"
TARGETS = []
ACTUALS = [
    R(GDP, "1519.84億元", "生產總值", "level", Y),
    R(GDP, "1.8%", "生產總值", "growth", Y, basis="yoy"),
    R(I1, "217.87億元", "第一產業增加值", "level", Y),
    R(I1, "3.7%", "第一產業增加值", "growth", Y, basis="yoy"),
    R(I1, "33.9%", "第一產業對GDP的貢獻率", "share", Y, optional=True),
    R(I2, "882.79億元", "第二產業增加值", "level", Y),
    R(I2, "2.2%", "第二產業增加值", "growth", Y, basis="yoy"),
    R(I2, "59.6%", "第二產業對GDP的貢獻率", "share", Y, optional=True),
    R(I3, "419.18億元", "第三產業增加值", "level", Y),
    R(I3, "0.3%", "第三產業增加值", "growth", Y, basis="yoy"),
    R(I3, "6.5%", "第三產業對GDP的貢獻率", "share", Y, optional=True),
    R("年末全州常住人口(不含鐵門關市)149.85萬人", "149.85萬人", "常住人口", "level", Y),
    R("城鎮常住人口87.79萬人", "87.79萬人", "城鎮常住人口", "level", Y),
    R("城鎮化率為58.59%", "58.59%", "城鎮化率", "share", Y),
    # second reading: a change of a share in points against last year: optional actual (corpus convention)
    R("比上年末提高0.8個百分點", "0.8個百分點", "城鎮化率", "share", Y, optional=True),
    R("全年出生人口0.86萬人", "0.86萬人", "出生人口", "level", Y),
    R("死亡人口0.8萬人", "0.8萬人", "死亡人口", "level", Y),
    R("全年城鎮新增就業人數2.1萬人", "2.1萬人", "城鎮新增就業人數", "level", Y),
    R("全年居民消費價格比上年上漲2.1%", "2.1%", "居民消費價格", "growth", Y, basis="yoy"),
    R("商品零售價格比上年上漲 2.1%", "2.1%", "商品零售價格", "growth", Y, basis="yoy"),
    R("工業生產者出廠價格比上年上漲12.3%", "12.3%", "工業生產者出廠價格", "growth", Y, basis="yoy"),
    R("全年農作物總播種面積726.90萬畝", "726.90萬畝", "農作物總播種面積", "level", Y),
    R("比上年減少34.33萬畝,下降4.5%", "4.5%", "農作物總播種面積", "growth", Y, basis="yoy", direction="decrease"),
]
NOT = [
    ("兩年平均增長4.3%", "two-year average growth (2021-2022): a derived rate, not the year's value"),
    ("三次產業結構為14.3:58.1:27.6", "industrial structure ratio without unit"),
    ("出生率5.72‰", "per-mille rate; realkit's share takes only % or 个百分点"),
    ("死亡率為5.32‰", "per-mille rate; realkit's share takes only % or 个百分点"),
    ("自然增長率為0.4‰", "per-mille rate; realkit's share takes only % or 个百分点"),
    ("比上年減少34.33萬畝", "absolute change against last year: a comparison, not a value"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
