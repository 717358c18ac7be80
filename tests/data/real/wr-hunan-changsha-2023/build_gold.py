import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

Y = 2023
P = "2022"
TG = "主要預(yù)期目標(biāo)是:"
TARGETS = [
    T("地區(qū)生產(chǎn)總值增長(zhǎng)7%左右", "7%左右", "地區生產總值", "growth", "~", "plan", Y),
    T("規(guī)模以上工業(yè)增加值增長(zhǎng)8%以上", "8%以上", "規模以上工業增加值", "growth", ">=", "plan", Y),
    T("社會(huì)消費(fèi)品零售總額增長(zhǎng)7%,", "7%", "社會消費品零售總額", "growth", "=", "plan", Y),
    T("固定資產(chǎn)投資增長(zhǎng)7%以上", "7%以上", "固定資產投資", "growth", ">=", "plan", Y),
    T("服務(wù)業(yè)增加值增長(zhǎng)7.5%", "7.5%", "服務業增加值", "growth", "=", "plan", Y),
    T("進(jìn)出口總額增長(zhǎng)12%以上", "12%以上", "進出口總額", "growth", ">=", "plan", Y),
    T("地方一般公共預(yù)算收入增長(zhǎng)7%", "7%", "地方一般公共預算收入", "growth", "=", "plan", Y),
    T("研發(fā)經(jīng)費(fèi)投入增長(zhǎng)13%", "13%", "研發經費投入", "growth", "=", "plan", Y),
    T("居民消費(fèi)價(jià)格指數(shù)上漲3%左右", "3%左右", "居民消費價格指數", "growth", "~", "plan", Y),
    T("城鎮(zhèn)調(diào)查失業(yè)率5.5%左右", "5.5%左右", "城鎮調查失業率", "share", "~", "plan", Y),
]
ACTUALS = [
    R("地區(qū)生產(chǎn)總值增長(zhǎng)4.8% (預(yù)計(jì)數(shù))", "4.8%", "地區生產總值", "growth", P),
    # the mirror's pinyin debris sits between 萬 and 戶: the unit cannot be read cleanly
    R("市場(chǎng)主體達(dá)156萬(wàn)戶", "156萬(wàn)戶", "市場主體", "count", P, optional=True),
    R("新增規(guī)模工業(yè)企業(yè)300家以上", "300家以上", "新增規模工業企業", "count", P, value_text="300家"),
    R("上市企業(yè)達(dá)84家", "84家", "上市企業", "count", P),
    R("長(zhǎng)沙1766個(gè)重大項(xiàng)目", "1766個(gè)", "重大項目", "count", P, value_text="1766個", optional=True),
    R("新引進(jìn)“三類500強(qiáng)”項(xiàng)目80個(gè),增長(zhǎng)20.9%", "80個(gè)", "新引進項目", "count", P,
      value_text="80個", qualifier="“三類500強(qiáng)”"),
    R("新引進(jìn)“三類500強(qiáng)”項(xiàng)目80個(gè),增長(zhǎng)20.9%", "20.9%", "新引進項目", "growth", P,
      qualifier="“三類500強(qiáng)”"),
]
NOT = [
    ("2022-12-28 15:57:12", "publication timestamp"),
    ("1766個(gè)重大項(xiàng)目年度投資完成率達(dá)124%", "124% is a completion rate; 1766 is the number of projects the rate covers (its scope), not a reported result"),
    ("“三類500強(qiáng)”", "part of a name (三类500强 enterprises): a qualifier"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
