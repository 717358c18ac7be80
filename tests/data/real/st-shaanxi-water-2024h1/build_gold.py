import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

P = "2024H1"
W = "2023-12..2024-07"   # 去年冬天以来 (see decisions.md)
TARGETS = []
ACTUALS = [
    R("上半年陕西完成水利投资超220亿元", "220亿元", "水利投资", "level", P),
    R("落实水利投资301.61亿元", "301.61亿元", "落实水利投资", "level", P),
    R("完成水利投资227.11亿元", "227.11亿元", "水利投资", "level", P),
    R("303个增发国债水利项目全部如期开建", "303个", "开建增发国债水利项目", "count", P),
    R("建设水文站56处", "56处", "建设水文站", "count", P),
    R("水位站33处", "33处", "建设水位站", "count", P),
    R("雨量站340处", "340处", "建设雨量站", "count", P),
    R("推进3部测雨雷达组网投运", "3部", "测雨雷达组网投运", "count", P),
    R("发布山洪灾害气象预警59期", "59期", "山洪灾害气象预警", "count", P),
    R("主要江河洪水预警32期", "32期", "主要江河洪水预警", "count", P),
    R("水文信息专报快报103期", "103期", "水文信息专报快报", "count", P),
    R("40个县(区)实现农村供水县域统管", "40个", "实现农村供水县域统管的县(区)", "count", P),
    R("221处工程新增净化消毒设施设备", "221处", "新增净化消毒设施设备的工程", "count", P),
    R("73个县(区)水质检测机构取得CMA认证资质", "73个", "水质检测机构取得CMA认证资质的县(区)", "count", P),
    R("完成重点段防护设施建设97.18公里", "97.18公里", "灌区重点段防护设施建设", "level", P),
    R("陕西省斗口用水18.6亿立方米", "18.6亿立方米", "斗口用水", "level", W, optional=True),
    R("灌溉面积2480万亩次", "2480万亩次", "灌溉面积", "level", W, optional=True),
    R("陕西省新增水土流失治理面积2022平方公里", "2022平方公里", "新增水土流失治理面积", "level", P),
    R("41个增发国债丹江口库区水土流失治理项目全面开工", "41个", "开工丹江口库区水土流失治理项目", "count", P),
    R("16452座小型淤地坝销号", "16452座", "销号小型淤地坝", "count", P),
    R("集中式水源地水质达标率100%", "100%", "城市集中式水源地水质达标率", "share", P),
    R("6家单位入选国家公共机构水效领跑者名单", "6家", "入选国家公共机构水效领跑者的单位", "count", P),
]
NOT = [
    ("完成率97%", "completion rate of the year's task"),
    ("完成投资44.45%", "completion rate of the projects' investment"),
    ("黑河金盆水库等22个城市集中式水源地", "the number of water sources monitored (universe of the 100% rate)"),
    ("16条实施生态流量监管的河流22个断面均满足要求", "scope of the monitoring (all rivers and sections met the requirement): universe counts"),
    ("储备国家层面项目46", "the stored copy is cut inside this number: the value is unknown"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
