import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

Y = "2019"
GDP = "生產(chǎn)總值[2]11726.82億元,按可比價(jià)格計(jì)算,比上年增長(zhǎng)3.0%"
SH = "第一產(chǎn)業(yè)增加值占地區(qū)生產(chǎn)總值的比重為11.0%,第二產(chǎn)業(yè)增加值比重為35.2%,第三產(chǎn)業(yè)增加值比重為53.8%"
TARGETS = []
ACTUALS = [
    R(GDP, "11726.82億元", "地區生產總值", "level", Y),
    R(GDP, "3.0%", "地區生產總值", "growth", Y, basis="yoy"),
    R("第一產(chǎn)業(yè)增加值1287.32億元,增長(zhǎng)2.5%", "1287.32億元", "第一產業增加值", "level", Y),
    R("第一產(chǎn)業(yè)增加值1287.32億元,增長(zhǎng)2.5%", "2.5%", "第一產業增加值", "growth", Y),
    R("第二產(chǎn)業(yè)增加值4134.82億元,增長(zhǎng)2.6%", "4134.82億元", "第二產業增加值", "level", Y),
    R("第二產(chǎn)業(yè)增加值4134.82億元,增長(zhǎng)2.6%", "2.6%", "第二產業增加值", "growth", Y),
    R("第三產(chǎn)業(yè)增加值6304.68億元,增長(zhǎng)3.3%", "6304.68億元", "第三產業增加值", "level", Y),
    R("第三產(chǎn)業(yè)增加值6304.68億元,增長(zhǎng)3.3%", "3.3%", "第三產業增加值", "growth", Y),
    R(SH, "11.0%", "第一產業增加值占地區生產總值的比重", "share", Y),
    R(SH, "35.2%", "第二產業增加值比重", "share", Y),
    R(SH, "53.8%", "第三產業增加值比重", "share", Y),
    R("年末全省常住人口為2690.73萬人", "2690.73萬人", "常住人口", "level", Y),
    R("其中城鎮(zhèn)常住人口1567.93萬人", "1567.93萬人", "城鎮常住人口", "level", Y),
    R("常住人口城鎮(zhèn)化率)為58.27%", "58.27%", "常住人口城鎮化率", "share", Y),
]
NOT = [
    ("社會(huì)發(fā)展統(tǒng)計(jì)公報(bào) [1]", "footnote marker"),
    ("生產(chǎn)總值[2]", "footnote marker"),
    ("比上年末凈減少13.33萬人", "change against last year: a comparison, not a value"),
    ("比上年末提高0.74個(gè)百分點(diǎn)", "pp change of a share against last year: by convention an optional actual, but the pinyin debris inside 個(gè)百分點(diǎn) makes the unit unparseable by realkit"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
