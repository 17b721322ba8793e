"""English mentions that date no fact of their clause: a year that names a model or an edition (the
2016 MacBook Pro, the mid-2019 refresh), 'now' in a title beside a name (Jane Roe, now a consultant),
a price tag (Now $49), a timeless 'today' (the consoles that exist today), a writer's agenda (Today,
we're going to talk about…), a score of 2072, a poll's 'high forties', 'in the short term', 'formerly
known as' and 'as recently as May' (where May, not 'recently', dates the fact), a ranking ('the best
phone of 2019', "the year's best song", 'the year of the rooster') and a holiday or weekday describing a
thing ('Christmas cards', 'Saturday publication')."""

from __future__ import annotations

import re

from timeline.models import TimeMention

YEAR_LEADS = frozenset(
    "in since by from until through before after during of to at on and or early late mid between around".split()  # noqa: SIM905
)
"""Words that make a year the time of the clause ('in 2016 Apple…'), not a word describing a noun."""
DETERMINERS = (
    "a",
    "an",
    "the",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "your",
    "this",
    "that",
    "these",
    "those",
    "whose",
)
"""Words after which a year describes the noun that follows ('the 2016 MacBook', 'her 2017 memoir')."""
_DETERMINER_BEFORE = re.compile(rf"(?:\b(?:{'|'.join(DETERMINERS)})|\w['’]s)\s+$", re.IGNORECASE)
_YEAR = r"(?:1[89]|20)\d{2}"
_QUALIFIED_YEAR = re.compile(
    rf"(?:the\s+)?(?:(?:early|mid|late)[- ]?{_YEAR}|{_YEAR}\s*(?:through|to|-|–)\s*{_YEAR})", re.IGNORECASE
)
"""'the mid-2019', '2012 through 2015': a year span that may name a model or an edition."""
_NOT_A_NOUN_WORDS = (
    "and or but nor to when while as with in on at for of by from was were is are had has have saw that "
    "which who through until before after season seasons period periods era decade years year window term"
)
_NOT_A_NOUN = frozenset(_NOT_A_NOUN_WORDS.split())
"""Words after a year span that show it is no noun's modifier ('the 2012 to 2015 period', '… and')."""
_WORD_AFTER = re.compile(r"\s+([A-Za-z][\w-]*)")
_NAME_AFTER = re.compile(
    r"\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"A|An|The|I|He|She|It|We|They|This|That|There|These|Those|His|Her|Its|Their|Our|But|And|When|After|Before)\b)"
    r"[A-Z][\w-]*"
)
_CLASS_OF = re.compile(r"\b[Cc]lass\s+of\s+$")
_TOKEN_BEFORE = re.compile(r"(\S+)\s+$")


def names_a_model(mention: TimeMention, text: str) -> bool:
    """'the i9 2018 MacBook Pro', '15-inch 2016 MacBook Pro design', 'the 2012 through 2015 keyboard',
    'the mid-2019 refresh': a year or year span that names a model or an edition, not when the clause's
    event happened (a bare year right after a determiner is dating.py's own rule)."""
    words = mention.text
    if _QUALIFIED_YEAR.fullmatch(words):
        before = text[max(0, mention.start - 12) : mention.start]
        if not words.lower().startswith("the") and not _DETERMINER_BEFORE.search(before):
            return False
        after = _WORD_AFTER.match(text, mention.end)
        return after is not None and after.group(1).lower() not in _NOT_A_NOUN
    if (
        len(words) == 4
        and words.isdigit()
        and _CLASS_OF.search(text, max(0, mention.start - 12), mention.start)
    ):
        return True  # 'nominated for the Hall of Fame's Class of 2020, which will be honored on May 2'
    if len(words) != 4 or not words.isdigit() or not _NAME_AFTER.match(text, mention.end):
        return False
    token = _TOKEN_BEFORE.search(text, max(0, mention.start - 24), mention.start)
    if token is None:
        return mention.start == 0 or text[mention.start - 1] == "\n"
    lead = token.group(1)
    return lead[-1:].isalnum() and lead.lower() not in YEAR_LEADS


