import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

Y = "2022"
TARGETS = []
ACTUALS = [
    R("全旗地区生产总值[2]69.9亿元,比上年增长1.8%", "69.9亿元", "地区生产总值", "level", Y),
    R("全旗地区生产总值[2]69.9亿元,比上年增长1.8%", "1.8%", "地区生产总值", "growth", Y, basis="yoy"),
    R("第一产业增加值18.3亿元,增长4.1%", "18.3亿元", "第一产业增加值", "level", Y),
    R("第一产业增加值18.3亿元,增长4.1%", "4.1%", "第一产业增加值", "growth", Y),
    R("第二产业增加值17.1亿元,下降3%", "17.1亿元", "第二产业增加值", "level", Y),
    R("第二产业增加值17.1亿元,下降3%", "3%", "第二产业增加值", "growth", Y, direction="decrease"),
    R("第三产业增加值34.5亿元,增长2.8%", "34.5亿元", "第三产业增加值", "level", Y),
    R("第三产业增加值34.5亿元,增长2.8%", "2.8%", "第三产业增加值", "growth", Y),
    R("三次产业对经济增长的贡献率分别为54.1%、-39.5%和85.4%", "54.1%", "第一产业对经济增长的贡献率", "share", Y, optional=True),
    R("三次产业对经济增长的贡献率分别为54.1%、-39.5%和85.4%", "-39.5%", "第二产业对经济增长的贡献率", "share", Y, value_text="39.5%", direction="decrease", optional=True),
    R("三次产业对经济增长的贡献率分别为54.1%、-39.5%和85.4%", "85.4%", "第三产业对经济增长的贡献率", "share", Y, optional=True),
    R("全旗农作物播种面积10.8万公顷,比上年下降1.1%", "10.8万公顷", "农作物播种面积", "level", Y),
    R("全旗农作物播种面积10.8万公顷,比上年下降1.1%", "1.1%", "农作物播种面积", "growth", Y, basis="yoy", direction="decrease"),
    R("粮食总产量达376025吨,比上年增长8.5%", "376025吨", "粮食总产量", "level", Y),
    R("粮食总产量达376025吨,比上年增长8.5%", "8.5%", "粮食总产量", "growth", Y, basis="yoy"),
    R("全部工业增加值按可比价格计算下降1.8%", "1.8%", "全部工业增加值", "growth", Y, direction="decrease"),
    R("规模以上工业增加值增长3.6%", "3.6%", "规模以上工业增加值", "growth", Y),
    R("全旗发电量59.8亿千瓦时,下降1.4%", "59.8亿千瓦时", "发电量", "level", Y),
    R("全旗发电量59.8亿千瓦时,下降1.4%", "1.4%", "发电量", "growth", Y, direction="decrease"),
    R("水泥28.4万吨,下降20.1%", "28.4万吨", "水泥产量", "level", Y),
    R("水泥28.4万吨,下降20.1%", "20.1%", "水泥产量", "growth", Y, direction="decrease"),
    R("鲜冷藏肉0.75万吨,增长3.8%", "0.75万吨", "鲜冷藏肉产量", "level", Y),
    R("鲜冷藏肉0.75万吨,增长3.8%", "3.8%", "鲜冷藏肉产量", "growth", Y),
    R("实现营业收入26.5亿元,同比增长15.5%", "26.5亿元", "规模以上工业企业营业收入", "level", Y),
    R("实现营业收入26.5亿元,同比增长15.5%", "15.5%", "规模以上工业企业营业收入", "growth", Y, basis="yoy"),
    R("实现营业利润2.0亿元,同比增长37.5%", "2.0亿元", "规模以上工业企业营业利润", "level", Y),
    R("实现营业利润2.0亿元,同比增长37.5%", "37.5%", "规模以上工业企业营业利润", "growth", Y, basis="yoy"),
    R("实现产销率100.9%", "100.9%", "规模以上工业产销率", "share", Y),
    # second reading: a change of a share in points, as wr-jiangsu-yangzhou-2024 records "提升0.2个百分点"
    R("实现产销率100.9%,比上年下降0.1个百分点", "0.1个百分点", "规模以上工业产销率", "share", Y,
      basis="yoy", direction="decrease", optional=True),
    R("全年建筑业增加值按可比价计算下降4.0%", "4.0%", "建筑业增加值", "growth", Y, direction="decrease"),
    R("总承包和专业承包建筑企业12家", "12家", "具有资质等级的建筑企业", "count", Y),
    R("其中本年有施工项目的企业10家", "10家", "有施工项目的建筑企业", "count", Y),
    R("全年批发和零售业增加值4.8亿元,比上年增长1.0%", "4.8亿元", "批发和零售业增加值", "level", Y),
    R("全年批发和零售业增加值4.8亿元,比上年增长1.0%", "1.0%", "批发和零售业增加值", "growth", Y, basis="yoy"),
    R("交通运输、仓储及邮政业增加值2.9亿元,增长7.0%", "2.9亿元", "交通运输、仓储及邮政业增加值", "level", Y),
    R("交通运输、仓储及邮政业增加值2.9亿元,增长7.0%", "7.0%", "交通运输、仓储及邮政业增加值", "growth", Y, basis="yoy"),
    R("住宿和餐饮业增加值1.0亿元,下降10.8%", "1.0亿元", "住宿和餐饮业增加值", "level", Y),
    R("住宿和餐饮业增加值1.0亿元,下降10.8%", "10.8%", "住宿和餐饮业增加值", "growth", Y, basis="yoy", direction="decrease"),
    R("金融业增加值2.1亿元,增长5.8%", "2.1亿元", "金融业增加值", "level", Y),
    R("金融业增加值2.1亿元,增长5.8%", "5.8%", "金融业增加值", "growth", Y, basis="yoy"),
    R("房地产业增加值5.7亿元,下降2.1%", "5.7亿元", "房地产业增加值", "level", Y),
    R("房地产业增加值5.7亿元,下降2.1%", "2.1%", "房地产业增加值", "growth", Y, basis="yoy", direction="decrease"),
    R("其他服务业增加值17.7亿元,增长4.6%", "17.7亿元", "其他服务业增加值", "level", Y),
    R("其他服务业增加值17.7亿元,增长4.6%", "4.6%", "其他服务业增加值", "growth", Y, basis="yoy"),
]
NOT = [
    ("地区生产总值[2]", "footnote marker"),
    ("三次产业比重为26.2∶24.5∶49.3", "structure ratio of the three sectors, no unit"),
    ("分别拉动经济增长0.9、-0.6和1.4个百分点", "points of growth contributed by each sector: a decomposition of the GDP growth, not indicator values (the unit stands only after the last)"),
    ("较上年增加1家", "change against last year: a comparison"),
    ("全旗公路里程2858", "the stored copy is cut inside this number: the value and unit are unknown"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
