import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

Y = 2025
P = "2025H1"   # 截至2025年6月底
TARGETS = [
    # each item opens with the year's 民心工程 task (the target), then reports progress (目前…)
    T("新增婴幼儿托位460个", "460个", "新增婴幼儿托位", "count", "=", "plan", Y),
    T("学前教育学位540个", "540个", "新增学前教育学位", "count", "=", "plan", Y),
    T("义务教育学位3360个", "3360个", "新增义务教育学位", "count", "=", "plan", Y),
    T("普通高中学位1050个", "1050个", "新增普通高中学位", "count", "=", "plan", Y),
    T("新建街镇级养老服务综合体1家", "1家", "新建街镇级养老服务综合体", "count", "=", "plan", Y),
    T("打造示范型老人家食堂2个", "2个", "示范型老人家食堂", "count", "=", "plan", Y),
    T("开展失能失智老年人家属照护培训及护理员培训不少于100人", "不少于100人",
      "失能失智老年人家属照护培训及护理员培训", "count", ">=", "plan", Y),
    T("建成老年友善医疗机构14家", "14家", "老年友善医疗机构", "count", "=", "plan", Y),
    T("建成公立基层医疗卫生机构中医馆12家", "12家", "公立基层医疗卫生机构中医馆", "count", "=", "plan", Y),
    T("分院慢病管理中心15家。", "15家", "紧密型医共体总院、分院慢病管理中心", "count", "=", "plan", Y),
]
ACTUALS = [
    R("确定双新街、海棠街2个示范型老人家食堂点位", "2个", "确定示范型老人家食堂点位", "count", P),
    R("开展失能失智老年人家属照护培训及护理员培训150人次", "150人次",
      "失能失智老年人家属照护培训及护理员培训", "count", P),
    R("中医医院等2家区属公立医院", "2家", "完成老年友善医疗机构创建", "count", P,
      qualifier="区属公立医院"),
    R("和12家基层医疗卫生机构的老年友善医疗机构创建", "12家", "完成老年友善医疗机构创建", "count", P,
      qualifier="基层医疗卫生机构"),
]
NOT = [
    ("发布时间:2025-07-17 13:43", "page header: publication timestamp"),
    ("4个子项已完成,其余22个子项正在加快推进", "counts of work items (sub-projects of the programme), structure"),
    ("01  护苗助老贴心工程", "section number"),
    ("02  就医改善舒心工程", "section number"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
