"""English speakers: said / told / according to, quotes before and after, roles kept apart from names."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.claims import speakers_en
from timeline.claims.speakers import attributions
from timeline.pipeline import extract

PUB = date(2024, 4, 24)


def found(text: str, lang: str = "en"):
    return [(a.speaker, a.role, text[a.start : a.end]) for a in attributions(text, 0, len(text), lang)]


def test_english_said_after_a_quote():
    text = "“We expect the line to reopen Friday,” said Tom Reyes, the agency's spokesman."
    got = found(text, "en")
    assert got[0][0] == "Tom Reyes"
    assert got[0][1] == "the agency's spokesman"
    assert got[0][2].startswith("“We expect")


def test_english_told_reporters_keeps_the_title_as_role():
    text = "Fire Chief Sam Lee told reporters the blaze started in a kitchen."
    assert found(text, "en")[0][:2] == ("Sam Lee", "Fire Chief")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Dayton police said the driver was arrested on Sunday.", "Dayton police"),
        ("A hospital spokeswoman said the ward closed in June.", "hospital spokeswoman"),
        ("The utility said crews would restore power by Friday.", "the utility"),
        ("State health officials say 40 cases were reported last week.", "State health officials"),
        ("The trial ended in May, prosecutors said.", "prosecutors"),
    ],
)
def test_english_bodies_named_as_the_article_names_them(text, speaker):
    assert [g[0] for g in found(text, "en")] == [speaker]


def test_english_lowercase_roles_and_according_to_sources():
    text = "The building reopened on Monday, library director Ana Ruiz said."
    assert found(text, "en")[0][:2] == ("Ana Ruiz", "library director")
    text = "The council approved the funds, according to a statement from the mayor's office."
    assert found(text, "en")[0][0] == "mayor's office"
    assert found("Prices rose, according to data released Tuesday.", "en") == []


def test_an_unquoted_english_attribution_covers_its_sentence_only():
    text = (
        "The governor said the plan would pass. The bill was filed Monday.\n"
        "Trade fell 4% in May, according to the customs office. Exports rose in June."
    )
    claims = {c.date_text: c for c in extract(text, published=date(2024, 7, 2), lang="en")}
    assert claims["Monday"].speaker is None
    assert claims["May"].speaker == "customs office"
    assert claims["June"].speaker is None


_EN_SOURCE_BITS = [
    "Police",
    "police",
    "county ",
    "officials",
    "officials said",
    "the company told",
    "Police say",
    "The ",
    "the ",
    "city ",
    "company",
    "school district",
    "spokeswoman",
    "Jane",
    "Doe",
    "O'Neil",
    "J.",
    " of ",
    " and ",
    ", a lawyer,",
    " ",
    "\n",
    "  ",
    "say",
    "said",
    "says",
    "told",
    "reported",
    "noted",
    " to be",
    "according to ",
    "a statement from ",
    "statement by ",
    "-",
    "x",
    ".",
]


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(_EN_SOURCE_BITS), max_size=20).map("".join), cut=st.integers(0, 3))
def test_en_speaker_shortcuts_never_miss_a_match(text, cut):
    end = max(cut, len(text) - cut)
    plain_after = re.compile(
        speakers_en._EN_AFTER.pattern.replace(speakers_en._EN_NAME_FROM_CAPITAL, speakers_en._EN_NAME)
    )
    assert plain_after.pattern != speakers_en._EN_AFTER.pattern
    assert [(m.span(), m.groupdict()) for m in speakers_en._EN_AFTER.finditer(text, cut, end)] == [
        (m.span(), m.groupdict()) for m in plain_after.finditer(text, cut, end)
    ]
    if speakers_en._EN_GROUP.search(text, cut, end):
        assert speakers_en._may_have_group(text, cut, end)
    if speakers_en._EN_ACCORDING.search(text, cut, end):
        assert any(text.find(cue, cut, end) >= 0 for cue in speakers_en._EN_ACCORDING_CUES)


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("Last week, he said Lagos had agreed to release the funds.", []),
        ("He said Maria Lopez was hired in 2019.", []),
        ('"The bridge will reopen," said Mayor Jane Doe, adding that repairs were done.', ["Jane Doe"]),
    ],
)
def test_en_a_name_opening_the_reported_clause_is_not_an_inverted_speaker(text, speakers):
    assert [g[0] for g in found(text, "en")] == speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Tram fares go up on May 1, the city transport office said.", ["the city transport office"]),
        ("On Monday the state health department said 40 people were sick.", ["the state health department"]),
        ("She joined the company said to be worth millions in 2019.", []),
    ],
)
def test_en_a_named_body_after_the_with_its_modifiers(text, speaker):
    assert [a.speaker for a in attributions(text, 0, len(text), "en")] == speaker


def test_en_a_quote_that_goes_on_after_the_attribution_keeps_its_speaker():
    text = (
        "“We ran out of time,” Okafor said, via a radio station. “We needed the win on Sunday.”\n\n"
        "“It stung,” Rivera acknowledged. “On Monday we start again.”\n\n"
        "“Demand was soft,” wrote Lindqvist in a note. “The third quarter will be better.”"
    )
    claims = extract(text, published=PUB, lang="en")
    assert sorted((c.date_text, c.speaker) for c in claims) == [
        ("Monday", "Rivera"),
        ("Sunday", "Okafor"),
        ("The third quarter", "Lindqvist"),
    ]


def test_en_an_attribution_inside_an_opening_subordinate_clause_does_not_speak_for_the_main_one():
    text = (
        "While state spokeswoman Dana Ruiz said the bridge was safe, it was closed on Monday for repairs.\n\n"
        "Dana Ruiz said the bridge was closed on Monday for repairs."
    )
    claims = sorted(extract(text, published=PUB, lang="en"), key=lambda c: c.char_start)
    assert [c.speaker for c in claims] == [None, "Dana Ruiz"]


def test_en_an_inverted_speaker_named_after_an_owner_and_a_role():
    text = "Job cuts will be announced later this week, said The Gearly Group’s newly named chief executive Maria Olsen."
    assert [(a.speaker, a.role) for a in attributions(text, 0, len(text), "en")] == [
        ("Maria Olsen", "Gearly Group’s newly named chief executive")
    ]
