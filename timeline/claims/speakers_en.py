"""English speakers: 'X said', '…, said X', 'according to X', 'police said', roles kept apart from names."""

from __future__ import annotations

import bisect
import re

from timeline.claims.attribution import Attribution, quote_spans
from timeline.segment import sentences

_EN_NAME = r"(?P<who>(?:[A-Z][\w.'’&-]*\s+(?:(?:of|for|and|the)\s+)?){0,6}[A-Z][\w'’&-]+)"
_EN_NAME_FROM_CAPITAL = r"(?P<who>[A-Z](?:[\w.'’&-]*\s+(?:(?:of|for|and|the)\s+)?[A-Z]){0,6}[\w'’&-]+)"
"""_EN_NAME with its opening capital taken out of the repeat: the same words tried in the same order,
but a pattern that opens with [A-Z] lets the engine skip to the next capital (twice as fast)."""
_EN_VERBS = (
    r"(?P<verb>said|says|told|tells|testified|testifies|added|stated|wrote|announced|explained|noted|"
    r"acknowledged|recalled)"
)
_EN_AFTER = re.compile(_EN_NAME_FROM_CAPITAL + r"(?:,\s+(?P<appos>[^,]{3,80}),)?\s+" + _EN_VERBS + r"\b")
_EN_INVERTED = re.compile(
    r"(?:s(?<!\w.)(?:aid|ays)|t(?<!\w.)old reporters|a(?<!\w.)dded|w(?<=[”\"] w)rote)\s+"
    + "(?>"
    + _EN_NAME
    + r")(?!\s+(?:had|has|have|was|were|is|are|would|will|could|should|did|does|do)\b)"
    + r"(?:,\s+(?P<appos>[^,.]{3,80}))?"
)
"""'…,' said Jane Doe, the mayor ('…,' wrote Doe, only after a quote): the verb (its word start, or the quote before 'wrote', tested once its first letter is read, so the
engine only stops at s, t, a and w) before the name;
not 'he said Kabul had agreed', where the name opens the reported clause (the name is matched whole,
so a verb after it is never dodged by a shorter name)."""
_EN_ACCORDING = re.compile(
    r"(?:a(?<!\w.)(?:ccording to| statement from)|s(?<!\w.)tatement by)\s+(?:the\s+)?"
    r"(?P<who>(?:[A-Z][\w'’&-]*(?:\.(?=\w)[\w'’&-]*)*|[a-z]+(?:'s|’s)?)(?:\s+(?:[A-Z][\w'’&-]*(?:\.(?=\w)[\w'’&-]*)*|[a-z]+(?:'s|’s)?)){0,5}?)"
    r"(?=\s*(?:[,.;]|$|\s(?:that|on|in|who|which)\b))"
)
_EN_ACCORDING_CUES = ("according to", "a statement from", "statement by")
"""One of these opens every _EN_ACCORDING match: a paragraph without them skips the pattern."""
_EN_GROUP_NOUNS = (
    r"[Pp]olice|[Oo]fficials|[Aa]uthorities|[Ii]nvestigators|[Pp]rosecutors|[Rr]egulators|[Ff]irefighters|"
    r"[Dd]etectives|spokes(?:man|woman|person)"
)
_EN_GROUP_BODIES = (
    "company|utility|agency|ministry|department|office|bureau|commission|council|board|administration|"
    "embassy|government|court|hospital|university|school district|airline|union|group|organization"
)
_EN_GROUP_VERBS = "say|said|says|told|tell|testified|added|stated|wrote|announced|explained|noted|reported"
_EN_GROUP = re.compile(
    r"(?<![\w-])(?P<who>(?:(?:[A-Z][\w.'’&-]*|state|federal|local|county|city|company|agency|health|safety|"
    r"government|police|school|hospital|court|military|fire|transit|airport|election|border|prison)\s+){0,4}"
    rf"(?:{_EN_GROUP_NOUNS})"
    rf"|[Tt]he (?:[a-z]+\s+){{0,3}}?(?:{_EN_GROUP_BODIES}))\s+"
    + rf"(?P<verb>{_EN_GROUP_VERBS})\b"
    + r"(?!\s+to\s+(?:be|have)\b)"
)
"""'Hayward police said', 'county health officials say', 'the utility said', 'the city transport office
said': a body, not a person,
named as the article names it (no guess at who 'the company' is beyond the words)."""


def _spellings(alternation: str) -> tuple[str, ...]:
    """Every word an alternation of words such as '[Pp]olice|spokes(?:man|woman)' matches."""
    words: list[str] = []
    for word in re.split(r"\|(?![^(]*\))", alternation):
        if word.startswith("["):
            words += [letter + word[4:] for letter in word[1:3]]
        elif "(?:" in word:
            stem, endings = word[:-1].split("(?:")
            words += [stem + ending for ending in endings.split("|")]
        else:
            words.append(word)
    return tuple(words)


_EN_GROUP_TAILS = _spellings(_EN_GROUP_NOUNS) + _spellings(_EN_GROUP_BODIES)
"""The words every _EN_GROUP speaker ends with."""
_EN_GROUP_VERB_CUE = re.compile(rf"\s(?:{_EN_GROUP_VERBS})\b")


