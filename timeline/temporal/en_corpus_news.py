"""English corpus entries for forms news stories use that the grammar learned late (issue #4, second round).

Same reference as `en_corpus` (Wednesday 2024-04-24 09:21); `en_corpus_forms` adds these to its lists.
"""

from __future__ import annotations

from timeline.temporal.corpus import Expect

NEWS: list[tuple[Expect, list[str]]] = [
    # a day counted from another day: a feast, a weekday, a written date ("the day after Christmas")
    (
        Expect("2023-12-24", "day"),
        ["the day before Christmas", "a day before Christmas", "one day before Christmas"],
    ),
    (Expect("2023-12-26", "day"), ["the day after Christmas", "a day after Christmas Day"]),
    (
        Expect("2024-04-22", "day"),
        ["the day before last Tuesday", "a day before Tuesday", "the day after Sunday"],
    ),
    (
        Expect("2024-03-01", "day"),
        ["two days before March 3", "2 days before 3 March", "two days before the 3rd of March"],
    ),
    (
        Expect("2024-03-10", "day"),
        ["a week after March 3", "one week after Mar. 3", "seven days after March 3"],
    ),
    (Expect("2019-06-19", "day"), ["a week after 12 June 2019", "a week after June 12, 2019"]),
    # "the week before Christmas": the seven days before it (not a day, nor "before Christmas")
    (
        Expect("2023-12-18/2023-12-24", "day", start="2023-12-18", end="2023-12-24"),
        ["the week before Christmas"],
    ),
    (Expect("2024-03-04/2024-03-10", "day"), ["the week after March 3", "the week after 3 March"]),
    # "a year or two ago": the span between the two counts, approximate
    (Expect("2022/2023", "year", "approximate"), ["a year or two ago", "one or two years ago"]),
    (Expect("2021/2022", "year", "approximate"), ["two or three years ago"]),
    (Expect("2024-W15/2024-W16", "week", "approximate"), ["a week or two ago", "one or 2 weeks ago"]),
    (Expect("2024-04-25/2024-04-26", "day", "approximate"), ["a day or two from now"]),
    # a year written with its era: only then is a number of one to three digits a year
    (Expect("0079", "year"), ["AD 79", "79 AD", "79 A.D.", "A.D. 79", "79 CE"]),
    (Expect("0014", "year"), ["14 a.d.", "AD 14"]),
    (Expect("1066", "year"), ["1066 AD", "AD 1066"]),
    # "since" the end of a unit whose end is still ahead: the last one that went by
    (
        Expect("2023-09-01/..", "year", "since", timex="2023", start="2023-09-01"),
        ["since year-end", "since the end of the year", "since year end"],
    ),
    # a length between two counts: the unit is known, the count is not one
    (
        Expect(None, None, type="DURATION", timex="PXW"),
        ["two to three weeks", "2-3 weeks", "between two and three weeks", "two or three weeks"],
    ),
    (
        Expect(None, None, type="DURATION", timex="PXM"),
        ["12 to 18 months", "12-18 months", "six to nine months"],
    ),
    (Expect(None, None, type="DURATION", timex="PTXH"), ["an hour or two", "one hour or two"]),
    (Expect(None, None, type="DURATION", timex="PXD"), ["a day or two", "between 10 and 14 days"]),
    # "or so" after a time: the same time, approximate
    (Expect(None, None, type="DURATION", timex="P1W"), ["a week or so", "one week or so"]),
    (Expect(None, None, type="DURATION", timex="P10D"), ["10 days or so", "ten days or so"]),
    (Expect("2023~", "year", "approximate"), ["2023 or so"]),
    # the edge of a span without a count: some of its units
    (Expect(None, None, type="DURATION", timex="PXD"), ["the first days", "the final days", "the last days"]),
    (Expect(None, None, type="DURATION", timex="PTXH"), ["the first hours", "the opening hours"]),
    (Expect(None, None, type="DURATION", timex="PXY"), ["the early years", "the closing years"]),
    # a date left open: "or later", "and beyond" (since it); "or earlier" (until it)
    (
        Expect("2030/..", "year", "since", timex="2030"),
        ["2030 or later", "2030 and beyond", "2030 or beyond"],
    ),
    (Expect("2024-03/..", "month", "since"), ["March 2024 and later", "March 2024 or later"]),
    (Expect("../2019", "year", "until", timex="2019"), ["2019 or earlier", "2019 or sooner"]),
    # a future nobody dates
    (Expect("2024-04-24/..", "day", "after", timex="FUTURE_REF"), ["a later date", "A later date"]),
    # this / last / next century: its hundred years, as "the 21st century" (2000-2099)
    (Expect("2000/2099", timex="2000"), ["this century", "the current century"]),
    (Expect("1900/1999", timex="1900"), ["last century"]),
    (Expect("2100/2199", timex="2100"), ["next century"]),
]

