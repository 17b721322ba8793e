"""Chinese numerals, counts and time units: the bounded number patterns and unit words the grammar uses.

Simplified and traditional spellings sit side by side in every table; `zh_vocab` gathers
these tables for the grammar modules.
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
