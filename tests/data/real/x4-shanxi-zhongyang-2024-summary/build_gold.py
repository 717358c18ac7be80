import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

P = "2024"


def pair(clause, level, growth, indicator, basis="yoy"):
    return [R(clause, level, indicator, "level", P),
            R(clause, growth, indicator, "growth", P, basis=basis)]


TARGETS = []
ACTUALS = (
    pair("全县地区生产总值(GDP)完成201.06亿元,增长4.1%", "201.06亿元", "4.1%", "地区生产总值", basis=None)
    + pair("第一产业增加值完成4.23亿元,同比增长6.7%", "4.23亿元", "6.7%", "第一产业增加值")
    + pair("第二产业增加值完成163.53亿元,同比增长4.5%", "163.53亿元", "4.5%", "第二产业增加值")
    + pair("第三产业增加值完成33.30亿元,同比增长1.9%", "33.30亿元", "1.9%", "第三产业增加值")
    + pair("规上工业总产值完成323.66亿元,同比增长3%", "323.66亿元", "3%", "规上工业总产值")
    + pair("固定资产投资完成42亿元,同比增长12.1%", "42亿元", "12.1%", "固定资产投资")
    + pair("服务业增加值完成33.3亿元,同比增长1.9%", "33.3亿元", "1.9%", "服务业增加值")
    + pair("社会消费品零售总额完成17.6亿元,同比增长1.6%", "17.6亿元", "1.6%", "社会消费品零售总额")
    + pair("限额以上社会消费品零售额完成2.6亿元,同比增长6.1%", "2.6亿元", "6.1%", "限额以上社会消费品零售额")
    + pair("一般公共预算收入完成22.4亿元,同比增长1.66%", "22.4亿元", "1.66%", "一般公共预算收入")
    + pair("一般公共预算支出完成36.77亿元,同比增长8.74%", "36.77亿元", "8.74%", "一般公共预算支出")
    + pair("全县居民人均可支配收入25201元,同比增长4.2%", "25201元", "4.2%", "居民人均可支配收入")
    + pair("其中城镇居民人均可支配收入31571元,同比增长3.6%", "31571元", "3.6%", "城镇居民人均可支配收入")
    # no 同比 of its own, but the sentence has it (城镇…同比增长3.6%;农村…): yoy, as the corpus reads a shared 同比
    + pair("农村居民人均可支配收入12267元,增长6.7%", "12267元", "6.7%", "农村居民人均可支配收入")
    + pair("规模以上工业综合能源消费量完成213.03万吨标准煤,同比上升7.4%", "213.03万吨标准煤", "7.4%",
           "规模以上工业综合能源消费量")
    + [
        R("全县城镇新增就业人员2526人", "2526人", "城镇新增就业人员", "count", P),
        # a reported result (as st-guazhou-2023 reads 控制在4%以內): the rate, span without 以内
        R("城镇调查失业率控制在5.5%以内", "5.5%", "城镇调查失业率", "share", P),
    ]
)
NOT = [
    ("三次产业结构占比为2.1:81.3:16.6", "structure ratios of the three sectors, no unit"),
    ("完成目标任务的103.1%", "a completion rate: neither target nor actual"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
