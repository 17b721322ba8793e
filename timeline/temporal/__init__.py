"""Find time expressions in a text and resolve them: `tag(text, reference=..., lang=...)`."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date  # noqa: F401  (the doctest of tag() uses it)
from types import ModuleType
from typing import get_args

from timeline.errors import UnsupportedLanguageError
from timeline.models import TimeMention
from timeline.temporal import anchoring, en, engine, events, zh
from timeline.temporal.mention_records import time_mention
from timeline.temporal.reference import ReferenceLike, glossed_today, read_reference
from timeline.temporal.rolling import Prefer
from timeline.temporal.spec import TimeSpec

GRAMMARS: dict[str, ModuleType] = {"zh": zh, "zh-Hant": zh, "en": en}
"""Language code → grammar module (each has `RULES`, optionally `to_timeml`)."""


def grammar_for(lang: str) -> ModuleType:
    """Return the grammar module for `lang`, or raise UnsupportedLanguageError naming the choices."""
    try:
        return GRAMMARS[lang]
    except KeyError:
        choices = ", ".join(sorted(GRAMMARS))
        raise UnsupportedLanguageError(f"unsupported language {lang!r}; use one of: {choices}") from None


def tag(
    text: str,
    *,
    reference: ReferenceLike,
    lang: str,
    prefer: Prefer = "past",
    timeml: bool = False,
) -> list[TimeMention]:
    """Return every time expression in `text`, in order, resolved against `reference`.

    `reference` is the publication date (news) or any date the caller chooses; without one,
    relative expressions come back unanchored (`anchor="none"`). A reference known only to its
    year or month is written "1837" / "2008-03": nothing finer is invented (see reference.py).
    `prefer="future"` resolves bare weekdays and months forward; `prefer="current"` keeps them
    in the reference's own year, month and week. `timeml=True` follows TimeML's span conventions.

    >>> [m.value for m in tag("2017年9月签订协议", reference=date(2024, 4, 24), lang="zh")]
    ['2017-09']
    """
    if prefer not in get_args(Prefer):
        raise ValueError(f"prefer must be one of {', '.join(get_args(Prefer))}, not {prefer!r}")
    grammar = grammar_for(lang)
    found = engine.match(grammar.match_text(text) if hasattr(grammar, "match_text") else text, grammar.RULES)
    mentions = resolve_candidates(text, found, reference=reference, prefer=prefer)
    if hasattr(grammar, "join_mentions"):
        mentions = grammar.join_mentions(mentions, text)
    if timeml and hasattr(grammar, "to_timeml"):
        mentions = grammar.to_timeml(mentions, text)
    return mentions


def resolve_candidates(
    text: str,
    found: Sequence[engine.Candidate],
    *,
    reference: ReferenceLike,
    prefer: Prefer = "past",
) -> list[TimeMention]:
    """Anchor matched candidates left to right (each may lend its date to the next).

    When a mention counts from a named event (`extra["event_at"]`), a first pass collects the
    article's dated mentions so that an event dated later in the text can still lend its date.
    """
    first_day, known = read_reference(reference)
    if known is None:
        first_day = glossed_today(text, first_day)
    dated: list = []
    if any("event_at" in cand.spec.extra for cand in found):
        first = anchoring.Context(reference=first_day, prefer=prefer, text=text, known=known)
        _anchor_all(text, found, first, records=False)  # only its dated mentions are kept
        dated = first.dated
    ctx = anchoring.Context(reference=first_day, prefer=prefer, text=text, dated=list(dated), known=known)
    return _anchor_all(text, found, ctx)


def _bare_weekday(spec: TimeSpec) -> bool:
    """A weekday that names no day of the month ("Thursday"), which a bracket after a date only glosses."""
    return spec.start is not None and spec.start.weekday is not None and spec.start.day is None


def _glossed_day(date_before: anchoring.Resolved, weekday: TimeSpec) -> anchoring.Resolved | None:
    """The date before a bracketed weekday ("March 28 (Thursday)") when it falls on that weekday."""
    day = date_before.date_start
    if date_before.type != "DATE" or date_before.precision != "day" or day is None or weekday.start is None:
        return None
    return date_before if day.weekday() == weekday.start.weekday else None


def _anchor_all(
    text: str, found: Sequence[engine.Candidate], ctx: anchoring.Context, *, records: bool = True
) -> list[TimeMention]:
    mentions: list[TimeMention] = []
    last: tuple[engine.Candidate, anchoring.Resolved] | None = None
    for index, cand in enumerate(found):
        try:
            res = anchoring.resolve(cand.spec, ctx, cand.start)
        except (ValueError, OverflowError):  # 2月30日, or a date past year 9999: not a date at all
            continue
        if (
            last is not None
            and _bare_weekday(cand.spec)
            and events.opens_bracket(text, last[0].end, cand.start)
        ):
            res = _glossed_day(last[1], cand.spec) or res
        last = (cand, res)
        after = found[index + 1] if index + 1 < len(found) else None
        # "on March 28 (Thursday)": a bracketed weekday only names the date's day, never replaces it
        if (
            after is not None
            and events.opens_bracket(text, cand.end, after.start)
            and not _bare_weekday(after.spec)
        ):
            try:
                inside = anchoring.resolve(after.spec, ctx, after.start)
            except (ValueError, OverflowError):
                inside = None
            written = inside and events.bracketed(text, cand.end, res, inside)
            res = written or res
        anchoring.observe(events.lender(res, cand.spec), ctx, cand.end)
        events.record(ctx, cand.start, cand.end, res, cand.spec)
        if not records:
            continue
        mentions.append(
            time_mention(
                text[cand.start : cand.end],
                cand.start,
                cand.end,
                res.type,
                res.value,
                res.timex3,
                res.timex3_mod,
                res.date_start,
                res.date_end,
                res.precision,
                res.qualifier,
                res.anchor,
                cand.rule,
            )
        )
    return mentions


def present_as_day(mention: TimeMention) -> TimeMention:
    """现在 / now resolved to a clock instant → the reference day (a claim's date is never 'this minute')."""
    if mention.timex3 != "PRESENT_REF" or mention.precision not in ("hour", "minute", "second"):
        return mention
    day = mention.date_end
    if day is None:
        return mention
    return mention.model_copy(
        update={"type": "DATE", "value": day.isoformat(), "date_start": day, "precision": "day"}
    )
