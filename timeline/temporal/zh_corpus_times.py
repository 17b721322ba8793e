"""Chinese corpus, part two: clocks, the present moment, weekdays beside dates, seconds, and the
Islamic, Buddhist and movable Christian feasts. Same shape as `zh_corpus`; run by tests/test_corpus.py.

Every form is tagged alone against REFERENCE (Wednesday 2024-04-24 09:21, a reference with a clock).
Written by us.
"""

from __future__ import annotations

from timeline.temporal.corpus import Expect
from timeline.temporal.zh_corpus import REFERENCE

LANG = "zh"
__all__ = ["EXAMPLES", "LANG", "NEGATIVE", "REFERENCE"]

_F = "future"

EXAMPLES: list[tuple[Expect, list[str]]] = [
    # -- the present moment: the reference instant when the reference has a clock ------------------
    (
        Expect("2024-04-24T09:21:00", "second", "as_of", type="TIME", timex="PRESENT_REF"),
        ["现在", "現在", "此刻", "此时", "此時", "此时此刻", "而家", "依家", "宜家"],
    ),
    (
        Expect("2024-04-24", "day", "as_of", timex="PRESENT_REF"),
        ["到现在为止", "到現在為止", "截至现在", "截至現在"],
    ),
    # -- clocks: a.m./p.m. in Latin letters, Cantonese parts of day and five-minute 字 -----------------
    (
        Expect("2024-04-24T15", "hour", type="TIME"),
        ["3pm", "3 PM", "3p.m.", "晏晝三點", "晏昼三点", "下午3点"],
    ),
    (Expect("2024-04-24T11", "hour", type="TIME"), ["11am", "11 a.m.", "11AM", "上午11点"]),
    (
        Expect("2024-04-24T15:15", "minute", type="TIME"),
        [
            "3:15PM",
            "3:15 pm",
            "晏晝三點踏三",
            "晏晝三點搭三",
            "晏晝三點三個字",
            "晏昼三点踏三",
            "下午三点一刻",
        ],
    ),
    (Expect("2024-04-24T15:05", "minute", type="TIME"), ["晏晝三點踏一", "晏晝三點一個字", "下午3点05分"]),
    (Expect("2024-04-24T15:30", "minute", type="TIME"), ["晏晝三點踏半", "晏晝三點搭半", "晏晝三點半"]),
    (Expect("2024-04-24T22:50", "minute", type="TIME"), ["晚上十點踏十", "晚上十点十个字"]),
    (Expect("2024-04-24T08", "hour", type="TIME"), ["朝早八點", "今天早上8点"]),
    (Expect("2024-04-24T20:05", "minute", type="TIME"), ["晚上八點一", "晚上八点一个字", "夜晚八點踏一"]),
    (Expect("2024-04-24T15:45", "minute", type="TIME"), ["晏晝三點九", "下午三点三刻", "下午3点45分"]),
    (
        Expect("2024-04-24T00:30", "minute", type="TIME"),
        ["12:30 a.m.", "12:30am", "凌晨12点半", "凌晨十二點半"],
    ),
    (Expect("2024-04-24T24", "hour", type="TIME"), ["晚上十二点", "晚上12点", "深夜12點", "今晚12点"]),
    (Expect("2024-04-24T00", "hour", type="TIME"), ["凌晨12点", "凌晨零点", "12 a.m."]),
    (Expect("2024-04-24T12", "hour", type="TIME"), ["中午12点", "中午十二点", "12pm"]),
    # -- the seconds before or after the reference -------------------------------------------------------
    (
        Expect("2024-04-24T09:20:58/2024-04-24T09:20:59", "second", type="TIME"),
        ["上两秒", "前兩秒", "上二秒"],
    ),
    (
        Expect("2024-04-24T09:21:01/2024-04-24T09:21:05", "second", type="TIME"),
        ["下五秒", "后五秒", "後五秒", "未来五秒"],
    ),
    # N seconds ago / later: that second, like 两分钟前 is that minute
    (
        Expect("2024-04-24T09:20:58", "second", type="TIME"),
        ["两秒前", "兩秒前", "两秒之前", "兩秒鐘之前", "2秒以前"],
    ),
    (
        Expect("2024-04-24T09:21:03", "second", type="TIME"),
        ["三秒后", "三秒後", "三秒钟之后", "3秒以後"],
    ),
    (Expect("2024-04-24T09:20:15", "second", type="TIME"), ["45秒前", "四十五秒鐘前"]),
    (Expect("2024-04-24T09:19:30", "second", type="TIME"), ["一分半钟前", "一分半鐘前", "90秒前"]),
    # quarter hours (刻钟) counted in minutes
    (Expect("2024-04-24T09:36", "minute", type="TIME"), ["一刻钟后", "一刻鐘後", "15分钟后"]),
    (Expect("2024-04-24T08:36", "minute", type="TIME"), ["三刻钟前", "三刻鐘之前", "45分钟前"]),
    # 再过 / 过了 N units: N units later without 后
    (Expect("2024-04-26", "day"), ["再过两天", "再過兩天", "过两天", "過兩天", "两天后"]),
    (Expect("2024-04-24T09:51", "minute", type="TIME"), ["再过半个小时", "再過半個小時", "又过了半小时"]),
    (Expect("2027", "year"), ["再过三年", "再過三年", "过了三年"]),
    (Expect(None, None, type="DURATION", timex="PT1.5M"), ["一分半钟", "一分半鐘"]),
    (Expect(None, None, type="DURATION", timex="PT3.5M"), ["三分半钟", "3分半鐘"]),
    # years counted as springs and autumns (literary): a length of time
    (Expect(None, None, type="DURATION", timex="P7Y"), ["七载春秋", "七載春秋", "七个春秋", "七個寒暑"]),
    (Expect(None, None, type="DURATION", timex="P30Y"), ["三十个春秋", "三十個春秋", "三十载寒暑"]),
    # 3·15 consumer rights day, with its 国际 prefix and in traditional script
    (Expect("2024-03-15", "day"), ["國際消費者權益日", "国际消费者权益日", "消費者權益日"]),
    (Expect("2024-W18/2024-W20", "week"), ["下三个周", "下三個週", "未来三周"]),
    (Expect(None, None, type="DURATION", timex="P3W"), ["三个周", "三個週"]),
    # -- within a length of time: still a length, never a date ------------------------------------------
    (
        Expect(None, None, type="DURATION", timex="PT2H"),
        ["两个小时以内", "兩個小時以內", "2小时之内", "两小时内"],
    ),
    (Expect(None, None, type="DURATION", timex="P3D"), ["三天内", "3天之内", "三日內"]),
    (Expect(None, None, type="DURATION", timex="PT10M"), ["10分钟之内", "十分鐘內"]),
    # -- a weekly time is a set, never one dated time ----------------------------------------------------
    (
        Expect(None, None, type="SET", timex="XXXX-WXX-1"),
        ["每周一下午八点", "每週一晚上8點", "每个星期一上午"],
    ),
    (Expect(None, None, type="SET", timex="XXXX-WXX-6"), ["每周六下午", "每週六早上", "每礼拜六晚上"]),
    # -- a weekday beside a month and day: the year in which the two agree ------------------------------
    (
        Expect("2024-04-19", "day"),
        ["周五，4月19日", "星期五, 4月19日", "礼拜五 四月十九号", "4月19日（周五）", "4月19日 星期五"],
    ),
    (Expect("2024-04-22", "day"), ["星期一，4月22日", "週一，4月22號", "禮拜一、四月二十二日"]),
    (
        Expect("2023-12-25", "day", prefer=_F),
        ["周一，12月25日", "12月25日（星期一）", "星期一, 十二月二十五号"],
    ),
    (Expect("2024-12-25", "day", prefer=_F), ["周三，12月25日", "12月25日（周三）"]),
    (Expect("2024-05-03T10", "hour", type="TIME"), ["周五，5月3日上午10时", "5月3日（周五）上午10点"]),
    # -- Islamic feasts (Umm al-Qura calendar) -------------------------------------------------------------
    (Expect("2024-04-10", "day"), ["开斋节", "開齋節", "肉孜节", "尔代节", "今年开斋节", "2024年开斋节"]),
    (Expect("2023-06-28", "day"), ["古尔邦节", "古爾邦節", "宰牲节", "忠孝节", "去年古尔邦节"]),
    (Expect("2024-06-16", "day", prefer=_F), ["古尔邦节", "宰牲節", "今年古尔邦节"]),
    (Expect("2023-07-19", "day"), ["伊斯兰新年", "伊斯蘭新年", "伊斯兰历新年", "回历新年"]),
    (Expect("2023-07-28", "day"), ["阿舒拉节", "阿舒拉節"]),
    (Expect("2023-09-27", "day"), ["圣纪节", "聖紀節", "2023年圣纪节"]),
    (Expect("2024-02-08", "day"), ["登霄节", "夜行登霄節"]),
    (Expect("2024-04-06", "day"), ["盖德尔夜", "法令之夜"]),
    (Expect("2024-03-11/2024-04-09", "day"), ["斋月", "齋月", "今年斋月", "2024年斋月", "赖买丹月"]),
    (Expect("2025-03-01/2025-03-29", "day"), ["2025年斋月", "明年斋月", "明年齋月", "2025年穆斯林斋月"]),
    # -- Vesak (the full moon of the fourth lunar month), Boss's Day, Lent and more Easter feasts ------------
    (Expect("2023-06-02", "day"), ["卫塞节", "衛塞節", "2023年卫塞节"]),
    (Expect("2024-05-22", "day", prefer=_F), ["卫塞节", "今年衛塞節"]),
    (Expect("2023-10-16", "day"), ["老板节", "老闆節"]),
    (Expect("2024-02-14/2024-03-30", "day"), ["大斋期", "2024年大斋期", "大齋期", "四旬期", "今年四旬节"]),
    (Expect("2024-02-14", "day"), ["大斋首日", "圣灰礼仪日", "聖灰禮儀日"]),
    (Expect("2024-03-29", "day"), ["主受难日", "主受難日", "沈默周五"]),
    (Expect("2023-06-08", "day"), ["基督圣体圣血瞻礼", "基督聖體聖血瞻禮"]),
    (Expect("2024-02-10", "day"), ["正月朔日", "今年正月朔日"]),
    # -- a holiday with a part of the day: the day, its part in TIMEX3 ------------------------------------
    (Expect("2024-02-14", "day", timex="2024-02-14TEV"), ["情人节晚上", "情人節晚上", "今年情人节晚上"]),
    (Expect("2023-09-29", "day", timex="2023-09-29TEV"), ["中秋节晚上", "中秋節晚上", "去年中秋节晚上"]),
    (Expect("2024-02-10", "day", timex="2024-02-10TMO"), ["春节上午", "大年初一早上"]),
    (Expect("2024-03-12", "day"), ["植树节", "植樹節"]),
    # -- solar terms (the century formula) and holidays kept as the nth weekday of a month --------------
    (Expect("2024-12-21", "day"), ["2024年冬至", "今年冬至"]),
    (Expect("2023-12-22", "day"), ["冬至", "去年冬至"]),
    (Expect("2024-03-05", "day"), ["惊蛰", "驚蟄", "今年惊蛰"]),
    (Expect("2023-06-06", "day"), ["芒种", "芒種", "2023年芒种"]),
    (Expect("2017-01-20", "day"), ["2017年大寒", "二〇一七年大寒"]),
    (Expect("2023-12-07", "day"), ["大雪节气", "大雪節氣", "去年大雪节气"]),
    (Expect("2019-11-28", "day"), ["2019年感恩节", "2019年感恩節"]),
    (Expect("2025-05-11", "day"), ["明年母亲节", "明年母親節"]),
    (Expect("2024-05-12", "day", prefer=_F), ["母亲节", "母親節", "今年母亲节"]),
    # -- two hours sharing one 点 / 时: a clock range (a part of the day before it sets p.m.) -----------
    (Expect("2024-04-24T09/2024-04-24T12:30", "hour", type="TIME"), ["9~12点半", "9到12点半", "9～12點半"]),
    (
        Expect("2024-04-25T19/2024-04-25T20", "hour", type="TIME"),
        ["明天下午七八点", "明天晚上7~8点", "明天晚上七八點鐘"],
    ),
    (Expect("2024-04-24T08/2024-04-24T10", "hour", type="TIME"), ["8-10时", "8至10時"]),
    (Expect("2024-04-24T15/2024-04-24T17", "hour", type="TIME"), ["下午3~5点", "下午三到五点"]),
    # -- a clock range ending the next day (次日 counts from the range's start) ---------------------------
    (
        Expect("2024-04-24T20/2024-04-25T02", "hour", type="TIME"),
        ["晚上8点至次日凌晨2点", "晚上8點至次日凌晨2點", "20时至次日2时"],
    ),
    (
        Expect("2024-04-24T13:20/2024-04-25T05:40", "minute", type="TIME"),
        ["13:20~次日05:40", "13:20至次日5:40"],
    ),
    # -- from one holiday to another: the second takes the first's year, or the next one ---------------
    (Expect("2023-01-22/2023-02-05", "day"), ["去年春节到元宵节", "去年春節至元宵節", "2023年春节到元宵节"]),
    (Expect("2023-10-01/2024-01-01", "day"), ["国庆到元旦", "國慶至元旦"]),
    (Expect("2019-11-28/2021-05-09", "day"), ["2019年感恩节到2021年母亲节"]),
    # -- a named day and the clock time written right after it: one time --------------------------------
    (Expect("2024-08-10T23", "hour", type="TIME"), ["今年七夕节晚上11点", "今年七夕節晚上11點"]),
    (Expect("2023-01-10T08", "hour", type="TIME"), ["2023年第十天早上8点", "2023年第十天上午8時"]),
]

