"""Chinese corpus, traditional characters: Taiwan's and Hong Kong's news conventions (今（24）日,
今日（24日）, 去（112）年, 113年度, 廿三日). Same shape as `zh_corpus`; run by tests/test_corpus.py.

Every form is tagged alone against REFERENCE (Wednesday 2024-04-24 09:21). Written by us.
"""

from __future__ import annotations

from timeline.temporal.corpus import Expect
from timeline.temporal.zh_corpus import REFERENCE

LANG = "zh-Hant"
__all__ = ["EXAMPLES", "LANG", "NEGATIVE", "REFERENCE"]

EXAMPLES: list[tuple[Expect, list[str]]] = [
    # -- a relative day with its number in brackets (Taiwan's wire style); the number wins ----------
    (Expect("2024-04-24", "day"), ["今（24）日", "今(24)日", "今（ 24 ）日", "今日（24日）", "今日(24日)"]),
    (Expect("2024-04-23", "day"), ["昨（23）日", "昨(23)日", "昨日（23日）", "今（23）日"]),
    (Expect("2024-04-22", "day"), ["前（22）日", "前(22)日"]),
    (Expect("2024-04-25", "day"), ["明（25）日", "明日（25日）"]),
    # yesterday is never ahead of publication, tomorrow never behind: a stray number rolls a month
    (Expect("2024-03-30", "day"), ["昨（30）日"]),
    (Expect("2024-05-01", "day"), ["明（1）日"]),
    (Expect("2024-04-24/..", "day", "since"), ["今（24）日起", "今(24)日起"]),
    (Expect("2024-04-24T10:30", "minute", type="TIME"), ["今（24）日上午10時30分", "今(24)日上午十時三十分"]),
    (Expect("2024-04-23T20", "hour", type="TIME"), ["昨（23）日晚間8時", "昨日（23日）晚上8時"]),
    # a part of the day in place of 日: 昨（23）晚, 今（24）晨
    (
        Expect("2024-04-23", timex="2024-04-23TEV"),
        ["昨（23）晚", "昨(23)晚", "昨（23）晚間", "昨（23）日晚間"],
    ),
    (Expect("2024-04-24", timex="2024-04-24TMO"), ["今（24）晨", "今(24)晨"]),
    (Expect("2024-04-23T20", "hour", type="TIME"), ["昨（23）晚8時", "昨（23）晚間8時"]),
    # a night word's 6 to 11 o'clock is in the evening, as after 深夜
    (Expect("2024-04-23T23", "hour", type="TIME"), ["昨（23）夜11時", "昨夜11時", "昨夜11时"]),
    (Expect("2024-04-24T22", "hour", type="TIME"), ["今夜10點", "今夜10点"]),
    # -- the year or month in brackets; 3-digit years are Taiwan's Minguo count ---------------------
    (Expect("2024", "year"), ["今（2024）年", "今(2024)年", "今（113）年", "今(113)年"]),
    (Expect("2023", "year"), ["去（2023）年", "去（112）年", "去(112)年"]),
    (Expect("2025", "year"), ["明（2025）年", "明（114）年"]),
    (Expect("2024-04", "month"), ["本（4）月", "本(4)月", "今（4）月", "本（4）月份"]),
    (Expect("2024-03", "month"), ["上（3）月", "上(3)月"]),
    (Expect("2024-05", "month"), ["下（5）月"]),
    (Expect("2023-12", "month"), ["去（112）年12月", "去（2023）年12月"]),
    # -- a Minguo date written without 民國 (only with its day: a bare 113年 may be a length) ----------
    (Expect("2024-04-24", "day"), ["113年4月24日", "113 年 4 月 24 日", "民國113年4月24日"]),
    (Expect("2024-04-24T10:30", "minute", type="TIME"), ["113年4月24日上午10時30分"]),
    (Expect("2024-01", "month"), ["113年1月", "113年1月份"]),
    (Expect("2024-01/2024-03", "month"), ["113年1月至3月", "113年1-3月", "113年1月至113年3月"]),
    (Expect("2024-01/2024-06", "half"), ["113年上半年"]),
    # -- a quarter written 第N季 without 度, after its year (Taiwan) -----------------------------------
    (Expect("2023-10/2023-12", "quarter"), ["112年第4季", "2023年第4季", "去年第4季", "去年第四季"]),
    # 首季 (Hong Kong and Taiwan): the first quarter, after its year
    (Expect("2024-01/2024-03", "quarter"), ["今年首季", "113年首季", "2024年首季"]),
    (Expect("2023-01/2023-03", "quarter"), ["去年首季", "112年首季"]),
    # -- 同（24）日: the same day as the story's last one, its number in brackets -------------------------
    (Expect("2024-04-24", "day"), ["同（24）日", "同(24)日"]),
    # -- 稍早: earlier today, the recent past of the story's day -----------------------------------------
    (Expect("../2024-04-24", "day"), ["稍早", "稍早前", "稍早時候", "稍早时候"]),
    # -- days in the old numerals 廿 (twenty) and 卅 (thirty) -----------------------------------------
    (Expect("2024-04-23", "day"), ["廿三日", "4月廿三日"]),
    (Expect("2024-03-31", "day"), ["卅一日", "3月卅一日"]),
    (Expect("2024-04-30", "day"), ["4月卅日"]),
]

NEGATIVE: list[str] = [
    "今（2）人受傷",
    "依第（3）條規定",
    "昨（5）名嫌犯到案",
    "前（3）名選手晉級",
    "本（2）案審查中",
    "上（3）次會議",
    "比預期稍早",
    "比原定時間稍早抵達",
    "他已服刑113年",
    "這部影集第4季開播",
    "這部影集首季開播",  # a show's first season, not a quarter
    "民國六十年代開業的老店",  # 民國60年代 is 1971-1980, no Gregorian decade: not the 1960s
]
