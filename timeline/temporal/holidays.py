"""Holidays → calendar days: fixed solar dates, lunar dates (via `lunardate`), 清明, the Christian
feasts counted from Easter (Western and Orthodox, via `dateutil.easter`), the Islamic feasts
(Umm al-Qura calendar, via `hijridate`), the Jewish feasts (`hebrew`) and the Hindu feasts (`hindu`)."""

from __future__ import annotations

from datetime import date, timedelta

from dateutil.easter import EASTER_ORTHODOX, easter
from lunardate import LunarDate

from timeline.temporal.easter_names import EASTER, LENT, LENTS
from timeline.temporal.feast_names import EN_FEASTS, ZH_FEASTS
from timeline.temporal.hebrew import HEBREW_FEASTS, hebrew_feast_days, hebrew_nth_day
from timeline.temporal.hijri import HIJRI_FEASTS, hijri_day_in_year, hijri_feast, hijri_month_span
from timeline.temporal.hindu import HINDU_FESTIVALS, hindu_feast_days, hindu_nth_day
from timeline.temporal.solar_terms import NTH_WEEKDAY, SOLAR_TERM_NAMES, nth_weekday_date, solar_term_date
from timeline.temporal.spec import TimeSpec

SOLAR: dict[str, tuple[int, int]] = {
    "元旦": (1, 1),
    "阳历新年": (1, 1),
    "陽曆新年": (1, 1),
    "情人节": (2, 14),
    "情人節": (2, 14),
    "圣瓦伦丁节": (2, 14),
    "聖瓦倫丁節": (2, 14),
    "妇女节": (3, 8),
    "婦女節": (3, 8),
    "三八妇女节": (3, 8),
    "三八婦女節": (3, 8),
    "三八节": (3, 8),
    "植树节": (3, 12),
    "植樹節": (3, 12),
    "消费者权益日": (3, 15),
    "315晚会": (3, 15),  # CCTV's consumer-rights gala, held on 15 March (its day names it)
    "315晚會": (3, 15),
    "3·15晚会": (3, 15),
    "3·15晚會": (3, 15),
    "3.15晚会": (3, 15),
    "3.15晚會": (3, 15),
    "消費者權益日": (3, 15),
    "国际消费者权益日": (3, 15),
    "國際消費者權益日": (3, 15),
    "三一五": (3, 15),
    "愚人节": (4, 1),
    "愚人節": (4, 1),
    "劳动节": (5, 1),
    "勞動節": (5, 1),
    "五一劳动节": (5, 1),
    "五一勞動節": (5, 1),
    "国际劳动节": (5, 1),
    "國際勞動節": (5, 1),
    "五一": (5, 1),
    "青年节": (5, 4),
    "青年節": (5, 4),
    "五四青年节": (5, 4),
    "五四青年節": (5, 4),
    "儿童节": (6, 1),
    "兒童節": (6, 1),
    "六一儿童节": (6, 1),
    "六一兒童節": (6, 1),
    "建党节": (7, 1),
    "建黨節": (7, 1),
    "七一建党节": (7, 1),
    "七一建黨節": (7, 1),
    "七一": (7, 1),
    "618大促": (6, 18),  # the mid-year online shopping festival
    "618购物节": (6, 18),
    "618購物節": (6, 18),
    "建军节": (8, 1),
    "建軍節": (8, 1),
    "八一建军节": (8, 1),
    "八一建軍節": (8, 1),
    "教师节": (9, 10),
    "教師節": (9, 10),
    "双十节": (10, 10),  # the Republic of China's national day (Taiwan)
    "雙十節": (10, 10),
    "双十国庆": (10, 10),
    "雙十國慶": (10, 10),
    "国庆": (10, 1),
    "國慶": (10, 1),
    "国庆节": (10, 1),
    "國慶節": (10, 1),
    "老板节": (10, 16),
    "老闆節": (10, 16),
    "万圣节": (10, 31),
    "萬聖節": (10, 31),
    "光棍节": (11, 11),
    "光棍節": (11, 11),
    "双十一": (11, 11),
    "雙十一": (11, 11),
    "双11": (11, 11),
    "雙11": (11, 11),
    "双十二": (12, 12),
    "雙十二": (12, 12),
    "双12": (12, 12),
    "雙12": (12, 12),
    "澳门回归纪念日": (12, 20),
    "澳門回歸紀念日": (12, 20),
    "平安夜": (12, 24),
    "圣诞": (12, 25),
    "聖誕": (12, 25),
    "圣诞节": (12, 25),
    "聖誕節": (12, 25),
}
LUNAR: dict[str, tuple[int, int]] = {
    "春节": (1, 1),
    "春節": (1, 1),
    "新春": (1, 1),
    "农历新年": (1, 1),
    "農曆新年": (1, 1),
    "大年初一": (1, 1),
    "正月初一": (1, 1),
    "正月朔日": (1, 1),
    "元宵": (1, 15),
    "元宵节": (1, 15),
    "元宵節": (1, 15),
    "正月十五": (1, 15),
    "龙抬头": (2, 2),
    "龍抬頭": (2, 2),
    "端午": (5, 5),
    "端午节": (5, 5),
    "端午節": (5, 5),
    "七夕": (7, 7),
    "七夕节": (7, 7),
    "七夕節": (7, 7),
    "中元节": (7, 15),
    "中元節": (7, 15),
    "中秋": (8, 15),
    "中秋节": (8, 15),
    "中秋節": (8, 15),
    "重阳": (9, 9),
    "重陽": (9, 9),
    "重阳节": (9, 9),
    "重陽節": (9, 9),
    # Vesak as Singapore and Malaysia keep it: the full moon of the fourth lunar month
    "卫塞节": (4, 15),
    "衛塞節": (4, 15),
    "威瑟节": (4, 15),
    "比萨宝蕉节": (4, 15),
    "比薩寶蕉節": (4, 15),
    "腊八": (12, 8),
    "臘八": (12, 8),
    "腊八节": (12, 8),
    "臘八節": (12, 8),
}
EVE_OF_NEW_YEAR = ("除夕", "大年三十", "大年夜")
"""The day before the lunar new year (腊月 has 29 or 30 days, so it is computed, not tabled)."""
SOLAR_TERMS = ("清明", "清明节", "清明節")

