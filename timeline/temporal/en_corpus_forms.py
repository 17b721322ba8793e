"""More English corpus entries: clock notations, clock ranges, feasts, composed dates (issue #4).

Same reference as `en_corpus` (Wednesday 2024-04-24 09:21); `en_corpus` adds these to its lists.
"""

from __future__ import annotations

from timeline.temporal.corpus import Expect

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
    (Expect("2024-05-19", "day"), ["Whit Sunday", "White Sunday", "Pentecost Sunday", "whitsunday"]),
    (Expect("2024-05-20", "day"), ["Whit Monday", "whit monday", "Monday of the Holy Spirit"]),
    (Expect("2024-05-26", "day"), ["Trinity Sunday"]),
    (Expect("2024-05-09", "day"), ["Ascension Day"]),
    (Expect("2018-02-19", "day"), ["Clean Monday 2018", "clean monday 2018", "orthodox shrove monday 2018"]),
    (Expect("2018-03-31", "day"), ["Lazarus Saturday 2018"]),
    (Expect("2024-03-24", "day"), ["Branch Sunday", "Palm Sunday"]),
    (Expect("2024-03-15", "day"), ["the ides of March", "the Ides of March", "Ides of March"]),
    (Expect("2018-04-27", "day"), ["King's Day 2018", "Koningsdag 2018", "king's day 2018"]),
    (Expect("2024-01-15", "day"), ["Civil Rights Day", "Martin Luther King's Day"]),
]

FORM_NEGATIVES: list[str] = [
    "a 12h shift", "the 24h news cycle", "the 9-11 attacks", "from 3 to 5", "won 3 to 4", "1030 votes",
    "around 1030", "shares at 3p", "the king's day began", "they lost 11-1", "a 3-4 loss", "a 9h flight",
    "ten thirty", "won 12-3",
]  # fmt: skip
"""Strings that look like the forms above but are not dates."""
