import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from realkit import T, R, main

Y = 2024
IMG = "image placeholder with a hashed image URL (page furniture)"
L2 = "固定資產投資增長4%,社會消費品零售總額增長6%,進出口總額增長1%"
TARGETS = [
    T("預期地區生產總值增長5%", "5%", "地區生產總值", "growth", "=", "plan", Y),
    T("目標是:地區生產總值增長5%", "5%", "地區生產總值", "growth", "=", "plan", Y),
    T(L2, "4%", "固定資產投資", "growth", "=", "plan", Y),
    T(L2, "6%", "社會消費品零售總額", "growth", "=", "plan", Y),
    T(L2, "1%", "進出口總額", "growth", "=", "plan", Y),
    T("規模以上工業增加值增長5%", "5%", "規模以上工業增加值", "growth", "=", "plan", Y),
    T("地方一般公共預算收入增長3%", "3%", "地方一般公共預算收入", "growth", "=", "plan", Y),
    T("居民消費價格指數上漲3%左右", "3%左右", "居民消費價格指數", "growth", "~", "plan", Y),
    T("城鎮調查失業率5.5%左右", "5.5%左右", "城鎮調查失業率", "share", "~", "plan", Y),
    T("城鎮新增就業人數110萬人以上", "110萬人以上", "城鎮新增就業人數", "level", ">=", "plan", Y),
    T("糧食產量1270萬噸", "1270萬噸", "糧食產量", "level", "=", "plan", Y),
]
ACTUALS = []
NOT = [
    ("d3488/d3488684beb3a40a720913cc6152b95e6d719b02", IMG),
    ("8f065/8f065e08e38c051075e146d5c88cf318779f35b7", IMG),
    ("5d38d/5d38d484b4729c0503b5d98d245ec996b88bba4d", IMG),
    ("e8fb4/e8fb48e36c2073ea87260ea5e6e757a762d13d65", IMG),
    ("data:image/s3,\"s3://crabby-images", IMG),
]
if __name__ == "__main__":
    main(__file__, TARGETS, ACTUALS, NOT)
