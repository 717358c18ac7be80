import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

Y = 2025
TARGETS = [
    T("地区生产总值增长5.5%以上", "5.5%以上", "地区生产总值", "growth", ">=", "plan", Y),
    T("一般公共预算收入增长5%", "5%", "一般公共预算收入", "growth", "=", "plan", Y),
    T("固定资产投资增长6%", "6%", "固定资产投资", "growth", "=", "plan", Y),
    T("社会消费品零售总额增长5.5%以上", "5.5%以上", "社会消费品零售总额", "growth", ">=", "plan", Y),
    T("规模以上工业增加值增长5%左右", "5%左右", "规模以上工业增加值", "growth", "~", "plan", Y),
    T("单位地区生产总值能耗下降2.5%", "2.5%", "单位地区生产总值能耗", "growth", "=", "plan", Y,
      direction="decrease"),
    # 23 special actions to carry out: the size of a programme more than a quantity to reach
    T("打造世界级产业集群等23个专项行动", "23个", "专项行动", "count", "=", "plan", Y, optional=True),
    T("全年举办各类促消费活动1000场以上", "1000场以上", "举办促消费活动", "count", ">=", "plan", Y),
    T("全年谋划项目总投资5.5万亿元以上", "5.5万亿元以上", "谋划项目总投资", "level", ">=", "plan", Y),
    T("全年开复工重点项目3000个以上", "3000个以上", "开复工重点项目", "count", ">=", "plan", Y),
    T("新签约合作项目达到65个", "65个", "新签约合作项目", "count", "=", "plan", Y),
    T("力争重点产业集群总规模达到1.1万亿元", "1.1万亿元", "重点产业集群总规模", "level", "=", "strive", Y),
]
ACTUALS = []
NOT = [
    ("围绕21条重点产业链和10大重点产业集群", "the make-up of the industrial programme (21 chains, 10 clusters): a framework, not a quantity to reach"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
