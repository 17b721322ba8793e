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
_PUBLISHED_MARKUP = (
    re.compile(r'"datePublished"\s*:\s*"(?P<value>[^"]{10,40})"'),
    re.compile(
        r"""<meta\b(?=[^>]*\b(?:property|name|itemprop)\s*=\s*["']?(?:article:published_time|datePublished|"""
        r"""og:published_time)["'\s>])[^>]*\bcontent\s*=\s*["'](?P<value>[^"']{10,40})["']""",
        re.I,
    ),
    re.compile(
        r"""<time\b(?=[^>]*\bitemprop\s*=\s*["']?datePublished)[^>]*\bdatetime\s*=\s*["'](?P<value>[^"']{10,40})["']""",
        re.I,
    ),
)
"""Where a page's markup states its publication instant: JSON-LD, meta tags, a `<time>` element."""
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
    if _afternoon_written(value, page):
        value += timedelta(hours=12)
        found = value.isoformat()
    if (
        value.tzinfo is None
        and value.time() == datetime.min.time()
        and (stamp := published_stamp(page, value.date()))
    ):
        value, found = stamp, stamp.isoformat()  # the day htmldate read, at the time the markup gives it
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


def published_stamp(page: str, day: date) -> datetime | None:
    """The publication instant the page's markup gives for `day`, with its UTC offset, else None.

    htmldate reads a JSON-LD `datePublished` or a `<time itemprop="datePublished">` written with a
    space before its offset (`2019-11-20 12:32:13+08:00`) or behind the URL's day as a bare day;
    the markup's instant on that same day says when in it the page was published.
    """
    for pattern in _PUBLISHED_MARKUP:
        for m in pattern.finditer(page):
            stamp = _STAMP.search(m.group("value"))
            if stamp is None:
                continue
            try:
                value = datetime.fromisoformat(f"{stamp['day']}T{stamp['time']}{stamp['offset']}")
            except ValueError:
                continue
            if value.date() == day:
                return value
    return None


def _afternoon_written(value: datetime, page: str) -> bool:
    """True for a morning stamp (`01:41:20+05:30`) whose hour and minute the page writes as an
    afternoon time (`01:41 PM`): a 12-hour clock written into a 24-hour field."""
    if not 1 <= value.hour <= 11 or value.utcoffset() == timedelta(0):
        return False  # a UTC stamp's afternoon twin on the page may be another zone's (+12:00) clock
    clock = rf"(?<![\d:])0?{value.hour}:{value.minute:02d}(?::\d\d)?\s*[pP]\.?\s?[mM]\b"
    return re.search(clock, page) is not None


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


_MONTH_NAMES = (
    "jan(?:uary|\\.)?",
    "feb(?:ruary|\\.)?",
    "mar(?:ch|\\.)?",
    "apr(?:il|\\.)?",
    "may",
    "june?\\.?",
    "july?\\.?",
    "aug(?:ust|\\.)?",
    "sep(?:t(?:ember)?)?\\.?",
    "oct(?:ober|\\.)?",
    "nov(?:ember|\\.)?",
    "dec(?:ember|\\.)?",
)
_GAP = r"(?:\s|&nbsp;|&#160;|\xa0)+"
_HIDDEN = re.compile(r"<(script|style)\b.*?</\1\s*>|<meta\b[^>]*>|<!--.*?-->", re.I | re.S)
_BYLINE_WORDS = 12
"""A body line of at most this many words (a Chinese line: without a comma or a full stop) that
writes a date is a byline or dateline (`By Jane Roe | March 3, 2019`, `2019年3月3日 来源：某报`)."""
_STAMP_LINE = re.compile(r"(?:(?<!\d)\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ T]?|[日号]|\b\d{4},?\s)\s*\d{1,2}:\d\d")
"""A date with a clock time after it (`2019-08-13 14:07`, `2019年8月13日 14:07`): a page's stamp line."""


def story_date(found: str | None, page: str, body: str) -> str:
    """`found` when htmldate's zone-less date is a day the story's text names and nothing else on the page, else ``.

    With no date in the page's metadata, htmldate reads the page's text, and a date the story
    tells (`On March 3, 2019, the regulator …`) is no publication date. The day counts as the
    story's when it is written in a sentence of `body` (in digits, with an English month name or
    as `2019年3月3日`) and neither in the page's markup (a `YYYY-MM-DD` stamp in an attribute, a
    script or the URL) nor in the page's text outside the body (a byline). A day written in no form
    these patterns know (another language) is not judged.
    """
    value = _parse(found)
    if found is None or value is None or value.tzinfo is not None:
        return ""
    numeric, written = _day_patterns(value.date())
    in_body = sum(len(numeric.findall(line)) + len(written.findall(line)) for line in _sentences(body))
    if not in_body:
        return ""
    on_page = len(numeric.findall(page)) + len(written.findall(_HIDDEN.sub(" ", page)))
    in_whole_body = len(numeric.findall(body)) + len(written.findall(body))
    return found if on_page <= in_whole_body else ""


def _sentences(body: str) -> list[str]:
    """The body's lines that are sentences of the story (not a short byline or dateline line)."""
    return [line for line in body.splitlines() if _is_sentence(line)]


def _is_sentence(line: str) -> bool:
    if _STAMP_LINE.search(line):
        return False
    if any("\u3400" <= ch <= "\u9fff" for ch in line):
        return any(mark in line for mark in "，。；！？")
    return len(line.split()) > _BYLINE_WORDS


def _day_patterns(day: date) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(numeric forms of `day`: 2019-03-03, 2019/3/3, 20190303; written forms: March 3, 2019, 3 Mar 2019, 2019年3月3日)."""
    y, m, d = day.year, day.month, day.day
    numeric = rf"(?<!\d)(?:{y}[-/.]0?{m}[-/.]0?{d}|{y}{m:02d}{d:02d})(?!\d)"
    month = _MONTH_NAMES[m - 1]
    written = (
        rf"\b{month}{_GAP}0?{d}(?:st|nd|rd|th)?,?{_GAP}{y}\b"
        rf"|\b0?{d}(?:st|nd|rd|th)?{_GAP}(?:of{_GAP})?{month},?{_GAP}{y}\b"
        rf"|(?<!\d){y}\s*年\s*0?{m}\s*月\s*0?{d}\s*[日号]"
    )
    return re.compile(numeric), re.compile(written, re.I)
