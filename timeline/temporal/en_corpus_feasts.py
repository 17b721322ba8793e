"""English corpus, part three: Lent, Jewish feasts (from their eve, as a Hebrew day begins at sunset) and Hindu
feasts (the `holidays` package's India dates). Same shape as `en_corpus`; run by tests/test_corpus.py.

Every form is tagged alone against REFERENCE (Wednesday 2024-04-24 09:21). Written by us.
"""

from __future__ import annotations

from timeline.temporal.corpus import Expect
from timeline.temporal.en_corpus import REFERENCE

LANG = "en"
__all__ = ["EXAMPLES", "LANG", "NEGATIVE", "REFERENCE"]

EXAMPLES: list[tuple[Expect, list[str]]] = [
    # Jewish feasts: the eve to the last day (diaspora lengths); the nth day from its own evening
    (Expect("2024-04-22/2024-04-30", "day"), ["Passover", "Pesach"]),
    (Expect("2023-04-05/2023-04-13", "day"), ["Passover 2023", "Pesach of 2023"]),
    (Expect("2025-04-12/2025-04-20", "day"), ["next Passover", "Passover 2025"]),
    (Expect("2024-04-22/2024-04-23", "day"), ["the first day of Passover"]),
    (
        Expect("2018-04-06/2018-04-07", "day"),
        ["the last day of Passover 2018", "the eighth day of Passover 2018"],
    ),
    (Expect("2023-11-12~", "day", "approximate"), ["the last day of Diwali 2023"]),
    (Expect("2023-12-07/2023-12-15", "day"), ["Hanukkah", "Chanukah", "Hanukkah 2023"]),
    (Expect("2023-12-14/2023-12-15", "day"), ["the eighth day of Hanukkah 2023"]),
    (Expect("2023-09-24/2023-09-25", "day"), ["Yom Kippur", "Yom Kippur 2023"]),
    (Expect("2023-09-15/2023-09-17", "day"), ["Rosh Hashanah", "Rosh Hashana 2023"]),
    (Expect("2023-09-29/2023-10-06", "day"), ["Sukkot 2023", "Feast of Tabernacles 2023"]),
    (Expect("2023-10-06/2023-10-08", "day"), ["Simchat Torah 2023"]),  # 22 Tishrei in Israel, 23 abroad
    (Expect("2024-03-23/2024-03-24", "day"), ["Purim", "Purim 2024"]),
    (Expect("2023-05-25/2023-05-27", "day"), ["Shavuot 2023", "Feast of Weeks 2023"]),
    (Expect("2023-07-26/2023-07-27", "day"), ["Tisha B'Av 2023", "Tisha B’Av 2023"]),
    (Expect("2023-05-08/2023-05-09", "day"), ["Lag BaOmer 2023", "Lag B'Omer 2023"]),
    (Expect("2024-01-24/2024-01-25", "day"), ["Tu BiShvat 2024"]),
    (Expect("2024-05-13/2024-05-14", "day"), ["Israeli Independence Day 2024", "Yom HaAtzmaut 2024"]),
    # Lent: Ash Wednesday to Holy Saturday; the Orthodox Great Lent: Clean Monday to the Friday before Lazarus Saturday
    (Expect("2018-02-14/2018-03-31", "day"), ["Lent 2018"]),
    (Expect("2024-02-14/2024-03-30", "day"), ["Lent"]),
    (Expect("2018-02-19/2018-03-30", "day"), ["Great Lent 2018", "Great Fast 2018"]),
    # Hindu feasts: the India dates of the holidays package
    (Expect("2023-11-12", "day"), ["Diwali", "Deepavali", "Diwali 2023"]),
    (Expect("2024-03-25", "day"), ["Holi", "Holi 2024"]),
    (Expect("2024-03-24", "day"), ["Holika Dahan 2024", "Chhoti Holi 2024"]),
    (Expect("2023-08-30", "day"), ["Raksha Bandhan 2023", "Rakhi 2023"]),
    (Expect("2023-08-29", "day"), ["Onam 2023", "Thiruvonam 2023"]),
    (Expect("2023-10-24", "day"), ["Dussehra 2023", "Vijayadashami 2023"]),
    (Expect("2023-10-15/2023-10-23", "day"), ["Navratri 2023", "Navaratri 2023"]),
    (Expect("2023-11-19", "day"), ["Chhath Puja 2023", "Chhath 2023"]),
    (Expect("2024-01-15", "day"), ["Pongal 2024", "Thai Pongal 2024"]),
    (Expect("2024-01-17", "day"), ["the fourth day of Pongal 2024", "Kaanum Pongal 2024"]),
    (Expect("2024-01-14", "day"), ["Bhogi 2024"]),
    (Expect("2023-09-19", "day"), ["Ganesh Chaturthi 2023"]),
    (Expect("2023-11-27", "day"), ["Guru Nanak Jayanti 2023"]),
    (Expect("2024-01-17", "day"), ["Guru Gobind Singh Jayanti", "Guru Govind Singh Jayanti 2024"]),
    (Expect("2017-01-05", "day"), ["Guru Gobind Singh Jayanti 2017"]),  # the first of the two that year
    (Expect("2024-02-24", "day"), ["Guru Ravidas Birthday 2024", "Guru Ravidass Jayanti 2024"]),
    (Expect("2023-11-14", "day"), ["Bhai Dooj 2023", "Bhai Duj 2023"]),  # the package: Govardhan Puja + 1
    (Expect("2023-10-21", "day"), ["Maha Saptami 2023"]),
    # Gregorian rules of the package: Parsi New Year drifts a day every four years; Tagore's birthday
    (Expect("2024-08-15", "day"), ["Parsi New Year 2024", "Jamshedi Navroz 2024"]),
    (Expect("2023-08-16", "day"), ["Parsi New Year", "parsi new year 2023"]),
    (Expect("2024-05-08", "day"), ["Rabindra Jayanti 2024", "Rabindranath Jayanti 2024"]),
    (Expect("2023-05-09", "day"), ["Rabindra Jayanti 2023"]),
    (Expect("2019-10-27", "day"), ["Lakshmi Puja 2019", "Diwali 2019"]),  # Lakshmi Puja is Diwali's evening
    (Expect("2018-02-19", "day"), ["Clean Monday 2018"]),  # the Orthodox Shrove Monday
    (Expect("2013-03-24", "day"), ["Branch Sunday 2013"]),  # Palm Sunday
    (Expect("2024-01-15", "day"), ["Martin Luther Kings Day"]),
    # Earth Hour: March's last Saturday (a week earlier when that is Holy Saturday, as in 2016 and 2024), 20:30-21:30
    (
        Expect("2016-03-19T20:30/2016-03-19T21:30", "minute", type="TIME"),
        ["Earth Hour 2016", "earth hour 2016"],
    ),
    (Expect("2023-03-25T20:30/2023-03-25T21:30", "minute", type="TIME"), ["Earth Hour 2023"]),
    (Expect("2024-03-23T20:30/2024-03-23T21:30", "minute", type="TIME"), ["Earth Hour", "earth hour"]),
    (Expect("2024-03-31T18:00", "minute", type="TIME"), ["Easter at 6 pm", "Easter Sunday at 6 p.m."]),
]

NEGATIVE: list[str] = [
    "Rakhi Sawant",  # an actress
    "Holi Singh",
    "the festival of lights",  # Diwali or Hanukkah: not said which
    "lag behind",
    "She lent them her car",  # the verb
    "a great fast bowler",
    "the Yom Kippur War",  # the 1973 war, not the feast's day
    "the Ramadan War",
    "Holocaust Day",  # Yom HaShoah or 27 January
    "Durga Puja",  # its days differ by region
    "Navroz",  # the Persian new year in March, or the Parsi one in August
    "Guru Gobind Singh Marg",  # a street
    "a clean break",
    "Kings Cross station",
    "an hour on earth",
]
