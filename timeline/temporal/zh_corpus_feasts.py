"""Chinese corpus, part three: Jewish feasts (from their eve, as a Hebrew day begins at sunset) and Hindu
feasts (the `holidays` package's India dates). Same shape as `zh_corpus`; run by tests/test_corpus.py.

Every form is tagged alone against REFERENCE (Wednesday 2024-04-24 09:21). Written by us.
"""

from __future__ import annotations

from timeline.temporal.corpus import Expect
from timeline.temporal.zh_corpus import REFERENCE

LANG = "zh"
__all__ = ["EXAMPLES", "LANG", "NEGATIVE", "REFERENCE"]

_F = "future"

EXAMPLES: list[tuple[Expect, list[str]]] = [
    # Jewish feasts: the eve to the last day; a yearless one is the latest begun by publication
    (Expect("2024-04-22/2024-04-30", "day"), ["逾越节", "逾越節", "踰越節", "今年逾越节", "犹太逾越节"]),
    (Expect("2023-04-05/2023-04-13", "day"), ["去年逾越节", "2023年逾越节", "2023年的逾越節"]),
    (Expect("2025-04-12/2025-04-20", "day"), ["明年逾越节", "2025年逾越节"]),
    (Expect("2025-04-12/2025-04-20", "day", prefer=_F), ["逾越节"]),
    (Expect("2018-03-30/2018-04-07~", "day", "approximate"), ["2018年逾越节期间"]),
    (Expect("2024-04-23/2024-04-24", "day"), ["逾越节第二天", "逾越节的第二天"]),
    (Expect("2024-04-22/2024-04-23", "day"), ["逾越节首日", "逾越节第一天"]),
    (Expect("2023-12-14/2023-12-15", "day"), ["光明节最后一天", "光明節最後一天"]),
    # Earth Hour: March's last Saturday (a week earlier when that is Holy Saturday), 20:30 to 21:30
    (
        Expect("2016-03-19T20:30/2016-03-19T21:30", "minute", type="TIME"),
        ["2016年地球一小时", "2016年地球一小時"],
    ),
    (Expect("2024-03-23T20:30/2024-03-23T21:30", "minute", type="TIME"), ["地球一小时", "今年地球一小时"]),
    # the nth day of a one-day holiday counts from its day; its last day is its days off, near it
    (Expect("2024-02-12", "day"), ["春节第三天", "春节的第三天"]),
    (Expect("2023-10-02", "day"), ["国庆第二天", "国庆节第二天"]),
    (Expect("2024-01-01~", "day", "approximate"), ["元旦最后一天"]),
    (Expect("2023-11-12~", "day", "approximate"), ["排灯节第三天"]),  # which of Diwali's five days?
    (Expect("2023-12-07/2023-12-15", "day"), ["光明节", "光明節", "修殿节", "獻殿節", "哈努卡节"]),
    (Expect("2023-09-24/2023-09-25", "day"), ["赎罪日", "贖罪日", "2023年赎罪日"]),
    (Expect("2023-09-15/2023-09-17", "day"), ["犹太新年", "猶太新年", "2023年犹太新年"]),
    (Expect("2023-09-29/2023-10-06", "day"), ["住棚节", "住棚節"]),
    (Expect("2024-03-23/2024-03-24", "day"), ["普珥节", "普珥節"]),  # a leap year: 14 Adar II
    (Expect("2023-05-25/2023-05-27", "day"), ["七七节", "沙夫幼特节"]),
    (Expect("2023-04-25/2023-04-26", "day"), ["以色列国庆节", "以色列獨立日"]),
    (Expect("2024-05-13/2024-05-14", "day"), ["2024年以色列独立日"]),  # 5 Iyar on a Monday: kept on Tuesday
    (Expect("2024-01-24/2024-01-25", "day"), ["犹太植树节", "猶太植樹節", "树木新年"]),
    (Expect("2023-07-26/2023-07-27", "day"), ["圣殿被毁日"]),
    (Expect("1850-03-27/1850-04-04", "day"), ["1850年逾越节"]),  # the Hebrew calendar has no year limit
    # Hindu feasts: the India dates of the holidays package
    (Expect("2023-11-12", "day"), ["排灯节", "排燈節", "万灯节", "印度灯节", "屠妖节"]),
    (Expect("2024-03-25", "day"), ["洒红节", "灑紅節", "侯丽节", "霍利節"]),
    (Expect("2019-03-21", "day"), ["2019年洒红节", "2019年的胡里节"]),
    (Expect("2023-08-30", "day"), ["印度兄妹节"]),
    (Expect("2023-08-29", "day"), ["欧南节", "歐南節"]),
    (Expect("2023-10-24", "day"), ["十胜节", "十勝節"]),
    (Expect("2023-10-15/2023-10-23", "day"), ["九夜节", "九夜節"]),
    (Expect("2023-11-19", "day"), ["克哈特普迦节"]),
    (Expect("2024-01-15", "day"), ["庞格尔节", "龐格爾節", "淡米尔丰收节"]),
    (Expect("2024-01-16", "day"), ["庞格尔节第三天", "龐格爾節第三天"]),  # Bhogi is the festival's first day
    (Expect("2023-09-19", "day"), ["象头神节"]),
]

NEGATIVE: list[str] = [
    "绕地球一周",  # round the earth, no hour
    "赎罪日剧",  # a Japanese drama (日剧) called 赎罪
    "不可逾越",
    "中国彩灯节",
    "圣露西亚烛光节",  # Saint Lucy's day, not Hanukkah
    "禁食日",  # any fast day
    "篝火节",  # any bonfire feast
    "转经节",  # a Tibetan feast
    "印度丰收节",  # any harvest feast of India
    "圣母节",  # a Marian feast
    "赎罪日战争",  # the 1973 war, not the feast's day
    "斋月战争",
    "光明节能灯",  # 光明 + 节能 (energy saving)
    "光明节目组",  # 光明 + 节目 (a programme)
    "普洱茶",
    "兄妹俩",
]
