import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

Y = 2026
G = "全年經濟增長目標為4.5%至5%左右"   # headline (occ 0) and body (occ 1)
TARGETS = [
    T(G, "4.5%", "經濟增長", "growth", ">=", "plan", Y, cmp_from="RANGE_LOW", occ=0),
    T(G, "5%", "經濟增長", "growth", "<=", "plan", Y, cmp_from="RANGE_HIGH", occ=0, span_occ=1),
    T(G, "4.5%", "經濟增長", "growth", ">=", "plan", Y, cmp_from="RANGE_LOW", occ=1),
    T(G, "5%", "經濟增長", "growth", "<=", "plan", Y, cmp_from="RANGE_HIGH", occ=1, span_occ=1),
    T("今年計劃發行超長期特別國債1.3萬億人民幣", "1.3萬億", "發行超長期特別國債", "level", "=", "plan", Y),
    T("有2500億元用來支持消費品「以舊換新」工作", "2500億元", "支持消費品「以舊換新」", "level", "=", "plan", Y),
]
ACTUALS = []
NOT = [
    (" date 2026-03-05", "page header: publication date"),
    ("比去年的目標「5%左右」", "last year's target restated"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
