"""English corpus entries for the date styles of British, Irish, Australian and Indian outlets (issue #4).

Same reference as `en_corpus` (Wednesday 2024-04-24 09:21); `en_corpus_forms` adds these to its lists.
"""

from __future__ import annotations

from timeline.temporal.corpus import Expect

_TIME = {"type": "TIME"}

WORLD: list[tuple[Expect, list[str]]] = [
    # British clock times with a dot: a.m./p.m. or a time zone makes them clock times
    (Expect("2024-04-24T09:15", "minute", **_TIME), ["9.15am", "9.15 a.m.", "9.15 am"]),
    (Expect("2024-04-24T22:30", "minute", **_TIME), ["10.30pm", "10.30 p.m."]),
    (
        Expect("2024-04-24T17:30", "minute", **_TIME),
        ["17.30 GMT", "17.30 BST", "5.30pm GMT", "17.30 local time"],
    ),
    (
        Expect("2024-04-24T09:30/2024-04-24T17:30", "minute", **_TIME),
        ["9.30am-5.30pm", "9.30am to 5.30pm", "from 9.30 to 5.30pm", "between 9.30am and 5.30pm"],
    ),
    # Indian, Australian and Asian time zones; a 24-hour clock time in hours ("at 1730 hrs")
    (Expect("2024-04-24T10:00", "minute", **_TIME), ["10 am IST", "10am AEST", "10.00am SGT", "10:00 AEDT"]),
    (Expect("2024-04-24T17:30", "minute", **_TIME), ["17:30 hrs", "17:30 hours", "17.30 IST"]),
    # financial years: "FY24" is the year it is named by; a split year spans both calendar years
    (Expect("2024", "year"), ["FY24", "FY 24", "FY'24", "FY2024"]),
    (Expect("2023/2024", "year"), ["FY2023-24", "FY23-24", "FY 23/24", "FY2023/24", "2023/24", "2023-24"]),
    (Expect("2019/2023", "year"), ["from 2019-20 to 2022-23", "between 2019/20 and 2022/23"]),
    # a weekday a week on or back; a unit two away
    (Expect("2024-05-05", "day"), ["Sunday week", "a week on Sunday", "Sunday after next"]),
    (Expect("2024-04-12", "day"), ["a week last Friday"]),
    (Expect("2024-W15", "week"), ["the week before last"]),
    (Expect("2024-W19", "week"), ["the week after next"]),
    (Expect("2024-02", "month"), ["the month before last"]),
    (Expect("2022", "year"), ["the year before last"]),
    # the night of two days (Indian and British reports): the night that opens on the first
    (
        Expect("2024-03-27", "day"),
        ["the intervening night of March 27-28", "the night of 27-28 March", "the night of 27/28 March"],
    ),
    # days of the Commonwealth press
    (Expect("2024-04-25", "day"), ["Anzac Day", "ANZAC Day"]),
    (Expect("2024-01-26", "day"), ["Australia Day"]),
    (Expect("2023-11-12", "day"), ["Remembrance Sunday"]),
    (Expect("2023-11-11", "day"), ["Remembrance Day", "Armistice Day"]),
    (Expect("2023-11-05", "day"), ["Bonfire Night", "Guy Fawkes Night"]),
    (Expect("2024-04-23", "day"), ["St George's Day", "St. George’s Day"]),
    (Expect("2023-11-30", "day"), ["St Andrew's Day"]),
    (Expect("2023-10-02", "day"), ["Gandhi Jayanti"]),
    # typographic apostrophes read as plain ones
    (Expect("2024-01-01", "day"), ["New Year’s Day"]),
    (Expect("2024-03-17", "day"), ["St. Patrick’s Day"]),
]

WORLD_NEGATIVES: list[str] = [
    "tickets at 17.30 euros", "inflation of 4.5%", "the index rose 2.15 points", "a 10.30 per cent rise",
    "the pound bought 1.25 dollars", "version 3.10 was released", "a margin of 12.45",
    "the FY column", "FY 2.5", "a fy24 typo", "FY2023-27",
    "George Day and David Canada", "the week before the last vote", "took 2.30 hours", "worked 1200 hours",
    "a 24 hours shift",
]  # fmt: skip
"""Strings that look like the forms above but are not dates."""

WORLD_NARRATIVE: list[tuple[str, str, str]] = [
    # (text, the mention's text, its expected value); reference Wednesday 2024-04-24 09:21
    ("The polls closed at 10.30pm on Thursday.", "10.30pm on Thursday", "2024-04-18T22:30"),
    # Indian style: the weekday in brackets glosses the date before it
    ("Voting ended on April 19 (Friday).", "Friday", "2024-04-19"),
    ("Voting ended on April 19 (Friday).", "April 19", "2024-04-19"),
    # a 24-hour clock time in hours after "at" (Indian and military style)
    ("The convoy left the base at 1730 hrs.", "1730 hrs", "2024-04-24T17:30"),
    ("Shelling resumed at 06.45 hours.", "06.45 hours", "2024-04-24T06:45"),
    ("Protesters stayed in the foyer until 06.15 hours.", "until 06.15 hours", "../2024-04-24T06:15"),
]
"""Sentences whose mentions read their clause (tense) or sentence; appended to `FORM_NARRATIVE`."""
