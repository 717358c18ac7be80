import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

TARGETS = []
ACTUALS = [
    R("全年國內生產總值增長3%", "3%", "國內生產總值", "growth", "2022"),
    R("城鎮新增就業1206萬人", "1206萬人", "城鎮新增就業", "level", "2022"),
]
NOT = [
    ("責任編輯:楊眉 2023-03-06 08:13:35原創", "page header: publication timestamp"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
