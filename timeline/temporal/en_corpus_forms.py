"""More English corpus entries: clock notations, clock ranges, feasts, composed dates (issue #4).

Same reference as `en_corpus` (Wednesday 2024-04-24 09:21); `en_corpus` adds these to its lists.
"""

from __future__ import annotations

from timeline.temporal.corpus import Expect
from timeline.temporal.en_corpus_news import NEWS, NEWS_NARRATIVE, NEWS_NEGATIVES
from timeline.temporal.en_corpus_spoken import SPOKEN, SPOKEN_NARRATIVE, SPOKEN_NEGATIVES
from timeline.temporal.en_corpus_world import WORLD, WORLD_NARRATIVE, WORLD_NEGATIVES

_TIME = {"type": "TIME"}

FORMS: list[tuple[Expect, list[str]]] = [
    # clock notations: 24-hour "h", a/p after the minutes, packed hours, spelled times, o'clock variants
    (Expect("2024-04-24T15:30", "minute", **_TIME), ["15h30", "3:30p", "330 p.m.", "3:30 p m"]),
    (Expect("2024-04-24T03:18", "minute", **_TIME), ["3:18a", "3h18", "3:18 a m"]),
    (Expect("2024-04-24T15:00", "minute", **_TIME), ["15h00", "3 oclock pm", "3 o'clock p.m.", "@ 3pm"]),
    (Expect("2024-04-24T18:00", "minute", **_TIME), ["18h GMT", "six p.m.", "six pm"]),
    (Expect("2024-04-24T10:30", "minute", **_TIME), ["ten thirty am", "ten thirty a.m.", "1030 a.m."]),
    (Expect("2024-04-24T19:45", "minute", **_TIME), ["seven forty-five p.m.", "seven forty five pm"]),
    (Expect("2024-04-24T09:05", "minute", **_TIME), ["nine oh five a.m.", "905 am"]),
    # clock ranges: the opening time takes the closing time's a.m./p.m.
    (
        Expect("2024-04-24T15:00/2024-04-24T16:00", "minute", **_TIME),
        ["3-4pm", "3 to 4 p.m.", "from 3 to 4 pm", "between 3 and 4 p.m.", "3pm-4pm", "15h-16h"],
    ),
    (
        Expect("2024-04-24T09:30/2024-04-24T11:00", "minute", **_TIME),
        ["9:30 - 11:00", "9:30 to 11 a.m.", "from 9:30 until 11:00", "9h30 - 11h", "9:30-11 am"],
    ),
    (
        Expect("2024-04-24T11:30/2024-04-24T13:30", "minute", **_TIME),
        ["11:30-1:30", "11:30 a.m. to 1:30 p.m.", "from 11:30 to 1:30"],
    ),
    (
        Expect("2024-04-18T09:00/2024-04-18T11:00", "minute", **_TIME),
        ["Thursday from 9 to 11 a.m.", "9-11am on Thursday", "Thursday 9am-11am"],
    ),
    (
        Expect("2024-04-25T13:00/2024-04-25T14:00", "minute", **_TIME),
        ["1pm-2pm tomorrow", "tomorrow from 1 to 2 pm"],
    ),
    # feasts counted from Easter (Western 2024-03-31, Orthodox 2024-05-05)
    (Expect("2024-03-28", "day"), ["Maundy Thursday", "Holy Thursday", "maundy thursday"]),
    (Expect("2024-02-13", "day"), ["Shrove Tuesday", "Mardi Gras", "Pancake Day", "mardi gras"]),
    (Expect("2024-02-14", "day"), ["Ash Wednesday"]),
    (Expect("2024-05-19", "day"), ["Whit Sunday", "Pentecost Sunday", "whitsunday"]),
    (Expect("2024-05-20", "day"), ["Whit Monday", "whit monday", "Monday of the Holy Spirit"]),
    (Expect("2024-05-26", "day"), ["Trinity Sunday"]),
    (Expect("2024-05-09", "day"), ["Ascension Day"]),
    (Expect("2018-02-19", "day"), ["Orthodox Shrove Monday 2018", "orthodox shrove monday 2018"]),
    (Expect("2018-03-31", "day"), ["Lazarus Saturday 2018"]),
    (Expect("2024-03-24", "day"), ["Palm Sunday"]),
    (Expect("2024-03-15", "day"), ["the ides of March", "the Ides of March", "Ides of March"]),
    (Expect("2018-04-27", "day"), ["King's Day 2018", "Koningsdag 2018", "king's day 2018"]),
    (Expect("2014-04-26", "day"), ["King's Day 2014", "Koningsdag 2014"]),
    # a weekday counted in weeks (Wednesday 2024-04-24)
    (Expect("2024-05-03", "day"), ["Friday after next", "2 Fridays from now", "two Fridays from now"]),
    (Expect("2024-05-08", "day"), ["Wednesday after next", "two Wednesdays from now"]),
    (Expect("2024-04-11", "day"), ["2 Thursdays ago", "two Thursdays back"]),
    (Expect("2024-01-15", "day"), ["Civil Rights Day", "Martin Luther King's Day"]),
    # Islamic feasts by the Umm al-Qura calendar; Ramadan is the whole month
    (Expect("2018-06-15", "day"), ["Eid al-Fitr 2018", "Eid ul-Fitr 2018", "eid al fitr 2018"]),
    (Expect("2018-08-21", "day"), ["Eid al-Adha 2018", "Bakr Id 2018", "Feast of the Sacrifice 2018"]),
    (Expect("2024-06-16", "day"), ["Eid al-Adha", "Eid ul-Adha"]),
    (Expect("2023-06-28", "day"), ["last Eid al-Adha"]),
    (
        Expect("2018-05-16/2018-06-14", "day", start="2018-05-16", end="2018-06-14"),
        ["Ramadan 2018", "ramadan 2018"],
    ),
    (Expect("2024-03-11/2024-04-09", "day"), ["Ramadan"]),
    (Expect("2017-06-22", "day"), ["Laylat al-Qadr 2017", "Night of Power 2017"]),
    (Expect("2018-09-11", "day"), ["Islamic New Year 2018", "Hijri New Year 2018"]),
    (Expect("2017-09-30", "day"), ["Ashura 2017", "Day of Ashura 2017"]),
    (Expect("2018-04-13", "day"), ["Isra and Mi'raj 2018", "Isra and Miraj 2018"]),
    (Expect("2017-06-23", "day"), ["Jumu'atul-Wida 2017", "Jamat ul-Vida 2017"]),
    # days of one month, and a part of a written day
    (
        Expect("2024-03-10/2024-03-12", "day"),
        [
            "March 10 thru 12",
            "from March 10-12",
            "from the 10 to 12 March",
            "from the 10th to the 12th of March",
        ],
    ),
    (Expect("2024-04-24T15:20", "minute", **_TIME), ["3:20 in afternoon", "3:20 in the afternoon"]),
    (Expect("2024-04-24T20:00", "minute", **_TIME), ["in the evening at eight", "in the evening at 8"]),
    (
        Expect("2024-03-03", "day", timex="2024-03-03TMO"),
        ["the morning of March 3", "March 3 in the morning", "morning of the 3rd of March"],
    ),
    (
        Expect("2023-12-25", "day", timex="2023-12-25TEV"),
        ["the evening of Christmas", "Christmas Day in the evening"],
    ),
    # an early / mid / late week keeps the week and covers a third of it, as early / mid / late March does
    (
        Expect("2024-W17", "week", "late", timex="2024-W17", start="2024-04-26", end="2024-04-28"),
        ["the end of this week", "end of this week", "late this week", "the end of the current week"],
    ),
    (
        Expect("2024-W18", "week", "early", timex="2024-W18", start="2024-04-29", end="2024-05-01"),
        ["early next week", "the beginning of next week"],
    ),
    (
        Expect("2024-W16", "week", "late", timex="2024-W16", start="2024-04-19", end="2024-04-21"),
        ["late last week", "the end of last week"],
    ),
    (
        Expect("2024-W18", "week", "mid", timex="2024-W18", start="2024-04-30", end="2024-05-02"),
        ["mid next week", "the middle of next week"],
    ),
    # a feast some years ago
    (Expect("2022-12-25", "day"), ["Christmas two years ago", "Christmas 2 years ago"]),
    (Expect("2021-04-04", "day"), ["Easter three years ago"]),
    # Vesak on the Chinese calendar's 4th month, 15th day; Boss's Day moves off a weekend; an era after a year
    (Expect("2024-05-22", "day"), ["Vesak 2024", "Buddha Day 2024", "Buddha Purnima 2024"]),
    (Expect("2021-10-15", "day"), ["Boss's Day 2021", "Bosses Day 2021"]),
    (Expect("2016-10-17", "day"), ["Boss's Day 2016"]),
    (Expect("2014", "year"), ["2014 A.D.", "2014 AD", "2014 CE"]),
    # a day written beside a clock time
    (Expect("2024-04-25T16:00", "minute", **_TIME), ["4/25 at 4:00pm", "4/25 at 16h00", "4/25 4 p.m."]),
    (
        Expect("2023-12-25T18:00", "minute", **_TIME),
        ["Christmas at 6 pm", "Christmas Day at 6 p.m.", "xmas at 6pm"],
    ),
    (
        Expect("2024-04-26T17:00", "minute", **_TIME),
        ["the day after tomorrow at 5pm", "day after tomorrow 5 p.m."],
    ),
    (Expect("2024-04-25T10:00", "minute", **_TIME), ["tomorrow morning at 10am", "10 a.m. tomorrow"]),
    (
        Expect("2024-04-19T19:30", "minute", **_TIME),
        [
            "7:30 PM on Fri, Apr 19",
            "7:30 p.m. on Friday, April 19",
            "Fri, Apr 19, 2024 07:30 PM",
            "Fri, Apr 19 at 19h30",
        ],
    ),
    (
        Expect("2024-04-25T13:40", "minute", **_TIME),
        ["20 minutes to 2pm tomorrow", "20 minutes to 2 p.m. tomorrow"],
    ),
    (Expect("2024-04-27T17:00", "minute", **_TIME), ["in 3 days at 5pm", "in three days at 5 p.m."]),
    # a weekday with a day of the month: the month where they agree
    (Expect("2024-04-16", "day"), ["Tuesday the 16th", "Tue 16th", "Tuesday 16th", "Tues. the 16th"]),
    (Expect("2024-04-12", "day"), ["Friday the 12th", "Fri the 12th"]),
    (Expect("2024-09-13", "day", prefer="future"), ["Friday the 13th", "Fri 13th"]),
    # a numeric month/day where a preposition or weekday makes it a date; a numeric year and month
    (Expect("2024-03-15", "day"), ["on 3/15", "Friday 3/15", "on 3-15", "Fri, 3/15"]),
    (Expect("2024-03-15/..", "day", "since"), ["since 3/15"]),
    (Expect("2023-11", "month"), ["2023-11", "2023/11", "11/2023"]),
    # a day of a month named by its place
    (
        Expect("2024-05-20", "day"),
        ["the 20th of next month", "20 of next month", "the 20th day of the next month"],
    ),
    (Expect("2024-04-20", "day"), ["the 20th of this month", "20th of the current month"]),
    (Expect("2024-03-05", "day"), ["the 5th of last month", "the fifth of the previous month"]),
    (Expect("2023-10-31", "day"), ["the last day of October 2023", "last day in October 2023"]),
    (Expect("2024-03-03", "day"), ["the third day of March", "3rd day of March"]),
    (Expect("2024-02-01", "day"), ["the first day of February 2024", "the first day of February"]),
    # a part of "the following week" (no story date: the week after publication's)
    (
        Expect("2024-W18", "week", "late", start="2024-05-03", end="2024-05-05"),
        ["the end of the following week", "end of the following week"],
    ),
    (Expect("2024-W18", "week", "early", start="2024-04-29"), ["the beginning of the following week"]),
    # a feast some years or months ahead: that year's feast
    (Expect("2027-11-25", "day"), ["Thanksgiving in 3 years", "Thanksgiving three years from now"]),
    (
        Expect("2025-12-25", "day"),
        ["Christmas a year from now", "Christmas in a year", "Christmas 12 months hence"],
    ),
    (Expect("2026-04-05", "day"), ["Easter in two years"]),
    # clock times with seconds; twelve at night is midnight; an approximate clock range; "this" weekday
    (Expect("2024-04-24T15:23:24", "second", **_TIME), ["15:23:24", "3:23:24 p.m.", "3:23:24 pm EDT"]),
    (Expect("2024-04-24T09:01:10", "second", **_TIME), ["9:01:10 a.m.", "9:01:10 AM"]),
    (Expect("2024-04-24T24", "hour", **_TIME), ["tonight at 12", "this evening at 12", "12 tonight"]),
    (
        Expect("2024-04-24T15:00/2024-04-24T16:00", "minute", "approximate", **_TIME),
        ["around 3-4 p.m.", "about 3 to 4 pm"],
    ),
    (Expect("2024-04-25T09:00/2024-04-25T11:00", "minute", prefer="future", **_TIME), ["this Thu 9-11am"]),
    # the nth week of a month: the week from its nth (or last) Monday, as 3月第三周 is
    (Expect("2014-W41", "week", start="2014-10-06", end="2014-10-12"), ["the first week of October 2014"]),
    (Expect("2024-W12", "week"), ["the third week of March", "3rd week in March"]),
    (Expect("2024-W19", "week"), ["the first week of next month"]),
    (Expect("2014-W40", "week"), ["the fifth week of September 2014", "the last week of September 2014"]),
    # a century: its hundred years (as 20世纪 is); TimeML writes it as two digits
    (
        Expect("1900/1999", "year", timex="1900", start="1900-01-01", end="1999-12-31"),
        ["the 20th century", "the twentieth century", "20th century"],
    ),
    (
        Expect("1800/1899", "year", "early", end="1832-12-31"),
        ["the early 19th century", "early nineteenth century"],
    ),
    (Expect("2000/2099", "year"), ["the 21st century", "the twenty-first century"]),
    (
        Expect("1300/..", "year", "since"),
        ["since the 14th century", "since the beginning of the 14th century"],
    ),
    # days or weeks counted from a feast: the feast's day, moved
    (Expect("2024-04-03", "day"), ["three days after Easter", "3 days after Easter"]),
    (Expect("2023-12-27", "day"), ["two days after Christmas", "two days after Christmas 2023"]),
    (Expect("2023-11-16", "day"), ["a week before Thanksgiving", "one week before Thanksgiving 2023"]),
    # this / last / next decade (but "the last decade", "the next decade" are ten years long)
    (Expect("202X", "decade", start="2020-01-01", end="2029-12-31"), ["this decade", "the current decade"]),
    (Expect("201X", "decade"), ["last decade"]),
    (Expect(None, type="DURATION", timex="P10Y"), ["the last decade", "the next decade"]),
    # "from" / "starting" a day or a clock time opens an interval (a month or year after "from" does not)
    (Expect("2024-04-25/..", "day", "since"), ["from tomorrow", "starting tomorrow", "beginning tomorrow"]),
    (
        Expect("2024-07-01/..", "day", "since"),
        ["from 1 July 2024", "starting July 1, 2024", "starting on July 1, 2024"],
    ),
    (Expect("2024-04-24T14:00/..", "minute", "since", type="TIME"), ["from 2 pm", "starting 2 p.m."]),
    # a fortnight is two weeks, read like them
    (Expect("2024-W15", "week"), ["a fortnight ago", "one fortnight ago", "two weeks ago"]),
    (Expect("2024-05-08", "day"), ["a fortnight hence", "a fortnight from now", "in a fortnight"]),
    (Expect(None, type="DURATION", timex="P2W"), ["a fortnight"]),
    (Expect(None, type="DURATION", timex="P4W"), ["two fortnights"]),
    # two quarters counted from a year's start or end are its half
    (Expect("1990-01/1990-06", "half", timex="1990-H1"), ["the first two quarters of 1990"]),
    (Expect("1990-07/1990-12", "half", timex="1990-H2"), ["the final two quarters of 1990"]),
]

