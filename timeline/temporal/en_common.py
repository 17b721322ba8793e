"""Shared pieces of the English rules: prefixes, the tense reading, turning matched groups into a spec."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from timeline.temporal.en_parts import (
    PART,
    QUAL,
    QUAL_FROM,
    part_of,
    qualifier_of,
)
from timeline.temporal.en_vocab import (
    DAY_ORDINALS,
    DAYPARTS,
)
from timeline.temporal.engine import alt
from timeline.temporal.spec import Point, TimeSpec

Match = re.Match[str]
QUAL_PREFIX = rf"(?:(?P<q>{QUAL})\s+)?"
DAY_QUAL_PREFIX = rf"(?:(?P<q>{QUAL_FROM})\s+)?"
"""QUAL_PREFIX of a day or clock time: "from Monday", "starting Jan. 1" start an open interval; a month or
year after "from" is left alone ("up 5% from 2019" compares, it does not start anything)."""
PART_PREFIX = rf"(?:(?P<part>{PART})[\s-]*)?"
DAYPART_ALT = alt(DAYPARTS)
AHEAD_DAYS = 92
FUTURE_AHEAD_DAYS = 183
"""A yearless date ("Nov. 6", "March") up to this many days after publication stays in its year (news announces)."""
NARRATIVE_KEEP = ("quarter", "half", "month", "day")
COUNT_NOUNS = (
    "people|persons|troops|soldiers|votes|shares|cars|units|workers|jobs|feet|foot|meters|metres|miles|tons|"
    "barrels|points|yards|students|members|employees|homes|houses|acres|pounds|dollars|residents|cases|deaths|"
    "passengers|vehicles|rooms|beds|seats|copies|games|times|calories|kilometers|km|kg|mph|hp"
)
STREET = r"\s+(?:[A-Z][a-z]+\s+){0,2}(?:Street|St\.|Avenue|Ave\.?|Road|Rd\.|Boulevard|Blvd\.?|Lane|Drive|Way|Place|Court)\b"
TITLE_BEFORE = re.compile(r"([A-Z][A-Za-z]*)\s+$")
YEAR_OK_BEFORE = {
    "In", "Since", "By", "Until", "Through", "From", "During", "Before", "After", "Of", "Fiscal", "Late", "Early",
    "Mid", "Summer", "Spring", "Fall", "Autumn", "Winter", "As", "For", "Between", "And", "To", "At", "The", "Circa",
    "FY", "Q1", "Q2", "Q3", "Q4", "On", "Around", "About", "Year", "Only", "Throughout",
}  # fmt: skip


def group_int(g: dict[str, str | None], key: str) -> int | None:
    """A matched group as a number ("16th" → 16, "first" → 1); None when absent."""
    value = g.get(key)
    if not value:
        return None
    digits = re.sub(r"\D", "", value)
    return int(digits) if digits else DAY_ORDINALS.get(re.sub(r"\s+", "-", value.lower()))


IRREGULAR_PAST = (
    "began|came|went|took|made|told|met|left|saw|gave|fell|rose|won|lost|sold|bought|paid|held|led|shot|struck|"
    "found|brought|thought|sent|spent|kept|ran|tore|broke|spoke|wrote|drove|flew|fled|hit|quit|sank|stood|"
    "knew|got|became|chose|caught|fought|taught|sought|heard|meant|felt|built|froze|stole|swore|threw|woke"
)
"""Common irregular past-tense verbs (regular ones end in -ed)."""
TENSE_WORDS = re.compile(
    r"(?i)\b(?:(?P<past_perfect>had\s+(?:been\s+)?(?:expected|scheduled|due|set|slated|planned|supposed)\b(?:\s+to\s+\w+)?)"
    r"|(?P<future>(?P<will>will(?<!\bits\swill)(?<!\bhis\swill)(?<!\bher\swill)(?<!\btheir\swill)(?<!\bthe\swill)(?<!\bown\swill)(?!\s+of\b)|shall|'ll|(?:is|are)\s+(?:expected|scheduled|due|set|slated|likely)\s+to|"
    r"(?:is|are)\s+to|plans?\s+to|(?:is|are|was|were)\s+planning\s+to|goes\s+on\s+sale|go\s+on\s+sale)|should|(?:was|were)\s+(?:expected|scheduled|due|set|slated|likely)\s+to|upcoming|expires?|set\s+to|due\s+to|next(?!\s+to\b)|scheduled|(?P<plan>(?<!\bas\s)plann(?:ed|ing)(?=\s+(?:a|an|the|to|for|its|their|his|her|new|more|another)\b))|"
    r"would(?:\s+be)?|might|as\s+(?:soon|early)\s+as|postponed|delayed|adjourned|effective)"
    rf"|(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)(?P<past>said|says|was|were|had|did|ago|last|{IRREGULAR_PAST}|(?!\w*eed\b)(?-i:[a-z])\w{{2,}}ed))\b"
)
"""Future-tense and past-tense markers; the last one before a date in its clause decides. A participle
after "be" ("will be paid") is no past marker; "had been scheduled to" is a past one; the noun will
("imposed its will", "the will of the people") is no future."""


CLAUSE_END = re.compile(
    r"[.;!?](?<!\b[A-Z].)(?<!\bMr.)(?<!\bMs.)(?<!\bDr.)(?<!\bSt.)(?<!\bJr.)(?<!\bCo.)(?<!\bMrs.)(?<!\bInc.)"
    r"(?<!\bCorp.)(?=\s|$)|\n"
)
"""A clause boundary: sentence punctuation that does not end an initial or a title ("Daniel P. Davison").
The punctuation comes first and the look-behinds after it, so the engine skips to the punctuation."""
PAST_JUST_BEFORE = re.compile(
    r"(?i)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)\b(?:ended|closed|completed|expired|began|started|was|were|did|"
    r"(?!(?:scheduled|expected|planned|slated|delayed|postponed|proposed|intended|projected|forecast|anticipated|"
    r"needed|required|due|set|bound|targeted|aimed|earmarked|budgeted|reserved|booked)\b)(?-i:[a-z]){3,}ed)"
    r"\s+(?:on\s+|in\s+)?$"
)
"""'the year ended Jan. 31', 'an exam conducted in February': a past verb right before the date (a
participle of plan such as 'scheduled in' excepted)."""
PAST_JUST_AFTER = re.compile(
    r"^,\s+(?:(?i:the|a|an|its|his|her|their)\s+)?(?:(?:[A-Z][\w.&-]*|(?!(?:is|are|be|been|being|will|would|should|could|may|might|must|can|to|has|have)\b)"
    r"[a-z]{2,})\s+){1,3}?"
    r"(?:was|were|had|did|brought|agreed|took|made|named|bid|sold|bought|won|lost|rose|fell|began|paid|met|"
    r"left|went|came|gave|grew|held|kept|ran|saw|sent|spent|became|broke|built|chose|drove|found|"
    r"got|knew|led|sought|spoke|struck|taught|thought|threw|withdrew|wrote|filed|[a-z]{2,}[^e\W]ed)\b"
)
"""'In January, the board named …', 'In December, the firm bid …': a past verb right after the date."""
ASIDE_AFTER = re.compile(r",[^,.;:!?\n]{3,60}(?=,)")
"""A comma-delimited aside right after a date ("In January, a week after the vote, a bomb killed …")."""


_RELATIVE_THEN_WILL = re.compile(
    r"(?i)\b(?:who|that|which)\s+\w+(?:\s+(?!(?:and|but|said|says|told|announced|added|believed?|thinks?|thought)\b)"
    r"[\w$'’-]+){0,14}?\s+(?:will|shall)\s"
)
"""'Come November 19, those who paid will receive …': the past verb is a relative clause's; 'will' rules."""


