"""Files, folders and strings → `Article`: decoding, front matter, news headers, HTML."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from timeline.errors import DecodeError, InputError
from timeline.models import Article

SUFFIXES = (".txt", ".md", ".html", ".htm")
CHINA_TZ = timezone(timedelta(hours=8))

_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(?P<body>.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_HEADER_LINES = 15
_HEADER_PUBLISHED = re.compile(
    r"(?:发布时间|發佈時間|发布日期|發布日期|發佈日期|时间|Published|Updated|Posted)\s*[:：]?\s*"
    r"(?P<value>\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?)",
    re.I,
)
_HEADER_OUTLET = re.compile(r"(?:来源|來源|Source)\s*[:：]\s*(?P<value>[^\s|｜]+)", re.I)
_HEADER_AUTHOR = re.compile(r"^(?:作者\s*[:：]|By\s+)(?P<value>.+)$", re.I | re.M)

_SIMPLIFIED_ONLY = set(
    "这来个们说时国会为对发与经区后开关华当实体长门间车记语过还进动现从点学义电业产员问题见东机万亿岁号报据导处应变无网费总统钱银价样头医疗术际务传达选将战军党习"
)
_TRADITIONAL_ONLY = set(
    "這來個們說時國會為對發與經區後開關華當實體長門間車記語過還進動現從點學義電業產員問題見東機萬億歲號報據導處應變無網費總統錢銀價樣頭醫療術際務傳達選將戰軍黨習"
)


@dataclass(frozen=True, slots=True)
class Overrides:
    """Metadata the user gives on the command line; it wins over what the file says."""

    published: datetime | None = None
    lang: str | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    encoding: str | None = None


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Yield the article files named by `paths`; folders are walked recursively in sorted order.

    A missing path raises InputError naming it.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        elif path.exists():
            yield path
        else:
            raise InputError(f"{path}: no such file or folder; check the path")


def read_article(path: str | Path, **overrides: Any) -> Article:
    """Read one article file (.txt, .md, .html) into an `Article`.

    Keyword overrides (published, lang, title, url, outlet, encoding) win over front matter
    and headers. Raises InputError (naming the file and the fix) for unreadable input.
    """
    path = Path(path)
    opts = Overrides(**overrides)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror}); check the path and permissions") from None
    text = decode(data, path, opts.encoding)
    if path.suffix.lower() in (".html", ".htm"):
        return article_from_html(text, source_path=str(path), overrides=opts)
    return article_from_text(text, source_path=str(path), overrides=opts)


def decode(data: bytes, path: Path, encoding: str | None = None) -> str:
    """Decode file bytes as text; reject binary and undecodable input with a one-line reason."""
    if not data.strip():
        raise InputError(f"{path}: the file is empty; give an article with text")
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{path}: binary file, not text; give a .txt, .md or .html article")
    if encoding:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError) as exc:
            raise DecodeError(
                f"{path}: cannot decode as {encoding} ({exc}); try another --encoding"
            ) from None
    for codec in ("utf-8-sig", "utf-16"):
        if codec == "utf-16" and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            continue
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise DecodeError(
            f"{path}: not valid UTF-8 and no other encoding fits; pass --encoding (gb18030, big5)"
        )
    return str(best)


def article_from_text(
    text: str, *, source_path: str | None = None, overrides: Overrides | None = None
) -> Article:
    """Build an article from plain text with optional front matter and news header lines."""
    opts = overrides or Overrides()
    meta: dict[str, str] = {}
    text = text.lstrip("\ufeff")
    front = _FRONT_MATTER.match(text)
    if front:
        for line in front.group("body").splitlines():
            key, sep, value = line.partition(":")
            if sep and key.strip():
                meta[key.strip().lower()] = value.strip().strip("'\"")
        text = text[front.end() :].lstrip("\r\n")
    else:
        meta.update(_header_metadata(text))
    if not text.strip():
        raise InputError(f"{source_path or '<text>'}: no article text after the front matter; add the body")
    return _build(text, meta, source_path, opts)


def article_from_html(
    html: str, *, source_path: str | None = None, overrides: Overrides | None = None
) -> Article:
    """Extract main text and metadata from an HTML page with trafilatura (no network access)."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False)
    body = (doc.text or "") if doc is not None else ""
    if not body.strip():
        raise InputError(
            f"{source_path or '<html>'}: no article text found in the page; save the article page itself"
        )
    meta = {
        "title": doc.title or "",
        "published": doc.date or "",
        "url": doc.url or "",
        "outlet": doc.sitename or "",
    }
    return _build(body, {k: v for k, v in meta.items() if v}, source_path, overrides or Overrides())


