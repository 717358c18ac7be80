import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

P = "2023"
G = "2023年全縣地區生產總值(GDP)319.73億元,按可比價格計算,比上年增長8.0%"
S = "第一產業增加值13.05億元、第二產業增加值147.83億元、第三產業增加值158.86 億元,分別增長4.6%、7.7%和8.7%"
PC = "人均GDP為78655元(按年平均匯率折算為11162美元),比上年增長7.8%"
POP = "年末全縣戶籍總人口46.46萬人,其中,城鎮人口15.26萬人,鄉村人口31.20萬人;男性人口23.85萬人,女性人口22.61萬人,分別占總人口的51.3%和48.7%"
BD = "全年出生人口2457人,出生率為5.28‰;死亡人口3857人,死亡率為8.28‰;全年人口自然減少1400人"
RES = "年末全縣常住人口40.8萬人,比上年末增加0.3萬人;城鎮化率為60.4%"
JOB = "全年上報城鎮新增就業5071人。失業人員實現再就業3040人,幫扶困難人員就業839人"
F1 = "全年財政總收入37.70億元,比上年增長18.6%"
F2 = "一般公共預算收入23.52億元,增長10.1%;其中,稅收收入16.53億元,增長16.9%,占一般公共預算收入的70.3%"
F3 = "一般公共預算支出80.09億元,增長7.9%;其中民生支出61.14億元,增長16.5%,占一般公共預算支出的76.3%"
AG = "全年糧食播種面積8884公頃,比上年增長0.1%;糧食總產量4.92萬噸,增長2.2%"
AG2 = "油菜籽播種面積667公頃,增長21.9%;蔬菜7275公頃,增長1.9%;中草藥材664公頃,增長3.3%;水果3788公頃,增長0.3%"
TARGETS = []
ACTUALS = [
    R(G, "319.73億元", "地區生產總值", "level", P),
    R(G, "8.0%", "地區生產總值", "growth", P, basis="yoy"),
    R(S, "13.05億元", "第一產業增加值", "level", P),
    R(S, "147.83億元", "第二產業增加值", "level", P),
    R(S, "4.6%", "第一產業增加值", "growth", P, basis="yoy"),
    R(S, "7.7%", "第二產業增加值", "growth", P, basis="yoy"),
    R(S, "8.7%", "第三產業增加值", "growth", P, basis="yoy"),
    R(PC, "78655元", "人均GDP", "level", P),
    R(PC, "11162美元", "人均GDP", "level", P, optional=True),
    R(PC, "7.8%", "人均GDP", "growth", P, basis="yoy"),
    R(POP, "46.46萬人", "年末戶籍總人口", "level", P),
    R(POP, "15.26萬人", "城鎮人口", "level", P),
    R(POP, "31.20萬人", "鄉村人口", "level", P),
    R(POP, "23.85萬人", "男性人口", "level", P),
    R(POP, "22.61萬人", "女性人口", "level", P),
    R(POP, "51.3%", "男性人口占總人口比重", "share", P),
    R(POP, "48.7%", "女性人口占總人口比重", "share", P),
    R(BD, "2457人", "出生人口", "level", P),
    R(BD, "3857人", "死亡人口", "level", P),
    R(BD, "1400人", "人口自然增長", "level", P, direction="decrease", optional=True),
    R(RES, "40.8萬人", "年末常住人口", "level", P),
    R(RES, "60.4%", "城鎮化率", "share", P),
    R("城鎮化率為60.4%,比上年提高1.3個百分點", "1.3個百分點", "城鎮化率", "share", P, optional=True),
    R(JOB, "5071人", "城鎮新增就業", "level", P),
    R(JOB, "3040人", "失業人員實現再就業", "level", P),
    R(JOB, "839人", "幫扶困難人員就業", "level", P),
    R(F1, "37.70億元", "財政總收入", "level", P),
    R(F1, "18.6%", "財政總收入", "growth", P, basis="yoy"),
    R(F2, "23.52億元", "一般公共預算收入", "level", P),
    R(F2, "10.1%", "一般公共預算收入", "growth", P),
    R(F2, "16.53億元", "稅收收入", "level", P),
    R(F2, "16.9%", "稅收收入", "growth", P),
    R(F2, "70.3%", "稅收收入占一般公共預算收入比重", "share", P),
    R(F3, "80.09億元", "一般公共預算支出", "level", P),
    R(F3, "7.9%", "一般公共預算支出", "growth", P),
    R(F3, "61.14億元", "民生支出", "level", P),
    R(F3, "16.5%", "民生支出", "growth", P),
    R(F3, "76.3%", "民生支出占一般公共預算支出比重", "share", P),
    R(AG, "8884公頃", "糧食播種面積", "level", P, optional=True),
    R(AG, "0.1%", "糧食播種面積", "growth", P, basis="yoy"),
    R(AG, "4.92萬噸", "糧食總產量", "level", P),
    R(AG, "2.2%", "糧食總產量", "growth", P, basis="yoy"),
    R(AG2, "667公頃", "油菜籽播種面積", "level", P, optional=True),
    R(AG2, "21.9%", "油菜籽播種面積", "growth", P),
    R(AG2, "7275公頃", "蔬菜播種面積", "level", P, optional=True),
    R("蔬菜7275公頃,增長1.9%", "1.9%", "蔬菜播種面積", "growth", P),
    R(AG2, "664公頃", "中草藥材播種面積", "level", P, optional=True),
    R(AG2, "3.3%", "中草藥材播種面積", "growth", P),
    R(AG2, "3788公頃", "水果播種面積", "level", P, optional=True),
    R(AG2, "0.3%", "水果播種面積", "growth", P),
]
NOT = [
    ("第三產業增加值158.86 億元", "a space splits number and unit (mirror debris): the kit parses the unit as ' 亿元' and cannot express the value"),
    ("三次產業結構為4.1:46.2:49.7", "industry structure ratio"),
    ("出生率為5.28‰", "per-mille rate: the kit's share takes only % or 个百分点"),
    ("死亡率為8.28‰", "per-mille rate"),
    ("自然增長率為-3.01‰", "per-mille rate"),
    ("根據2023年5‰人口變動抽樣調查", "sample size of the population survey (per mille)"),
    ("比上年末增加0.3萬人", "change against last year: a comparison"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
