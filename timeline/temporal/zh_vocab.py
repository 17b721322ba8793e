"""Chinese temporal vocabulary: word → meaning tables and the number patterns the grammar uses.

Simplified and traditional spellings sit side by side in every table; `zh.py` builds its
regexes from these constants with `engine.alt`, so adding a word here is the whole change.
"""

from __future__ import annotations

# -- numbers (bounded: no pattern here can run over more than four characters) ------------------

CN_DIGIT = "〇零○一二三四五六七八九"
FW_DIGIT = "０１２３４５６７８９"
NUM_1_31 = (
    r"(?:3[01]|[12]\d|0?[1-9]|[１２][０-９]|３[０１]|[１-９]"
    r"|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|廿[一二三四五六七八九]?|卅一?|[一二三四五六七八九])"
)
NUM_1_12 = r"(?:1[0-2]|0?[1-9]|１[０-２]|[１-９]|十[一二]?|[一二三四五六七八九])"
NUM_0_24 = (
    r"(?:2[0-4]|[01]?\d|[０-９]{1,2}|二十[一二三四]?|十[一二三四五六七八九]?|[零〇一二两兩三四五六七八九])"
)
NUM_0_59 = r"(?:[0-5]?\d|[二三四五]?十[一二三四五六七八九]?|[零〇][一二三四五六七八九]|[一二三四五六七八九])"
COUNT = r"(?:\d{1,3}|[０-９]{1,3}|[一二两兩三四五六七八九十百]{1,4}|[俩倆仨]|半)"
"""A small count before a unit (三, 十五, 两, 1, 半), never a long digit run."""
FUZZY_COUNT = r"(?:几|幾|数|數|若干|多)"

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

# -- years --------------------------------------------------------------------------------------

RELATIVE_YEAR = {
    "今年": 0,
    "本年": 0,
    "这一年": 0,
    "這一年": 0,
    "去年": -1,
    "上年": -1,
    "上一年": -1,
    "前年": -2,
    "大前年": -3,
    "明年": 1,
    "下年": 1,
    "来年": 1,
    "來年": 1,
    "后年": 2,
    "後年": 2,
    "大后年": 3,
    "大後年": 3,
}
NARRATIVE_YEAR = {
    "同年": 0,
    "当年": 0,
    "當年": 0,
    "该年": 0,
    "該年": 0,
    "次年": 1,
    "翌年": 1,
    "第二年": 1,
    "前一年": -1,
}
ERA_FIRST_YEAR: dict[str, int] = {
    "民國": 1912, "民国": 1912,
    # Japanese eras, frequent in news about Japan (令和元年 = 2019)
    "明治": 1868, "大正": 1912, "昭和": 1926, "平成": 1989, "令和": 2019,
    # Qing and Ming reign eras (康熙三年 = 1664), read at year precision
    "顺治": 1644, "順治": 1644, "康熙": 1662, "雍正": 1723, "乾隆": 1736, "嘉庆": 1796, "嘉慶": 1796,
    "道光": 1821, "咸丰": 1851, "咸豐": 1851, "同治": 1862, "光绪": 1875, "光緒": 1875, "宣统": 1909,
    "宣統": 1909, "洪武": 1368, "永乐": 1403, "永樂": 1403, "宣德": 1426, "正统": 1436, "正統": 1436,
    "成化": 1465, "弘治": 1488, "正德": 1506, "嘉靖": 1522, "隆庆": 1567, "隆慶": 1567, "万历": 1573,
    "萬曆": 1573, "天启": 1621, "天啟": 1621, "崇祯": 1628, "崇禎": 1628,
    # a few Tang eras that histories name often
    "贞观": 627, "貞觀": 627, "神龙": 705, "神龍": 705, "开元": 713, "開元": 713, "天宝": 742, "天寶": 742,
}  # fmt: skip
"""Era names → the Gregorian year of their first year (元年); 民國111年 = 2022, 康熙三年 = 1664."""
CENTURY_PREFIX = {
    "上世纪": 1900,
    "上世紀": 1900,
    "本世纪": 2000,
    "本世紀": 2000,
    **{
        f"{name}世{ji}": (n - 1) * 100
        for n, name in ((18, "十八"), (19, "十九"), (20, "二十"), (21, "二十一"))
        for ji in "纪紀"
    },
    **{f"{n}世{ji}": (n - 1) * 100 for n in (18, 19, 20, 21) for ji in "纪紀"},
}

