"""English rules for clock times said the way people speak them: "3ish pm", "3 p.m. approximately", "half three",
"at three twenty", "at 730 in the evening", "tomorrow at lunch", "4pm for 30 minutes" (issue #4). `en.RULES` includes
them."""

from __future__ import annotations

import re

from timeline.temporal.en_clock import AMPM, CLOCK, clock_point, clock_range, day_point
from timeline.temporal.en_common import Match, point_spec
from timeline.temporal.en_rule import make_rule as _rule
from timeline.temporal.en_vocab import NUMBER, WEEKDAY, number_value
from timeline.temporal.engine import Rule
from timeline.temporal.spec import Point, TimeSpec

_HOURS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
_HOUR_WORD = rf"(?:{'|'.join(_HOURS)})"
_MINUTE_WORD = (
    r"(?:(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
    r"|(?:twenty|thirty|forty|fifty)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|oh[\s-](?:one|two|three|four|five|six|seven|eight|nine))"
)
_UNITS = {w: n for n, w in enumerate(_HOURS, start=1)}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
_TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_CLAUSE_GOES_ON = (
    r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:today|tomorrow|tonight|on|this|that|in\s+the|at\s+the|local)\b)"
)
"""After a spoken clock time: the clause ends, or a day or place follows ("half three tomorrow", "at three
twenty on Friday"); not a count ("half three times", "at three twenty euros")."""


def _minutes(words: str) -> int | None:
    """ "twenty-five" → 25, "oh five" → 5, "fifteen" → 15."""
    parts = re.split(r"[\s-]+", words.lower())
    if parts[0] == "oh":
        return _UNITS.get(parts[1]) if len(parts) == 2 else None
    if parts[0] in _TEENS and len(parts) == 1:
        return _TEENS[parts[0]]
    total = _TENS.get(parts[0])
    if total is None:
        return None
    return total + (_UNITS.get(parts[1], 99) if len(parts) == 2 else 0)


def _hour(words: str) -> int | None:
    w = words.lower()
    return int(w) if w.isdigit() else _UNITS.get(w)


def approximate_clock(m: Match, text: str) -> TimeSpec | None:
    """ "3ish pm", "3pm-ish", "3 p.m. approximately": that clock time, approximate."""
    g = m.groupdict()
    clock = clock_point(f"{g['h'] or g['h2']} {g['ap'] or g['ap2']}")
    if clock is None or clock.hour is None or clock.hour > 24:
        return None
    return point_spec(clock, {}).with_(approximate=True)


def half_hour(m: Match, text: str) -> TimeSpec | None:
    """ "Half three" (British): half past three, read forward like "3:30"."""
    hour = _hour(m.group("hh"))
    if hour is None or not 1 <= hour <= 12:
        return None
    return point_spec(Point(hour=hour, minute=30, half_day=hour < 12), {})


def spoken_clock(m: Match, text: str) -> TimeSpec | None:
    """ "At three twenty", "at seven forty-five": the hour and its minutes, read forward like "3:20"."""
    hour, minute = _hour(m.group("sh")), _minutes(m.group("mi"))
    if hour is None or minute is None or minute > 59:
        return None
    return point_spec(Point(hour=hour, minute=minute, half_day=hour < 12), {})


def packed_in_daypart(m: Match, text: str) -> TimeSpec | None:
    """ "At 730 in the evening", "1030 in the morning": a packed clock time that its part of day makes one."""
    digits, part = m.group("hm"), m.group("dp").lower()
    hour, minute = int(digits[:-2]), int(digits[-2:])
    if not 1 <= hour <= 12 or minute > 59:
        return None
    if part != "morning" and hour < 12:
        hour += 12
    return point_spec(Point(hour=hour, minute=minute), {})


