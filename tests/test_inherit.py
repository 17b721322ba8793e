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


def test_choose_and_split_clauses_read_the_quotes_they_are_given_as_they_would_find_them():
    from timeline.claims.clauses import direct_quotes, split_clauses
    from timeline.claims.inherit import choose
    from timeline.temporal import tag

    text = "3月28日上午，站长说：“我们今天开了会。”当时大家都同意。随后他又表示，「下周」再议。"
    mentions = tag(text, reference=PUB, lang="zh")
    quotes = direct_quotes(text)
    assert quotes == [(text.index("“"), text.index("”") + 1), (text.index("「"), text.index("」") + 1)]
    clauses = split_clauses(text, "zh", mentions)
    given = split_clauses(text, "zh", mentions, quotes=quotes)
    assert [(c.start, c.end) for c in clauses] == [(c.start, c.end) for c in given]

    def picked(**quoted):
        found = choose(text, "zh", clauses, lambda c: False, PUB, **quoted)
        return [(d.clause.start, d.mention.text, d.inherited) for d in found]

    assert picked() == picked(quotes=quotes)
    # 当时 counted from a 今天 that only the quote said dates nothing: the quotes were read
    assert [text for _, text, _ in picked(quotes=quotes)] == ["3月28日上午", "今天", "随后", "下周"]


def test_a_fronted_phrase_setting_another_fact_beside_gives_way_to_the_clauses_date():
    text = "In addition to its bid for the port on Tuesday, the group bought a rail line on Monday."
    [claim] = extract(text, published=PUB, lang="en")  # PUB is a Thursday
    assert (claim.date_text, claim.date_edtf) == ("Monday", "2024-03-25")
    [claim] = extract(
        "On Tuesday, the group bought a rail line, its second in a year.", published=PUB, lang="en"
    )
    assert claim.date_text == "Tuesday"
