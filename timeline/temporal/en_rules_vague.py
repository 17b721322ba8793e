"""English rules for times said without a date: the present ("now", "currently"), the recent past ("in
recent years", "recently"), the past ("formerly") and the future ("the near future", "at a later date",
"in the coming months"). `en.RULES` runs them where their tuple stands."""

from __future__ import annotations

from timeline.temporal.en_dates import recent
from timeline.temporal.en_relative import fixed_kind, present
from timeline.temporal.en_rule import make_rule as _rule
from timeline.temporal.engine import Rule

VAGUE_RULES: tuple[Rule, ...] = (
    _rule(
        "present (now, currently)",
        r"\b(?:right\s+now|now|currently|at\s+present|presently|nowadays|these\s+days|at\s+the\s+moment)\b(?!-)",
        present,
    ),
    _rule(
        "recent (in recent years)",
        r"(?:\bin\s+)?\b(?:recent\s+(?P<unit>years|months|weeks|days|decades|quarters)|the\s+(?:past|last)\s+(?:few|several)\s+(?P<unit2>years|months|weeks|days|decades|quarters)|recently|lately|more\s+recently)\b",
        recent,
    ),
    _rule(
        "past (the past, previously)",
        r"\b(?:the\s+past(?!\s+[\w-])|formerly|in\s+the\s+past)\b",
        fixed_kind("past"),
    ),
    _rule(
        "future (soon, the future)",
        r"\b(?:in\s+)?the\s+(?:near\s+)?future\b|\ba\s+later\s+date\b",
        fixed_kind("future"),
    ),
    _rule(
        "future (in coming months)",
        r"\b(?:in\s+|over\s+)?(?:the\s+)?(?:(?:coming|upcoming)\s+(?:weeks|months|years|quarters|days|decades)"
        r"|future\s+(?:weeks|months|years|quarters))\b"
        r"|\b(?:in\s+|over\s+)?the\s+(?:weeks|months|years|days)\s+ahead\b(?!-)"
        r"|\b(?:in\s+|over\s+)?the\s+(?:near|short)\s+term\b(?!-|\s+(?-i:[a-z]+)\s+of\b|\s+(?:"
        r"nature|basis|loans?|debt|financing|rates?|interest|outlook|goals?|memory|contracts?|deals?|bonds?|notes?))",
        # not 'the short term nature of' (an adjective)
        fixed_kind("future"),
    ),
)
"""The rules of this module, in the order `en.RULES` runs them."""
