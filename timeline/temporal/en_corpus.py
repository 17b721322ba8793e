"""English corpus: expected value → surface forms, and negatives. Run by tests/test_corpus.py.

Reference: Wednesday 2024-04-24 09:21 (news: a bare weekday is the one before publication).
"""

from __future__ import annotations

from datetime import datetime

from timeline.temporal.corpus import Expect
from timeline.temporal.en_corpus_forms import FORM_NARRATIVE, FORM_NEGATIVES, FORMS

LANG = "en"
REFERENCE = datetime(2024, 4, 24, 9, 21)  # a Wednesday

_MONTH_FORMS = {
    1: ("January", "Jan."),
    2: ("February", "Feb."),
    3: ("March", "Mar."),
    4: ("April", "Apr."),
    5: ("May",),
    6: ("June",),
    7: ("July",),
    8: ("August", "Aug."),
    9: ("September", "Sept.", "Sep."),
    10: ("October", "Oct."),
    11: ("November", "Nov."),
    12: ("December", "Dec."),
}

EXAMPLES: list[tuple[Expect, list[str]]] = [
    # absolute: years, months, days
    (Expect("2016", "year"), ["2016", "the year 2016", "Year 2016"]),
    (Expect("1998", "year"), ["1998", "fiscal 1998", "fiscal year 1998", "FY1998"]),
    (
        Expect("2017-09", "month"),
        ["September 2017", "Sept. 2017", "Sep. 2017", "September of 2017", "September, 2017"],
    ),
    (
        Expect("2023-02-16", "day"),
        [
            "Feb. 16, 2023",
            "February 16, 2023",
            "16 February 2023",
            "February 16th, 2023",
            "2/16/2023",
            "02/16/2023",
            "2023-02-16",
            "Thursday, Feb. 16, 2023",
            "the 16th of February 2023",
            "16th February 2023",
            "Feb 16 2023",
            "16/2/2023",
        ],
    ),
    (Expect("2024-03-28", "day", "as_of"), ["as of March 28", "as of March 28, 2024", "as of 28 March 2024"]),
    (Expect("2024-03-05", "day"), ["March 5", "Mar. 5", "March 5th", "5 March", "5th of March", "March 5"]),
    (Expect("2023-12-05", "day"), ["Dec. 5", "December 5", "5 December"]),
    (Expect("2024-04-10", "day"), ["April 10", "Apr. 10", "10 April"]),
    (
        Expect("1999-07-04", "day"),
        ["July 4, 1999", "4 July 1999", "7/4/1999", "1999-07-04", "July 4th, 1999"],
    ),
    (Expect("2024-01", "month"), ["January", "Jan.", "January 2024", "Jan. 2024"]),
    (Expect("2023-11", "month"), ["November", "Nov.", "last November"]),
    (Expect("2024-04", "month"), ["April", "this month", "April 2024"]),
    (Expect("2021-06", "month"), ["June 2021", "June of 2021"]),
    (Expect("199X", "decade"), ["the 1990s", "the 1990's", "the '90s", "1990s", "the nineties"]),
    (
        Expect("198X", "decade", "early", start="1980-01-01", end="1982-12-31"),
        ["the early 1980s", "early 1980s", "the early '80s"],
    ),
    (Expect("197X", "decade", "late"), ["the late 1970s", "late 1970s"]),
    (Expect("2022", "year", "mid"), ["mid-2022", "mid 2022", "the middle of 2022"]),
    (
        Expect("2024", "year", "early", start="2024-01-01", end="2024-04-30"),
        ["early 2024", "the beginning of 2024", "the start of 2024", "early this year"],
    ),
    (
        Expect("2023", "year", "late", start="2023-09-01", end="2023-12-31"),
        ["late 2023", "the end of 2023", "late last year", "the end of last year"],
    ),
    (
        Expect("2024-02", "month", "early", timex="2024-02", start="2024-02-01", end="2024-02-10"),
        ["early February", "the beginning of February", "early Feb."],
    ),
    (
        Expect("2023-10", "month", "late", timex="2023-10", start="2023-10-21", end="2023-10-31"),
        ["late October", "the end of October", "late Oct."],
    ),
    (
        Expect("2023-08", "month", "mid", timex="2023-08", start="2023-08-11", end="2023-08-20"),
        ["mid-August", "mid August", "the middle of August"],
    ),
    (
        Expect("2024-06", "month", "mid", timex="2024-06", start="2024-06-11", end="2024-06-20"),
        ["mid-June", "the middle of June"],
    ),
    (
        Expect("2024-01/2024-03", "quarter", timex="2024-Q1"),
        [
            "Q1 2024",
            "2024 Q1",
            "the first quarter of 2024",
            "first quarter of 2024",
            "the first quarter",
            "first-quarter",
            "the 2024 first quarter",
            "the first fiscal quarter of 2024",
            "Q1",
        ],
    ),
    (
        Expect("2023-10/2023-12", "quarter", timex="2023-Q4"),
        [
            "the fourth quarter",
            "fourth-quarter",
            "Q4",
            "the fourth quarter of 2023",
            "the fourth quarter of last year",
            "the 4th quarter",
        ],
    ),
    (
        Expect("2023-07/2023-09", "quarter", timex="2023-Q3"),
        ["the third quarter", "third-quarter", "Q3 2023"],
    ),
    (Expect("2024-04/2024-06", "quarter", timex="2024-Q2"), ["this quarter", "the current quarter"]),
    (
        Expect("2023-07/2023-12", "half", timex="2023-H2"),
        ["the second half of 2023", "the second half of last year"],
    ),
    (
        Expect("2024-01/2024-06", "half", timex="2024-H1"),
        ["the first half", "first-half", "the first half of 2024"],
    ),
    (Expect(None, "season", timex="2023-SU"), ["last summer", "summer 2023", "the summer of 2023"]),
    (Expect(None, "season", timex="2024-SP"), ["this spring", "spring 2024"]),
    (Expect(None, "season", timex="2023-FA"), ["last fall", "fall 2023", "autumn 2023", "the fall of 2023"]),
    (Expect(None, "season", timex="2024-WI"), ["winter 2024", "winter of 2024"]),
    # times
    (Expect("2024-04-24T22:00", "minute", type="TIME"), ["10 p.m.", "10 pm", "10pm", "10 P.M."]),
    (Expect("2024-04-24T16:14", "minute", type="TIME"), ["4:14 p.m.", "4:14 pm", "16:14", "4:14 p.m. EST"]),
    (
        Expect("2024-04-24T09:00", "minute", type="TIME"),
        ["9 a.m.", "9 a.m. EST", "9 am", "9 o'clock", "9:00 a.m.", "9 a.m. local time"],
    ),
    (Expect("2024-04-24T12:00", "minute", type="TIME"), ["noon", "midday", "12 p.m."]),
    (
        Expect("2024-04-19T22:00", "minute", type="TIME"),
        ["10 p.m. Friday", "Friday at 10 p.m.", "Friday, 10 p.m.", "10 p.m. on Friday"],
    ),
    (
        Expect("2024-04-23T12:00", "minute", type="TIME"),
        ["noon Tuesday", "Tuesday at noon", "noon yesterday", "yesterday at noon"],
    ),
    (
        Expect("2024-03-05T15:30", "minute", type="TIME"),
        ["3:30 p.m. March 5", "March 5 at 3:30 p.m.", "3:30 p.m. on March 5"],
    ),
    (Expect("2024-04-23", "day", timex="2024-04-23TAF"), ["Tuesday afternoon", "yesterday afternoon"]),
    (Expect("2024-04-19", "day", timex="2024-04-19TMO"), ["Friday morning"]),
    (Expect("2024-04-22", "day", timex="2024-04-22TNI"), ["Monday night"]),
    (Expect("2024-04-24", "day", timex="2024-04-24TMO"), ["this morning"]),
    (Expect("2024-04-24", "day", timex="2024-04-24TEV"), ["this evening"]),
    (Expect("2024-04-24", "day", timex="2024-04-24TNI"), ["tonight"]),
    (Expect("2024-04-23", "day", timex="2024-04-23TNI"), ["last night"]),
    # relative to publication
    (Expect("2024-04-24", "day", timex="2024-04-24"), ["today"]),
    (Expect("2024-04-23", "day"), ["yesterday", "Tuesday", "Tuesday", "Tues.", "Tue."]),
    (Expect("2024-04-25", "day"), ["tomorrow"]),
    (Expect("2024-04-22", "day"), ["Monday", "Mon."]),
    (Expect("2024-04-19", "day"), ["Friday", "Fri.", "last Friday"]),
    # "last <weekday>": the latest one before publication (on a Wednesday, last Wednesday is a week back)
    (Expect("2024-04-22", "day"), ["last Monday", "past Monday"]),
    (Expect("2024-04-17", "day"), ["last Wednesday"]),
    (Expect("2024-04-18", "day"), ["Thursday", "Thurs."]),
    (Expect("2024-04-24", "day"), ["Wednesday"]),
    (Expect("2024-04-21", "day"), ["Sunday"]),
    (Expect("2024-04-20", "day"), ["Saturday"]),
    (Expect("2024-04-26", "day", prefer="future"), ["Friday", "Friday"]),
    (Expect("2024-04-29", "day"), ["next Monday"]),
    (Expect("2024-04-23", "day", "early"), ["early Tuesday", "early yesterday"]),
    (Expect("2024-04-23", "day", "late"), ["late Tuesday", "late yesterday"]),
    (Expect("2024-W16", "week"), ["last week", "past week"]),
    (Expect("2024-W17", "week"), ["this week", "the current week"]),
    (Expect("2024-W18", "week"), ["next week", "coming week"]),
    (Expect("2024-04", "month"), ["this month", "the current month"]),
    (Expect("2024-03", "month"), ["last month", "previous month", "a month ago", "one month ago"]),
    (Expect("2024-05", "month"), ["next month"]),
    (Expect("2024-04", "month", "early"), ["early this month"]),
    (Expect("2024", "year"), ["this year", "the current year"]),
    (Expect("2024", "year", "as_of"), ["so far this year"]),
    (Expect("2023", "year"), ["last year", "a year ago", "one year ago", "previous year", "1 year ago"]),
    (Expect("2025", "year"), ["next year", "coming year"]),
    (Expect("2025", "year", "early"), ["early next year"]),
    (Expect("2022", "year"), ["two years ago", "2 years ago"]),
    (Expect("2014", "year"), ["ten years ago", "10 years ago", "a decade ago"]),
    (Expect("1984", "year"), ["four decades ago"]),
    (Expect("2024-W16~", "week", "approximate"), ["a week or so ago"]),
    (Expect("2024-W10", "week"), ["the week of March 6", "week of March 6", "the week of March 6, 2024"]),
    (Expect("2024-04-21", "day"), ["three days ago", "3 days ago"]),
    (Expect("2024-W11", "week"), ["six weeks ago", "6 weeks ago"]),
    (Expect("2023-10", "month"), ["six months ago", "6 months ago"]),
    (
        Expect("2024-04-24", "day", "as_of", timex="PRESENT_REF"),
        ["now", "currently", "at present", "nowadays", "right now", "these days", "presently"],
    ),
    (
        Expect("../2024-04-24", "year", "recent", timex="PAST_REF"),
        ["recently", "lately", "more recently"],
    ),
    (
        Expect("../2024-04-24", "year", "recent", timex="PXY"),
        ["in recent years", "recent years", "in the past few years"],
    ),
    (
        Expect("../2024-04-24", "year", "recent", timex="PXM"),
        ["in recent months", "the last few months", "recent months"],
    ),
    (Expect("../2024-04-24", "year", "recent", timex="PXW"), ["in recent weeks", "the past few weeks"]),
    (Expect("../2024-04-24", "year", "recent", timex="PXD"), ["in recent days", "the past several days"]),
    (Expect(None, None, type="DURATION", timex="P2Q"), ["two quarters"]),
    (Expect(None, None, type="DURATION", timex="P2Y"), ["a couple of years", "two years"]),
    (Expect(None, None, timex="PAST_REF"), ["formerly", "in the past", "the past"]),
    (Expect(None, None, timex="FUTURE_REF"), ["the future", "in the future", "in the near future"]),
    (
        Expect("2024-04-24/..", "day", "after", timex="FUTURE_REF"),
        [
            "in coming months",
            "in the coming weeks",
            "the weeks ahead",
            "in the near term",
            "over the short term",
            "future quarters",
        ],
    ),
    # qualifiers
    (Expect("2014/..", "year", "since"), ["since 2014", "Since 2014"]),
    (Expect("2023-09/..", "month", "since"), ["since September", "since Sept. 2023", "since September 2023"]),
    (Expect("../2024-03", "month", "until"), ["until March", "through March", "by March", "till March"]),
    (Expect("../2024-09", "month", "until"), ["until September", "by September"]),
    (Expect("../2025", "year", "until"), ["by 2025", "until 2025", "through 2025", "by next year"]),
    (Expect("2024-03-28", "day", "before"), ["before March 28"]),
    (Expect("2024-03-28", "day", "after"), ["after March 28"]),
    (Expect("2020~", "year", "approximate"), ["about 2020", "around 2020", "circa 2020"]),
    (Expect("2024-04-24T15:00", "minute", "approximate", type="TIME"), ["around 3 p.m.", "about 3 p.m."]),
    # ranges
    (
        Expect("2014/2016", "year"),
        [
            "from 2014 to 2016",
            "2014-2016",
            "2014–2016",
            "between 2014 and 2016",
            "2014-16",
            "2014 to 2016",
            "from 2014 through 2016",
        ],
    ),
    (
        Expect("2023-05/2023-07", "month"),
        ["between May and July", "from May to July", "May to July", "May through July"],
    ),
    (
        Expect("2023-10-26/2023-10-28", "day"),
        ["Oct. 26-28", "October 26-28", "Oct. 26 to 28", "October 26–28", "from Oct. 26 to Oct. 28"],
    ),
    (
        Expect("2022-10-26/2022-10-28", "day"),
        ["Oct. 26-28, 2022", "October 26 to 28, 2022", "October 26 through 28, 2022"],
    ),
    (
        Expect("2022-10-26/2022-10-27", "day"),
        ["Oct. 26 and 27, 2022", "October 26 and 27, 2022"],
    ),
    (
        Expect("2024-03-10/2024-03-12", "day"),
        ["March 10-12", "10 to 12 March", "from March 10 to March 12", "between March 10 and 12"],
    ),
    (
        Expect("2019-06/2021-02", "month"),
        [
            "from June 2019 to February 2021",
            "June 2019 to February 2021",
            "between June 2019 and February 2021",
        ],
    ),
    # durations
    (
        Expect(None, None, type="DURATION", timex="P3Y"),
        [
            "three years",
            "3 years",
            "three-year",
            "3-year",
            "the first three years",
        ],
    ),
    (
        Expect(None, None, type="DURATION", timex="P1Y6M"),
        ["1-1/2 years", "1 1/2 years", "one and a half years", "1.5 years", "a year and a half"],
    ),
    (
        Expect(None, None, type="DURATION", timex="P10Y"),
        ["a decade", "one decade", "10 years", "ten years", "the past decade", "ten-year"],
    ),
    (Expect(None, None, type="DURATION", timex="P20Y"), ["two decades", "twenty years", "20-year"]),
    (Expect(None, None, type="DURATION", timex="P100Y"), ["a century", "100 years"]),
    (Expect(None, None, type="DURATION", timex="P1W"), ["a week", "one week", "1 week", "one-week"]),
    (Expect(None, None, type="DURATION", timex="P2W"), ["two weeks", "2 weeks", "two-week"]),
    (
        Expect(None, None, type="DURATION", timex="P3M"),
        ["three months", "3 months", "three-month"],
    ),
    (
        Expect(None, None, type="DURATION", timex="P9M"),
        ["nine months", "the nine months", "the first nine months"],
    ),
    (Expect(None, None, type="DURATION", timex="P6M"), ["six months", "6 months", "six-month"]),
    (Expect(None, None, type="DURATION", timex="P1D"), ["a day", "one day", "one-day", "1 day"]),
    (Expect(None, None, type="DURATION", timex="P30D"), ["30 days", "thirty days", "30-day"]),
    (Expect(None, None, type="DURATION", timex="PT1H"), ["an hour", "one hour", "1 hour"]),
    (
        Expect(None, None, type="DURATION", timex="PT24H"),
        ["24 hours", "twenty-four hours", "24-hour", "twenty four hours"],
    ),
    (Expect(None, None, type="DURATION", timex="PT30M"), ["30 minutes", "thirty minutes", "30-minute"]),
    (Expect(None, None, type="DURATION", timex="PT1M"), ["one minute", "a minute", "1 minute"]),
    (Expect(None, None, type="DURATION", timex="PT45S"), ["45 seconds", "forty-five seconds"]),
    (
        Expect(None, None, type="DURATION", timex="PXY"),
        ["several years", "a few years", "many years", "some years"],
    ),
    (Expect(None, None, type="DURATION", timex="PXD"), ["a few days", "several days"]),
    (Expect(None, None, type="DURATION", timex="PXM"), ["a few months", "several months"]),
    (
        Expect(None, None, type="DURATION", timex="P4Y"),
        [
            "four-year",
            "four years",
            "more than four years",
            "at least four years",
            "nearly four years",
            "about four years",
        ],
    ),
    (Expect("2024", "year", "late"), ["year-end", "year end", "the end of the year"]),
    (Expect("../2024", "year", "until"), ["by the end of the year", "by year-end"]),
    (
        Expect("2024-04", "month", "late", timex="2024-04", start="2024-04-21", end="2024-04-30"),
        ["the end of the month", "end of the month"],
    ),
    (
        Expect("2024-04", "month", "early", timex="2024-04", start="2024-04-01", end="2024-04-10"),
        ["the beginning of the month", "beginning of the month"],
    ),
    (Expect("2024-03-31", "day"), ["last Easter", "Easter"]),
    (
        Expect("2013-03-17", "day"),
        ["St Patrick's Day 2013", "St. Paddy's Day 2013", "Saint Patricks Day 2013"],
    ),
    (Expect("2024-04-20/2024-04-21", "day"), ["the weekend"]),
    (Expect("2024-W17", "week"), ["the week"]),
    (Expect("2023-06", "month"), ["June last year", "June of last year", "June, last year"]),
    (Expect("2024-01", "month"), ["January this year", "January of this year"]),
    (Expect("2025-03-03", "day"), ["March 3 next year", "March 3 of next year"]),
    (
        Expect("2023-11-23", "day"),
        ["Thanksgiving", "Thanksgiving Day", "last Thanksgiving", "the fourth Thursday of November"],
    ),
    (
        Expect("2019-09-02", "day"),
        ["Labor Day 2019", "the first Monday of September 2019", "the 1st Monday in September 2019"],
    ),
    (Expect("2020-11-03", "day"), ["the first Tuesday of November 2020", "first Tuesday in November 2020"]),
    (Expect("2024-05-27", "day"), ["Memorial Day", "the last Monday in May"]),
    (Expect("2024-01-15", "day"), ["Martin Luther King Day", "MLK Day", "the third Monday of January"]),
    (
        Expect("1974-10-31", "day"),
        ["10-31-74", "10/31/74", "10/31/1974", "31-Oct-74", "31/Oct/1974", "31-Oct-1974"],
    ),
    # ordinal words, holidays, years in words
    (
        Expect("2024-03-01", "day"),
        ["the first of March", "March first", "the 1st of March", "1st March", "March 1st"],
    ),
    (Expect("2024-07-04", "day"), ["July fourth", "the fourth of July", "Independence Day", "July 4"]),
    (Expect("2023-12-25", "day"), ["Christmas", "Christmas Day", "last Christmas"]),
    (Expect("2022-12-24", "day"), ["Christmas Eve 2022", "Christmas Eve, 2022"]),
    (Expect("2023-10-31", "day"), ["Halloween", "Oct. 31"]),
    (Expect("2024-01-01", "day"), ["New Year's Day", "Jan. 1", "January first"]),
    (Expect("1996", "year"), ["nineteen ninety-six", "nineteen ninety six", "the year nineteen ninety-six"]),
    (Expect("2000", "year"), ["two thousand", "the year two thousand"]),
    (Expect("2001", "year"), ["two thousand and one", "two thousand one"]),
    (Expect("1905", "year"), ["nineteen oh five"]),
    (Expect("1984", "year"), ["nineteen eighty-four", "nineteen eighty four"]),
    # sets
    (Expect(None, None, type="SET", timex="P1W"), ["every week", "each week", "weekly"]),
    (Expect(None, None, type="SET", timex="P1D"), ["every day", "each day", "daily"]),
    (Expect(None, None, type="SET", timex="P1M"), ["every month", "each month", "monthly"]),
    (
        Expect(None, None, type="SET", timex="P1Y"),
        ["every year", "each year", "annually", "yearly", "per year", "per annum"],
    ),
    (Expect(None, None, type="SET", timex="P2Y"), ["every two years", "every other year", "every 2 years"]),
    (Expect(None, None, type="SET", timex="XXXX-WXX-1"), ["each Monday", "every Monday"]),
    (Expect(None, None, type="SET", timex="XXXX-WXX-5"), ["each Friday", "every Friday"]),
    (Expect(None, None, type="SET", timex="PT1H"), ["hourly", "every hour"]),
    (Expect(None, None, type="SET", timex="XXXX-07"), ["each July", "every July"]),
    (Expect(None, None, type="SET", timex="XXXX-XX-XXTMO"), ["every morning", "each morning"]),
    (Expect(None, None, type="SET", timex="XXXX-WXX-2TNI"), ["Tuesday nights", "tuesday nights"]),
]

