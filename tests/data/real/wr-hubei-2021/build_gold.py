import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

Y = 2021
P = "2020"
TARGETS = [
    # 跨越 (cross) means >=, but it is no comparator word of the kit: comparator = (bare), see decisions.md
    T("經(jīng)濟(jì)總量跨越6萬億元", "6萬億元", "經濟總量", "level", "=", "plan", 2025),
    T("地區(qū)生產(chǎn)總值增長(zhǎng)10%以上", "10%以上", "地區生產總值", "growth", ">=", "plan", Y),
    T("城鎮(zhèn)新增就業(yè)70萬人以上", "70萬人以上", "城鎮新增就業", "level", ">=", "plan", Y),
    T("糧食產(chǎn)量保持在500億斤以上", "500億斤以上", "糧食產量", "level", ">=", "plan", Y),
]
ACTUALS = [
    R("地區(qū)生產(chǎn)總值恢復(fù)到上年的95%以上", "95%以上", "地區生產總值恢復到上年的比例", "share", P,
      value_text="95%", optional=True),
    R("進(jìn)出口逆勢(shì)增長(zhǎng)8.8%", "8.8%", "進出口", "growth", P),
    R("城鎮(zhèn)新增就業(yè)75萬人", "75萬人", "城鎮新增就業", "level", P),
    R("市場(chǎng)主體凈增29.4萬戶", "29.4萬戶", "市場主體凈增", "count", P),
    R("高新技術(shù)企業(yè)突破1萬家", "突破1萬家", "高新技術企業", "count", P, value_text="1萬家"),
    R("地區(qū)生產(chǎn)總值邁上4萬億元大臺(tái)階", "4萬億元", "地區生產總值", "level", P, optional=True),
    R("人均超過1萬美元", "超過1萬美元", "人均地區生產總值", "level", P, value_text="1萬美元"),
]
NOT = []
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