# -- months, weeks, days --------------------------------------------------------------------------

RELATIVE_MONTH = {
    "本月": 0,
    "这个月": 0,
    "這個月": 0,
    "今个月": 0,
    "今個月": 0,
    "上月": -1,
    "上个月": -1,
    "上個月": -1,
    "下月": 1,
    "下个月": 1,
    "下個月": 1,
    "上上月": -2,
    "上上个月": -2,
    "上上個月": -2,
    "下下月": 2,
    "下下个月": 2,
    "下下個月": 2,
}
LUNAR_MONTH = {"正月": 1, "冬月": 11, "腊月": 12, "臘月": 12}
"""Month names only the Chinese (lunar) calendar uses."""
LUNAR_PREFIX = ("农历", "農曆", "阴历", "陰曆", "夏历", "夏曆")
"""Words before a month and day that put them on the Chinese calendar (农历八月十五)."""
NARRATIVE_MONTH = {"同月": 0, "当月": 0, "當月": 0, "次月": 1, "翌月": 1}
WEEK_WORD = ("周", "週", "星期", "礼拜", "禮拜")
WEEK_SHIFT = {
    "本": 0,
    "这": 0,
    "這": 0,
    "这个": 0,
    "這個": 0,
    "今个": 0,
    "今個": 0,
    "今": 0,
    "这一": 0,
    "這一": 0,
    "上": -1,
    "上个": -1,
    "上個": -1,
    "上一": -1,
    "上上": -2,
    "上上个": -2,
    "上上個": -2,
    "下": 1,
    "下个": 1,
    "下個": 1,
    "下一": 1,
    "下下": 2,
    "下下个": 2,
    "下下個": 2,
    "上上上": -3,
    "上上上个": -3,
    "上上上個": -3,
    "下下下": 3,
    "下下下个": 3,
    "下下下個": 3,
}
WEEKDAY = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6, "七": 6}
RELATIVE_DAY = {
    "今天": (0, None),
    "本日": (0, None),
    "今日": (0, None),
    "今儿": (0, None),
    "今兒": (0, None),
    "今晨": (0, "MO"),
    "今早": (0, "MO"),
    "今晚": (0, "EV"),
    "今夜": (0, "NI"),
    "昨天": (-1, None),
    "昨日": (-1, None),
    "尋日": (-1, None),
    "琴日": (-1, None),
    "昨儿": (-1, None),
    "昨晚": (-1, "EV"),
    "昨夜": (-1, "NI"),
    "昨晨": (-1, "MO"),
    "前天": (-2, None),
    "前日": (-2, None),
    "大前天": (-3, None),
    "大大前天": (-4, None),
    "明天": (1, None),
    "明日": (1, None),
    "聽日": (1, None),
    "明早": (1, "MO"),
    "明晚": (1, "EV"),
    "后天": (2, None),
    "後天": (2, None),
    "后日": (2, None),
    "後日": (2, None),
    "大后天": (3, None),
    "大後天": (3, None),
    "大後日": (3, None),
    "大大后天": (4, None),
    "大大後天": (4, None),
}
BRACKET_DAY_WORD = {"今": 0, "昨": -1, "明": 1, "前": -2}
"""今（28）日, 昨（27）日: the day word's shift when the day itself follows in brackets (Taiwan's wire style)."""
BRACKET_DAYPART = {"晚間": "EV", "晚间": "EV", "晚": "EV", "晨": "MO", "夜": "NI"}
"""昨（27）晚, 今（28）晨, 昨（27）夜: a part of the day in place of 日 after the bracketed day."""
BRACKET_YEAR_WORD = {"今": 0, "去": -1, "明": 1, "前": -2}
"""今（2024）年, 去（112）年: the year word's shift when the year follows in brackets."""
BRACKET_MONTH_WORD = {"本": 0, "今": 0, "上": -1, "下": 1}
"""本（3）月, 上（2）月: the month word's shift when the month follows in brackets."""
ROC_FIRST_YEAR = 1912
"""Year 1 of the Minguo count used in Taiwan (民國113年 = 2024)."""
NARRATIVE_DAY = {
    "当天": (0, None),
    "當天": (0, None),
    "当日": (0, None),
    "當日": (0, None),
    "同日": (0, None),
    "同一天": (0, None),
    "当晚": (0, "EV"),
    "當晚": (0, "EV"),
    "当夜": (0, "NI"),
    "當夜": (0, "NI"),
    "次日": (1, None),
    "翌日": (1, None),
    "隔天": (1, None),
    "隔日": (1, None),
    "第二天": (1, None),
    "第三天": (2, None),
    "第四天": (3, None),
    "前一天": (-1, None),
    "前一日": (-1, None),
    "次日凌晨": (1, "NI"),
}
DAYPART = {
    "凌晨": "NI",
    "清晨": "MO",
    "早上": "MO",
    "早晨": "MO",
    "上午": "MO",
    "早间": "MO",
    "早間": "MO",
    "午间": "MI",
    "午間": "MI",
    "中午": "MI",
    "正午": "MI",
    "午后": "AF",
    "午後": "AF",
    "下午": "AF",
    "晏晝": "AF",  # Cantonese afternoon
    "晏昼": "AF",
    "朝早": "MO",  # Cantonese morning
    "夜晚": "EV",
    "傍晚": "EV",
    "晚上": "EV",
    "晚间": "EV",
    "晚間": "EV",
    "夜间": "NI",
    "夜間": "NI",
    "夜里": "NI",
    "夜裡": "NI",
    "深夜": "NI",
    "半夜": "NI",
    "晚": "EV",
    "早": "MO",
}
BARE_DAYPART = ("中午", "正午", "傍晚", "凌晨", "清晨", "上午", "下午", "晚上", "早上", "早晨", "深夜")
"""Parts of the day that date a sentence alone (中午，记者赶到现场): that part of the story's day."""
PM_PARTS = ("AF", "EV")
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
LATE_NIGHT = ("夜间", "夜間", "夜里", "夜裡", "深夜", "半夜")
"""Night words (not 凌晨) whose 6 to 11 o'clock is in the evening."""

