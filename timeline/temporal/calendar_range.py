"""The error a calendar library raises when asked for a year it does not cover."""

from __future__ import annotations


class CalendarRangeError(ValueError):
    """A feast's date is unknown for this year (outside its calendar library's range, or not yet kept).

    The mention is still a date, so anchoring tags it without a value instead of guessing one.
    """