def _may_have_group(text: str, start: int, end: int) -> bool:
    """Whether a speech verb of _EN_GROUP follows one of its speakers' last words: if not, the pattern
    cannot match, and this cue is several times cheaper than the pattern itself."""
    for verb in _EN_GROUP_VERB_CUE.finditer(text, start, end):
        if text[start : verb.start() + 1].rstrip().endswith(_EN_GROUP_TAILS):
            return True
    return False


_EN_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|across|near)\s+(?:the\s+)?$")
_EN_NOT_SOURCE = re.compile(
    r"^(?:data|figures|statistics|estimates|numbers|documents|records|sources|reports?)\b"
)
"""'according to data released Tuesday': a document, not who said it."""
_EN_LOWER_ROLES = (  # noqa: SIM905
    "director|chief|spokesman|spokeswoman|spokesperson|president|minister|"
    "officer|official|manager|analyst|economist|strategist|professor|secretary|chairman|chairwoman|"
    "executive|mayor|governor|senator|judge|attorney|detective|sergeant|captain|lieutenant|employee|"
    "commissioner|researcher|scientist|founder|owner|resident|coach|lawyer|leader"
).split("|")
_EN_LOWER_ROLE = re.compile(rf"((?:[A-Za-z.'’-]+\s+){{0,3}}?(?:{'|'.join(_EN_LOWER_ROLES)}))\s+$")
_EN_LOWER_ROLE_ENDS = tuple(_EN_LOWER_ROLES)


def _lower_role(text: str, start: int, end: int) -> re.Match[str] | None:
    """_EN_LOWER_ROLE.search(text, start, end), run only when the window ends in a role word and a
    space (which every match does): the search tries each start of a 60-character window."""
    if not text[end - 1 : end].isspace() or not text[start:end].rstrip().endswith(_EN_LOWER_ROLE_ENDS):
        return None
    return _EN_LOWER_ROLE.search(text, start, end)


_EN_TITLES = re.compile(
    r"^(?P<role>.*\b(?:Chief|President|Director|Secretary|Minister|Ambassador|Officer|"
    r"Spokesman|Spokeswoman|Spokesperson|Sgt\.|Sergeant|Lt\.|Capt\.|Captain|Governor|Gov\.|Sen\.|Senator|"
    r"Rep\.|Mayor|Judge|Attorney|CEO|Chairman|Manager|Professor|Dr\.|Detective|Commissioner|Analyst|"
    r"Economist|Strategist|Employee|Deputy|Interim|Acting|Police|Trustee|Councilmember|Supervisor))\s+"
    r"(?P<name>(?:[A-Z][\w'’-]+\s*){1,3})$"
)
_EN_NOT_SPEAKER = re.compile(
    r"^(?:He|She|They|It|We|I|The|This|That|Officials?|Authorities|Police|Investigators|Experts|Analysts|"
    r"Witnesses|Prosecutors|Democrats|Republicans|Today|Yesterday|Tomorrow|Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|"
    r"October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$"
)


def split_en_role(who: str) -> tuple[str, str | None]:
    """Split 'Police Chief Jane Doe' → (Jane Doe, Police Chief); a name without a title has no role."""
    m = _EN_TITLES.match(who)
    if m:
        return m.group("name").strip(), m.group("role").strip()
    return who, None


