import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

P = "2023"
BIZ = "限額以上商貿經營主體凈增4198家、總數達2.3萬家"
TARGETS = []
ACTUALS = [
    # a net increase of the year (凈增) and the year-end stock (總數): counts
    R(BIZ, "4198家", "限額以上商貿經營主體凈增", "count", P),
    R(BIZ, "2.3萬家", "限額以上商貿經營主體", "count", P),
]
NOT = [
    ("2024-01-24 10:57:50", "page timestamp"),
    ("_fororder_圖片1", "picture file name"),
    ("鞏固提升經濟“28條”", "a policy's name (28 measures)"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
