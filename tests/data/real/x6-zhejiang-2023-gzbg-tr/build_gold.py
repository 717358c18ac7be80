import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

Y = 2027  # 到2027年 (未來五年)
TARGETS = [
    T("到2027年地區(qū)生產(chǎn)總值達(dá)到12萬億元", "12萬億元", "地區生產總值", "level", "=", "plan", Y),
    T("人均生產(chǎn)總值達(dá)到17萬元", "17萬元", "人均生產總值", "level", "=", "plan", Y),
    T("居民人均可支配收入達(dá)到8.5萬元", "8.5萬元", "居民人均可支配收入", "level", "=", "plan", Y),
    T("全社會研發(fā)投入強(qiáng)度超過3.4%", "超過3.4%", "全社會研發投入強度", "share", ">=", "plan", Y),
    T("全員勞動(dòng)生產(chǎn)率達(dá)到28萬元/人", "28萬元/人", "全員勞動生產率", "level", "=", "plan", Y),
    T("規(guī)上工業(yè)增加值突破3萬億元", "突破3萬億元", "規上工業增加值", "level", ">=", "plan", Y),
    T("數(shù)字經(jīng)濟(jì)核心產(chǎn)業(yè)增加值超過1.6萬億元", "超過1.6萬億元", "數字經濟核心產業增加值", "level", ">=", "plan", Y),
]
ACTUALS = []
NOT = [
    ("實(shí)施“315”科技創(chuàng)新體系建設(shè)工程", "a programme's name"),
    ("城鄉(xiāng)居民收入倍差縮小到1.9以內(nèi)", "a target (ratio <= 1.9) that realkit cannot express: a ratio with no unit (share takes only % or 个百分点); flagged in decisions.md"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
