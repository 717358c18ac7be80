import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

Y = 2025
Q1 = "2025Q1"
NOW = "2025-01..2025-04"  # "目前", in an item of 27 April 2025 (the kit has no day precision)
PLAN = "2025年142个计划实施项目,总投资362.5亿元,年度计划投资163.4亿元"
H1 = "力争上半年完成固定资产投资65亿元、增长12%以上"
TARGETS = [
    # the year's project plan restated during the year (as pl-litong-2022-ducha)
    T(PLAN, "142个", "计划实施项目", "count", "=", "plan", Y),
    T(PLAN, "362.5亿元", "计划实施项目总投资", "level", "=", "plan", None, optional=True),
    T(PLAN, "163.4亿元", "年度计划投资", "level", "=", "plan", Y),
    T(H1, "65亿元", "固定资产投资", "level", "=", "strive", Y),
    T(H1, "12%以上", "固定资产投资", "growth", ">=", "strive", Y),
]
ACTUALS = [
    R("一季度,全区完成固定资产投资25.36亿元", "25.36亿元", "固定资产投资", "level", Q1),
    R("同比增长16.3%", "16.3%", "固定资产投资", "growth", Q1, basis="yoy"),
    R("目前已开工85个", "85个", "已开工项目", "count", NOW),
    R("目前已开工85个,开工率60%", "60%", "开工率", "share", NOW, optional=True),
    R("完成投资57.2亿元", "57.2亿元", "完成投资", "level", NOW),
    # "等3个自治区重点项目、…等64个一季度开复工项目全部开工": the list sizes, all started
    R("湖南能源300万千瓦光伏复合发电等3个自治区重点项目", "3个", "已开工重点项目", "count", NOW,
      qualifier="自治区", optional=True),
    R("弘德中学等64个一季度开复工项目全部开工", "64个", "已开复工项目", "count", NOW, qualifier="一季度开复工",
      optional=True),
    R("14个市级重点项目已开工8个", "8个", "已开工重点项目", "count", NOW, qualifier="市级"),
    R("14个市级重点项目已开工8个,开工率57%", "57%", "开工率", "share", NOW, qualifier="市级", optional=True),
    R("63个区本级重点项目已开工43个", "43个", "已开工重点项目", "count", NOW, qualifier="区本级"),
    R("63个区本级重点项目已开工43个,开工率68%", "68%", "开工率", "share", NOW, qualifier="区本级", optional=True),
]
NOT = [
    ("较上年同期提升7.3个百分点", "change of the growth rate against last year's: a comparison"),
    ("高于预期目标4.3个百分点", "gap to the expected target: a comparison"),
    ("高于吴忠市1.4个百分点", "gap to the city's rate: a comparison"),
    ("投资完成率35%", "a completion rate: neither target nor actual"),
    ("湖南能源300万千瓦光伏", "a project's capacity in its name"),
    ("14个市级重点项目", "14: size of the project list (the base of the count started)"),
    ("63个区本级重点项目", "63: size of the project list"),
    ("34万千瓦保障性风电等57个未开工项目", "34万千瓦: a project's capacity in its name; 57: the projects still to start (142 less the 85 started), the object of the next step"),
    ("国能宁湘直流150万千瓦风光同场", "a project's capacity in its name"),
    ("等85个在建项目", "the 85 started projects restated as the object of the next step"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
