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
]

NEWS_NEGATIVES: list[str] = [
    "two days before the vote", "a week after his arrest", "the days after the storm",
]  # fmt: skip
"""Strings that look like the forms above but are not dates."""

NEWS_NARRATIVE: list[tuple[str, str, str]] = [
    # (text, the mention's text, its expected value); reference Wednesday 2024-04-24 09:21
    ("He died a day after Tuesday's attack.", "a day after Tuesday", "2024-04-24"),
    ("Talks will resume two days after Friday's holiday.", "two days after Friday", "2024-04-28"),
    ("The ballots were counted the day after the Feb. 3 primary.", "the day after the Feb. 3", "2024-02-04"),
]
"""Sentences whose mentions read their clause (tense) or sentence; appended to `FORM_NARRATIVE`."""