_SCORE_BEFORE = re.compile(
    r"\b(?:score|scores|scored|total|tally|rating|points?)\s+(?:of\s+)?$", re.IGNORECASE
)
_NOW_BESIDE_NAME = re.compile(r"(?:,|\band)\s+$")
_TITLE_AFTER = re.compile(r"\s+(?:an?|the)\s")
_PRICE_AFTER = re.compile(r"\s*[:-]?\s*(?:only\s+|just\s+)?[$€£¥₹]\s?\d")
_TIMELESS_TODAY = re.compile(
    r"\b(?:that|which|who|we|they|I|you|as\s+(?:it|they|we|I|you))\s+(?:still\s+|now\s+)?"
    r"(?P<verb>exists?|is|are|observe|see|know|have|has|use|enjoy|live|find)\s+(?:it\s+|them\s+)?$",
    re.IGNORECASE,
)
_PARTICIPLE_AFTER = re.compile(
    r"\s+(?:[a-z]+(?:ed|ing)|been|begun|made|given|taken|done|won|lost|seen|shown)\b"
)
_AGENDA = re.compile(
    r"\s*,?\s+(?:we|I)(?:['’](?:re|m|ll)|\s+(?:are|am|will))\s+(?:going\s+to\s+|gonna\s+)?"
    r"(?:talk|look|discuss|share|show|explore|cover|build|break|dive|walk|demystify|answer|teach|learn|dig|tackle|go)\b",
    re.IGNORECASE,
)
_DECADE_WORDS = re.compile(r"(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)", re.I)
_POLL_LEVEL = re.compile(r"\b(?:high|low|upper|lower)[- ]$", re.IGNORECASE)
_FORMERLY = re.compile(r"\s+(?:(?i:known|called|named|titled)\b|(?:the\s+)?[A-Z])")
"""'formerly known as', 'MaT – formerly the Free Syrian Army –': a former name, no dated fact."""
_DECADE_BEFORE_NOUN = re.compile(r"(?:^|\s)(?:an?|one)\s+$", re.IGNORECASE)
_LOWER_WORD_AFTER = re.compile(r"\s+([a-z][a-z-]+)\b")
_HORIZON = re.compile(r"(?:in|over)\s+the\s+(?:short|long|near|medium)[- ](?:term|run)", re.IGNORECASE)
_AS_RECENTLY_AS = re.compile(r"\s+as\b", re.IGNORECASE)
_AND_BEFORE = re.compile(r"(?:^|\n|\.\s)(?:And|But)\s+$")
_NOWADAYS_AFTER = re.compile(
    r",\s+(?:[\w'’-]+\s+){1,5}?(?:is|are)\s+(?:not\s+|no\s+longer\s+|still\s+)?"
    r"(?!(?:being|expected|set|due|scheduled|slated|going|about|to|the|a|an|on|at|in|closed|open|shut)\b)"
    r"(?![a-z]+(?:ing|ed)\b)[a-z]+\b"
)
"""'Today, such infections are rare', 'And today, the right to work is equal to …': how things are
nowadays (a copula and a plain adjective right after 'Today,'), not an event of the day."""
_MONTHS_DAYS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
)
_HABIT = re.compile(
    rf"\b(?:(?:every|each)\s+(?:year|month|week|day|night|morning|evening|summer|winter|spring|fall|autumn|"
    rf"season|{_MONTHS_DAYS})|usually|typically|normally|generally|annually|traditionally|always)\b",
    re.IGNORECASE,
)
_HABIT_AFTER = re.compile(
    r"[^.;!?\n]{0,40}?\b(?:every|each)\s+year\b|[^.;!?\n]{0,40}?\bannually\b", re.IGNORECASE
)
_SENTENCE_LEAD = re.compile(r"(?:[.;!?]\s|\n|,?\s+(?:and|but|while|whereas|although|though)\s)")
_OWN_TIME = re.compile(
    r"\b(?:this|last|next|ago|yesterday|today|tomorrow|tonight|earlier|later)\b", re.IGNORECASE
)
_HABIT_PRECISIONS = frozenset({"month", "day", "hour", "minute", "season"})
"""'happen every November – not just on Diwali', 'Every year, the fair opens in March': a yearless date
under a habit word repeats; it dates no single event."""
_PAST_SPAN = re.compile(
    r"(?:the\s+)?(?:past|last|previous)\s+(?:month|year|week|\d+\s+(?:days|weeks|months))", re.I
)
_SURVEYED = re.compile(
    r"\b(?:respondents?|participants?|surveyed|interviewees|who said they|said they had|reported (?:having|using))\b|"
    r"\b(?:use|used|using|smoked|drank|vaped)\s+(?:\w+\s+){0,2}(?:in|during|within|over)\s+$",
    re.IGNORECASE,
)
"""'how often respondents used marijuana in the past month': the month before each answer, not a
month of the calendar."""
_FIRST_BEFORE = re.compile(r"\bfirst\b[^.;:!?,\n—–]{0,50}$", re.IGNORECASE)
"""'won a majority for the first time since 1993', 'its first away win since 2011': the last time before
a record, a comparison base, not when the clause's fact began."""
_DAY_NAME = re.compile(r"[A-Z][a-z]+(?: Eve| Day)?")
_DAY_AS_MODIFIER = re.compile(
    r"\s+(?:cards?|trees?|lights|decorations?|ornaments?|gifts?|presents?|shopping|shoppers|music|songs?|carols?|"
    r"movies?|films?|sweaters?|cookies|stockings?|spirit|wish\s+lists?|publication|delivery|deliveries|mail|"
    r"school|best|crossword)\b",
    re.IGNORECASE,
)
"""'his Christmas cards', 'to end Saturday publication': a holiday or a weekday describing a thing."""
_SUPERLATIVE = (
    r"best|worst|biggest|largest|greatest|highest|lowest|smallest|strongest|weakest|hottest|coldest|warmest|"
    r"wettest|driest|deadliest|busiest|fastest|slowest|longest|shortest|finest|toughest|hardest|easiest|"
    r"cheapest|top|favou?rite|most\s+\w+|least\s+\w+"
)
_RANKED_IN = re.compile(rf"\b(?:{_SUPERLATIVE})\b(?:\s+[\w-]+){{0,4}}\s+of\s+$", re.IGNORECASE)
"""'the best Android phone of 2019', 'the best matches of the year': a ranking, no dated fact."""
_RANK_AFTER = re.compile(rf"['’]s\s+(?:{_SUPERLATIVE})\b|\s+of\s+the\s+(?!\w+\s+(?:of|in)\b)", re.IGNORECASE)
"""'the year's best song', 'the year of the rooster': the year ranks or names something."""


