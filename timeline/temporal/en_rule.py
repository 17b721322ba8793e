"""How an English rule is made: its pattern compiled to start at a word, searched near its trigger words,
its yearless dates read by the clause's tense and kept within their paragraph."""

from __future__ import annotations

import re
from collections.abc import Callable

from timeline.temporal import en_scan
from timeline.temporal.en_common import (
    ATTRIBUTIVE,
    TENSED,
    Match,
    attributive,
    from_opens,
    in_paragraph,
    tensed,
)
from timeline.temporal.en_scan import Windowed
from timeline.temporal.en_triggers import GATES, TRIGGERS, WINDOWS
from timeline.temporal.engine import Rule, alt
from timeline.temporal.spec import TimeSpec

FEASTS = alt(en_scan.FEAST_NAMES)
"""Every named day the English grammar knows ("Christmas", "Labor Day", "Easter", "Eid al-Fitr")."""
FEAST_DAY = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|[1-9](?:st|nd|rd|th)|last|final)"
"""The nth (or last) day of a feast that lasts several days ("the second day of Passover")."""


def make_rule(
    name: str, pattern: str, build: Callable[[Match, str], TimeSpec | None], priority: int = 0
) -> Rule:
    """A named rule over `pattern` (case-insensitive), searched only near its triggers (`en_triggers`)."""
    compiled = re.compile(
        rf"(?<![A-Za-z0-9])(?:{pattern})", re.IGNORECASE
    )  # matches start at a word: fail fast elsewhere
    before, after = WINDOWS.get(name, (en_scan.BEFORE, en_scan.AFTER))
    if "(?P<q>" in pattern and "starting" in pattern:  # a day or clock time after "from" (DAY_QUAL_PREFIX)
        build = from_opens(build)
    if name in TENSED:
        build = tensed(build)
    if name in ATTRIBUTIVE:
        build = attributive(build)
    if "(?P<q>" in pattern:
        build = _read_qualifier(build)
    build = in_paragraph(build)
    windowed = Windowed(compiled, TRIGGERS[name], before, after, GATES.get(name))
    return Rule(name, windowed, build, priority)  # type: ignore[arg-type]


_NEGATED_BEFORE = re.compile(
    r"(?i)(?:\b(?:not|never)\b|n[’']t\b)(?![^.;:!?\n]*\b(?:but|and|that|which|who)\b)[^.;:!?\n,]{0,40}$"
)
"""'isn't expected until next year', 'won't take effect until March': a negation of the verb just
before 'until'."""
_NEGATED_ACROSS_RELATIVE = re.compile(
    r"(?i)(?:\b(?:not|never)\s+|n[’']t\s+)[a-z]+\s+(?:the|a|an|its|their|his|her|any)\s+(?:[\w-]+\s+){0,2}?"
    r"[\w-]+\s+(?:that|which|who)\s+[^.;:!?\n,]{0,50}$"
)
"""'didn't discover the genes that cause it until 1991': a negated verb, its object and one relative clause
on that object before 'until' (not 'didn't say that prices would hold until 2025': no object there)."""
_RELATIVE_BEFORE = re.compile(r"(?i)\b(?:that|which|who|whom)\b[^.;:!?\n,]*$")
"""'the stake that it doesn't own until Nov. 6': the negation sits in a clause of its own."""


def _read_qualifier(
    build: Callable[[Match, str], TimeSpec | None],
) -> Callable[[Match, str], TimeSpec | None]:
    """Wrap a build so its leading word is read in context: 'not … until X' dates what it says to X
    itself (the car "isn't expected until next year" is expected next year, not up to then), and
    'around' after a verb it belongs to ("get around Wednesday's ruling") approximates nothing."""

    def build_read(m: Match, text: str) -> TimeSpec | None:
        spec = build(m, text)
        q = (m.groupdict().get("q") or "").lower()
        if spec is None or not q:
            return spec
        if (
            q == "around"
            and spec.approximate
            and _AROUND_VERB.search(text, max(0, m.start() - 16), m.start())
        ):
            return spec.with_(approximate=False)
        if spec.qualifier != "until" or q not in ("until", "till"):
            return spec
        negation = _NEGATED_BEFORE.search(
            text, max(0, m.start() - 80), m.start()
        ) or _NEGATED_ACROSS_RELATIVE.search(text, max(0, m.start() - 110), m.start())
        if negation is None or _RELATIVE_BEFORE.search(text, max(0, negation.start() - 60), negation.start()):
            return spec
        return spec.with_(qualifier="none")

    return build_read


_AROUND_VERB = re.compile(
    r"(?i)\b(?:get|gets|got|getting|gotten|work|works|worked|working|way|ways|go|goes|going|went|come|comes|"
    r"came|coming|turn|turns|turned|turning|sidestep|sidestepped|skirt|skirted)\s+$"
)
"""A verb whose particle 'around' is ("ways to get around Monday's ruling"): no approximation follows."""