FORM_NEGATIVES: list[str] = [
    "a 12h shift", "the 24h news cycle", "the 9-11 attacks", "from 3 to 5", "won 3 to 4", "1030 votes",
    "around 1030", "shares at 3p", "the king's day began", "they lost 11-1", "a 3-4 loss", "a 9h flight",
    "ten thirty", "won 12-3", "rose 1/8 to 101 1/8", "up 3/4", "1/8 of the vote", "scored 2/15", "a 3/4 majority",
    "they won 2-1", "the fourth decline", "the 20th of the runners", "the last day of school", "a 5-10 record",
    "the night journey was long", "a night of power cuts", "his ascension to heaven", "the morning of the wedding",
    "the evening of his life", "the night of the long knives",
    "a stolen 2012 Honda Civic", "his 1987 Chevrolet Cavalier", "the March of the Combatant Mothers", "at the annual March for Life", "high noon comes", "the midnight-to-8 a.m. shift", "a noon-to-6 p.m. slot", "the night before the vote", "a 20th Century Fox film", "the 19th-century mansion", "the fifth Monday of February 2024", "the fifth week of February 2024", "finished in 2:05:37", "a 1:59:40 marathon", "He quoted John 3:16 in the sermon.", "as Luke 2:10-11 puts it", "read Psalm 23:4 aloud", "see chapter 4:12",
    "the quarter-to-quarter comparison", "the quarter-point cut", "a hundred people",
    "three quarters of the vote", "the day ago", 'on ABC\'s "This Week,"', "the film ``High Noon.''",
    "Two thousand voters lined up.", "Some two thousand people marched.", "nineteen hundred of them",
]  # fmt: skip
"""Strings that look like the forms above but are not dates."""