MOVABLE_DAYS_AFTER = {
    "easter": ("easter", 0), "easter sunday": ("easter", 0), "easter monday": ("easter", 1),
    "good friday": ("easter", -2), "palm sunday": ("easter", -7), "pentecost": ("easter", 49),
    "black friday": ("thanksgiving", 1), "cyber monday": ("thanksgiving", 4), "election day": ("election day", 0),
    "orthodox easter": ("orthodox easter", 0), "orthodox good friday": ("orthodox easter", -2),
    "orthodox great friday": ("orthodox easter", -2),
    "chinese new year": ("lunar new year", 0), "chinese new year's day": ("lunar new year", 0),
    "chinese new years": ("lunar new year", 0), "lunar new year": ("lunar new year", 0),
    "chinese lunar new year": ("lunar new year", 0), "chinese lunar new year's day": ("lunar new year", 0),
    "lunar new year's day": ("lunar new year", 0), "mid-autumn festival": ("mid-autumn", 0),
    "dragon boat festival": ("dragon boat", 0),
    "easter mon": ("easter", 1), "holy saturday": ("easter", -1), "maundy thursday": ("easter", -3),
    "holy thursday": ("easter", -3), "covenant thursday": ("easter", -3), "covenant thu": ("easter", -3),
    "thursday of mysteries": ("easter", -3), "thu of mysteries": ("easter", -3),
    "ash wednesday": ("easter", -46), "shrove tuesday": ("easter", -47), "pancake day": ("easter", -47),
    "mardi gras": ("easter", -47), "ascension day": ("easter", 39), "whit sunday": ("easter", 49),
    "whitsunday": ("easter", 49), "pentecost sunday": ("easter", 49),
    "whit monday": ("easter", 50), "whitmonday": ("easter", 50), "monday of the holy spirit": ("easter", 50),
    "pentecost monday": ("easter", 50), "trinity sunday": ("easter", 56), "corpus christi": ("easter", 60),
    "orthodox shrove monday": ("orthodox easter", -48), "clean monday": ("orthodox easter", -48),
    "branch sunday": ("easter", -7),
    "earth hour": ("earth hour", 0),
    "lazarus saturday": ("orthodox easter", -8),
    "eid al-fitr": ("eid al-fitr", 0), "eid al fitr": ("eid al-fitr", 0), "eid ul-fitr": ("eid al-fitr", 0),
    "eid-ul-fitr": ("eid al-fitr", 0), "id al-fitr": ("eid al-fitr", 0), "eid al-adha": ("eid al-adha", 0),
    "eid al adha": ("eid al-adha", 0), "eid ul-adha": ("eid al-adha", 0), "eid-ul-adha": ("eid al-adha", 0),
    "id ul-adha": ("eid al-adha", 0), "bakr id": ("eid al-adha", 0), "bakrid": ("eid al-adha", 0),
    "bakr-id": ("eid al-adha", 0), "sacrifice feast": ("eid al-adha", 0), "feast of the sacrifice": ("eid al-adha", 0),
    "islamic new year": ("islamic new year", 0), "hijri new year": ("islamic new year", 0),
    "amun jadid": ("islamic new year", 0), "ashura": ("ashura", 0), "day of ashura": ("ashura", 0),
    "mawlid": ("mawlid", 0), "mawlid al-nabawi": ("mawlid", 0), "mawlid an-nabi": ("mawlid", 0),
    "milad un nabi": ("mawlid", 0), "laylat al-qadr": ("laylat al-qadr", 0), "laylat al qadr": ("laylat al-qadr", 0),
    "laylat al kadr": ("laylat al-qadr", 0), "laylat al-kadr": ("laylat al-qadr", 0), "night of power": ("laylat al-qadr", 0),
    "night of measures": ("laylat al-qadr", 0), "isra and mi'raj": ("isra and mi'raj", 0),
    "isra and miraj": ("isra and mi'raj", 0), "the prophet's ascension": ("isra and mi'raj", 0),
    "the night journey": ("isra and mi'raj", 0), "ascension to heaven": ("isra and mi'raj", 0),
    "jamat ul-vida": ("last friday of ramadan", 0), "jumu'atul-wida": ("last friday of ramadan", 0),
    "ramadan": ("ramadan", 0), "ramadan's last day": ("ramadan's last day", 0),
    "vesak": ("vesak", 0), "vesak day": ("vesak", 0), "buddha day": ("vesak", 0), "buddha purnima": ("vesak", 0),
    "buddha's birthday": ("vesak", 0), "vaisakha": ("vesak", 0),
    "boss's day": ("boss's day", 0), "bosses day": ("boss's day", 0), "boss day": ("boss's day", 0),
    "national boss day": ("boss's day", 0), "koningsdag": ("king's day", 0), "king's day": ("king's day", 0),
    "lent": ("easter", -46), "great lent": ("orthodox easter", -48), "great fast": ("orthodox easter", -48),
    **{name: (feast, 0) for name, feast in EN_FEASTS.items()},
}  # fmt: skip
"""Movable days (English names): (the feast they follow, days after it)."""
LUNAR_FEASTS = {"lunar new year": (1, 1), "mid-autumn": (8, 15), "dragon boat": (5, 5), "vesak": (4, 15)}
"""Feasts of the Chinese lunar calendar named in English: (lunar month, day)."""


