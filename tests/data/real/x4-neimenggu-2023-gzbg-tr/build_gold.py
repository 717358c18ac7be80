import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

Y = 2023
BODY = "力爭并網(wǎng)裝機(jī)2500萬千瓦以上,建成拓展場景應(yīng)用規(guī)模1000萬千瓦以上"
TARGETS = [
    # the headline restates the first target in GW: a record at each place, unit as written
    T("力爭并網(wǎng)裝機(jī)25GW以上", "25GW以上", "并網裝機", "level", ">=", "strive", Y),
    T(BODY, "2500萬千瓦以上", "并網裝機", "level", ">=", "strive", Y),
    # 建成 is a verb of its own: 力爭 does not carry over
    T(BODY, "1000萬千瓦以上", "拓展場景應用規模", "level", ">=", "plan", Y),
]
ACTUALS = []
NOT = [
    ("中國電力網(wǎng)發(fā)布時(shí)間:2023-01-18 11:29:31", "page timestamp"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
