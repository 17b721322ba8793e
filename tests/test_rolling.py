"""Rolling yearless dates to the right side of the reference day (news reads backward)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import rolling
from timeline.temporal.spec import Point

REF = date(2024, 4, 24)


@pytest.mark.parametrize(
    ("point", "prefer", "year"),
    [
        (Point(year=2024, month=3, day=28), "past", 2024),
        (Point(year=2024, month=12), "past", 2023),
        (Point(year=2024, month=5, day=1), "past", 2024),  # within a week ahead: a schedule
        (Point(year=2024, month=5, day=20), "past", 2023),
        (Point(year=2024, month=3, day=1), "future", 2025),
        (Point(year=2024, quarter=3), "past", 2023),
    ],
)
def test_roll_puts_a_yearless_date_on_the_preferred_side(point, prefer, year):
    assert rolling.roll(point, REF, prefer).year == year


def test_a_bare_day_is_this_months_or_the_last_ones():
    assert rolling.day_of_nearby_month(Point(day=20), REF, "past").start == date(2024, 4, 20)
    assert rolling.day_of_nearby_month(Point(day=31), REF, "past").start == date(2024, 3, 31)


def test_a_plan_day_just_before_the_reference_stays_in_its_year():
    day = Point(year=2024, month=4, day=10)
    assert rolling.roll(day, REF, "future", begun_days=rolling.BEGUN_DAYS).year == 2024
    assert rolling.roll(day, REF, "future").year == 2025  # the caller's forward mode rolls strictly
    far = Point(year=2024, month=2, day=1)
    assert rolling.roll(far, REF, "future", begun_days=rolling.BEGUN_DAYS).year == 2025


def test_last_november_told_in_november_is_a_year_back():
    assert rolling.roll(Point(year=2024, month=4, prefer="past", latest=True), REF, "past").year == 2023
    assert rolling.roll(Point(year=2024, month=3, prefer="past", latest=True), REF, "past").year == 2024
    assert rolling.roll(Point(year=2024, month=4), REF, "past").year == 2024  # a plain "April" is this one


def test_last_season_rolls_to_the_latest_one_ended_before_the_reference():
    autumn = date(2022, 10, 5)
    assert (
        rolling.roll(Point(year=2022, season="SP", prefer="past", latest=True), autumn, "past").year == 2022
    )
    assert (
        rolling.roll(Point(year=2022, season="FA", prefer="past", latest=True), autumn, "past").year == 2021
    )
    winter = date(2023, 1, 9)
    assert (
        rolling.roll(Point(year=2023, season="WI", prefer="past", latest=True), winter, "past").year == 2021
    )