def past_verb_after(text: str, end: int) -> bool:
    """True when a subject and a past verb follow the date at `end`, maybe past one aside."""
    found = PAST_JUST_AFTER.match(text[end : end + 60])
    if found:
        clause = CLAUSE_END.split(text[end : end + 120])[0]
        return _RELATIVE_THEN_WILL.search(clause, 0, len(clause)) is None
    aside = ASIDE_AFTER.match(text, end, end + 64)
    return aside is not None and PAST_JUST_AFTER.match(text[aside.end() : aside.end() + 60]) is not None


@lru_cache(maxsize=16)  # the same clause is read two or three times in a row
def tense_markers(text: str, start: int) -> tuple[Match, ...]:
    """The tense markers in the clause before `start` (looking back at most 160 characters)."""
    clause = CLAUSE_END.split(text[max(0, start - 160) : start])[-1]
    return tuple(TENSE_WORDS.finditer(clause))


def last_tense_marker(text: str, start: int) -> Match | None:
    """The last tense marker in the clause before `start`."""
    markers = tense_markers(text, start)
    return markers[-1] if markers else None


def next_tense_marker(text: str, end: int) -> Match | None:
    """The first tense marker in the clause after `end` (looking ahead at most 120 characters)."""
    clause = CLAUSE_END.split(text[end : end + 120])[0]
    return TENSE_WORDS.search(clause)


