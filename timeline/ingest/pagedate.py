"""A saved page's publication date: htmldate's finding, checked against the URL's day and the dateline.

htmldate reads the page's metadata (meta tags, JSON-LD) first and the URL after it; when neither
holds a date it searches the page's text, where a quoted statement's date can be taken for the
publication's. The day a news URL names (`/2019/11/18/`, `/2019/nov/18/`) is the outlet's local
day, so it wins over a bare day more than a day away from it, and over a UTC instant one day off
(an instant with its time from the page's metadata is kept: a slug may name an event's day).
A dateline city at the top of the story (`HONG KONG (CNN) -`, `SANTA FE, N.M. (AP) —`; see
timeline/ingest/dateline.py) gives the zone the story's own days are counted in: the instant is
expressed there; else a UTC instant that the page's markup also writes with a local offset is
expressed in that offset. A zone-less time takes the offset the markup writes it with, else the
zone of the country the site's address names (`.in`, `.co.uk`, `.ng`) when that country keeps one
UTC offset; else it stays zone-less (read later as +08:00 for Chinese, UTC for English).
htmldate's last resort reads a bare year in the text (`since 2021`, `2018年`) as 1 January of that
year: a 1 January the page never writes is no publication date (the URL's day, else none).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, tzinfo
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from timeline.ingest.dateline import dateline_zone

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
_STAMP = re.compile(
    r"(?<!\d)(?P<day>(?:19|20)\d\d-[01]\d-[0-3]\d)[T ](?P<time>[0-2]\d:[0-5]\d(?::[0-5]\d)?)(?:\.\d+)?"
    r" ?(?P<offset>[+-][01]\d:?[0-5]\d)(?!\d)"
)
"""A date-time with a UTC offset as pages write it in metadata (`2019-11-19T21:57:00-08:00`)."""
_VANITY_DOMAINS = frozenset(
    {"ai", "am", "cc", "co", "fm", "gg", "im", "io", "la", "ly", "me", "nu", "sh", "so", "to", "tv", "ws"}
)
"""Country domains sold worldwide as generic names (`.io`, `.tv`): they say nothing of where a site is."""


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


def written_offset(page: str, value: datetime) -> tzinfo | None:
    """The UTC offset with which the page's markup writes the zone-less wall time `value`, else None.

    htmldate may drop a stamp's offset (`2019-11-18T12:02:02` for `…12:02:02-05:00`); read without
    it, the time would be taken as UTC, hours off.
    """
    for m in _STAMP.finditer(page):
        try:
            stamp = datetime.fromisoformat(f"{m['day']}T{m['time']}{m['offset']}")
        except ValueError:
            continue
        if abs(stamp.replace(tzinfo=None) - value) < timedelta(minutes=1):
            return stamp.tzinfo
    return None


def site_zone(url: str | None, value: datetime) -> tzinfo | None:
    """The zone of the country a site's address names (`.in`, `.co.uk`), if it keeps one offset at `value`.

    A publisher's content system writes its stamps on its own clock; a country domain places it.
    Countries with several offsets (`.au`, `.ca`, `.ru`, `.cn` with Urumqi) and generic-use domains
    (`.io`, `.tv`) give None.
    """
    try:
        host = urlsplit(url.strip()).hostname if url and "://" in url else None
    except ValueError:  # not a URL (`http://[`)
        return None
    domain = host.rsplit(".", 1)[-1].lower() if host and "." in host else ""
    if len(domain) != 2 or not domain.isalpha() or domain in _VANITY_DOMAINS:
        return None
    from babel.core import get_global

    zones = get_global("territory_zones").get("GB" if domain == "uk" else domain.upper(), [])
    try:
        found = [ZoneInfo(key) for key in zones]
    except (ZoneInfoNotFoundError, ValueError):
        return None
    offsets = {zone.utcoffset(value.replace(tzinfo=None)) for zone in found}
    return found[0] if found and len(offsets) == 1 else None


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
    if value is None or _year_guess(value, page):
        return day.isoformat() if day else None
    given = (
        value.tzinfo is None
        and value.time() != datetime.min.time()
        and (written_offset(page, value) or site_zone(url, value))
    )
    if given:
        value = value.replace(tzinfo=given)
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
    return value.isoformat() if zone is not None or given else found


def _year_guess(value: datetime, page: str) -> bool:
    """True for a zone-less 1 January, midnight, that the page does not write as a day anywhere."""
    if value.tzinfo is not None or (value.month, value.day, value.time()) != (1, 1, datetime.min.time()):
        return False
    year = value.year
    written = (
        rf"(?<!\d){year}(?:[-/.]0?1[-/.]0?1|0101|年0?1月0?1日)(?!\d)",
        rf"(?<!\d)0?1[-/.]0?1[-/.]{year}(?!\d)",
        rf"\bJan(?:uary|\.)?\s+1(?:st)?,?\s+{year}\b",
        rf"\b1(?:st)?\s+Jan(?:uary|\.)?,?\s+{year}\b",
    )
    return not any(re.search(pattern, page, re.I) for pattern in written)


def _parse(found: str | None) -> datetime | None:
    if not found:
        return None
    try:
        return datetime.fromisoformat(found.strip())
    except ValueError:
        return None
