"""HTML pages → main text and metadata through trafilatura and htmldate (never by hand, no network)."""

from __future__ import annotations

import logging
import re
import warnings
from copy import deepcopy
from functools import lru_cache
from typing import Any

from timeline.errors import InputError, InputWarning
from timeline.ingest.headers import CHINA_TZ
from timeline.ingest.lang import detect_lang
from timeline.ingest.pagedate import page_published, story_date
from timeline.ingest.splitbody import join_split_body
from timeline.ingest.tail import LinkTexts, cut_tail
from timeline.ingest.wrapper import narrow_wrapper

_MAX_DEPTH_ERRORS = (RecursionError, ValueError, TypeError, MemoryError)
_COPYRIGHT = re.compile(r"\s*(?:版权所有|版權所有|©|\(c\)|copyright|all rights reserved)\.?\s*", re.I)
_DATE_FORMAT = "%Y-%m-%dT%H:%M:%S%z"
_STAMP_TAG = re.compile(r"<(?:meta|time)\b[^>]*>", re.I)
_TAG_KEY = re.compile(r"""\b(?:name|property|itemprop)\s*=\s*["']?([\w.:-]+)""", re.I)
_SECOND_FRACTION = re.compile(
    r"""(\b(?:content|datetime)\s*=\s*["']?\s*\d{4}-[01]\d-[0-3]\d[T ][0-2]\d:[0-5]\d:[0-5]\d)\.\d+""", re.I
)
"""A fraction of a second in a stamp (`…T11:45:59.000Z`): htmldate does not read such a stamp and
falls back to the first date-time anywhere in the page's source (a deployment stamp in a `data-`
attribute, hours or days off)."""
# the page's metadata (meta tags, JSON-LD: an instant with its zone) before the day in its URL
_DATE_PARAMS = {
    "extensive_search": True,
    "original_date": True,
    "outputformat": _DATE_FORMAT,
    "deferred_url_extractor": True,
}


def extract_html(html: str, source: str) -> tuple[str, dict[str, str]]:
    """Return (main text, metadata: title, published, url, outlet, lang) of a saved page.

    The text is trafilatura's plain-text rendering of the article body, and it is what gets
    stored: every claim offset refers to it. Raises InputError when no article body is found.
    """
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    logging.getLogger("htmldate").setLevel(logging.CRITICAL)
    page: Any = _STAMP_TAG.sub(_whole_seconds, html)
    try:
        tree = trafilatura.load_html(page)  # parsed once: every extraction below reads a copy
        parsed = tree
        recall = _extract(trafilatura, tree, favor_precision=False, with_metadata=True)
        whole = recall  # the extraction whose metadata is kept: the whole page's, also when it is cut down
        if recall is not None and recall.text and (joined := _joined_page(trafilatura, tree, recall.text)):
            tree, recall = joined
            whole = recall
        if (
            recall is not None
            and recall.text
            and (narrowed := _narrowed_page(trafilatura, tree, recall.text))
        ):
            tree, recall = narrowed
        precise = _extract(trafilatura, tree, favor_precision=True) if recall is not None else None
    except _MAX_DEPTH_ERRORS as exc:
        raise InputError(
            f"{source}: the page could not be parsed ({type(exc).__name__}); save the article page again "
            "or copy its text into a .txt file"
        ) from None
    doc = precise if _keeps_the_core(precise, recall) else recall
    body = _clean_body(getattr(doc, "text", None) or "") if doc is not None else ""
    body = cut_tail(body, LinkTexts(parsed)) if body.strip() else body
    if not body.strip():
        raise InputError(
            f"{source}: no article text found in the page; save the article page itself "
            "(not an index or a login page) or copy its text into a .txt file"
        )
    meta = _metadata(whole)  # the date comes from htmldate, run by trafilatura on the parsed tree
    body = _without_headline(body, meta["title"])
    home_zone = CHINA_TZ if detect_lang(body).startswith("zh") else None  # a Chinese story's days
    told = story_date(meta["published"], html, body)
    found = "" if told else meta["published"]
    meta["published"] = page_published(found, meta["url"], body, html, home_zone) or ""
    if told:
        fallback = "; the day in its URL is used" if meta["published"] else ""
        warnings.warn(
            InputWarning(
                f"{source}: the page states no publication date; {told[:10]}, a day its story names, "
                f"is not taken for one{fallback}"
            ),
            stacklevel=2,
        )
    return body, {k: v for k, v in meta.items() if v}