# -- parts of a year or a month -------------------------------------------------------------------

PART = {
    "初": "early",
    "伊始": "early",
    "头": "early",
    "頭": "early",
    "中": "mid",
    "底": "late",
    "末": "late",
    "尾": "late",
}
NOT_AFTER_MID = "国國共央心华華方小学學文外医醫超部东東西南北型介间間旬药藥级級期资資旬"
"""Characters after 年中/月中 that show 中 starts a new word (2023年中国…), not 'mid-year'."""
TENDAY = {"上旬": 1, "中旬": 2, "下旬": 3}
HALF = {"上半年": 1, "下半年": 2, "前半年": 1, "后半年": 2, "後半年": 2}
SEASON = {
    "春季": "SP",
    "春天": "SP",
    "夏季": "SU",
    "夏天": "SU",
    "秋季": "FA",
    "秋天": "FA",
    "冬季": "WI",
    "冬天": "WI",
}

# -- vague words ----------------------------------------------------------------------------------

PRESENT = (
    "如今",
    "目前",
    "当前",
    "當前",
    "至今",
    "迄今",
    "当下",
    "當下",
    "眼下",
    "现阶段",
    "現階段",
    "而今",
    "时下",
    "時下",
    "截至目前",
    "截至发稿时",
    "截至發稿時",
    "截至记者发稿时",
    "截至記者發稿時",
    "到目前为止",
    "到目前為止",
    "到现在为止",
    "到現在為止",
    "截至现在",
    "截至現在",
    "迄今为止",
    "迄今為止",
)
PRESENT_INSTANT = ("此时此刻", "此時此刻", "现在", "現在", "此时", "此時", "此刻", "而家", "依家", "宜家")
"""Words for the present moment itself (Cantonese 而家 / 依家 / 宜家), not the present period (目前)."""
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
RECENT_YEARS = (
    "近年来",
    "近年來",
    "近几年来",
    "近幾年來",
    "近几年",
    "近幾年",
    "多年来",
    "多年來",
    "长期以来",
    "長期以來",
    "一直以来",
    "一直以來",
    "近年",
    "这些年",
    "這些年",
    "这些年来",
    "這些年來",
    "历年来",
    "歷年來",
    "近些年",
    "近些年来",
    "近些年來",
)
RECENT_DAYS = (
    "近日",
    "日前",
    "前不久",
    "不久前",
    "近来",
    "近來",
    "最近",
    "这两天",
    "這兩天",
    "连日来",
    "連日來",
)
RECENT_MONTHS = ("近期", "近段时间", "近段時間", "近一段时间", "近一段時間")
PAST = ("此前", "早前", "先前", "以往", "早些时候", "早些時候")
FUTURE = ("今后", "今後", "将来", "將來", "日后", "日後")
AFTER = (
    "随后",
    "隨後",
    "此后",
    "此後",
    "后来",
    "後來",
    "不久后",
    "不久後",
    "没过多久",
    "沒過多久",
    "过了一段时间",
    "過了一段時間",
    "一段时间后",
    "一段時間後",
    "事后",
    "事後",
)
THEN = {
    "当时": "none",
    "當時": "none",
    "那时": "none",
    "那時": "none",
    "最初": "approximate",
    "起初": "approximate",
    "当初": "approximate",
    "當初": "approximate",
}
"""Words that point back at the narrative's latest date: 当时 (then), 最初 (at the start)."""