def detect_lang(text: str) -> str:
    """Guess zh, zh-Hant or en from the share of CJK characters and script-specific forms."""
    sample = text[:20000]
    cjk = sum(1 for ch in sample if "\u4e00" <= ch <= "\u9fff")
    latin = sum(1 for ch in sample if ch.isascii() and ch.isalpha())
    if cjk == 0 or cjk * 3 < latin:
        return "en"
    simp = sum(1 for ch in sample if ch in _SIMPLIFIED_ONLY)
    trad = sum(1 for ch in sample if ch in _TRADITIONAL_ONLY)
    return "zh-Hant" if trad > simp else "zh"


def parse_published(value: str, lang: str, source: str) -> datetime:
    """Parse a publication date or date-time; zone defaults to +08:00 for Chinese, UTC otherwise."""
    raw = value.strip()
    norm = re.sub(r"[年月/.]", "-", raw).replace("日", " ").replace("：", ":").strip()
    norm = (
        re.sub(r"\s+", " ", norm).replace(" ", "T", 1)
        if re.match(r"\d{4}-\d{1,2}-\d{1,2} \d", norm)
        else norm
    )
    norm = re.sub(r"^(\d{4})-(\d{1,2})-(\d{1,2})", lambda m: f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}", norm)
    norm = re.sub(r"T(\d):", r"T0\1:", norm).replace("Z", "+00:00")
    try:
        parsed = datetime.fromisoformat(norm)
    except ValueError:
        raise InputError(
            f"{source}: cannot read the publication date {raw!r}; write it as 2024-04-24 or 2024-04-24T09:21+08:00"
        ) from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=CHINA_TZ if lang.startswith("zh") else UTC)
    return parsed


def _header_metadata(text: str) -> dict[str, str]:
    head = "\n".join(text.splitlines()[:_HEADER_LINES])
    meta: dict[str, str] = {}
    if m := _HEADER_PUBLISHED.search(head):
        meta["published"] = m.group("value")
    if m := _HEADER_OUTLET.search(head):
        meta["outlet"] = m.group("value")
    if m := _HEADER_AUTHOR.search(head):
        meta["author"] = m.group("value").strip()
    return meta


def _build(text: str, meta: dict[str, str], source_path: str | None, opts: Overrides) -> Article:
    source = source_path or "<text>"
    lang = opts.lang or meta.get("lang") or detect_lang(text)
    if lang in ("zh-Hans", "zh-CN", "zh-cn"):
        lang = "zh"
    if lang in ("zh-TW", "zh-HK", "zh-tw", "zh-hk"):
        lang = "zh-Hant"
    if lang not in ("zh", "zh-Hant", "en"):
        raise InputError(f"{source}: unsupported language {lang!r}; use --lang zh, zh-Hant or en")
    published = opts.published
    if published is not None and published.tzinfo is None:
        published = published.replace(tzinfo=CHINA_TZ if lang.startswith("zh") else UTC)
    if published is None and meta.get("published"):
        published = parse_published(meta["published"], lang, source)
    return Article.build(
        text,
        title=opts.title or meta.get("title") or _first_line(text),
        outlet=opts.outlet or meta.get("outlet"),
        url=opts.url or meta.get("url"),
        published_at=published,
        lang=lang,
        source_path=source_path,
    )


def _first_line(text: str) -> str | None:
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:120]
    return None
