"""The one place English rules call dateparser: absolute date strings, explicit settings, never discovery."""

from __future__ import annotations

from datetime import date
from functools import lru_cache


@lru_cache(maxsize=1024)
def parse_absolute(text: str, order: str = "MDY") -> date | None:
    """Parse an absolute, complete date string ("2/16/2023") in the given field order; None when invalid."""
    import dateparser  # imported on first use: it is slow to load and most texts never need it

    settings = {
        "DATE_ORDER": order,
        "STRICT_PARSING": True,
        "REQUIRE_PARTS": ["day", "month", "year"],
        "PREFER_LOCALE_DATE_ORDER": False,
        "RETURN_AS_TIMEZONE_AWARE": False,
        "PARSERS": ["absolute-time"],
    }
    parsed = dateparser.parse(text, languages=["en"], settings=settings)  # type: ignore[arg-type]
    return parsed.date() if parsed is not None else None
