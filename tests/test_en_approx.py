"""Lengths and times said loosely: count ranges, "or so", a day ahead after a modal."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag

REF = date(2024, 4, 24)


def _one(text: str, *, timeml: bool = False) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.type, m.timex3) for m in tag(text, reference=REF, lang="en", timeml=timeml)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Repairs take two to three weeks.", [("two to three weeks", "DURATION", "PXW")]),
        ("Repairs take 12-18 months.", [("12-18 months", "DURATION", "PXM")]),
        ("Repairs take between 10 and 14 days.", [("between 10 and 14 days", "DURATION", "PXD")]),
        ("The vote may slip by a day or two.", [("a day or two", "DURATION", "PXD")]),
        ("Shipments resume in a week or so.", [("a week or so", "DURATION", "P1W")]),
    ],
)
def test_a_length_said_loosely_keeps_all_its_words(text: str, want: list[tuple[str, str, str]]) -> None:
    assert _one(text) == want


def test_a_descending_pair_or_an_age_is_no_range() -> None:
    assert _one("The team won 3-2 days ago.")[0][0] != "3-2 days ago"
    assert all("to 30" not in text for text, _, _ in _one("Men aged 25 to 30 years old voted."))


def test_or_so_makes_a_date_approximate() -> None:
    (m,) = tag("The plant will close over the next year or so.", reference=REF, lang="en")
    assert (m.text, m.value, m.qualifier, m.timex3_mod) == (
        "the next year or so",
        "2025~",
        "approximate",
        "APPROX",
    )


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Coal could one day run out.", ("one day", "DATE", "FUTURE_REF")),
        ("He hopes to someday lead the party.", ("someday", "DATE", "FUTURE_REF")),
        ("They stayed one day.", ("one day", "DURATION", "P1D")),
        ("Visits are limited to up to one day.", ("up to one day", "DURATION", "P1D")),
    ],
)
def test_one_day_after_a_modal_is_a_day_ahead(text: str, want: tuple[str, str, str]) -> None:
    assert _one(text) == [want]


def test_timeml_tags_each_end_of_a_length_range() -> None:
    assert _one("Recovery takes two to six days.", timeml=True) == [
        ("two", "DURATION", "P2D"),
        ("six days", "DURATION", "P6D"),
    ]
    assert _one("It could take a month or two.", timeml=True) == [("a month", "DURATION", "P1M")]
    assert _one("Over the next two years or so, sales rose.", timeml=True) == [
        ("the next two years or so", "DURATION", "P2Y")
    ]


def test_the_edge_of_a_span_is_some_of_its_units() -> None:
    assert _one("Prisoners were taken in the first hours of the war.") == [
        ("the first hours", "DURATION", "PTXH")
    ]
    assert _one("Sales slowed in the final weeks of the year.")[0] == ("the final weeks", "DURATION", "PXW")
    assert _one("Prices fell in the last few days.")[0][:2] == ("in the last few days", "DATE")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Earnings for 2030 and beyond look strong.", ("2030 and beyond", "2030/..", "since", "ON_OR_AFTER")),
        (
            "Owners of a 2012 or later model can upgrade.",
            ("2012", "2012", "none", None),
        ),
        (
            "Cars built in 2019 or earlier are exempt.",
            ("2019 or earlier", "../2019", "until", "ON_OR_BEFORE"),
        ),
        ("He flew in October 1984 and later served as chief.", ("October 1984", "1984-10", "none", None)),
    ],
)
def test_a_date_left_open_takes_its_words(text: str, want: tuple[str, str, str, str | None]) -> None:
    m = tag(text, reference=REF, lang="en")[0]
    assert (m.text, m.value, m.qualifier, m.timex3_mod) == want