def tense_prefer(text: str, start: int, qualifier: str = "none", end: int | None = None) -> str | None:
    """'future' when the clause's last tense marker before `start` is a future one ("will meet Monday");
    with none before, the first one after `end` ("On Tuesday, the league plans to ...")."""
    last = last_tense_marker(text, start)
    if last is None and end is not None:
        after = next_tense_marker(text, end)
        if after is not None and after.group("will"):  # "On Tuesday, the league plans to ..."
            return "future"
        if after is not None and after.group("past"):  # "Until Thursday, they had not called him a suspect"
            return None
    if last is None or last.group("past_perfect"):  # "had been due to expire Friday": no future
        return "future" if qualifier == "until" else None  # "should ease by Thursday": a deadline ahead
    if last.group("plan") and end is not None:  # "a service planned for Saturday was canceled": past
        after = next_tense_marker(text, end)
        if (
            after is not None
            and after.group("past")
            and after.group(0).lower() not in ("said", "says", "told")
        ):
            return None  # (", police said" only reports it)
    return "future" if last.group("future") else None


REPORTING = frozenset(
    {
        "said", "says", "told", "expected", "hoped", "planned", "aimed", "intended", "promised", "pledged", "vowed",
        "predicted", "projected", "anticipated", "scheduled", "targeted", "wanted", "agreed", "decided", "proposed",
        "warned", "estimated", "announced", "pushed", "delayed", "moved", "extended",
    }
)  # fmt: skip
"""Past verbs that report or look ahead ("said it would", "expected to finish by year-end"): no past of the date."""


def told_in_past(text: str, start: int) -> bool:
    """True when the clause's last tense marker before `start` is a past verb that tells what happened ("rose",
    "was"), not one that reports or looks ahead (`REPORTING`)."""
    last = last_tense_marker(text, start)
    return last is not None and last.group("past") is not None and last.group(0).lower() not in REPORTING


SCHEDULED_JUST_BEFORE = re.compile(
    r"(?<![Tt]he\s)(?<![Aa]\s)(?<![Ii]ts\s)(?<![Tt]heir\s)(?<![Hh]is\s)(?<![Hh]er\s)\b(?:"
    r"(?:[Hh]osts?|[Vv]isits?|[Pp]lays?|[Ff]aces?)(?=\s+(?:the\s+)?[A-Z])(?:\s+(?:the\s+)?[A-Z][\w.&'’-]*){1,3}|"
    r"meets?|votes?|opens?|begins?|"
    r"starts?|resumes?|reconvenes?|convenes?|concludes?|wraps?\s+up|arrives?|visits?|hosts?|plays?|faces?|(?:heads?|travels?|flies|returns?)\s+to\s+\w+|takes?\s+office|"
    r"kicks?\s+off|goes\s+on\s+trial|testif(?:y|ies)|is\s+due|are\s+due|reopens?|"
    r"reports?\s+(?:(?:its|their|quarterly|annual|[\w-]+-quarter)\s+){0,2}(?:earnings|results)|"
    r"(?:holds?|hosts?)\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){0,2}(?:hearing|meeting|vote|call|conference|rally|"
    r"session|summit|briefing|debate|forum)s?)"
    r"(?:\s+(?:to|with|in|at|against)\s+(?:the\s+)?[\w-]+)?(?:\s+\w+ly)?\s+(?:on\s+|this\s+|next\s+|at\s+)?$"
)
"""A present-tense schedule verb right before a weekday, with at most one short phrase between: news
announces ("the court meets Monday", "the fair opens to the public on Friday", "the team plays Saturday", "the chain reports
earnings Thursday", "the final kicks off at 8pm on Friday": a clock time and its day, "the panel
holds a public hearing Wednesday")."""
SCHEDULED_IS_BEFORE = re.compile(
    r"(?i)\b(?:day|date|deadline|vote|election|hearing|meeting|launch|opening|premiere|release|debate|game|match|"
    r"final|trial|session|ceremony|funeral|rally|summit|kickoff|kick-off|start)s?\s+(?:is|are)\s+"
    r"(?:(?:now|still|set|scheduled|slated)\s+)?(?:(?:for|on)\s+)?$"
)
"""'the launch day is Tuesday', 'the vote is set for Thursday': an appointment stated in the present."""
WILL_AHEAD_DAYS = 330
"""A yearless date that is the adverbial of a "will" verb ("will fly in December") may lie most of a year ahead."""
_ADVERBIAL = re.compile(r"(?i)\b(?:in|on|by|until|from|starting|beginning)\s+$")