_HIJRI: dict[tuple[int, int], tuple[str, ...]] = {
    (1, 1): (
        "伊斯兰新年",
        "伊斯兰教新年",
        "伊斯兰历新年",
        "伊斯蘭新年",
        "伊斯蘭教新年",
        "伊斯蘭曆新年",
        "回历新年",
        "回曆新年",
    ),
    (1, 10): ("阿舒拉节", "阿舒拉節", "阿舒拉日"),
    (3, 12): ("圣纪节", "聖紀節", "圣忌节", "聖忌節"),
    (7, 27): ("登霄节", "登霄節", "夜行登霄节", "夜行登霄節"),
    (9, 27): ("法令之夜", "权力之夜", "權力之夜", "盖德尔夜", "蓋德爾夜"),
    (10, 1): ("开斋节", "開齋節", "肉孜节", "肉孜節", "尔代节", "爾代節"),
    (12, 10): ("古尔邦节", "古爾邦節", "宰牲节", "宰牲節", "忠孝节", "忠孝節"),
}
HIJRI: dict[str, tuple[int, int]] = {name: md for md, names in _HIJRI.items() for name in names}
"""Islamic feasts → (Hijri month, day)."""
RAMADAN = ("斋月", "齋月", "穆斯林斋月", "穆斯林齋月", "莱麦丹月", "萊麥丹月", "赖买丹月", "賴買丹月")
"""The month of fasting: Hijri month 9, a span of days."""

