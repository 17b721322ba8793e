"""Text plus metadata → `Article`: front matter, header lines, overrides, language, default title."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

from timeline.errors import InputError
from timeline.ingest.files import DEFAULT_MAX_BYTES, readable_name
from timeline.ingest.frontmatter import split_front_matter
from timeline.ingest.headers import CHINA_TZ, header_metadata, is_header_line, parse_published
from timeline.ingest.html import extract_html
from timeline.ingest.lang import LANGS, detect_lang, normalize_lang, unsupported_message
from timeline.models import Article, utc_representable

_UNCLOSED_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(?:[A-Za-z_][\w-]*[ \t]*:.*\r?\n?){1,20}\Z")
"""Only `key: value` lines after an opening `---`: a file cut off inside its front matter."""

TITLE_MAX = 120
_SENTENCE_TITLE = 60
_FIRST_SENTENCE = re.compile(r"^.{8,}?(?:[。！？]|(?:(?<=[a-z]{3})|(?<=\d))[.!?](?=\s))")
_TITLE_LINES = 12
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
_ADDRESS = re.compile(r"^(?:https?://\S+|www\.\S+|[\w-]+(?:\.[\w-]+)+/?)$")
_SURROGATE = re.compile("[\ud800-\udfff]")
"""Half of a UTF-16 pair alone: a str no file decodes to (only `surrogateescape` or a bad join makes one)."""
_BREADCRUMB = re.compile(r"^(?:首页|首頁|当前位置|當前位置|您的位置|您现在的位置|Home)\b|[>»›].*[>»›]", re.I)


@dataclass(frozen=True, slots=True)
class Overrides:
    """Metadata the user gives on the command line; it wins over what the file says."""

    published: datetime | None = None
    lang: str | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    encoding: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES


def article_from_text(
    text: str,
    *,
    source_path: str | None = None,
    overrides: Overrides | None = None,
    meta: dict[str, str] | None = None,
    encoding: str | None = None,
) -> Article:
    """Build an article from plain text with optional front matter and news header lines.

    `meta` (e.g. a manifest row) wins over what the text says; `overrides` win over both.
    """
    source = source_path or "<text>"
    text = text.lstrip("\ufeff")
    found: dict[str, str] = {}
    front = split_front_matter(text)
    if front is None and _UNCLOSED_FRONT_MATTER.match(text):
        raise InputError(
            f"{source}: the front matter is not closed; add a line '---' after the metadata (the file may be truncated)"
        )
    if front:
        found, text = front
        if not text.strip():
            raise InputError(f"{source}: no article text after the front matter; add the body")
    else:
        found = header_metadata(text)
    if not text.strip():
        raise InputError(f"{source}: the text is empty; give an article with text")
    return build_article(text, {**found, **(meta or {})}, source_path, overrides, encoding=encoding)


def article_from_html(
    html: str,
    *,
    source_path: str | None = None,
    overrides: Overrides | None = None,
    meta: dict[str, str] | None = None,
    encoding: str | None = None,
) -> Article:
    """Extract main text and metadata from an HTML page with trafilatura (no network access)."""
    body, found = extract_html(html, source_path or "<html>")
    return build_article(body, {**found, **(meta or {})}, source_path, overrides, encoding=encoding)


def build_article(
    text: str,
    meta: dict[str, str],
    source_path: str | None,
    overrides: Overrides | None = None,
    *,
    encoding: str | None = None,
) -> Article:
    """The `Article` for `text`; overrides win over `meta`, which wins over what is guessed."""
    opts = overrides or Overrides()
    source_path = readable_name(source_path) if source_path else source_path  # a name that is not UTF-8
    source = source_path or "<text>"
    if bad := _SURROGATE.search(text):
        raise InputError(
            f"{source}: character {bad.start()} is a lone surrogate (U+{ord(bad.group()):04X}), not text; "
            "remove it (half of a UTF-16 pair: a JSON '\\ud800' escape alone, or bytes decoded with surrogateescape)"
        )
    given = opts.lang or meta.get("lang")
    detected = None if given else detect_lang(text)
    if detected is not None and detected not in LANGS:
        raise InputError(unsupported_message(detected, source))
    lang = normalize_lang(given or detected or "en", source)
    published = opts.published
    if published is not None and published.tzinfo is None:
        published = published.replace(tzinfo=CHINA_TZ if lang.startswith("zh") else UTC)
    if published is None and meta.get("published"):
        published = parse_published(meta["published"], lang, source)
    if published is not None and not utc_representable(published):
        raise InputError(
            f"{source}: the publication date {published.isoformat()} is out of range (outside years 1-9999 in UTC); "
            "write the real date or pass --published"
        )
    return Article.build(
        text,
        title=opts.title or meta.get("title") or default_title(text),
        outlet=opts.outlet or meta.get("outlet"),
        url=opts.url or meta.get("url"),
        published_at=published,
        lang=lang,
        source_path=source_path,
        encoding=encoding,
    )


def default_title(text: str) -> str | None:
    """The headline of a plain text: its first substantial line, skipping site boilerplate.

    Domain names, navigation words and breadcrumbs (`tibet.cn`, `home`, `首页 > 新闻`) and the
    date / source / author header lines are skipped; a line counts when it has 5+ CJK characters
    or 3+ words. Falls back to the first non-empty line.
    """
    first: str | None = None
    for count, raw in enumerate(text.splitlines()):
        line = raw.strip()
        if not line:
            continue
        first = first or line
        if count > _TITLE_LINES * 3:
            break
        if _is_boilerplate(line):
            continue
        if len(_CJK.findall(line)) >= 5 or len(_WORD.findall(line)) >= 3:
            return _shorten(line)
    return _shorten(first) if first else None


def _is_boilerplate(line: str) -> bool:
    return bool(
        _ADDRESS.match(line) or _BREADCRUMB.search(line) or is_header_line(line) or line.startswith("——")
    )


def _shorten(line: str) -> str:
    """A title-sized line: a long first paragraph gives its first sentence, cut at TITLE_MAX."""
    if len(line) > _SENTENCE_TITLE and (first := _FIRST_SENTENCE.match(line)):
        line = first.group(0)
    if len(line) <= TITLE_MAX:
        return line
    head = line[:TITLE_MAX]
    cut = max(head.rfind(mark) for mark in "；;，,")
    return (head[:cut] if cut >= 8 else head[: TITLE_MAX - 1]).rstrip() + "…"