def en_attributions(text: str, start: int, end: int) -> list[Attribution]:
    out: list[Attribution] = []
    cuts: list[tuple[int, int]] = []  # the paragraph's sentences, cut once when first needed
    quotes = quote_spans(text, start, end, "en")
    has_verb = _EN_ANY_VERB.search(text, start, end) is not None
    for pattern in (_EN_AFTER, _EN_INVERTED, _EN_ACCORDING, _EN_GROUP):
        if pattern is not _EN_ACCORDING and not has_verb:
            continue  # every match of the other three holds a speech verb: none in this paragraph
        if pattern is _EN_GROUP and not _may_have_group(text, start, end):
            continue
        if pattern is _EN_ACCORDING and not any(
            text.find(cue, start, end) >= 0 for cue in _EN_ACCORDING_CUES
        ):
            continue
        for m in pattern.finditer(text, start, end):
            if pattern in (_EN_AFTER, _EN_GROUP) and _EN_SUBORDINATE.search(
                text, max(start, m.start() - 12), m.start()
            ):
                continue  # 'a meeting when Sondland told officials …': an event told, not a source
            if pattern is _EN_AFTER and _EN_PLACE_BEFORE.search(
                text, max(start, m.start("who") - 12), m.start("who")
            ):
                continue  # '… of the Royal Infirmary in the UK told …': a place, not who told
            who = m.group("who").strip().rstrip(".,;")
            who = _EN_STATEMENT_LEAD.sub("", who)
            if pattern is _EN_GROUP:
                who = _EN_GROUP_ARTICLE.sub(lambda a: a.group().lower(), who)
                who = _EN_INDEFINITE.sub("", who)
                who = who.lower() if " " not in who else who  # 'Police said …' at a sentence start
            else:
                who = _EN_ARTICLE.sub("", who)
            if pattern is not _EN_GROUP and (
                _EN_NOT_SPEAKER.match(who)
                or len(who) < 2
                or _EN_NOT_SOURCE.match(who)
                or _EN_NOT_SPEAKER.match(_EN_SENTENCE_BREAK.split(who)[-1])
            ):
                continue  # '… with President Volodymyr Zelensky. He said': a pronoun after a sentence end
            name, role = split_en_role(who)
            owned = _EN_OWNED_NAME.match(text, m.end("who")) if who.endswith(("'s", "’s")) else None
            if owned:  # 'said The Gearly Group’s newly named chief executive Maria Olsen'
                name, role = owned["name"], f"{who} {owned['role'].strip()}"
            appos = m.groupdict().get("appos")
            if role is None and appos and not _EN_RELATIVE.search(appos):
                role = appos.strip()
            if role is None:
                lower = _lower_role(text, max(start, m.start("who") - 60), m.start("who"))
                role = lower.group(1).strip() if lower else None
            covered = [q for q in quotes if q[1] <= m.start() + 2 and not text[q[1] : m.start()].strip(" ,")]
            after = [q for q in quotes if q[0] >= m.end() and not text[m.end() : q[0]].strip(" ,:")]
            if covered:  # '“…,” Vindman testified, referring to …': the quote and its tail
                span = (
                    covered[-1][0],
                    max(covered[-1][1], _en_sentence(text, cuts, m.start(), start, end)[1]),
                )
            elif after:
                span = after[0]
            else:
                span = _en_sentence(text, cuts, m.start(), start, end)
                if _EN_SUBORDINATE_LEAD.match(text, span[0], m.end()):
                    continue  # 'While X said the trip was routine, he did not …': the main clause is not X's
            out.append(Attribution(name, role, *span, source=pattern is _EN_ACCORDING))
            if covered:  # '“…,” Lynn said, via the Times. “…”': the quote that goes on is Lynn's too
                said_end = _en_sentence(text, cuts, m.start(), start, end)[1]
                going_on = [q for q in quotes if q[0] >= said_end and not text[said_end : q[0]].strip()]
                if going_on:
                    out.append(Attribution(name, role, *going_on[0]))
            adding = _EN_ADDING.match(text, m.end(), end)
            if adding:
                out.append(Attribution(name, role, adding.start("quote"), adding.end("quote")))
    return out


_EN_SENTENCE_BREAK = re.compile(r"(?<=[a-z]{2}\.)\s+(?=[A-Z])")
"""Where a run of capitalised words crosses a sentence end ('Zelensky. He'): not after 'Jr.' or 'U.S.'."""
_EN_STATEMENT_LEAD = re.compile(r"^(?:a statement from|statement by)\s+", re.IGNORECASE)
_EN_GROUP_ARTICLE = re.compile(r"^(?:The|A|An)\s")
_EN_INDEFINITE = re.compile(r"^(?:a|an)\s+")
_EN_ARTICLE = re.compile(r"^(?:The|the|A|An)\s+")
_EN_RELATIVE = re.compile(r"\b(?:who|which|that)\b")
_EN_ANY_VERB = re.compile(
    r"say|said|tell|told|testifi|added|stated|wrote|announced|explained|noted|reported|acknowledged|recalled"
)
"""Every speech verb of _EN_AFTER, _EN_INVERTED and _EN_GROUP contains one of these: a quick test
that lets a paragraph without any skip those three patterns (the slowest of the claims stage)."""
_EN_SUBORDINATE = re.compile(r"\b(?:when|after|before|because|while|until|once|if|as)\s+$", re.IGNORECASE)
_EN_OWNED_NAME = re.compile(
    r"\s+(?P<role>(?:[a-z][\w-]*\s+){1,4}?)(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})"
)
"""After 'The Gearly Group’s': the role words and the name of the person who speaks."""
_EN_SUBORDINATE_LEAD = re.compile(
    r"(?:While|Although|Though|Even though|Whereas|When|After|Before|Because|Since|If|As)\s[^,;]*$"
)
"""A sentence that opens with a subordinate clause holding the attribution: its main clause, after the
comma, is the narrator's."""
_EN_ADDING = re.compile(r"[^.\n]{0,60}?,\s+adding(?: that)?,?\s+(?P<quote>“[^”]*”|\"[^\"]*\")")
"""'…,” Smith said, adding, “…”': the second quote is Smith's too."""


def _en_sentence(text: str, cuts: list[tuple[int, int]], at: int, start: int, end: int) -> tuple[int, int]:
    """The sentence around offset `at` (within the paragraph `start:end`, cut into `cuts`): what an
    unquoted 'X said …' or '…, according to X' attributes, not the whole paragraph. Sentences are
    cut as segment.sentences cuts them, so 'said in an Oct. 26 letter' stays one sentence."""
    if not cuts:
        cuts += [(start + c.start, start + c.end) for c in sentences(text[start:end], "en")]
    i = bisect.bisect_right(cuts, (at, end)) - 1
    if i >= 0 and cuts[i][0] <= at < cuts[i][1]:
        return cuts[i]
    return start, end
