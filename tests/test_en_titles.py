"""Quoted titles: time words naming a programme or a film are no time; quotes with a sentence keep theirs."""

from __future__ import annotations

import pytest

from timeline.temporal import en_corpus, tag
from timeline.temporal.en_titles import quoted_title

REF = en_corpus.REFERENCE


@pytest.mark.parametrize(
    "text",
    [
        'The envoy, speaking on ABC\'s "This Week," said the offer stood.',
        "The father told CBS's ``60 Minutes'' he wanted his son back.",
        "A poster showed a still from the film “High Noon.”",
        "She hosts 'Monday Night Live' on the local station.",
    ],
)
def test_time_words_in_a_quoted_title_are_dropped(text):
    found = [(m.text, m.type) for m in tag(text, reference=REF, lang="en")]
    assert found == [], found


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ('He said: "We will meet on Monday."', "Monday"),
        ('"Last week" was a hard one, she said.', "Last week"),
        ("In Sunday's debate the rivals clashed.", "Sunday"),
        ("Viewers of CBS's coverage Monday saw the crash.", "Monday"),
        ("Crowds came to the ‘2018 Harbor Lights Festival’ in May.", "2018"),
    ],
)
def test_quotes_that_are_no_title_keep_their_time(text, kept):
    found = [m.text for m in tag(text, reference=REF, lang="en")]
    assert kept in found, found


def test_quoted_title_needs_a_short_capitalized_run():
    text = 'He wrote "The Long Week Ahead Of Us All Tonight" and "This Week".'
    long_start = text.index("Week")
    short_start = text.index("This Week") + 5
    assert not quoted_title(text, long_start, long_start + 4)
    assert quoted_title(text, short_start, short_start + 4)
