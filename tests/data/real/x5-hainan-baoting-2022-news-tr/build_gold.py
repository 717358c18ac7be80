import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

P5 = "2017-01..2021-12"  # 過去的五年 (2017-2021), told at the 人代会 of January 2022: five-year totals (累計)
TARGETS = []
ACTUALS = [
    R("地區(qū)生產(chǎn)總值累計突破274.4億元", "突破274.4億元", "地區生產總值", "level", P5, value_text="274.4億元"),
    R("地方一般公共預算收入總量累計突破21.9億元", "突破21.9億元", "地方一般公共預算收入", "level", P5,
      value_text="21.9億元"),
    R("固定資產(chǎn)投資累計突破173.9億元", "突破173.9億元", "固定資產投資", "level", P5, value_text="173.9億元"),
    R("社會消費品零售總額累計超過82.7億元", "超過82.7億元", "社會消費品零售總額", "level", P5, value_text="82.7億元"),
]
NOT = [
    ("2022年01月07日 15:03", "page timestamp (the clock time)"),
    ("上午9點", "clock time"),
    ("報告用了8個“這五年”", "the number of times a phrase is used in the report"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
