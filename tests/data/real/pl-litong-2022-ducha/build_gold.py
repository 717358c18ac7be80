import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

Y = 2022
P = "2022-01..2022-04"   # status "截至46日" (as of 6 April 2022)
TARGETS = [
    T("我区计划实施建设项目110个", "110个", "实施建设项目", "count", "=", "plan", Y),
    T("总投资243.85亿元", "243.85亿元", "总投资", "level", "=", "plan", None, optional=True),
    T("总投资243.85亿元、年度投资93.48亿元", "93.48亿元", "年度投资", "level", "=", "plan", Y),
    T("其中:续建项目33个", "33个", "续建项目", "count", "=", "plan", Y),
    T("续建项目33个,年度投资42.57亿元", "42.57亿元", "年度投资", "level", "=", "plan", Y,
      subject="续建项目"),
    T("新建项目77个", "77个", "新建项目", "count", "=", "plan", Y),
    T("新建项目77个,年度投资50.91亿元", "50.91亿元", "年度投资", "level", "=", "plan", Y,
      subject="新建项目"),
]
ACTUALS = [
    R("自治区级3个重点项目已开复工2个", "2个", "已开复工重点项目", "count", P, qualifier="自治区级"),
    R("市级12个重点建设项目已开复工8个", "8个", "已开复工重点建设项目", "count", P, qualifier="市级"),
    R("区本级40个重点项目已开复工26个", "26个", "已开复工重点项目", "count", P, qualifier="区本级"),
    R("一季度实施项目66个,已开复工项目66个", "66个", "已开复工项目", "count", P, span_occ=1),
    R("开复工率100%", "100%", "开复工率", "share", P, optional=True),
    R("全年实施110个项目的开工率仅为66%", "66%", "开工率", "share", P, optional=True),
    R("已入库1条道路", "1条", "入库道路", "count", P, optional=True,
      subject="利通区2021年农村公路建设项目"),
]
NOT = [
    ("索引号 640302002/2022-00024 文号 生成日期 2022-04-09", "page header: index number and date"),
    ("对2022年实施的110个项目推进情况进行了连续3次现场督查", "110: the project list referred to (its target is recorded at 计划实施建设项目110个); 3: number of inspections"),
    ("自治区级3个重点项目", "3: size of the project list (the base of the progress count)"),
    ("市级12个重点建设项目", "12: size of the project list"),
    ("区本级40个重点项目", "40: size of the project list"),
    ("一季度实施项目66个", "66: number of projects scheduled for Q1 (base of the progress count)"),
    ("全年实施110个项目", "110: the year's project list restated as the base of 开工率"),
    ("1赵家沟苦水河大桥", "item number"),
    ("2利通区2021年农村公路", "item number"),
    ("已完成工程量50%", "progress of one project's works (a completion rate), neither"),
    ("已完成工程量40%", "progress of one project's works (a completion rate), neither"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
