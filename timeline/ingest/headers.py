"""News header lines (发布时间 / 来源 / 作者, Published / By) and publication-date parsing."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone

from timeline.errors import InputError

CHINA_TZ = timezone(timedelta(hours=8))
HEADER_LINES = 15
_HEADER_PUBLISHED = re.compile(
    r"(?:发布时间|發佈時間|發布時間|发布日期|發布日期|發佈日期|时间|時間|日期|Published|Updated|Posted|Date)\s*[:：]?\s*"
    r"(?P<value>\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?)",
    re.I,
)
_HEADER_OUTLET = re.compile(r"(?:来源|來源|Source)\s*[:：]\s*(?P<value>[^\s|｜]+)", re.I)
_HEADER_AUTHOR = re.compile(r"^\s*(?:作者\s*[:：]|By\s+)(?P<value>.+)$", re.I | re.M)
_NUMERIC_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})")


def header_metadata(text: str) -> dict[str, str]:
    """Publication date, outlet and author from the header lines at the top of a news copy."""
    head = "\n".join(text[:4000].splitlines()[:HEADER_LINES])
    meta: dict[str, str] = {}
    if m := _HEADER_PUBLISHED.search(head):
        meta["published"] = m.group("value")
    if m := _HEADER_OUTLET.search(head):
        meta["outlet"] = m.group("value")
    if m := _HEADER_AUTHOR.search(head):
        meta["author"] = m.group("value").strip()
    return meta


def is_header_line(line: str) -> bool:
    """True for a date / source / author line of a news header (not a headline)."""
    return bool(_HEADER_PUBLISHED.search(line) or _HEADER_OUTLET.search(line) or _HEADER_AUTHOR.match(line))


def parse_published(value: str, lang: str, source: str) -> datetime:
    """Parse a publication date or date-time; zone defaults to +08:00 for Chinese, UTC otherwise.

    Raises InputError naming `source` for text that is not a real date (2024-02-30 included).
    """
    raw = value.strip()
    norm = re.sub(r"[年月/.]", "-", raw).replace("日", " ").replace("：", ":")
    norm = re.sub(r"\s+", " ", norm).strip()
    norm = (
        re.sub(r"\s+", " ", norm).replace(" ", "T", 1)
        if re.match(r"\d{4}-\d{1,2}-\d{1,2} \d", norm)
        else norm.strip()
    )
    norm = _NUMERIC_DATE.sub(lambda m: f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}", norm)
    norm = re.sub(r"T(\d):", r"T0\1:", norm).replace("Z", "+00:00")
    try:
        parsed = datetime.fromisoformat(norm)
    except ValueError:
        parsed = _parse_words(raw) if not _NUMERIC_DATE.match(norm) else None
    if parsed is None:
        raise InputError(
            f"{source}: {raw!r} is not a real publication date; write it as 2024-04-24 or "
            "2024-04-24T09:21+08:00 (or pass --published)"
        )
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=CHINA_TZ if lang.startswith("zh") else UTC)
    return parsed


def given_published(value: datetime | date | str | None, source: str = "published") -> datetime | None:
    """A publication date a caller gives (`--published`, `extract(published=...)`), as a datetime.

    Text naming its zone (`2024-04-24T09:21-05:00`, `…Z`) keeps it; a date or a time without one stays
    naive, so that the article's language gives the zone (+08:00 for Chinese, UTC for English).
    """
    if value is None or isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if not isinstance(value, str):
        raise TypeError(
            f"{source} must be a datetime, a date or text such as '2024-04-24', not {type(value).__name__}"
        )
    china, utc = parse_published(value, "zh", source), parse_published(value, "en", source)
    return china if china.utcoffset() == utc.utcoffset() else china.replace(tzinfo=None)


def _parse_words(raw: str) -> datetime | None:
    """Dates written in words (20 November 2019, Nov. 20, 2019 5:52 PM) through dateparser."""
    if not re.search(r"\d", raw) or len(raw) > 80:
        return None
    import dateparser

    return dateparser.parse(
        raw, languages=["en", "zh"], settings={"STRICT_PARSING": True, "PREFER_DAY_OF_MONTH": "first"}
    )
