import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

Y = 2024
TEC = "确保新增高新技术企业50家、入库科技型中小企业750家"
INV = "确保全年新签约项目135个,总投资额1200亿元,新注册项目120个,实际到位资金600亿元,其中省外资金360亿元"
TARGETS = [
    # "2024年…是大冶冲刺千亿县市、奋进全国50强的决战决胜之年": the aim restated in a description of the year
    T("奋进全国50强的决战决胜之年", "全国50强", "全国百强县排名", "rank", "<=", "strive", Y,
      value_text="50强", optional=True),
    T("地区生产总值增长7.5%", "7.5%", "地区生产总值", "growth", "=", "plan", Y),
    T("规上工业增加值增长15%", "15%", "规上工业增加值", "growth", "=", "plan", Y),
    T("固定资产投资增长10%", "10%", "固定资产投资", "growth", "=", "plan", Y),
    T("社会消费品零售总额增长9.8%", "9.8%", "社会消费品零售总额", "growth", "=", "plan", Y),
    T("财政总收入增长7.5%", "7.5%", "财政总收入", "growth", "=", "plan", Y),
    T("地方一般公共预算收入增长7.5%", "7.5%", "地方一般公共预算收入", "growth", "=", "plan", Y),
    T("外贸出口增长8%", "8%", "外贸出口", "growth", "=", "plan", Y),
    T("推进百强再进位,冲刺全国50强", "全国50强", "全国百强县排名", "rank", "<=", "strive", Y, value_text="50强"),
    T(TEC, "50家", "新增高新技术企业", "count", "=", "ensure", Y, span_occ=0),
    # a list under 确保 joined by 、: ensure carries over
    T(TEC, "750家", "入库科技型中小企业", "count", "=", "ensure", Y),
    T(INV, "135个", "新签约项目", "count", "=", "ensure", Y),
    T(INV, "1200亿元", "新签约项目总投资额", "level", "=", "ensure", Y),
    T(INV, "120个", "新注册项目", "count", "=", "ensure", Y),
    T(INV, "600亿元", "实际到位资金", "level", "=", "ensure", Y),
    T(INV, "360亿元", "实际到位省外资金", "level", "=", "ensure", Y),
]
ACTUALS = []
NOT = [
    ("2024年01月12日18:42", "page timestamp (the clock time)"),
    ("1.0.jpg.jpg", "an image file name (page debris)"),
    ("±800千伏特高压换流站", "a project's voltage in its name"),
    ("实现双“160”", "160 new starts and 160 new productions: a target written as a bare number without unit, "
                  "which the kit cannot record (noted in decisions.md)"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