EVENTS = {"地球一小时": "earth hour", "地球一小時": "earth hour"}
"""Chinese names of yearly events whose day a rule gives (地球一小时: WWF's Earth Hour) → the `_feast` key."""
EVENT_HOURS = {"earth hour": ((20, 30), (21, 30))}
"""Events held at set local hours of their day → (start, end) as (hour, minute)."""

NAMES: tuple[str, ...] = (
    *SOLAR, *LUNAR, *EVE_OF_NEW_YEAR, *SOLAR_TERMS, *EASTER, *LENT, *HIJRI, *RAMADAN, *ZH_FEASTS, *EVENTS
)  # fmt: skip
NAMES += tuple(n for n in (*SOLAR_TERM_NAMES, *NTH_WEEKDAY) if n not in NAMES)  # 冬至, 芒种, 母亲节
OTHER_CALENDARS = {**ZH_FEASTS, **EN_FEASTS}
"""Names of the Jewish and Hindu feasts (Chinese and English) → feast key of `hebrew` or `hindu`."""


def holiday_days(name: str, year: int, nth: int | None = None) -> tuple[date, date]:
    """First and last day of `name` in Gregorian `year` (the same day for most holidays), or of
    its nth day; `CalendarRangeError` when the feast's calendar does not cover the year."""
    if name in OTHER_CALENDARS:
        return _other_calendar_days(OTHER_CALENDARS[name], year, nth)
    if nth is not None:  # 春节第三天: counted from the holiday's first day; a span's days stay inside it
        first, last = holiday_days(name, year)
        day = last if nth == -1 else first + timedelta(days=nth - 1)
        if first == last or first <= day <= last:
            return day, day
        raise ValueError(f"{name} has no day {nth}")
    if name in LENTS:
        method, first, last = LENTS[name]
        day = easter(year, method)
        return day + timedelta(days=first), day + timedelta(days=last)
    if name in LENT:
        day = easter(year)
        return day - timedelta(days=46), day - timedelta(days=1)
    if name in RAMADAN:
        return hijri_month_span(year, 9)
    day = holiday_date(name, year)
    return day, day


def lasts_days(name: str) -> bool:
    """True for a holiday of several days (斋月, Lent, Passover, 九夜节), whose last day is its own."""
    if name in OTHER_CALENDARS:
        feast = OTHER_CALENDARS[name]
        return feast in HEBREW_FEASTS or feast in HINDU_FESTIVALS
    return name in LENT or name in LENTS or name in RAMADAN


def reads_nth_day(name: str, nth: int) -> bool:
    """True when "the nth day of `name`" has a known day: a feast of several days, or a Chinese holiday
    counted from its own day (春节第三天 = 正月初三); not the last day of a one-day holiday (元旦最后一天:
    its days off) nor the nth day of a one-day feast of another calendar (排灯节第三天: which festival?)."""
    if lasts_days(name):
        return True
    return nth != -1 and name not in OTHER_CALENDARS


