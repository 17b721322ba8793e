"""HTML pages → main text and metadata through trafilatura and htmldate (never by hand, no network)."""

from __future__ import annotations

import logging
from typing import Any

from timeline.errors import InputError

_MAX_DEPTH_ERRORS = (RecursionError, ValueError, TypeError, MemoryError)


def extract_html(html: str, source: str) -> tuple[str, dict[str, str]]:
    """Return (main text, metadata: title, published, url, outlet, lang) of a saved page.

    The text is trafilatura's plain-text rendering of the article body, and it is what gets
    stored: every claim offset refers to it. Raises InputError when no article body is found.
    """
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    logging.getLogger("htmldate").setLevel(logging.CRITICAL)
    try:
        doc = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            deduplicate=False,
            favor_precision=False,
        )
    except _MAX_DEPTH_ERRORS as exc:
        raise InputError(
            f"{source}: the page could not be parsed ({type(exc).__name__}); save the article page again "
            "or copy its text into a .txt file"
        ) from None
    body = _clean_body(getattr(doc, "text", None) or "") if doc is not None else ""
    if not body.strip():
        raise InputError(
            f"{source}: no article text found in the page; save the article page itself "
            "(not an index or a login page) or copy its text into a .txt file"
        )
    meta = _metadata(doc)
    if not meta.get("published"):
        meta.update(_htmldate(html))
    return body, {k: v for k, v in meta.items() if v}


def _metadata(doc: Any) -> dict[str, str]:
    return {
        "title": (getattr(doc, "title", None) or "").strip(),
        "published": (getattr(doc, "date", None) or "").strip(),
        "url": (getattr(doc, "url", None) or "").strip(),
        "outlet": (getattr(doc, "sitename", None) or "").strip(),
        "lang": (getattr(doc, "language", None) or "").strip(),
    }


def _htmldate(html: str) -> dict[str, str]:
    from htmldate import find_date

    try:
        found = find_date(html, extensive_search=True, original_date=True, outputformat="%Y-%m-%d")
    except _MAX_DEPTH_ERRORS:
        return {}
    return {"published": found} if found else {}


def _clean_body(text: str) -> str:
    """Trim trailing spaces on lines and surrounding blank lines; the result is stored verbatim."""
    return "\n".join(line.rstrip() for line in text.strip().splitlines())
