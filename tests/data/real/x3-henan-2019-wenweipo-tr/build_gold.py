import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

P = "2019"
G = "2019年,河南省生產總值突破5萬億元,比去年增長7%以上"
F = "財政總收入突破6000億元,其中一般公共預算收入4041.6億元,增長7.3%"
INV = "生態環保、公共設施、醫療衛生、教育事業等投資增長23%左右,固定資產投資增長8%左右"
POV = "全年實現68.7萬農村貧困人口脫貧、1169個貧困村退出"
TARGETS = []
ACTUALS = [
    R("2019年交優異答卷GDP破5萬億", "5萬億", "GDP", "level", P),
    R(G, "5萬億元", "生產總值", "level", P),
    R(G, "7%以上", "生產總值", "growth", P, basis="yoy"),
    R(F, "6000億元", "財政總收入", "level", P),
    R(F, "4041.6億元", "一般公共預算收入", "level", P),
    R(F, "7.3%", "一般公共預算收入", "growth", P),
    R("居民人均可支配收入增長8.6%左右", "8.6%左右", "居民人均可支配收入", "growth", P),
    R(INV, "23%左右", "生態環保、公共設施、醫療衛生、教育事業等投資", "growth", P),
    R(INV, "8%左右", "固定資產投資", "growth", P),
    R("全年實現68.7萬貧困人口脫貧", "68.7萬貧困人口", "脫貧人口", "level", P, optional=True),
    R("改造農村危房10.6萬戶", "10.6萬戶", "改造農村危房", "count", P),
    R("933個貧困村飲水安全得到鞏固提升", "933個", "飲水安全鞏固提升的貧困村", "count", P, optional=True),
    R(POV, "68.7萬農村貧困人口", "脫貧人口", "level", P, optional=True),
    R(POV, "1169個", "退出貧困村", "count", P),
]
NOT = [
    ("2020-01-10", "page date"),
    ("易地扶貧搬遷26萬人入住任務全面完成", "size of a five-year (十三五) task reported as completed: a completion statement"),
    ("遷建20萬人安置區", "capacity of the resettlement sites: a description"),
    ("14個貧困縣有望如期脫貧摘帽", "an expected outcome, neither a result nor a commitment"),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