def holiday_date(name: str, year: int) -> date:
    """Return the (first) day `name` falls on in Gregorian `year`; KeyError for an unknown name."""
    if name in OTHER_CALENDARS:
        return holiday_days(name, year)[0]
    if name in SOLAR:
        return date(year, *SOLAR[name])
    if name in LUNAR:
        month, day = LUNAR[name]
        return LunarDate(year, month, day).to_solar_date()
    if name in EVE_OF_NEW_YEAR:
        return LunarDate(year, 1, 1).to_solar_date() - timedelta(days=1)
    if name in SOLAR_TERMS:
        return date(year, 4, _qingming_day(year))
    if name in SOLAR_TERM_NAMES:
        return solar_term_date(name, year)
    if name in NTH_WEEKDAY:
        return nth_weekday_date(name, year)
    if name in EVENTS:
        return _feast(EVENTS[name], year)
    if name in MOVABLE_DAYS_AFTER:
        feast, days = MOVABLE_DAYS_AFTER[name]
        return _feast(feast, year) + timedelta(days=days)
    if name in EASTER:
        offset, method = EASTER[name]
        return easter(year, method) + timedelta(days=offset)
    if name in HIJRI:
        return hijri_day_in_year(year, *HIJRI[name])
    if name in LENT or name in RAMADAN:
        return holiday_days(name, year)[0]
    raise KeyError(name)


def event_hours(name: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The set hours of an event named `name` (English key or Chinese name), else None."""
    return EVENT_HOURS.get(EVENTS.get(name) or MOVABLE_DAYS_AFTER.get(name, ("",))[0])


def at_event_hours(spec: TimeSpec | None, name: str) -> TimeSpec | None:
    """A one-day holiday spec as the clock range of its event's hours (Earth Hour: 20:30 to 21:30)."""
    hours = event_hours(name)
    if spec is None or hours is None or spec.kind != "point" or spec.start is None:
        return spec
    (h1, m1), (h2, m2) = hours
    start = spec.start.with_(hour=h1, minute=m1)
    return spec.with_(kind="range", start=start, end=start.with_(hour=h2, minute=m2))


def _other_calendar_days(feast: str, year: int, nth: int | None) -> tuple[date, date]:
    """A Jewish feast (from its eve) or a Hindu feast, whole or its nth day."""
    if feast in HEBREW_FEASTS:
        return hebrew_feast_days(feast, year) if nth is None else hebrew_nth_day(feast, year, nth)
    return hindu_feast_days(feast, year) if nth is None else hindu_nth_day(feast, year, nth)


def _feast(feast: str, year: int) -> date:
    """Easter Sunday (Western or Orthodox), a lunar-calendar feast, or US Thanksgiving of `year`."""
    if feast == "easter":
        return easter(year)
    if feast == "orthodox easter":
        return easter(year, EASTER_ORTHODOX)
    if feast in LUNAR_FEASTS:
        return LunarDate(year, *LUNAR_FEASTS[feast]).to_solar_date()
    if feast in HIJRI_FEASTS:
        return hijri_feast(feast, year)
    if feast == "boss's day":  # October 16, or the nearest weekday when it falls on a weekend
        day = date(year, 10, 16)
        return day + timedelta(days={5: -1, 6: 1}.get(day.weekday(), 0))
    if feast == "election day":  # the US one: the Tuesday after the first Monday of November
        first = date(year, 11, 1)
        return first + timedelta(days=(0 - first.weekday()) % 7 + 1)
    if feast == "earth hour":  # WWF: March's last Saturday, a week earlier when that is Holy Saturday
        day = date(year, 3, 31) - timedelta(days=(date(year, 3, 31).weekday() - 5) % 7)
        return day - timedelta(days=7) if day == easter(year) - timedelta(days=1) else day
    if feast == "king's day":  # the Dutch King's Day: April 27, the Saturday before when that is a Sunday
        day = date(year, 4, 27)
        return day - timedelta(days=1 if day.weekday() == 6 else 0)
    first = date(year, 11, 1)
    return first + timedelta(days=(3 - first.weekday()) % 7 + 21)


def _qingming_day(year: int) -> int:
    """April day of 清明 (the common 0.2422 formula; exact for 1901-2099 except rare edge years)."""
    y = year % 100
    c = 4.81 if year >= 2001 else 5.59
    return int(y * 0.2422 + c) - (y // 4 if year >= 2001 else (y - 1) // 4)
