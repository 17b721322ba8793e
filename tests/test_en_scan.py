"""English scan: trigger words, feast-name triggers and window gates change no match."""

from __future__ import annotations

import dataclasses
import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.temporal import en, en_scan, engine, tag
from timeline.temporal.en_triggers import GATES

_WORD = re.compile(r"[A-Za-z]+|\d+")


def test_every_feast_name_holds_a_trigger_word() -> None:
    """A written feast name always leaves a "holiday" trigger in the index (New Year's through "year")."""
    for name in en_scan.FEAST_NAMES:
        words = {w.lower() for w in _WORD.findall(name)}
        assert words & en_scan.WORDS["holiday"] or "year" in words or "years" in words, name


@pytest.mark.parametrize(
    ("text", "feast"),
    [
        ("President Obama spoke on Monday.", False),
        ("Stores close on President's Day.", True),
        ("Stores close on Presidents' Day.", True),
        ("A memorial service was held.", False),
        ("Parades on MEMORIAL DAY drew crowds.", True),
        ("Good results came in.", False),
        ("Church bells rang on Good Friday.", True),
        ("Israel said on Sunday it would respond.", False),
        ("Israel’s Independence Day falls in spring.", True),
    ],
)
def test_a_feast_word_triggers_only_where_a_feast_is_named(text: str, feast: bool) -> None:
    en_scan.word_index.cache_clear()
    assert bool(en_scan.word_index(text).get("holiday")) is feast


def _ungated(rule: engine.Rule) -> engine.Rule:
    windowed = rule.pattern
    plain = en_scan.Windowed(windowed.pattern, windowed.triggers, windowed.before, windowed.after)
    return dataclasses.replace(rule, pattern=plain)  # type: ignore[arg-type]


GATED = [rule for rule in en.RULES if rule.name in GATES]
PIECES = [
    "Monday", "Fri", " to ", " through ", "-", "–", "March 3", "Sept.", " 2019", "2021", " in ", "In ", " two ",
    "three ", "weeks", " years", " from now", " hence", " later", " earlier", " before", " prior", " this ",
    " last ", "next ", " fiscal ", "year", " quarter", " week", ", ", ". ", "the ", "will open", " said",
    "İ", "ı", "ſ", "’s ", "“", "FRIDAY", " TO ", " Next ", " Year", " or two", " OR 2", "between ", " and ", "an hour", "a day", "12",
]  # fmt: skip


def test_every_gate_names_a_rule() -> None:
    assert len(GATED) == len(GATES) >= 6


@pytest.mark.parametrize("rule", GATED, ids=lambda r: r.name)
@settings(max_examples=60, deadline=None)
@given(text=st.lists(st.sampled_from(PIECES), max_size=24).map("".join))
def test_a_gate_drops_no_candidate(rule: engine.Rule, text: str) -> None:
    """A gated rule's candidates are those of the same rule searched in every window."""
    en_scan.word_index.cache_clear()
    want = engine.candidates(text, [_ungated(rule)])
    en_scan.word_index.cache_clear()
    assert engine.candidates(text, [rule]) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The fair ran from 2019 to 2021 and March 3 to March 9.",
            ["from 2019 to 2021", "March 3 to March 9"],
        ),
        ("Banks close on the second Monday in October this year.", ["the second Monday in October"]),
        ("Sales rose in the first week of March, the firm said.", ["the first week of March"]),
        ("The store said it will reopen in two weeks.", ["in two weeks"]),
        ("Two years later, the plant closed.", ["Two years later"]),
        ("Profit fell last year.", ["last year"]),
    ],
)
def test_gated_and_retriggered_rules_still_find_their_dates(text: str, want: list[str]) -> None:
    mentions = tag(text, reference=date(2024, 3, 6), lang="en")
    assert [m.text for m in mentions if m.type != "DURATION"][: len(want)] == want
