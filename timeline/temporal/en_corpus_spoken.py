"""English corpus, spoken forms (issue #4): clock times as people say them, the early hours of a day, the rest of
the year, the N whole units around now, feasts with a spelled year. Appended to `en_corpus_forms`' lists.

Same reference as `en_corpus` (Wednesday 2024-04-24 09:21). Written by us.
"""

from __future__ import annotations

from timeline.temporal.corpus import Expect

_TIME = {"type": "TIME"}

SPOKEN: list[tuple[Expect, list[str]]] = [
    # clock times as people say them (spoken clock time): approximate, British "half three", spelled minutes
    (
        Expect("2024-04-24T15:00", "minute", "approximate", **_TIME),
        ["3ish pm", "3 p.m. approximately", "3pm-ish"],
    ),
    (Expect("2024-04-24T03:30", "minute", **_TIME), ["half three"]),
    (Expect("2024-04-24T19:30", "minute", **_TIME), ["730 in the evening"]),
    (Expect("2024-04-24T10:30", "minute", **_TIME), ["1030 in the morning"]),
    (Expect("2024-04-24T03:00", "minute", **_TIME), ["3 in the AM", "3 in the morning"]),
    (Expect("2024-04-25T12/2024-04-25T13", "hour", **_TIME), ["tomorrow at lunch", "tomorrow lunchtime"]),
    (Expect("2024-04-24T08:00/2024-04-24T18:00", "minute", **_TIME), ["8am until 6", "from 8 a.m. to 6"]),
    (Expect("2025-07-18", "day"), ["Jul 18, Fri", "July 18, Friday"]),  # the year when July 18 is a Friday
    (Expect("2014", "year", "after"), ["anytime after 2014", "some time after 2014"]),
    (Expect("2014", "year", "before"), ["sometime before 2014", "sometimes before 2014"]),
    (Expect("2024-04-24", "day", "late", timex="2024-04-24TNI"), ["late tonite", "late tonight"]),
    (Expect("2024-04-25", "day", timex="2024-04-25TAF"), ["tomorrow afternoonish", "tomorrow afternoon-ish"]),
    (
        Expect("2024-04-24T09:00/2024-04-24T11:00", "minute", **_TIME),
        ["from 9 to 11 in the morning", "9-11 in the morning"],
    ),
    (
        Expect("2024-04-24T15:00/2024-04-24T16:00", "minute", **_TIME),
        ["3-4 in the afternoon", "from 3 to 4 in the PM"],
    ),
    (Expect("2010-04-04", "day"), ["Easter Sunday two thousand ten", "Easter Sunday 2010"]),
    (
        Expect("2023-10-30", "day"),
        ["the 2nd last day of October 2023", "the second last day of October 2023"],
    ),
    # the early hours of a day: its early morning; the rest of this week / month / year: from the story's day on
    (
        Expect("2024-04-22", "day", "early", timex="2024-04-22TMO"),
        ["in the early hours of Monday", "Monday early morning", "Monday in the early hours"],
    ),
    (Expect("2024-04-24/2024-12-31", "day"), ["the rest of the year", "rest of the year"]),
    (
        Expect("2024-04-24T16:00/2024-04-24T16:30", "minute", **_TIME),
        ["4pm for 30 mins", "from 4 p.m. for thirty minutes", "16:00 for half an hour"],
    ),
    (Expect("2024-04-24/2024-04-28", "day"), ["the rest of the week", "the rest of this week"]),
    # the N whole units before or after the current one (as 过去三年, 未来两个月); TimeML keeps a DURATION
    (Expect("2021/2023", "year"), ["the past three years", "the last 3 years", "last three years"]),
    (Expect("2025/2027", "year"), ["the next three years", "the coming 3 years", "next three years"]),
    (Expect("2023-10/2024-03", "quarter"), ["the past two quarters", "the last 2 quarters"]),
    (
        Expect("2024-W15/2024-W16", "week", start="2024-04-08", end="2024-04-21"),
        ["the past two weeks", "last 2 weeks"],
    ),
    (Expect("2024-04-25/2024-04-27", "day"), ["the next three days", "the next 3 days", "next three days"]),
    (
        Expect("2024-05/2024-06", "month"),
        ["the coming two months", "upcoming two months", "the next 2 months"],
    ),
    (Expect("2023", "year"), ["the last one year"]),
    (Expect("2024-04-22T09/2024-04-24T08", "hour", type="TIME"), ["the past 48 hours", "the last 48 hours"]),
    # a length of time without a count, written as an adjective
    (Expect(None, type="DURATION", timex="PXDE"), ["decades-long"]),
    (Expect(None, type="DURATION", timex="PXY"), ["years-long", "years-old"]),
    (Expect(None, type="DURATION", timex="PXM"), ["months-long"]),
    (Expect(None, type="DURATION", timex="P1D"), ["day-long"]),
    (Expect(None, type="DURATION", timex="P1W"), ["week-long"]),
    # counts in hundreds and thousands, lengths of trading days, extra years, vague quarters
    (
        Expect(None, type="DURATION", timex="P100Y"),
        ["a hundred years", "one hundred years", "almost a hundred years"],
    ),
    (Expect(None, type="DURATION", timex="P2000Y"), ["two thousand years", "more than two thousand years"]),
    (Expect(None, type="DURATION", timex="P1Y"), ["an additional year", "one extra year", "a further year"]),
    (
        Expect(None, type="DURATION", timex="P8D"),
        ["eight trading days", "8 business days", "eight working days"],
    ),
    (Expect(None, type="DURATION", timex="PXQ"), ["several quarters", "a few quarters"]),
    # "months ago" without a count: some time back, like "a few months ago"
    (Expect("../2024-04-24", timex="PAST_REF"), ["months ago", "years ago", "weeks ago"]),
    (Expect("2024", "year", "late"), ["year's end"]),
]

SPOKEN_NEGATIVES: list[str] = [
    "the last two years of his life", "the next three days after the vote", "the past two years' growth",
    "a three-year high", "the last 3-year plan", "prices fell over the next three weeks", "The next two months were hard.",
    "the past two years before the merger", "the last two days of the trial", "the next 2.5 years",
    "cut in half three times", "priced at three twenty euros", "half three-quarters", "a free lunch", "lunch money",
    "at three twenty-somethings", "1030 in votes",  "won 8 - 6.",
    "The plant was closed for the rest of the month.", "the rest of the world",
]  # fmt: skip
"""Strings that look like the forms above but are not dates."""

SPOKEN_NARRATIVE: list[tuple[str, str, str]] = [
    # (text, the mention's text, its expected value)
    # a spoken clock time after "at"; a bare closing hour only ends a clause after a.m./p.m.
    ("The vote opens at seven forty-five tomorrow.", "seven forty-five", "2024-04-24T07:45"),
    ("The shop opened at 8am until 6 people came.", "8am", "2024-04-24T08:00"),
    ("Doors open 9:30 - 11.", "9:30", "2024-04-24T09:30"),
    ("At Christmas two thousand pilgrims came.", "Christmas", "2023-12-25"),  # a count, not the year 2000
    ("The shop is closed for the rest of the week.", "the rest of the week", "2024-04-24/2024-04-28"),
    ("Prices will stay high for the rest of the year.", "the rest of the year", "2024-04-24/2024-12-31"),
]
"""Sentences whose mentions read their clause (tense) or sentence; appended to `FORM_NARRATIVE`."""
