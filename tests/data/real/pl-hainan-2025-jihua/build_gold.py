import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

TARGETS = []
ACTUALS = [
    R("成功争取超长期特别国债支持94个项目建设", "94个", "超长期特别国债支持项目", "count", "2024"),
    R("撬动消费品以旧换新154亿元", "154亿元", "撬动消费品以旧换新", "level", "2024"),
    # a fall in an interest rate in basis points: the kit's growth/share need % or 个百分点
    R("新发放企业贷款加权平均利率下降43个基点", "43个基点", "新发放企业贷款加权平均利率", "level", "2024",
      direction="decrease", optional=True),
    R("商品房销售面积同比(下同)增长5%", "5%", "商品房销售面积", "growth", "2024", basis="yoy"),
]
NOT = [
    ("  1.     区域频道", "site menu numbering"),
    ("2025/3/10 16:02:59  海南省发展和改革委员会     人气:663", "page header: timestamp and view counter"),
    ("中华人民共和国成立75周年", "anniversary (historical fact)"),
    ("“两重”[1]领域", "footnote marker"),
    ("“两新”[2]精准", "footnote marker"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
