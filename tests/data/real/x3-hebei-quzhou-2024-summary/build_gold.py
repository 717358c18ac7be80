import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

P = "2024"
P11 = "2024-01..2024-11"
IN = "生物健康和自行车(童车)两大产业主营业务收入,分别为128.3亿元、108.6亿元,分别同比增长14.2%、14.5%"
ZS = "党政主要领导带头外出招商13次,签约项目34个,总投资90.09亿元"
XM = "2024年争列省重点项目4个、市重点项目16个,开工率、入库率、投产率均达到100%"
GG = "圆满完成178项省市改革事项、74项自主谋划改革事项,争取国家级改革试点2项、省级5项"
KJ = "第一批认定高新技术企业7家,国家级科技型中小企业达158家,新增专精特新中小企业10家"
ZW = "164项政务服务事项实现容缺办,101项实行“全域通办”"
TARGETS = []
ACTUALS = [
    R(IN, "128.3亿元", "生物健康产业主营业务收入", "level", P11),
    R(IN, "108.6亿元", "自行车(童车)产业主营业务收入", "level", P11),
    R(IN, "14.2%", "生物健康产业主营业务收入", "growth", P11, basis="yoy"),
    R(IN, "14.5%", "自行车(童车)产业主营业务收入", "growth", P11, basis="yoy"),
    R(ZS, "13次", "外出招商", "count", P, optional=True),
    R(ZS, "34个", "签约项目", "count", P),
    R(ZS, "90.09亿元", "签约项目总投资", "level", P),
    R("注册央企二级子公司1家", "1家", "注册央企二级子公司", "count", P),
    R(XM, "4个", "争列省重点项目", "count", P),
    R(XM, "16个", "争列市重点项目", "count", P),
    R(XM, "100%", "重点项目开工率", "share", P, optional=True),
    R(XM, "100%", "重点项目入库率", "share", P, optional=True),
    R(XM, "100%", "重点项目投产率", "share", P, optional=True),
    R(GG, "178项", "完成省市改革事项", "count", P, optional=True),
    R(GG, "74项", "完成自主谋划改革事项", "count", P, optional=True),
    R(GG, "2项", "国家级改革试点", "count", P, optional=True),
    R(GG, "5项", "省级改革试点", "count", P, optional=True),
    R(KJ, "7家", "认定高新技术企业", "count", P),
    R(KJ, "158家", "国家级科技型中小企业", "count", P),
    R(KJ, "10家", "新增专精特新中小企业", "count", P),
    R("引进各类本科及以上人才1332人", "1332人", "引进本科及以上人才", "count", P),
    R(ZW, "164项", "容缺办政务服务事项", "count", P, optional=True),
    R(ZW, "101项", "全域通办政务服务事项", "count", P, optional=True),
]
NOT = [
    ("成立10个产业链招商组", "number of teams set up: organisation, not an indicator"),
    ("“7+N”企业帮扶", "name of a support scheme"),
    ("开展政银企座谈会等活动12次", "number of meetings held: a work item"),
    ("达成授信30余亿元", "'30余亿元': the kit cannot express 余 before a unit (parses the unit as 余亿元): known limit"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
