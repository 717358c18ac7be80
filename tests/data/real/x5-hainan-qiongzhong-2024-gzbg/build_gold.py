import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

Y = 2024  # 今年, in the report of January 2024 (its part 三 is "2024年主要工作安排")
INC = "城镇和农村常住居民人均可支配收入分别增长8%左右和8.5%左右"
VIL = "力争实现20%的村集体年收入超30万元,新增年收入超50万元的经济强村5个"
TARGETS = [
    T("全县地区生产总值增长8%左右", "8%左右", "地区生产总值", "growth", "~", "plan", Y),
    T("一般公共预算收入增长8%左右", "8%左右", "一般公共预算收入", "growth", "~", "plan", Y),
    T("固定资产投资增长10%左右", "10%左右", "固定资产投资", "growth", "~", "plan", Y),
    T("社会消费品零售总额增长8%左右", "8%左右", "社会消费品零售总额", "growth", "~", "plan", Y),
    T(INC, "8%左右", "城镇常住居民人均可支配收入", "growth", "~", "plan", Y),
    T(INC, "8.5%左右", "农村常住居民人均可支配收入", "growth", "~", "plan", Y),
    T("城镇调查失业率控制在5.5%以内", "5.5%以内", "城镇调查失业率", "share", "<=", "plan", Y),
    T("居民消费价格指数涨幅控制在3%以内", "3%以内", "居民消费价格指数涨幅", "growth", "<=", "plan", Y),
    T("完成耕地修复2000亩", "2000亩", "耕地修复", "level", "=", "plan", Y),
    T("建成高标准农田0.15万亩", "0.15万亩", "建成高标准农田", "level", "=", "plan", Y),
    T("粮食播种面积稳定在7万亩以上", "7万亩以上", "粮食播种面积", "level", ">=", "plan", Y),
    T("粮食总产量稳定在2.5万吨以上", "2.5万吨以上", "粮食总产量", "level", ">=", "plan", Y),
    T("山兰稻种植面积保持在0.5万亩以上", "0.5万亩以上", "山兰稻种植面积", "level", ">=", "plan", Y),
    T("精准帮扶544户监测对象", "544户", "精准帮扶监测对象", "count", "=", "plan", Y),
    # the share of village collectives with an income over 30万元: 30万元 is the qualifier
    T(VIL, "20%", "村集体年收入超30万元的村占比", "share", "=", "strive", Y, qualifier="年收入超30万元"),
    # 新增 is a verb of its own after the comma: 力争 does not carry over (as x4-guangxi's 建成)
    T(VIL, "5个", "新增经济强村", "count", "=", "plan", Y, qualifier="年收入超50万元"),
]
ACTUALS = []
NOT = [
    ("“四大专项行动”[13]", "footnote marker"),
    ("“两个快于”[14]“两个缩小”[15]“一个优化”[16]", "footnote markers"),
    ("村集体年收入超30万元", "a qualifier of the villages counted in the 20% share"),
    ("年收入超50万元的经济强村", "a qualifier of the villages to add"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
