import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

P = "2023"
GDP = "全年全區(qū)實現(xiàn)生產(chǎn)總值[2]5314.95億元,按不變價格計算,比上年增長6.6%"
PC = "人均地區(qū)生產(chǎn)總值72957元,比上年增長6.3%"
MW = "全區(qū)農(nóng)民工[4]總量106.7萬人,比上年增長2.8%"
TARGETS = []
ACTUALS = [
    R(GDP, "5314.95億元", "地區生產總值", "level", P),
    R(GDP, "6.6%", "地區生產總值", "growth", P, basis="yoy"),
    # the 其中 sector growths stand in a sentence of their own, with no 比上年: basis None (as st-guazhou-2023)
    R("第一產(chǎn)業(yè)增加值428.10億元,增長7.7%", "428.10億元", "第一產業增加值", "level", P),
    R("第一產(chǎn)業(yè)增加值428.10億元,增長7.7%", "7.7%", "第一產業增加值", "growth", P),
    R("第二產(chǎn)業(yè)增加值2487.24億元,增長8.5%", "2487.24億元", "第二產業增加值", "level", P),
    R("第二產(chǎn)業(yè)增加值2487.24億元,增長8.5%", "8.5%", "第二產業增加值", "growth", P),
    R("第三產(chǎn)業(yè)增加值2399.61億元,增長4.7%", "2399.61億元", "第三產業增加值", "level", P),
    R("第三產(chǎn)業(yè)增加值2399.61億元,增長4.7%", "4.7%", "第三產業增加值", "growth", P),
    R("第一產(chǎn)業(yè)增加值占地區(qū)生產(chǎn)總值比重為8.1%", "8.1%", "第一產業增加值比重", "share", P),
    R("第二產(chǎn)業(yè)增加值比重為46.8%", "46.8%", "第二產業增加值比重", "share", P),
    R("第三產(chǎn)業(yè)增加值比重為45.1%", "45.1%", "第三產業增加值比重", "share", P),
    R(PC, "72957元", "人均地區生產總值", "level", P),
    R(PC, "6.3%", "人均地區生產總值", "growth", P, basis="yoy"),
    R("年末全區(qū)常住人口729萬人", "729萬人", "常住人口", "count", P),
    R("城鎮(zhèn)常住人口491萬人", "491萬人", "城鎮常住人口", "count", P),
    R("占常住人口比重(常住人口城鎮(zhèn)化率)為67.31%", "67.31%", "常住人口城鎮化率", "share", P),
    R("全年出生人口7.3萬人", "7.3萬人", "出生人口", "count", P),
    R("死亡人口4.8萬人", "4.8萬人", "死亡人口", "count", P),
    R("全年全區(qū)城鎮(zhèn)新增就業(yè)8.27萬人", "8.27萬人", "城鎮新增就業", "count", P),
    R("農(nóng)村勞動力轉(zhuǎn)移就業(yè)83.56萬人", "83.56萬人", "農村勞動力轉移就業", "count", P),
    R(MW, "106.7萬人", "農民工總量", "count", P),
    R(MW, "2.8%", "農民工總量", "growth", P, basis="yoy"),
]
NOT = [
    ("生產(chǎn)總值[2]", "footnote marker"),
    ("農(nóng)民工[4]", "footnote marker"),
    ("比上年末增加1萬人", "absolute change against last year: a comparison, not a value"),
    ("出生率為10.02‰", "per-mille rate; realkit's share takes only % or 个百分点, so not annotated"),
    ("死亡率為6.59‰", "per-mille rate; realkit's share takes only % or 个百分点, so not annotated"),
    ("自然增長率為3.43‰", "per-mille rate; realkit's share takes only % or 个百分点, so not annotated"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