def _whole_seconds(tag: re.Match[str]) -> str:
    """A `<time>` tag, or a `<meta>` tag of a publication date, with its stamp's fraction of a second dropped.

    Only publication keys (htmldate's own list; not a CMS `created` stamp, which may follow a
    readable `datePublished` and would then win) are touched.
    """
    text = tag.group(0)
    if text[1:5].lower() == "meta":
        key = _TAG_KEY.search(text)
        name = key.group(1).lower() if key else ""
        if name not in _publication_keys() or "creat" in name:
            return text
    return _SECOND_FRACTION.sub(r"\1", text)


@lru_cache(maxsize=1)
def _publication_keys() -> frozenset[str]:
    """htmldate's names of publication-date meta tags (lower case), and `datepublished`."""
    try:
        from htmldate.core import DATE_ATTRIBUTES
    except ImportError:  # another htmldate: the keys every version reads
        DATE_ATTRIBUTES = {"article:published_time", "date", "pubdate", "publishdate", "sailthru.date"}  # noqa: N806
    return frozenset({*DATE_ATTRIBUTES, "datepublished"})


_HOVER_CARDS = ".//p//span[.//img and count(.//a) >= 2][not(.//span[.//img and count(.//a) >= 2])]"
"""A hover card inside a paragraph (a person's photo and links to stories about them, shown on
mouse-over): a span holding an image and links, and no such span inside it. Read as text, it
glues a list of headlines into the sentence."""


_SIGN_UP_BLOCKS = (
    ".//*[self::div or self::section or self::aside or self::form]"
    "[contains(translate(@class, 'NEWSLTR', 'newsltr'), 'newsletter')]"
)
"""A newsletter sign-up block whose class is capitalised (`Newsletter-stateSent`): trafilatura drops
`newsletter` blocks, but matches the class name case-sensitively."""


def _extract(trafilatura: Any, tree: Any, *, favor_precision: bool, with_metadata: bool = False) -> Any:
    """trafilatura's extraction of a parsed page (a copy of it is read), with our options.

    The metadata (htmldate's date search is the costly part) depends on the page alone, not on
    the extraction's focus: it is read once per page, not for every extraction.
    """
    if tree is None:
        return None
    return trafilatura.bare_extraction(
        tree,
        with_metadata=with_metadata,
        include_comments=False,
        include_tables=False,
        deduplicate=False,
        favor_precision=favor_precision,
        date_extraction_params=_DATE_PARAMS,
        prune_xpath=[_HOVER_CARDS, _SIGN_UP_BLOCKS],
    )


def _joined_page(trafilatura: Any, page: Any, body: str) -> tuple[Any, Any] | None:
    """(page tree, extraction) with a split article body joined, when that gives a longer body."""
    tree = deepcopy(page)
    if not join_split_body(tree, body):
        return None
    joined = _extract(trafilatura, tree, favor_precision=False, with_metadata=True)
    if joined is None or len(joined.text or "") <= len(body):
        return None
    return tree, joined


def _narrowed_page(trafilatura: Any, page: Any, body: str) -> tuple[Any, Any] | None:
    """(page tree, extraction) with a page wrapper narrowed to the body block inside it, when that
    gives a shorter body that still holds the longest paragraph."""
    tree = deepcopy(page)
    if not narrow_wrapper(tree, body):
        return None
    narrowed = _extract(trafilatura, tree, favor_precision=False)
    if narrowed is None or not narrowed.text or len(narrowed.text) >= len(body):
        return None
    core = max(body.splitlines(), key=len).strip()
    return (tree, narrowed) if core in narrowed.text else None


def _keeps_the_core(precise: Any, recall: Any) -> bool:
    """Prefer the precision-first extraction when it still holds the longest paragraph of the other.

    Precision mode drops related-links lists and comments, but on some layouts it loses the
    article itself; the longest paragraph of the recall extraction is the article's core.
    """
    if precise is None or recall is None or not precise.text or not recall.text:
        return False
    core = max(recall.text.splitlines(), key=len).strip()
    return bool(core) and core in precise.text


def _metadata(doc: Any) -> dict[str, str]:
    return {
        "title": (getattr(doc, "title", None) or "").strip(),
        "published": (getattr(doc, "date", None) or "").strip(),
        "url": (getattr(doc, "url", None) or "").strip(),
        "outlet": _COPYRIGHT.sub("", getattr(doc, "sitename", None) or "").strip(" -|·."),
        "lang": (getattr(doc, "language", None) or "").strip(),
    }


def _without_headline(body: str, title: str) -> str:
    """The body without a first line that repeats the page's title (the headline is `title`)."""
    first, _, rest = body.partition("\n")
    same = re.sub(r"\W+", "", first).lower() == re.sub(r"\W+", "", title).lower()
    return rest.strip("\n") if first.strip() and same and rest.strip() else body


def _clean_body(text: str) -> str:
    """Trim trailing spaces on lines and surrounding blank lines; the result is stored verbatim."""
    return "\n".join(line.rstrip() for line in text.strip().splitlines())
