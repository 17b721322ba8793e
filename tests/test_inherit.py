"""Which mention dates a clause (claims.inherit.primary_mention), through the whole pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.pipeline import extract

PUB = date(2024, 3, 28)


@pytest.mark.parametrize(
    ("text", "lang", "date_text", "edtf"),
    [
        ("今年首个台风前天在南海生成。", "zh", "前天", "2024-03-26"),
        ("今年首個颱風前（26）日在南海生成。", "zh-Hant", "前（26）日", "2024-03-26"),
        ("去年的亚军昨天宣布退役。", "zh", "昨天", "2024-03-27"),
        # a written day after the describing year may be that year's: the year still dates the clause
        ("去年的营收在3月5日达到高点。", "zh", "去年", "2023"),
    ],
)
def test_a_year_that_describes_the_noun_gives_way_to_the_relative_day_of_the_event(
    text, lang, date_text, edtf
):
    claims = extract(text, published=PUB, lang=lang)
    assert [(c.date_text, c.date_edtf) for c in claims] == [(date_text, edtf)]


def test_an_english_recently_or_since_frames_no_later_sentence():
    text = (
        "Ticket prices have risen 40 percent in recent years. It's not cheap at $90, but fans keep coming. "
        "Since 2015 the club has doubled its staff. Nobody expected it."
    )
    got = sorted(c.claim_text for c in extract(text, published=date(2024, 4, 24), lang="en"))
    assert got == [
        "Since 2015 the club has doubled its staff",
        "Ticket prices have risen 40 percent in recent years",
    ]
