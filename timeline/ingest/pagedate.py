"""A saved page's publication date: htmldate's finding, checked against the URL's day and the dateline.

htmldate reads the page's metadata (meta tags, JSON-LD) first and the URL after it; when neither
holds a date it searches the page's text, where a quoted statement's date can be taken for the
publication's. The day a news URL names (`/2019/11/18/`, `/2019/nov/18/`) is the outlet's local
day, so it wins over a bare day more than a day away from it, and over a UTC instant one day off
(an instant with its time from the page's metadata is kept: a slug may name an event's day).
A dateline city at the top of the story that names a time zone (`HONG KONG (CNN) -`, `TOKYO —`)
gives the zone the story's own days are counted in: the instant is expressed there; else a UTC
instant that the page's markup also writes with a local offset is expressed in that offset.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, available_timezones

_MONTHS = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
_URL_DAYS = (
    re.compile(r"(?<![\d])(?P<y>(?:19|20)\d\d)[/_-](?P<m>[01]?\d)[/_-](?P<d>[0-3]?\d)(?![\d])"),
    re.compile(r"(?<![\d])(?P<y>(?:19|20)\d\d)/(?P<mon>[a-z]{3,9})/(?P<d>[0-3]?\d)(?![\d])", re.I),
    re.compile(r"(?<=/)(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?=[/_.-]|$)"),
)
_DATELINE = re.compile(
    r"\A\s*(?P<city>[A-Z][A-Za-z.'’ -]{1,28}?)"
    r"(?:\s*,\s*(?P<where>[^\n(),—–]{1,30}?))?"  # ", Nov 19" / ", Japan" / ", Hawaii"
    r"\s*(?:\([A-Z][^()\n]{0,30}\)\s*[-—–:]?|\s[—–-]{1,2}\s)"
)
_STAMP = re.compile(
    r"(?<!\d)(?P<day>(?:19|20)\d\d-[01]\d-[0-3]\d)[T ](?P<time>[0-2]\d:[0-5]\d(?::[0-5]\d)?)(?:\.\d+)?"
    r" ?(?P<offset>[+-][01]\d:?[0-5]\d)(?!\d)"
)
"""A date-time with a UTC offset as pages write it in metadata (`2019-11-19T21:57:00-08:00`)."""
_DATE_QUALIFIER = re.compile(r"^(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})$")
_DATELINE_LINES = 3
"""The dateline opens the story; a headline or byline line may come before it."""
_ZONE_AREAS = ("Africa/", "America/", "Asia/", "Atlantic/", "Australia/", "Europe/", "Indian/", "Pacific/")
_REGION_ALIASES = {"act", "lhi", "nsw", "north", "south", "west", "queensland", "tasmania", "victoria"}
"""Old tz names of Australian regions, not cities (Australia/Victoria is no dateline `VICTORIA, B.C.`)."""


def url_day(url: str | None) -> date | None:
    """The day a URL's path names (2019/11/18, 2019-11-18, 2019/nov/18, /20191118/), else None."""
    if not url:
        return None
    path = re.sub(r"^[a-z][a-z0-9+.-]*://[^/]+", "", url.strip(), flags=re.I).split("?")[0]
    for pattern in _URL_DAYS:
        for m in pattern.finditer(path):
            parts = m.groupdict()
            month = _MONTHS.get(parts["mon"][:3].lower(), 0) if parts.get("mon") else int(parts["m"])
            try:
                return date(int(parts["y"]), month, int(parts["d"]))
            except ValueError:
                continue
    return None


def dateline_zone(text: str) -> ZoneInfo | None:
    """The time zone of the dateline city that opens a story (`HONG KONG (Reuters) -`), else None.

    The first dateline found in the first lines decides.

    A city counts when the tz database names a zone after it (Hong Kong, New York, Tokyo, London…)
    and the dateline's qualifier, if any, fits it: `TOKYO, Japan` and `BEIJING, Nov 19 (Reuters)`
    do, `PARIS, Texas` does not (its zone is not Europe/Paris).
    """
    for line in [line for line in text[:2000].splitlines() if line.strip()][:_DATELINE_LINES]:
        if m := _DATELINE.match(line[:120]):
            key = _zone_cities().get(m.group("city").strip().lower())
            return ZoneInfo(key) if key and _same_place(key, m.group("where")) else None
    return None


def _same_place(key: str, where: str | None) -> bool:
    """True when a dateline's qualifier fits the zone: none, a date, the zone's country, a US state."""
    if not where or _DATE_QUALIFIER.match(where.strip()):
        return True
    from babel import Locale
    from babel.core import get_global

    territory = get_global("zone_territories").get(key)
    if territory is None:
        return False
    if territory == "US":  # no list of states here; `HONOLULU, Hawaii`, `NEW YORK, N.Y.`
        return True
    names = {territory.lower(), str(Locale("en").territories.get(territory, "")).lower()}
    return where.strip().rstrip(".").lower() in names


@lru_cache(maxsize=1)
def _zone_cities() -> dict[str, str]:
    """City name (lower case, spaces) → tz database key, for the zones named after a city."""
    cities: dict[str, str] = {}
    for key in sorted(available_timezones()):
        city = key.rsplit("/", 1)[-1].replace("_", " ").lower()
        if key.startswith(_ZONE_AREAS) and city not in _REGION_ALIASES:
            cities.setdefault(city, key)
    return cities


def local_offset(page: str, value: datetime) -> tzinfo | None:
    """The non-zero UTC offset with which the page's markup writes the instant `value`, else None.

    htmldate returns one of the page's stamps; another (`sailthru.date`, a `<time>` element) often
    writes the same instant in the outlet's own zone (`2019-11-19 21:57:00 -0800` for 05:57 UTC).
    """
    for m in _STAMP.finditer(page):
        try:
            stamp = datetime.fromisoformat(f"{m['day']}T{m['time']}{m['offset']}")
        except ValueError:
            continue
        if stamp.utcoffset() and abs(stamp - value) < timedelta(minutes=1):
            return stamp.tzinfo
    return None


def page_published(
    found: str | None, url: str | None, text: str, page: str = "", home_zone: tzinfo | None = None
) -> str | None:
    """The publication date or instant to record for a page, as an ISO string (None when unknown).

    `found` is htmldate's finding (`%Y-%m-%dT%H:%M:%S` with an optional offset), `url` the page's
    canonical URL, `text` its extracted body (for the dateline) and `page` its HTML (for the
    outlet's own offset). The instant is expressed in the dateline city's zone, else in the
    outlet's offset when the page writes the same instant with one, else (a UTC instant) in
    `home_zone`, the zone the story's language implies (+08:00 for Chinese).
    """
    day = url_day(url)
    value = _parse(found)
    if value is None:
        return day.isoformat() if day else None
    zone: tzinfo | None = None
    if value.tzinfo is not None:
        zone = dateline_zone(text)
        if zone is None and value.utcoffset() == timedelta(0):
            zone = local_offset(page, value) or home_zone
    if zone is not None:
        value = value.astimezone(zone)
    if day is not None and value.date() != day:
        off = abs(value.date() - day)
        utc_like = value.tzinfo is None or value.utcoffset() == timedelta(0)
        bare_day = value.tzinfo is None and value.time() == datetime.min.time()  # a date read from text
        if (off > timedelta(days=1) and bare_day) or (off == timedelta(days=1) and zone is None and utc_like):
            return day.isoformat()
    return value.isoformat() if zone is not None else found


def _parse(found: str | None) -> datetime | None:
    if not found:
        return None
    try:
        return datetime.fromisoformat(found.strip())
    except ValueError:
        return None