# Conversational: ahead of the reference ("in two weeks"), named days, midnight, thirds of a month.
EXAMPLES += [
    (
        Expect("2024-05-08", "day"),
        ["in two weeks", "in 14 days", "two weeks from now", "two weeks hence", "in 2 weeks"],
    ),
    (
        Expect("2024-04-27", "day"),
        ["in three days", "three days from now", "3 days from today", "in 3 more days"],
    ),
    (
        Expect("2024-04-24T11:21", "minute", type="TIME"),
        ["in 2 hours", "in two hours", "two hours from now", "in 120 minutes"],
    ),
    (
        Expect("2024-04-24T09:51", "minute", type="TIME"),
        ["in half an hour", "in 30 minutes", "thirty minutes from now"],
    ),
    (Expect("2026", "year"), ["in two years", "two years from now"]),
    (Expect("2024-06", "month"), ["in two months", "two months hence"]),
    (Expect("2024-04-26", "day"), ["the day after tomorrow"]),
    (Expect("2024-04-22", "day"), ["the day before yesterday"]),
    (Expect("2024-04-24T24", "hour", type="TIME"), ["midnight", "midnight today"]),
    (Expect("2024-04-19T24", "hour", type="TIME"), ["midnight Friday", "Friday at midnight"]),
    (Expect("2023-11-24", "day"), ["Black Friday", "black friday"]),
    (Expect("2022-11-28", "day"), ["Cyber Monday 2022"]),
    (Expect("2023-11-07", "day"), ["Election Day", "last Election Day"]),
    (Expect("2020-11-03", "day"), ["Election Day 2020", "Election Day in 2020"]),
    (Expect("2019-04-21", "day"), ["Easter 2019", "Easter Sunday 2019"]),
    (Expect("2024-03-29", "day"), ["Good Friday"]),
    (Expect("2024-04-01", "day"), ["Easter Monday"]),
    (
        Expect("2022-03", "month", "early", timex="2022-03", start="2022-03-01", end="2022-03-10"),
        ["early March 2022", "the beginning of March 2022"],
    ),
    (
        Expect("2022-09", "month", "late", timex="2022-09", start="2022-09-21", end="2022-09-30"),
        ["late September 2022", "the end of September 2022"],
    ),
]

