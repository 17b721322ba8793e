"""Files, folders, stdin and strings → `Article`s: decoding, front matter, headers, HTML, records.

Public entry points: `read_article` (one file, one article), `read_articles` (any input form,
bad parts reported as InputError values so a batch can continue), `iter_files` (folder walk),
`article_from_text`, `article_from_html`, `decode`, `detect_lang`, `parse_published`, `Overrides`.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from timeline.errors import InputError
from timeline.ingest.article import Overrides, article_from_html, article_from_text, default_title
from timeline.ingest.decode import decode, decode_bytes, refuse_garbled
from timeline.ingest.files import (
    DEFAULT_MAX_BYTES,
    SUFFIXES,
    iter_files,
    kind_of,
    read_limited,
    read_stdin,
)
from timeline.ingest.headers import CHINA_TZ, given_published, parse_published
from timeline.ingest.lang import detect_lang
from timeline.ingest.manifest import ManifestRow, iter_manifest
from timeline.ingest.records import Record, iter_records
from timeline.models import Article

__all__ = [
    "CHINA_TZ",
    "DEFAULT_MAX_BYTES",
    "STDIN",
    "SUFFIXES",
    "Overrides",
    "article_from_html",
    "article_from_text",
    "decode",
    "default_title",
    "detect_lang",
    "given_published",
    "iter_files",
    "parse_published",
    "read_article",
    "read_articles",
]

STDIN = "-"


def read_article(path: str | Path, **overrides: Any) -> Article:
    """Read one article file (.txt, .md, .html, a one-record .json, any of them .gz) into an `Article`.

    Keyword overrides (published, lang, title, url, outlet, encoding, max_bytes) win over front
    matter and headers. Raises InputError (naming the file and the fix) for unreadable input.
    """
    if str(path) != STDIN and not Path(path).exists() and not Path(path).is_symlink():
        raise InputError(f"{path}: no such file or folder; check the path")  # not "it disappeared"
    if "published" in overrides:
        overrides["published"] = given_published(overrides["published"])
    results = list(read_articles(path, Overrides(**overrides)))
    for result in results:
        if isinstance(result, InputError):
            raise result
    if len(results) != 1:
        raise InputError(f"{path}: holds {len(results)} articles, not one; use read_articles (or the CLI)")
    result = results[0]
    assert isinstance(result, Article)
    return result


def read_articles(
    path: str | Path, overrides: Overrides | None = None, *, meta: dict[str, str] | None = None
) -> Iterator[Article | InputError]:
    """Every article of one input (a file, `-` for stdin, a record file or a manifest CSV).

    Failures come back as InputError values, in order, so the caller can report them and go on.
    """
    opts = overrides or Overrides()
    try:
        if str(path) == STDIN:
            if sys.stdin is None or sys.stdin.isatty():
                raise InputError(
                    "<stdin>: nothing is piped in; pipe an article (cat story.txt | timeline extract -)"
                )
            data = read_stdin(sys.stdin.buffer, opts.max_bytes)
            yield _from_bytes(data, "<stdin>", None, _sniff(data), opts, meta)
            return
        path = Path(path)
        kind = kind_of(path)
        data = read_limited(path, opts.max_bytes)
        if kind == "records":
            yield from _from_records(data, path, opts, meta)
        elif kind == "manifest":
            yield from _from_manifest(data, path, opts)
        else:
            if kind == "text" and _sniff(data) == "html":
                kind = "html"  # a web page saved under a text name
            yield _from_bytes(data, str(path), str(path), kind, opts, meta)
    except InputError as exc:
        yield exc


def _from_bytes(
    data: bytes,
    name: str,
    source_path: str | None,
    kind: str,
    opts: Overrides,
    meta: dict[str, str] | None,
) -> Article:
    text, used = decode_bytes(data, name, opts.encoding, html=kind == "html")
    if kind != "html":
        return article_from_text(text, source_path=source_path, overrides=opts, meta=meta, encoding=used)
    article = article_from_html(text, source_path=source_path, overrides=opts, meta=meta, encoding=used)
    refuse_garbled(article.text, name, used, where="article text taken from the page")
    return article


def _from_records(
    data: bytes, path: Path, opts: Overrides, meta: dict[str, str] | None
) -> Iterator[Article | InputError]:
    text, used = decode_bytes(data, path, opts.encoding)
    lines = path.name.lower().removesuffix(".gz").endswith((".jsonl", ".ndjson"))
    count = 0
    for record in iter_records(text, str(path), lines=lines):
        count += 1
        if isinstance(record, InputError):
            yield record
            continue
        yield _record_article(record, opts, meta, used)
    if count == 0:
        yield InputError(f"{path}: no records in the file; give one JSON object per line with a 'text' field")


def _record_article(
    record: Record, opts: Overrides, meta: dict[str, str] | None, used: str
) -> Article | InputError:
    fields = {**record.meta, **(meta or {})}
    try:
        if record.html is not None:
            return article_from_html(record.html, source_path=record.source, overrides=opts, meta=fields)
        return article_from_text(
            record.text or "", source_path=record.source, overrides=opts, meta=fields, encoding=used
        )
    except InputError as exc:
        return exc


def _from_manifest(data: bytes, path: Path, opts: Overrides) -> Iterator[Article | InputError]:
    text, _ = decode_bytes(data, path, opts.encoding)
    for row in iter_manifest(text, path):
        if isinstance(row, InputError):
            yield row
        elif kind_of(row.path) == "manifest":
            yield InputError(f"{row.where}: a manifest cannot list another manifest; list article files")
        else:
            yield from _row_articles(row, opts)


def _row_articles(row: ManifestRow, opts: Overrides) -> Iterator[Article | InputError]:
    if not row.path.exists() and not row.path.is_symlink():
        yield InputError(f"{row.where}: {row.path}: no such file; check the path in the manifest")
        return
    for result in read_articles(row.path, replace(opts), meta=row.meta):
        if isinstance(result, InputError):
            yield InputError(f"{row.where}: {result}")
        else:
            yield result


def _sniff(data: bytes) -> str:
    head = data[:2048].lstrip().lower()
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:].lstrip()
    return "html" if head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in head else "text"
