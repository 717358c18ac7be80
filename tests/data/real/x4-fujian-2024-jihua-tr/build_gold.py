import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

Y = 2024
TARGETS = [
    T("預期全省地區(qū)生產(chǎn)總值增長5.5%左右", "5.5%左右", "地區生產總值", "growth", "~", "plan", Y),
    T("研發(fā)經(jīng)費投入增長18%以上", "18%以上", "研發經費投入", "growth", ">=", "plan", Y),
    T("固定資產(chǎn)投資增長5%左右", "5%左右", "固定資產投資", "growth", "~", "plan", Y),
]
ACTUALS = []
NOT = []
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
