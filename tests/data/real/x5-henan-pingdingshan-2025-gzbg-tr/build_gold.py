import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

Y = 2025
TARGETS = [
    # the number split by the mirror ('6 . 5'): the kit reads spaces around a decimal point since
    # issue 7's third round (it was in NOT before, the kit unable to hold it)
    T("經(jīng)濟增長6 . 5%左右", "6 . 5%左右", "經濟增長", "growth", "~", "plan", Y),
    T("研發(fā)經(jīng)費投入強度2%以上", "2%以上", "研發經費投入強度", "share", ">=", "plan", Y),
    T("規(guī)上工業(yè)增加值增長7.5%以上", "7.5%以上", "規上工業增加值", "growth", ">=", "plan", Y),
    T("固定資產(chǎn)投資增長8%以上", "8%以上", "固定資產投資", "growth", ">=", "plan", Y),
    T("社會消費品零售總額增長8%以上", "8%以上", "社會消費品零售總額", "growth", ">=", "plan", Y),
    T("一般公共預算收入增長4%以上", "4%以上", "一般公共預算收入", "growth", ">=", "plan", Y),
]
ACTUALS = []
NOT = []
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
