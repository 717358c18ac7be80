import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

Y = 2026
def rng(clause):
    return [T(clause, "4.5%", "經濟增長", "growth", ">=", "plan", Y, cmp_from="RANGE_LOW"),
            T(clause, "5%", "經濟增長", "growth", "<=", "plan", Y, cmp_from="RANGE_HIGH", span_occ=1)]

TARGETS = (
    rng("國家今年發展預期目標經濟增長4.5%至5%")
    + rng("認為預期經濟增長達4.5%至5%屬合適")
    + rng("故經濟增長預期在4.5%至5%屬合理")
    + [
        # the lower end alone, in a commentator's words (headline and body)
        T("王冬勝：4.5%增長已很厲害", "4.5%", "經濟增長", "growth", "=", "plan", Y, optional=True),
        T("預期有4.5%增長已是很厲害", "4.5%", "經濟增長", "growth", "=", "plan", Y, optional=True),
    ])
ACTUALS = [
    R("去年又做到5%的增長", "5%", "經濟增長", "growth", "2025"),
]
NOT = [
    (" date 2026-03-05", "page header: publication date"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