def with_tense(spec: TimeSpec, m: Match, text: str) -> TimeSpec:
    """Read the clause's tense into a yearless date or a bare weekday."""
    point = spec.start
    if point is None or point.year is not None or point.rel_unit is not None or point.decade is not None:
        return spec
    if point.prefer is not None:  # "last April", "next March 5": the words already say which side
        return spec
    prefer = tense_prefer(text, m.start(), spec.qualifier, m.end())
    scheduled = (
        SCHEDULED_JUST_BEFORE.search(text, max(0, m.start() - 40), m.start()) is not None
        or SCHEDULED_IS_BEFORE.search(text, max(0, m.start() - 40), m.start()) is not None
    )
    if scheduled and point.weekday is not None and point.month is None:
        prefer = "future"  # "leaders meet Monday", "the trial opens on Tuesday": a schedule
    dated_schedule = scheduled and point.month is not None and point.day is not None
    if dated_schedule:  # "the tour kicks off June 9": a schedule up to most of a year ahead
        prefer = "future"
    if prefer is None:
        if point.month is not None and (
            PAST_JUST_BEFORE.search(text[max(0, m.start() - 24) : m.start()])
            or past_verb_after(text, m.end())
        ):  # "the year ended Jan. 31", "In January, the board named": behind publication
            return spec.with_(start=point.with_(ahead_days=0))
        return spec
    if point.weekday is not None and point.month is None:  # "will meet Monday": the next Monday
        return spec.with_(start=point.with_(prefer=prefer))
    # "will be paid Feb. 1": a yearless date may lie up to half a year ahead (not a whole year: the
    # future verb may belong to the clause while the date looks back, "will discuss the July 25 call")
    ahead = point.with_(ahead_days=max(point.ahead_days, FUTURE_AHEAD_DAYS))
    if any(marker.group("will") for marker in tense_markers(text, m.start())):
        # "will" speaks from publication: "invited in July 1997, they will join on March 12" is not 1997
        ahead = ahead.with_(lend_after=m.start())
        if _ADVERBIAL.search(text, max(0, m.start() - 8), m.start()):  # "will fly a mission in December"
            ahead = ahead.with_(ahead_days=WILL_AHEAD_DAYS)
    if dated_schedule:
        ahead = ahead.with_(ahead_days=WILL_AHEAD_DAYS, lend_after=m.start())
    return spec.with_(start=ahead)


TENSED = frozenset(
    {
        "weekday",
        "weekday, month day, year",
        "day month year",
        "month",
        "clock time",
        "holiday (Christmas)",
        "days before / after a day (the day after Christmas, a day after Tuesday's vote)",
        "month day-day",
        "from A to B",
        "A to B",
    }
)
"""Rules whose yearless dates and bare weekdays follow the tense of their clause."""
ATTRIBUTIVE = frozenset({"weekday, month day, year", "day month year", "month year"})
"""Rules whose dates may name an event ("the August 1988 cease-fire") and then lend their year in their sentence only."""


_FROM_COMPARES = re.compile(
    r"(?i)(?:\d%?|percent|points?|cents?|\b(?:up|down|rose|fell|climbed|dropped|slid|slipped|jumped|gained|lost|"
    r"increased|decreased|declined|grew|shrank|rebounded|recovered|compared|changed|away|back|returned|distance[ds]?|"
    r"themselves|himself|herself|itself))\s*$"
)
"""Words before "from" that make it a comparison or a departure ("up 5% from Friday"), not a start."""


_RANGE_GOES_ON = re.compile(r"(?i)[^.,;:!?\n]{0,40}?\s(?:to|through|until|till)\s|\s*[-–]\s*\d")
"""After "from <day>": a "to"/"through" or a dash further on makes it the first end of a range, not a start."""


