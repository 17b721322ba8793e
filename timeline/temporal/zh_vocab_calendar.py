"""Chinese calendar words: years, eras, months, weeks, days, parts of the day and of the year.

Simplified and traditional spellings sit side by side in every table; `zh_vocab` gathers
these tables for the grammar modules.
"""

from __future__ import annotations

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

BRACKET_DAY_WORD = {"今": 0, "昨": -1, "明": 1, "前": -2, "同": 0}
"""今（28）日, 昨（27）日: the day word's shift when the day itself follows in brackets (Taiwan's wire style);
同（28）日 is the story's day just written (the same day), not publication's."""
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