def clock_for_length(m: Match, text: str) -> TimeSpec | None:
    """ "4pm for 30 minutes", "from 9 a.m. for two hours": from that clock time to the end of the length."""
    clock = clock_point(m.group("fc"))
    count = number_value(m.group("fn"))
    if clock is None or clock.hour is None or count is None or count <= 0:
        return None
    minutes = int(count * (60 if m.group("fu").lower().startswith("h") else 1))
    end = clock.hour * 60 + (clock.minute or 0) + minutes
    if end >= 24 * 60 or minutes != count * (60 if m.group("fu").lower().startswith("h") else 1):
        return None  # past midnight, or a fraction of a minute: left to the clock time and the length
    start = clock.with_(half_day=False)
    return TimeSpec("range", start=start, end=start.with_(hour=end // 60, minute=end % 60))


def meal_of_day(m: Match, text: str) -> TimeSpec | None:
    """ "Tomorrow at lunch", "Friday lunchtime": noon to two of that day, as hours (12-13 o'clock)."""
    day = day_point(m.group("day"))
    if day is None:
        return None
    start = day.with_(hour=12)
    return TimeSpec("range", start=start, end=start.with_(hour=13))


_BARE_CLOSE = re.compile(r"\d{1,2}$")
_SCORE_BEFORE = re.compile(
    r"(?i)\b(?:won|lost|beat|beats|score[sd]?|trail(?:ed|ing)?|led|leading|tied|defeated|wins?|loss|vote[sd]?|was|were)\b"
    r"[^.;!?\d]*$"
)


def spoken_range(m: Match, text: str) -> TimeSpec | None:
    """A clock range whose closing hour is bare: "8am until 6" (after a.m./p.m.), "from 3 to 4 in the afternoon"
    (its part of day); "9:30 - 11." and "won 3 to 4 in the afternoon session" are none."""
    g = m.groupdict()
    if not _BARE_CLOSE.match(g["b"]):
        return clock_range(m, text)
    part, hour = (g.get("dpr") or "").lower(), int(g["b"])
    if not (part or re.search(r"[ap]\.?\s?m\b", g["a"], re.IGNORECASE)) or not 1 <= hour <= 12:
        return None
    if part and _SCORE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
        return None
    if part and part not in ("morning", "am") and hour < 12:
        return clock_range(m, text, Point(hour=hour + 12, minute=0))  # "from 3 to 4 in the afternoon"
    return clock_range(m, text, Point(hour=hour, minute=0, half_day=hour < 12 and not part))


_DAY = rf"(?:today|tomorrow|yesterday|{WEEKDAY})"
SPOKEN_CLOCK_RULE = (
    "spoken clock time (3ish pm, half three, at three twenty, 730 in the evening, tomorrow at lunch)"
)


def spoken_time(m: Match, text: str) -> TimeSpec | None:
    """One of the spoken forms of `CLOCK_RULES`' pattern, read by its own builder."""
    g = m.groupdict()
    if g["h"] or g["h2"]:
        return approximate_clock(m, text)
    if g["hh"]:
        return half_hour(m, text)
    if g["sh"]:
        return spoken_clock(m, text)
    if g["hm"]:
        return packed_in_daypart(m, text)
    if g["fc"]:
        return clock_for_length(m, text)
    return meal_of_day(m, text)


CLOCK_RULES: tuple[Rule, ...] = (
    _rule(
        SPOKEN_CLOCK_RULE,
        # 3ish pm | 3pm approximately
        rf"\b(?:(?P<h>\d{{1,2}}(?::\d{{2}})?)-?ish\s*(?P<ap>{AMPM})"
        rf"|(?P<h2>\d{{1,2}}(?::\d{{2}})?)\s*(?P<ap2>{AMPM})(?:-?ish\b|,?\s+(?:approximately|or\s+so)\b)"
        # half three
        rf"|half\s+(?P<hh>{_HOUR_WORD})\b(?![-'’]){_CLAUSE_GOES_ON}"
        # at three twenty
        rf"|(?<=\bat\s)(?P<sh>{_HOUR_WORD})\s+(?P<mi>{_MINUTE_WORD})\b(?![-'’]){_CLAUSE_GOES_ON}"
        # at 730 in the evening
        r"|(?P<hm>\d{3,4})\s+in\s+the\s+(?P<dp>morning|afternoon|evening)\b"
        # 4pm for 30 minutes
        rf"|(?:from\s+)?(?P<fc>{CLOCK})\s+for\s+(?P<fn>{NUMBER})\s+(?P<fu>minutes?|mins?|hours?|hrs?)\b"
        # tomorrow at lunch
        rf"|(?P<day>{_DAY})\s+(?:at\s+)?lunch(?:\s?time)?\b(?!['’-]))",
        spoken_time,
        2,
    ),
)
"""The rules of this module, in the order `en.RULES` runs them."""
