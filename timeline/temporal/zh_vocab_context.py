"""Chinese context words: what stands before or after a match and shows it is not a date, or changes its meaning.

Simplified and traditional spellings sit side by side in every table; `zh_vocab` gathers
these tables for the grammar modules.
"""

from __future__ import annotations

NOT_AFTER_DAY_RI = "元均"
"""After N日: 日元 (yen), 日均 (daily average) are other words."""

NOT_AFTER_DAY_HAO = "线線楼樓院馆館门門机機车車房床位站文令码碼称稱召角坑井窗台路街口选選手种種字元型楼"
"""After N号: 3号线 (metro line), 1号文件 (document no. 1), 5号选手 (contestant no. 5)."""

BEFORE_HOUSE_NUMBER = "甲乙丙丁路街道巷弄里院楼樓栋棟座室村号號"
"""Characters before a bare N号 that make it a house or room number (大屯路甲11号)."""

PLAN_WORDS = (
    "将",
    "將",
    "即将",
    "即將",
    "计划",
    "計劃",
    "拟",
    "擬",
    "预计",
    "預計",
    "有望",
    "届时",
    "屆時",
    "可能会",
    "可能會",
    "推迟",
    "推遲",
    "力争",
    "力爭",
    "争取",
    "爭取",
    "打算",
)
"""Words that make the clause around a yearless date speak of the future (将于9月19日举行)."""

BEFORE_A_LENGTH = ("了", "长达", "長達", "历时", "歷時", "持续", "持續", "超过", "超過", "逾", "近")
"""Words before N年 that make it a length (护佑了人们1500年), not a calendar year."""

NAMES_AFTER_DAY_WORD = ("头条", "頭條", "说法", "說法")
"""After 今日: 今日头条 (a news app), 今日说法 (a TV programme) are names, not dates."""

NORMAL_OF_YEARS = ("常年", "往年", "历年", "歷年", "多年平均")
"""Words before a month-day that make it a climatological normal (常年11月19日), not a date."""

COUNTRIES_WITHOUT_GUO = (
    "以色列", "日本", "印度", "越南", "新加坡", "马来西亚", "馬來西亞", "巴基斯坦", "朝鲜", "朝鮮", "蒙古",
    "澳大利亚", "澳大利亞", "加拿大", "俄罗斯", "俄羅斯", "意大利", "西班牙", "墨西哥", "巴西", "阿根廷",
    "埃及", "土耳其", "伊朗", "伊拉克", "菲律宾", "菲律賓", "柬埔寨", "老挝", "老撾", "缅甸", "緬甸", "印尼",
    "印度尼西亚", "印度尼西亞", "新西兰", "紐西蘭", "瑞士", "瑞典", "挪威", "芬兰", "芬蘭", "丹麦", "丹麥",
    "希腊", "希臘", "葡萄牙", "荷兰", "荷蘭", "比利时", "比利時", "波兰", "波蘭", "乌克兰", "烏克蘭",
    "沙特", "古巴", "智利", "秘鲁", "秘魯", "南非", "肯尼亚", "尼日利亚", "哈萨克斯坦", "哈薩克", "犹太", "猶太",
)  # fmt: skip
"""Country names that do not end in 国 (for 以色列国庆节: another country's national day)."""

NATIONAL_DAYS = (
    "国庆",
    "國慶",
    "劳动节",
    "勞動節",
    "儿童节",
    "兒童節",
    "教师节",
    "教師節",
    "植树节",
    "植樹節",
    "青年节",
    "青年節",
    "建军节",
    "建軍節",
    "建党节",
    "建黨節",
)
"""Holidays whose date is China's own: after another country's name they are that country's day."""

NOT_AFTER_MID = "国國共央心华華方小学學文外医醫超部东東西南北型介间間旬药藥级級期资資旬"
"""Characters after 年中/月中 that show 中 starts a new word (2023年中国…), not 'mid-year'."""

NOT_AFTER_IKEA = (
    "家居",
    "商场",
    "商場",
    "门店",
    "門店",
    "商店",
    "集团",
    "集團",
    "公司",
    "中国",
    "中國",
    "品牌",
    "店",
    "卖场",
    "賣場",
    "产品",
    "產品",
    "的",
)
"""What follows 宜家 when it names the furniture chain (IKEA) rather than Cantonese 'now'."""

VERBS_BEFORE_ZAI = "出发發实實体體表展呈浮显顯涌湧再重闪閃"
"""First characters of verbs ending in 现/現 (出现, 发现, 体现): 出现在 is 'appear at', not 'now'."""

BARE_AFTER_BLOCK = (
    "往进進来來去夕身线線景期列提台任者所沿排面方续續果勤盾备備卫衛代人悔裔院宫宮门門路街天日年月半段"
)
"""Characters after a bare 前/后 that make it part of another word (3月28日前往 = went to)."""