# A clock time read by its part of day; a weekday of a named week; short unit words.
EXAMPLES += [
    (
        Expect("2024-04-24T20:00", "minute", type="TIME"),
        ["8 tonight", "tonight at 8", "8 this evening", "8 in the evening", "eight tonight"],
    ),
    (Expect("2024-04-25T17:00", "minute", type="TIME"), ["tomorrow afternoon at 5", "5 tomorrow afternoon"]),
    (Expect("2024-04-24T03:00", "minute", type="TIME"), ["3 in the morning"]),
    (Expect("2024-04-20T09:30", "minute", type="TIME"), ["Saturday morning at 9:30"]),
    (
        Expect("2024-05-01", "day"),
        ["Wednesday of next week", "Wednesday next week", "wednesday of next week"],
    ),
    (Expect("2024-04-22", "day"), ["Monday of this week", "Monday this week"]),
    (Expect("2024-04-21", "day"), ["last week's Sunday", "Sunday of last week"]),
    (Expect("2023", "year"), ["last yr"]),
    (
        Expect("2024-04-24T15:15", "minute", type="TIME"),
        ["a quarter past 3 p.m.", "quarter past 3pm", "15 minutes past 3pm", "fifteen after 3pm"],
    ),
    (
        Expect("2024-04-24T15:30", "minute", type="TIME"),
        ["half past 3 p.m.", "half past three pm", "30 minutes past 3pm"],
    ),
    (Expect("2024-04-24T11:45", "minute", type="TIME"), ["a quarter to noon", "15 minutes to noon"]),
    (Expect("2024-03-01", "day"), ["the first of march", "first of March"]),
    (Expect("2024-03-04", "day"), ["the first Monday of last month", "first Monday of last month"]),
    (Expect("2024-05-14", "day"), ["the second Tuesday of next month"]),
    (Expect("2023-11-23", "day"), ["Thanksgiving of last year", "thanksgiving of last year"]),
    (Expect("2023", "year"), ["the past year"]),
    (Expect("2019-12-31", "day"), ["New Years Eve 2019", "New Year's Eve 2019"]),
    (Expect("1997-01", "month"), ["January nineteen ninety-seven", "January of nineteen ninety-seven"]),
    (
        Expect("2024-02-10", "day"),
        ["Lunar New Year 2024", "Chinese New Year 2024", "Chinese New Year's Day 2024"],
    ),
    (Expect("2023-04-14", "day"), ["Orthodox Good Friday 2023"]),
    (Expect("2024-04-22", "day"), ["the day before yesterday", "day before yesterday"]),
    (Expect("2024-W18", "week"), ["upcoming week", "next week"]),
    (Expect("2024-02-15", "day"), ["February the 15th", "february the 15th"]),
    (Expect("2024-W16", "week"), ["the past week"]),
    (Expect("2025-12-25", "day"), ["Christmas of next year"]),
    (Expect("2024-04-23", "day", "late"), ["late last night"]),
    (Expect("2024-04-26", "day"), ["the last Friday of the month", "the last Friday of this month"]),
    (Expect("2024-07/2024-09", "quarter", timex="2024-Q3"), ["next qtr"]),
]