def from_opens(build: Callable[[Match, str], TimeSpec | None]) -> Callable[[Match, str], TimeSpec | None]:
    """Wrap a build so "from <day>" opens an interval only when nothing compares or leaves from it
    ("up 5% from Friday", "back from Monday's summit" keep the plain day)."""

    def build_from(m: Match, text: str) -> TimeSpec | None:
        spec = build(m, text)
        if spec is None or spec.qualifier != "since" or not m.groupdict().get("q"):
            return spec
        if not m.group("q").lower().startswith(("from", "starting", "beginning")):
            return spec
        if (
            _FROM_COMPARES.search(text, max(0, m.start() - 40), m.start())
            or text.startswith(("'s", "’s"), m.end())
            or _RANGE_GOES_ON.match(text, m.end())
        ):
            return spec.with_(qualifier="none")
        return spec

    return build_from


def tensed(build: Callable[[Match, str], TimeSpec | None]) -> Callable[[Match, str], TimeSpec | None]:
    """Wrap a build so its yearless dates and bare weekdays follow the clause's tense."""

    def build_tensed(m: Match, text: str) -> TimeSpec | None:
        spec = build(m, text)
        return with_tense(spec, m, text) if spec is not None else None

    return build_tensed


_DETERMINER_BEFORE = re.compile(r"(?i)(?:\b(?:the|a|an|its|their|his|her)|\w(?:'s|’s))\s+$")
_NOUN_AFTER = re.compile(
    r",?\s+(?!(?:and|or|but|nor|to|through|until|till|when|while|as|at|in|on|of|for|by|with|from|after|before|"
    r"is|was|were|are|be|been|had|has|have|will|would|that|which|who|where|than|so|if|because|since)\b)"
    r"(?-i:[a-z])[a-z]+(?:-[a-z]+)*\b"
)
"""After a dated determiner phrase: a lowercase noun it modifies ("the Dec. 21, 1988, bombing")."""


def attributive(build: Callable[[Match, str], TimeSpec | None]) -> Callable[[Match, str], TimeSpec | None]:
    """Wrap a build so a date that names an event ("the August 1988 cease-fire") lends its year only in
    its own sentence: it dates that event, not the story that goes on around it."""

    def build_attributive(m: Match, text: str) -> TimeSpec | None:
        spec = build(m, text)
        if (
            spec is not None
            and "attributive" not in spec.extra
            and _DETERMINER_BEFORE.search(text, max(0, m.start() - 12), m.start())
            and _NOUN_AFTER.match(text, m.end(), m.end() + 40)
        ):
            return spec.with_(extra={**spec.extra, "attributive": "yes"})
        return spec

    return build_attributive


def point_spec(point: Point, g: dict[str, str | None]) -> TimeSpec:
    """A point spec with the match's qualifier, approximation and early/mid/late part applied."""
    if (
        point.year is None
        and point.rel_unit is None
        and point.decade is None
        and not point.year_from_explicit
    ):
        point = point.with_(year_from_explicit=True, ahead_days=AHEAD_DAYS)
    qualifier, approximate = qualifier_of(g.get("q"))
    part = part_of(g.get("part"))
    if part is not None:  # "early March": the month, its days narrowed to 1-10 by anchoring
        point = point.with_(part=part)
    return TimeSpec("point", start=point, qualifier=qualifier, approximate=approximate)


LEND_WINDOW = 400
"""How far back a line break is looked for (anchoring lends no year from further back anyway)."""


def paragraph_start(text: str, start: int) -> int:
    """Offset where the paragraph (line: extracted news has one paragraph per line) holding `start` begins."""
    return text.rfind("\n", max(0, start - LEND_WINDOW), start) + 1


def _lend_in_paragraph(point: Point | None, after: int) -> Point | None:
    if point is None or not point.year_from_explicit:
        return point
    return point.with_(lend_after=max(after, point.lend_after))


def in_paragraph(build: Callable[[Match, str], TimeSpec | None]) -> Callable[[Match, str], TimeSpec | None]:
    """Wrap a build so a yearless date borrows a year only from its own paragraph (DESIGN §4)."""

    def build_in_paragraph(m: Match, text: str) -> TimeSpec | None:
        spec = build(m, text)
        if spec is None or not (
            (spec.start and spec.start.year_from_explicit) or (spec.end and spec.end.year_from_explicit)
        ):
            return spec
        after = paragraph_start(text, m.start())
        return spec.with_(
            start=_lend_in_paragraph(spec.start, after), end=_lend_in_paragraph(spec.end, after)
        )

    return build_in_paragraph
