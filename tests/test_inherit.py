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


def test_a_written_day_naming_an_event_beside_the_clauses_own_date_is_a_claim_too():
    text = "The clerk was fired in May over a March 3 email she sent to the mayor, officials said."
    got = sorted(
        (c.date_text, c.date_edtf, c.claim_text) for c in extract(text, published=date(2024, 6, 2), lang="en")
    )
    assert got == [
        ("March 3", "2024-03-03", "a March 3 email she sent to the mayor"),
        (
            "May",
            "2024-05",
            "The clerk was fired in May over a March 3 email she sent to the mayor, officials said",
        ),
    ]


def test_only_a_vaguely_dated_clause_can_only_evaluate():
    # choose() asks only_evaluates only for vague dates; for any other date it answers no at once
    from timeline.claims.inherit import VAGUE_QUALIFIERS, only_evaluates
    from timeline.models import TimeMention

    body = "2019年，不断创新援藏机制，彰显担当"
    for qualifier in ("none", "since", "approximate", "planned", "early"):
        assert qualifier not in VAGUE_QUALIFIERS
        mention = TimeMention(text="2019年", start=0, end=5, qualifier=qualifier, date_start=date(2019, 1, 1))
        assert not only_evaluates(body, mention, 5, "zh", lambda: False)


def test_a_step_done_by_now_is_a_present_fact_but_a_state_is_not():
    pub = date(2024, 6, 5)
    done = extract("目前，涉事商家已向消费者退还全部货款。", published=pub, lang="zh")
    assert [(c.date_edtf, c.date_qualifier) for c in done] == [("2024-06-05", "as_of")]
    state = extract("现在，他在村里已无法抬起头。", published=pub, lang="zh")
    assert state == []