# -- qualifiers ------------------------------------------------------------------------------------

AS_OF_PREFIX = ("截至", "截止", "截止到", "截止至", "截至到")
APPROX_PREFIX = ("约", "約", "大约", "大約", "大概", "约在", "約在")
APPROX_SUFFIX = ("许", "許", "左右", "前后", "前後", "上下")
SINCE_SUFFIX = ("以来", "以來", "起", "开始", "開始", "至今", "迄今", "就开始", "就開始", "便开始", "便開始")
BEFORE_SUFFIX = ("以前", "之前")
AFTER_SUFFIX = ("以后", "以後", "之后", "之後")
AS_OF_SUFFIX = ("为止", "為止")
BARE_AFTER_BLOCK = (
    "往进進来來去夕身线線景期列提台任者所沿排面方续續果勤盾备備卫衛代人悔裔院宫宮门門路街天日年月半段"
)
"""Characters after a bare 前/后 that make it part of another word (3月28日前往 = went to)."""

# -- units -----------------------------------------------------------------------------------------

UNIT = {
    "年": "Y",
    "周年": "Y",
    "个月": "M",
    "個月": "M",
    "月": "M",
    "周": "W",
    "週": "W",
    "个周": "W",
    "個週": "W",
    "個周": "W",
    "个星期": "W",
    "個星期": "W",
    "星期": "W",
    "个礼拜": "W",
    "個禮拜": "W",
    "礼拜": "W",
    "禮拜": "W",
    "天": "D",
    "日": "D",
    "个小时": "H",
    "個小時": "H",
    "小时": "H",
    "小時": "H",
    "个钟头": "H",
    "個鐘頭": "H",
    "钟头": "H",
    "鐘頭": "H",
    "個鐘": "H",
    "个钟": "H",
    "分钟": "MIN",
    "分鐘": "MIN",
    "秒钟": "S",
    "秒鐘": "S",
    "秒": "S",
}
SHIFT_UNIT = {"Y": "year", "M": "month", "W": "week", "D": "day", "H": "hour", "MIN": "minute", "S": "second"}
SET_UNIT = {
    "天": "P1D",
    "日": "P1D",
    "晚": "P1D",
    "夜": "P1D",
    "年": "P1Y",
    "月": "P1M",
    "个月": "P1M",
    "個月": "P1M",
    "周": "P1W",
    "週": "P1W",
    "星期": "P1W",
    "个星期": "P1W",
    "礼拜": "P1W",
    "禮拜": "P1W",
    "季度": "P3M",
    "个季度": "P3M",
    "小时": "PT1H",
    "小時": "PT1H",
    "个小时": "PT1H",
    "分钟": "PT1M",
    "分鐘": "PT1M",
    "学期": "",
    "學期": "",
    "学年": "P1Y",
    "學年": "P1Y",
}