NEWS_NEGATIVES: list[str] = [
    "two days before the vote", "a week after his arrest", "the days after the storm",
    "it ran in the morning papers", "an ad 30 seconds long", "$5 AD fees", "bought 79 ad slots", "a year or two", "for two or three weeks", "a guest on the evening news", "she read it in the morning's edition",
    "they stayed one day", "up to one day", "voters aged 25 to 30 years old", "a 3-2 win", "so-and-so",
    "he may show up someday -- or not", "she wanted one day off",
    "they led in the first half of the match", "the first quarter of the game was slow",
    "he faded in the second half of the season", "she scored in the third quarter of each game",
]  # fmt: skip
"""Strings that look like the forms above but are not dates."""

NEWS_NARRATIVE: list[tuple[str, str, str]] = [
    # (text, the mention's text, its expected value); reference Wednesday 2024-04-24 09:21
    ("He died a day after Tuesday's attack.", "a day after Tuesday", "2024-04-24"),
    ("Talks will resume two days after Friday's holiday.", "two days after Friday", "2024-04-28"),
    ("The ballots were counted the day after the Feb. 3 primary.", "the day after the Feb. 3", "2024-02-04"),
    # a year's end told in the past went by; reported ("said") it may still be ahead
    ("Profit rose 8% at year-end.", "year-end", "2023"),
    ("The fund was sold at the end of the year.", "the end of the year", "2023"),
    ("The company said it expects to close the sale at year-end.", "year-end", "2024"),
    ("The firm said it expected to finish by the end of the year.", "by the end of the year", "../2024"),
    ("Sales had doubled by the end of the year.", "by the end of the year", "../2023"),
    ("The deal should close by year-end.", "by year-end", "../2024"),
    # "since" a year's end, told in the present: counted from publication, not from a year named before
    (
        "The index was set at 100 in 1969. The change shown is since year-end.",
        "since year-end",
        "2023-09-01/..",
    ),
    (
        "The fund opened in 2015. It has risen 40% since the end of the year.",
        "since the end of the year",
        "2023-09-01/..",
    ),
    # a year in a reduced relative clause after a preposition dates that noun, not the sentence's later day
    (
        "Under a plan approved by the board in 2019, the firm had bought back shares through March 31.",
        "through March 31",
        "../2024-03-31",
    ),
    (
        "The board approved the plan in 2019 and bought back shares through March 31.",
        "through March 31",
        "../2019-03-31",
    ),
    # a year counted from a written date ("the following year", "a year later") lends its year to a later month
    (
        "She joined the board on May 3, 2015, became chair the following year and quit in December.",
        "December",
        "2016-12",
    ),
    (
        "She joined the board on May 3, 2015, became chair a year later and quit in December.",
        "December",
        "2016-12",
    ),
    ("She joined the board on May 3, 2015, and quit in December.", "December", "2015-12"),
    # "the 2023 period" of a quarterly report is the quarter named before, unless a longer period was named since
    (
        "Net rose 5% in the third quarter. In the first nine months, net was $30 million, against $25 million in "
        "the 2023 period.",
        "the 2023 period",
        "2023",
    ),
    (
        "Net rose 5% in the third quarter, against $25 million in the 2023 period.",
        "the 2023 period",
        "2023-07/2023-09",
    ),
    # a half of a decade or century is no half of a year: the decade (century) is what is dated
    ("She was born in the first half of the 1990s.", "the 1990s", "199X"),
    ("Sales fell in the first half of the year.", "the first half", "2024-01/2024-06"),
    # "not ... until" across one relative clause on the verb's object: the day it finally happened
    ("Scientists didn't find the gene that causes the illness until 1991.", "until 1991", "1991"),
    ("He didn't say that prices would hold until 2025.", "until 2025", "../2025"),
    # a quarter or half with the day it ended: the months that end then, whatever its number in a fiscal year
    ("Apple's fiscal fourth quarter ended Sept. 28.", "fiscal fourth quarter", "2023-07/2023-09"),
    (
        "Sales rose in the fiscal first quarter, which ended Dec. 31, 2023.",
        "the fiscal first quarter",
        "2023-10/2023-12",
    ),
    ("Profit fell in the second quarter ended Jan. 31, 2024.", "the second quarter", "2023-11/2024-01"),
    ("Sales rose in the first half ended March 31.", "the first half", "2023-10/2024-03"),
    ("Sales rose in the third quarter ended Sept. 30.", "the third quarter", "2023-07/2023-09"),
    ("Sales rose in the third quarter, the firm said Sept. 30.", "the third quarter", "2023-07/2023-09"),
    # a season of this year: told in the past, the last one begun; ahead, the next one (in April 2024)
    ("The new model went on sale in the winter.", "the winter", "2023-24"),
    ("The plant closed in the summer.", "the summer", "2023-22"),
    ("Sales have doubled since the summer.", "since the summer", "2023-22/.."),
    ("The plant opened in 2019. It closed in the summer.", "the summer", "2019-22"),
    ("The hatchback goes on sale in the winter.", "the winter", "2024-24"),
    # a weekday range told ahead is the coming one, told in the past one gone by; so is "this weekend"
    ("The trial will run from Monday to Thursday.", "from Monday to Thursday", "2024-04-29/2024-05-02"),
    ("The trial ran from Monday to Thursday.", "from Monday to Thursday", "2024-04-15/2024-04-18"),
    ("The trial ran from Monday to Tuesday.", "from Monday to Tuesday", "2024-04-22/2024-04-23"),
    ("Crowds gathered in the square this weekend.", "this weekend", "2024-04-20/2024-04-21"),
    ("Crowds will gather in the square this weekend.", "this weekend", "2024-04-27/2024-04-28"),
    # a yearless day right after a schedule verb lies ahead, up to most of a year
    ("The festival opens Feb. 9 in Leeds.", "Feb. 9", "2025-02-09"),
    ("The festival opened Feb. 9 in Leeds.", "Feb. 9", "2024-02-09"),
    # a part of the story's day, written without its day ("in the afternoon", "by mid-morning")
    ("The fire started on Monday. In the afternoon, crews arrived.", "the afternoon", "2024-04-22"),
    ("The fire began on June 2, 2019. By mid-morning it had spread.", "mid-morning", "2019-06-02"),
    ("Shares rose 2% at mid-afternoon yesterday.", "mid-afternoon yesterday", "2024-04-23"),
    # "get around" / "ways around" a day: a way past it, not about that day
    ("Lawyers looked for ways to get around Friday's ruling.", "Friday", "2024-04-19"),
    ("They will arrive around Friday.", "around Friday", "2024-04-26~"),
    # a day ahead nobody dates, after a modal ("could one day", "hopes to one day"): the future
    ("Coal could one day run out.", "one day", "2024-04-24/.."),
    ("She hopes to someday run the firm.", "someday", "2024-04-24/.."),
    ("The plant will close over the next year or so.", "the next year or so", "2025~"),
    ("He joined in October 1984 and later served as chief.", "October 1984", "1984-10"),
    ("Owners of a 2012 or later model can upgrade.", "2012", "2012"),
    ("We can win next week and beyond that.", "next week", "2024-W18"),
    ("It won't turn a profit until 2026 or later.", "until 2026 or later", "2026/.."),
]
"""Sentences whose mentions read their clause (tense) or sentence; appended to `FORM_NARRATIVE`."""