# Every month in its written forms, with and without a year.
EXAMPLES += [
    (Expect(f"2022-{n:02d}", "month"), [f"{form} 2022" for form in forms])
    for n, forms in _MONTH_FORMS.items()
]
EXAMPLES += [
    (Expect(f"2022-{n:02d}-09", "day"), [f"{form} 9, 2022" for form in forms] + [f"9 {forms[0]} 2022"])
    for n, forms in _MONTH_FORMS.items()
]

# Narrative: partial dates and shifts read against the explicit date written before them.
EXAMPLES += FORMS

NARRATIVE: list[tuple[str, str, str]] = [
    # (text, the mention's text, its expected value)
    ("The plant opened on June 2, 2019. The next day it closed.", "The next day", "2019-06-03"),
    ("The plant opened on June 2, 2019. Two days later it closed.", "Two days later", "2019-06-04"),
    ("The plant opened on June 2, 2019 and closed that day.", "that day", "2019-06-02"),
    ("The plant opened on June 2, 2019 and closed the same day.", "the same day", "2019-06-02"),
    ("The plant opened on June 2, 2019; the day before, it was sold.", "the day before", "2019-06-01"),
    ("The deal closed in March 2011. A year earlier, talks had begun.", "A year earlier", "2010-03"),
    ("The deal closed in 2011. A year earlier, talks had begun.", "A year earlier", "2010"),
    ("The deal closed in 2011. Later that year, talks resumed.", "Later that year", "2011"),
    ("Talks began in March 2011. Later that month, they failed.", "Later that month", "2011-03"),
    ("Stocks fell on March 4, 2019; earlier in the day they had risen.", "earlier in the day", "2019-03-04"),
    ("The plant opened in May 2016; later in the year it was sold.", "later in the year", "2016"),
    ("The survey started in May 2015. On July 25 it ended.", "July 25", "2015-07-25"),
    ("The survey started in May 2015 and ended on the 10th.", "the 10th", "2015-05-10"),
    (
        "Profit rose in the third quarter of 2018; a year earlier it had fallen.",
        "a year earlier",
        "2017-07/2017-09",
    ),
    ("The firm was founded in 1987. The following year, it went public.", "The following year", "1988"),
    (
        "Profit rose in the third quarter of 2018 from the year-earlier quarter.",
        "the year-earlier quarter",
        "2017-07/2017-09",
    ),
    ("Exports peaked a year earlier than 2016, in a weak market.", "a year earlier", "2015"),
    ("The law passed two months later than March 2020.", "two months later", "2020-05"),
    # a quarterly report's comparison figure is the year-ago quarter (reference: April 2024)
    ("First-quarter sales rose to $8 million from $6 million a year ago.", "a year ago", "2023-01/2023-03"),
    (
        "Fourth-quarter profit fell 4% to $2.1 billion from $2.2 billion last year.",
        "last year",
        "2022-10/2022-12",
    ),
    (
        "Third-quarter net rose 5%. In the 1988 period, net was $3 million.",
        "the 1988 period",
        "1988-07/1988-09",
    ),
    (
        "The quarterly loss narrowed to 3 cents a share from 9 cents a year earlier.",
        "a year earlier",
        "2023-01/2023-03",
    ),
    (
        "Third-quarter net fell; in the quarter a year ago, the bank lost money.",
        "the quarter a year ago",
        "2022-07/2022-09",
    ),
    (
        "Third-quarter sales fell. Sales abroad for last year's quarter were flat.",
        "last year's quarter",
        "2022-07/2022-09",
    ),
    # a yearless date takes no year from an earlier paragraph (one paragraph per line)
    (
        "The band first toured in 1978.\nTour dates: August 30 in Denver, then Austin.",
        "August 30",
        "2023-08-30",
    ),
    (
        "Second-quarter sales rose, unlike in the corresponding period last year.",
        "the corresponding period last year",
        "2023-04/2023-06",
    ),
    # a past verb right beside a yearless date keeps it behind publication; initials do not end a clause
    ("In the fiscal year ended Feb. 28, sales rose.", "Feb. 28", "2024-02-28"),
    ("In May, the board named a new chief.", "May", "2023-05"),
    ("In May, the chain sold its last two stores.", "May", "2023-05"),
    ("In May, the city will open a second pool.", "May", "2024-05"),
    ("The deal must close by May, regulators said.", "by May", "../2024-05"),
    ("Ms. Reyes, 52, will succeed John P. Smith Oct. 1, the bank said.", "Oct. 1", "2024-10-01"),
    ("Talks to be completed by June 15 went on.", "by June 15", "../2024-06-15"),
    # the clause's tense (reference: Wednesday 2024-04-24): a future marker far back in a long clause,
    # irregular past verbs, a participle after "be", "had been scheduled", "effective", a name ending in -ed
    (
        "The envoy is scheduled to spend two days in the capital and one in the north, her final stop Friday.",
        "Friday",
        "2024-04-26",
    ),
    (
        "Residents will long remember how the flood tore through the valley Thursday.",
        "Thursday",
        "2024-04-18",
    ),
    ("The second payment will be distributed Friday.", "Friday", "2024-04-26"),
    ("The vote had been scheduled to take place Friday.", "Friday", "2024-04-19"),
    ("The offer had been due to expire Friday evening.", "Friday evening", "2024-04-19"),
    ("The board named a new treasurer, effective Aug. 1.", "Aug. 1", "2024-08-01"),
    ("The crew will fly its next mission in December.", "December", "2024-12"),
    ("The allies will meet at a summit on June 24 and 25.", "June 24 and 25", "2024-06-24/2024-06-25"),
    ("The delegation would be flying to the United States Thursday.", "Thursday", "2024-04-25"),
    (
        "The sale, which had been expected, is part of a plan to repay the loan by June.",
        "by June",
        "../2024-06",
    ),
    # "will" speaks from publication: a yearless date in a "will" clause borrows no year from the story
    ("The states were invited in July 2021 and will formally join on Aug. 12.", "Aug. 12", "2024-08-12"),
    # "last Oct. 23" is the latest one before publication, whatever year the story was in
    ("The feud began in 2019. He was attacked last Oct. 23 at home.", "last Oct. 23", "2023-10-23"),
    ("The feud began in 2019. The retrial opens next March 5.", "next March 5", "2025-03-05"),
    # "this past spring": the latest one begun before publication (a winter may have begun the year before)
    ("The mill closed in 2010. Its last workers left this past spring.", "this past spring", "2024-21"),
    ("The mill closed in 2010. Its last workers left this past fall.", "this past fall", "2023-23"),
    ("The mill closed in 2010. Snow shut it this past winter.", "this past winter", "2023-24"),
    # no tense marker before a weekday: the first one after it in the clause decides
    ("Until Thursday, investigators had not named a suspect.", "Until Thursday", "../2024-04-18"),
    ("On Thursday, the league plans to hold a news conference.", "Thursday", "2024-04-25"),
    ("On Friday, the ministry planned to pay the first claims.", "Friday", "2024-04-19"),
    (
        "The index fell 3% on Friday, and 5% from the previous Friday.",
        "from the previous Friday",
        "2024-04-12",
    ),
    # "Nov. 3, the day before <event>": the appositive is Nov. 3 itself
    (
        "Police last saw him on Nov. 3, the day before investigators issued a warrant.",
        "the day before",
        "2023-11-03",
    ),
]

