import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

Y = 2023  # "2023年着力抓好40项重点工作": every item below is a 2023 task
TARGETS = [
    T("加快新昌智造科创带建设,完成投资15亿元", "15亿元", "投资", "level", "=", "plan", Y,
      subject="新昌智造科创带"),
    T("实现技术交易额12亿元以上", "12亿元以上", "技术交易额", "level", ">=", "plan", Y),
    T("举办科技对接活动50场以上", "50场以上", "科技对接活动", "count", ">=", "plan", Y),
    T("实施“专精特新”重大科技攻关项目10项", "10项", "“专精特新”重大科技攻关项目", "count", "=", "plan", Y),
    T("开发备案新产品100项以上", "100项以上", "开发备案新产品", "count", ">=", "plan", Y),
    T("建成高水平寄宿制学校4所", "4所", "高水平寄宿制学校", "count", "=", "plan", Y),
    T("引进高水平本科院校1所", "1所", "引进高水平本科院校", "count", "=", "plan", Y),
    T("新增高能级研发平台1家以上", "1家以上", "高能级研发平台", "count", ">=", "plan", Y),
    T("创建市级及以上企业研发机构12家", "12家", "企业研发机构", "count", "=", "plan", Y,
      qualifier="市级及以上"),
]
ACTUALS = []
NOT = [
    ("发布时间:2024-01-03 12:08", "page header: publication timestamp"),
    ("2023年着力抓好40项重点工作", "count of work items in the list (structure), not a target"),
    ("1.深化县域创新体系建设", "item number"),
    ("2.实施教育强县战略", "item number"),
    ("3.招引人才科技项目", "item number"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