FORM_NARRATIVE: list[tuple[str, str, str]] = [
    # (text, the mention's text, its expected value); reference Wednesday 2024-04-24 09:21
    # a plan told in the past looks ahead, unless the clause says the planned day went by
    ("Protesters planned a march on Saturday.", "Saturday", "2024-04-27"),
    ("Organizers are planning a vigil on Friday.", "Friday", "2024-04-26"),
    ("Organizers planned a vigil on Saturday, police said.", "Saturday", "2024-04-27"),
    ("A concert planned in the park for Saturday was called off after the storm.", "Saturday", "2024-04-20"),
    ("The parade went ahead as planned on Saturday.", "Saturday", "2024-04-20"),
    ("He flew back from Monday's summit.", "from Monday", "2024-04-22"),
    ("Prices rose 5% from 2019.", "2019", "2019"),
    # a present-tense schedule verb right before a weekday announces it; a noun after "the" does not
    ("Leaders meet separately Monday with the envoy.", "Monday", "2024-04-29"),
    ("The ministry said the council reconvenes on Tuesday.", "Tuesday", "2024-04-30"),
    ("The president travels to Ohio on Friday.", "Friday", "2024-04-26"),
    ("The votes Monday showed a shift.", "Monday", "2024-04-22"),
    ("The flower fair opens to the public on Friday.", "Friday", "2024-04-26"),
    ("The coach meets with the owners on Monday.", "Monday", "2024-04-29"),
    ("The grocery chain reports quarterly earnings Thursday.", "Thursday", "2024-04-25"),
    ("The bureau reports Monday that rents rose.", "Monday", "2024-04-22"),
    ("The new phone goes on sale Friday.", "Friday", "2024-04-26"),
    # a yearless day range a few weeks after publication is this year's, as a single day is
    ("ATTEND the clinic, May 10–12, at the county fairground.", "May 10–12", "2024-05-10/2024-05-12"),
    ("ATTEND the clinic, May 10, at the county fairground.", "May 10", "2024-05-10"),
    # a past verb right before a yearless month looks back, even within the news look-ahead
    ("The board he appointed in June has not met.", "June", "2023-06"),
    ("The vote scheduled in June may slip.", "June", "2024-06"),
    # a model's year names the model: the season after it is not read in that year
    ("The 2021 Rover Zeta has a bigger battery. It goes on sale in the summer.", "the summer", "2024-22"),
    # midnight told in the past is the one that began the publication day; ahead, the one that ends it
    ("Police said the driver was stopped around midnight.", "around midnight", "2024-04-24T00"),
    ("The new rules take effect at midnight.", "midnight", "2024-04-24T24"),
    # a bare clock time takes the day written earlier in its sentence
    ("On Saturday, the driver was stopped at 11 p.m.", "11 p.m.", "2024-04-20T23:00"),
    ("On March 3 the ferry left port at 6:15 a.m. with 40 aboard.", "6:15 a.m.", "2024-03-03T06:15"),
    ("The ferry sank on Saturday. Rescuers arrived at 11 p.m.", "11 p.m.", "2024-04-24T23:00"),
    ("On Saturday, the driver was stopped at 11 p.m. and released at 3 p.m.", "3 p.m.", "2024-04-20T15:00"),
    (
        "No checks were made from 10:30 p.m. Aug. 9 to the following morning.",
        "the following morning",
        "2023-08-10",
    ),
    # a part of the story's day: the day, its TIMEX3 part of day
    ("The fire began on June 2, 2019. The next morning, crews left.", "The next morning", "2019-06-03"),
    ("The fire began on June 2, 2019. That night, crews left.", "That night", "2019-06-02"),
    ("The fire began on June 2, 2019. Later that evening, crews left.", "Later that evening", "2019-06-02"),
    ("The plant opened on June 2, 2019; the night before, it was sold.", "the night before", "2019-06-01"),
    # a quarter counted from the story's quarter
    (
        "Sales rose in the third quarter of 2021, up from the previous quarter.",
        "the previous quarter",
        "2021-04/2021-06",
    ),
    (
        "Sales rose in the third quarter of 2021 and again the following quarter.",
        "the following quarter",
        "2021-10/2021-12",
    ),
    # a date that names an event ("the August 2019 cease-fire") dates it in its own sentence only
    (
        "He signed the pact after the August 2019 cease-fire. The rebels attacked on March 2 and lost.",
        "March 2",
        "2024-03-02",
    ),
    (
        "Two men were charged in the Dec. 21, 2018, bombing of a bus. They were freed after the court ruled in February.",
        "February",
        "2024-02",
    ),
    ("The August 2019 cease-fire collapsed on Aug. 20.", "Aug. 20", "2019-08-20"),
    ("The truce began in August 2019. On Aug. 20 it was extended.", "Aug. 20", "2019-08-20"),
    ("The truce of August 2019 was signed in Geneva. On Aug. 20 it was extended.", "Aug. 20", "2019-08-20"),
    # a past verb after an aside still tells a yearless month that it went by
    ("In June, a week after the vote, a bomb killed a guard.", "June", "2023-06"),
    ("In June, two days after the count, the mayor resigned.", "June", "2023-06"),
    ("In June, a week after the vote, the council will meet again.", "June", "2024-06"),
    # a point compared with ("from a year ago") is not the story's date that "a year earlier" counts from
    (
        "Output fell 8% from a year ago. Sales rose to $1 billion, compared with $900 million a year earlier.",
        "a year earlier",
        "2023",
    ),
    ("A year ago the firm was bankrupt. A year earlier it had been thriving.", "A year earlier", "2022"),
    # "were planning to" is a plan too: it does not say the planned day went by
    (
        "Protesters planned a rally in the square on Saturday and were planning to march on Monday.",
        "Saturday",
        "2024-04-27",
    ),
    # a sentence may end inside its closing quote: the year before it does not date the next sentence
    (
        'An analyst, who cut his 2025 forecast, called the drop "fair." While the third-quarter results were weak, the outlook held.',
        "the third-quarter",
        "2023-07/2023-09",
    ),
    # wire style: the same time in GMT in brackets between the clock time and its day
    (
        "The quake struck at 10:35 a.m. (0735 GMT) Friday, officials said.",
        "10:35 a.m. (0735 GMT) Friday",
        "2024-04-19T10:35",
    ),
]
"""Sentences whose mentions read their clause (tense) or sentence (day); appended to `en_corpus.NARRATIVE`."""

FORMS += SPOKEN
FORM_NEGATIVES += SPOKEN_NEGATIVES
FORM_NARRATIVE += SPOKEN_NARRATIVE
FORMS += WORLD
FORM_NEGATIVES += WORLD_NEGATIVES
FORM_NARRATIVE += WORLD_NARRATIVE
FORMS += NEWS
FORM_NEGATIVES += NEWS_NEGATIVES
FORM_NARRATIVE += NEWS_NARRATIVE