def dates_nothing(mention: TimeMention, text: str) -> bool:
    """An English mention that dates no fact of its clause (see the module docstring)."""
    words = mention.text.lower()
    if (
        mention.anchor == "publication"
        and mention.precision in _HABIT_PRECISIONS
        and not _OWN_TIME.search(words)
    ):
        lead = _SENTENCE_LEAD.split(text[max(0, mention.start - 80) : mention.start])[-1]
        if _HABIT.search(lead) or _HABIT_AFTER.match(text, mention.end):
            return True  # 'every November – not just on Diwali'
    if _PAST_SPAN.fullmatch(words) and _SURVEYED.search(text, max(0, mention.start - 80), mention.start):
        return True  # 'respondents used marijuana in the past month'
    if words.startswith("since ") and _FIRST_BEFORE.search(text, max(0, mention.start - 60), mention.start):
        return True  # 'for the first time since 1993'
    if words == "the year" or (len(words) == 4 and words.isdigit()):
        if text.endswith("of ", 0, mention.start) and _RANKED_IN.search(
            text, max(0, mention.start - 60), mention.start
        ):
            return True  # 'the best Android phone of 2019'
        if words == "the year" and _RANK_AFTER.match(text, mention.end):
            return True  # "the year's best song", 'the year of the rooster'
    if len(words) == 5 and words[:4].isdigit() and words[4] == "s":  # 'a 1990s grunge band'
        after = _LOWER_WORD_AFTER.match(text, mention.end)
        if (
            after
            and after.group(1) not in _NOT_A_NOUN
            and _DECADE_BEFORE_NOUN.search(text[max(0, mention.start - 6) : mention.start])
        ):
            return True
    if words[:1].isdigit() or words.startswith("the "):
        if len(words) == 4 and _SCORE_BEFORE.search(text, max(0, mention.start - 24), mention.start):
            return True  # 'earned a total score of 2072': a number, not a year
        return names_a_model(mention, text)
    if (
        mention.precision == "day"
        and _DAY_NAME.fullmatch(mention.text)
        and _DAY_AS_MODIFIER.match(text, mention.end)
    ):
        return True  # 'his Christmas cards', 'Saturday publication'
    if words == "now":
        before = text[max(0, mention.start - 6) : mention.start]
        if _NOW_BESIDE_NAME.search(before) and _TITLE_AFTER.match(text, mention.end):
            return True  # 'Jane Roe, now a staff scientist at …': her title today, not an event
        return _PRICE_AFTER.match(text, mention.end) is not None  # 'Headphones, Now $49'
    if words == "today":
        opens = (
            mention.start == 0
            or text[mention.start - 1] == "\n"
            or text[mention.start - 2 : mention.start] == ". "
        )
        if opens and _AGENDA.match(text, mention.end):
            return True  # 'Today, we're going to talk about…': the writer's agenda
        if (
            opens or _AND_BEFORE.search(text, max(0, mention.start - 12), mention.start)
        ) and _NOWADAYS_AFTER.match(text, mention.end):
            return True  # 'Today, such infections are rare': nowadays, no dated fact
        timeless = _TIMELESS_TODAY.search(text[max(0, mention.start - 40) : mention.start])
        if timeless is None:
            return False
        auxiliary = timeless.group("verb").lower() in ("is", "are", "has", "have")
        return not (auxiliary and _PARTICIPLE_AFTER.match(text, mention.end))  # 'which has today announced'
    if _HORIZON.fullmatch(words):
        return True  # 'In the short term, that seems plausible': a horizon, no date
    if words == "formerly":
        return _FORMERLY.match(text, mention.end) is not None
    if words == "recently":
        return text[mention.start - 3 : mention.start].lower() == "as " and bool(
            _AS_RECENTLY_AS.match(text, mention.end)
        )
    if _DECADE_WORDS.fullmatch(words):
        return _POLL_LEVEL.search(text, max(0, mention.start - 7), mention.start) is not None
    return False


POSSESSIVE = ("'s", "’s")
