import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

Y = 2018
TARGETS = [
    T("地区生产总值增长10%左右", "10%左右", "地区生产总值", "growth", "~", "plan", Y),
    T("全社会固定资产投资增长18%左右", "18%左右", "全社会固定资产投资", "growth", "~", "plan", Y),
    T("地方财政收入增长7%左右", "7%左右", "地方财政收入", "growth", "~", "plan", Y),
    T("社会消费品零售总额增长13%以上", "13%以上", "社会消费品零售总额", "growth", ">=", "plan", Y),
    T("城镇居民人均可支配收入增长10%以上", "10%以上", "城镇居民人均可支配收入", "growth", ">=", "plan", Y),
    T("农牧民人均可支配收入增长13%以上", "13%以上", "农牧民人均可支配收入", "growth", ">=", "plan", Y),
    T("居民消费价格指数控制在4%以内", "控制在4%以内", "居民消费价格指数", "growth", "<=", "plan", Y),
    T("城镇调查失业率控制在5.5%以内", "控制在5.5%以内", "城镇调查失业率", "share", "<=", "plan", Y),
    T("城镇登记失业率控制在3%以内", "控制在3%以内", "城镇登记失业率", "share", "<=", "plan", Y),
]
ACTUALS = []
NOT = [
    ("2018-01-24 16:28:39", "page timestamp"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
