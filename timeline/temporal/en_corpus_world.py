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
]

WORLD_NEGATIVES: list[str] = [
    "tickets at 17.30 euros", "inflation of 4.5%", "the index rose 2.15 points", "a 10.30 per cent rise",
    "the pound bought 1.25 dollars", "version 3.10 was released", "a margin of 12.45",
]  # fmt: skip
"""Strings that look like the forms above but are not dates."""

WORLD_NARRATIVE: list[tuple[str, str, str]] = [
    # (text, the mention's text, its expected value); reference Wednesday 2024-04-24 09:21
    ("The polls closed at 10.30pm on Thursday.", "10.30pm on Thursday", "2024-04-18T22:30"),
]
"""Sentences whose mentions read their clause (tense) or sentence; appended to `FORM_NARRATIVE`."""
