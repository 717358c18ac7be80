import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

Y = "2023"
TARGETS = []
ACTUALS = [
    R("2023年全縣實現地區生產總值131.7億元,比上年增長7%", "131.7億元", "地區生產總值", "level", Y),
    R("2023年全縣實現地區生產總值131.7億元,比上年增長7%", "7%", "地區生產總值", "growth", Y, basis="yoy"),
    R("第一產業增加值24.5億元,增長6.8%", "24.5億元", "第一產業增加值", "level", Y),
    R("第一產業增加值24.5億元,增長6.8%", "6.8%", "第一產業增加值", "growth", Y),
    R("第二產業增加值61.2億元,增長8.1%", "61.2億元", "第二產業增加值", "level", Y),
    R("第二產業增加值61.2億元,增長8.1%", "8.1%", "第二產業增加值", "growth", Y),
    R("第三產業增加值46億元,增長5.5%", "46億元", "第三產業增加值", "level", Y),
    R("第三產業增加值46億元,增長5.5%", "5.5%", "第三產業增加值", "growth", Y),
    R("人均地區生產總值99359元", "99359元", "人均地區生產總值", "level", Y),
    R("全年十大生態產業增加值39.18億元", "39.18億元", "十大生態產業增加值", "level", Y),
    R("占全縣地區生產總值的29.8%", "29.8%", "十大生態產業增加值占地區生產總值比重", "share", Y),
    R("年末全縣常住人口13.22萬人", "13.22萬人", "常住人口", "level", Y),
    R("其中城鎮常住人口6.04萬人", "6.04萬人", "城鎮常住人口", "level", Y),
    R("占總人口比重(常住人口城鎮化率)為45.71%", "45.71%", "常住人口城鎮化率", "share", Y),
    # second reading: a change of a share in points (as wr-jiangsu-yangzhou-2024 records one); optional
    R("比上年末提高0.97個百分點", "0.97個百分點", "常住人口城鎮化率", "share", Y, optional=True),
    R("全年出生人口900人", "900人", "出生人口", "level", Y),
    R("死亡人口1000人", "1000人", "死亡人口", "level", Y),
    R("建成省級充分就業社區1個", "1個", "充分就業社區", "count", Y, qualifier="省級"),
    R("市級充分就業社區1個", "1個", "充分就業社區", "count", Y, qualifier="市級"),
    R("全年城鎮新增就業人員2652人", "2652人", "城鎮新增就業人員", "level", Y),
    R("年末城鎮登記失業率控制在4%以內", "4%", "城鎮登記失業率", "share", Y),
    R("累計兜底安置鄉村公益性崗位268人", "268人", "兜底安置鄉村公益性崗位", "level", Y),
    R("實現292名高校畢業生穩定就業", "292名", "高校畢業生穩定就業", "level", Y),
    R("落實就業補助資金2367.5萬元", "2367.5萬元", "就業補助資金", "level", Y),
    R("累計發放創業擔保貸款184筆4081.5萬元", "184筆", "創業擔保貸款", "count", Y),
    R("累計發放創業擔保貸款184筆4081.5萬元", "4081.5萬元", "創業擔保貸款", "level", Y),
]
NOT = [
    ("就業困難人員600余名", "an actual (about 600 people) that realkit cannot express: 余 stands between number and unit, so no value_text inside the span parses; flagged in the report"),
    ("三次產業結構由上年18.4:45.9:35.7調整為18.6:46.5:34.9", "structure ratios of the three sectors, no unit"),
    ("高于全市平均水平12645元", "difference from the prefecture's average: a comparison, not a value"),
    ("比上年減少500人", "absolute change against last year: a comparison, not a value"),
    ("出生率6.79‰", "per-mille rate; realkit's share takes only % or 个百分点, so not annotated"),
    ("死亡率7.77‰", "per-mille rate; realkit's share takes only % or 个百分点, so not annotated"),
    ("自然增長率為-0.98‰", "per-mille rate; realkit's share takes only % or 个百分点, so not annotated"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