NEGATIVE: list[str] = [
    "4.1%", "12.5 percent", "$2,016", "2,016 people", "2016 votes", "1,990", "$1999", "3.1415",
    "7/32", "29/32", "the bonds rose 7/32", "down 29/32 to 101 5/32", "a 3-1 win", "won 2-0", "lost 24-17",
    "call 555-1234", "dial 911", "212-555-0100", "a 4-2-1 vote", "tel. 12-34-5678", "(212) 555-0100", "1-800-555-0199", "911 calls",
    "1600 Pennsylvania Avenue", "2100 Main Street", "a Boeing 737", "Boeing 747 jets", "Windows 95", "an Airbus A320",
    "Route 66", "Flight 370", "room 1204", "page 2011", "model 2020X",
    "may be", "it may rain", "we may see", "to march on", "they march", "a sat phone", "the sun rose",
    "a four-year high", "a two-year low", "the 30-year bond", "a 10-year note",
    "three people", "second place", "the first", "a quarter of the votes", "half of them", "the fourth estate",
    "a 50-50 split", "0.33", "1.5 million", "10 million", "3 to 1", "No. 1", "Top 10",
    "ISBN 978-3-16-148410-0", "version 2.0", "about 1,000 jobs", "12345", "21st",
    "one of them", "a few of them", "several analysts", "at last", "the last one", "next to the house",
    "the present report", "a current account", "in the long run", "the past tense", "fall in prices", "prices fall",
    "they finished the job in two weeks", "sales grew 5% in three years", "it was sold in two days",
    "won 5 to 6", "a 2 to 1 vote", "they march first", "you may first check", "half of the town", "a quarter of the staff",
    "a spring in his step", "flies on later in the day before heading home", "short-term debt", "near-term demand", "a second time", "a second round", "one second thought", "the mid-point", "last but not least", "Mark Twain", "Ms. March said",
    "on election day in Kenya",
]  # fmt: skip
NEGATIVE += FORM_NEGATIVES
NARRATIVE += FORM_NARRATIVE
