"""What anchoring carries along an article: the resolved values of a mention and the walking context."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from timeline.temporal.reference import Known, last_day
from timeline.temporal.rolling import Prefer
from timeline.temporal.spec import fast_slots

NARRATIVE_WINDOW = 400
"""How many characters back an explicit date may stand and still lend its year to a partial date."""

MOD = {
    "early": "START",
    "mid": "MID",
    "late": "END",
    "approximate": "APPROX",
    "since": "ON_OR_AFTER",
    "until": "ON_OR_BEFORE",
    "before": "BEFORE",
    "after": "AFTER",
}


@fast_slots
@dataclass(frozen=True, slots=True)
class Resolved:
    """Calendar values of one mention (the fields of `TimeMention` after its span)."""

    type: str = "DATE"
    value: str | None = None
    timex3: str | None = None
    timex3_mod: str | None = None
    date_start: date | None = None
    date_end: date | None = None
    precision: str | None = None
    qualifier: str = "none"
    anchor: str = "absolute"
    # False for a comparison point ("from $4 million a year ago"): not the story's date
    sets_scene: bool = True
    event: bool = False  # counted from a named event or a bracketed date: firm enough to lend its date
    # True for a date that names an event ("the August 1988 cease-fire"): it lends its year in its sentence only
    in_sentence: bool = False


@dataclass(slots=True)
class Context:
    """What anchoring knows while it walks an article from left to right."""

    reference: datetime | date | None = None
    prefer: Prefer = "past"
    last: Resolved | None = None  # the latest resolved calendar point
    last_end: int = -1  # where that point's text ended
    history: list[Resolved] = field(default_factory=list)
    last_absolute: Resolved | None = None  # the latest point written with its own year
    last_absolute_end: int = -1
    last_primary: Resolved | None = None  # the latest point not itself counted from the narrative
    last_primary_end: int = -1
    text: str = ""  # the article, when known: paragraph breaks limit what a coarse date lends
    dated: list[tuple[int, int, Resolved]] = field(default_factory=list)  # day-precise mentions (events.py)
    # the latest day-precise date ahead of publication by (month, day), as the walk met them (events.py)
    coming: dict[tuple[int, int], Resolved] = field(default_factory=dict)
    known: Known | None = None  # a reference known only to its year or month (reference.py)

    @property
    def ref_date(self) -> date | None:
        """The reference as a calendar day (the first day of a partial reference)."""
        ref = self.reference
        return ref.date() if isinstance(ref, datetime) else ref

    @property
    def ref_last(self) -> date | None:
        """The last calendar day the reference may be (itself, unless it is known only to a month or year)."""
        ref = self.ref_date
        return None if ref is None else last_day(ref, self.known)