NEGATIVE: list[str] = [
    # solar terms that are also weather words, and a cold wave
    "夜间有大雪",
    "局部有小雪",
    "收集雨水",
    "草上的白露",
    "大寒潮来袭",
    "大雪到小雪",
    # a decimal read aloud with 点, not a clock time
    "调高24点5度",
    "涨了13点5%",
    # 点 counting items, not hours
    "提出两三点建议",
    "3~5点意见",
    "霜降到地面",
    # IKEA, not Cantonese 'now'
    "宜家家居",
    "去宜家买沙发",
    "宜家的门店",
    "在宜家",
    # a verb ending in 现 before 在 ('at'): not 'now'
    "出现在各大媒体的新闻里",
    "她发现在街头弹琴",
    "体现在三个方面",
    # the last N units of something, not the next N after publication
    "最后两天",
    "度过最后40秒",
    # a race time or a countdown length, not seconds before or after now
    "跑出9秒83的成绩",
    "以10秒後段的成绩夺冠",
    "倒计时10秒",
    "3秒内完成",
    "每秒前进三米",
    # 过 as 'spend' or 'exceed', and a vague 过了几天: not a later date
    "在北京过两天",
    "度过两天",
    "超过两天",
    "经过三天的搜救",
    "不再过两天",
    "过了几天",
    "過了幾天",
    "然后三天",
    # Latin letters that are not a.m./p.m.
    "PM2.5",
    "浓度为3 PM2.5",
    "PM10的浓度",
    "3 amendments",
    "5A级景区",
    # 字 and 踏 outside a clock, decimals read aloud
    "三点三",
    "三个字",
    "踏三步",
    "提出三点意见",
    # a part of the day that is a habit, a meal or a greeting, not the scene of a clause
    "晚上不睡觉",
    "下午茶",
    "晚上好",
    "下午的分享中",
    "他们中午在食堂吃饭",
    # inland, not within
    "三年内地生产总值",
    # another country's national day or festival: not China's date
    "美国国庆节",
    "泰國國慶",
    "美国劳动节",
    "日本儿童节",
    # a holiday's show, not a part of its day
    "春晚",
    # Islamic and Christian words that are not feasts
    "伊斯兰教",
    "斋饭",
    "开斋",
    "大斋",
    "古尔邦",
]
