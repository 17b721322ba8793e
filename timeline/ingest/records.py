"""`.json` / `.jsonl` article records: a `text` (or `html`) field plus metadata fields."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass

from timeline.errors import InputError

META_FIELDS = ("title", "url", "published", "outlet", "lang", "author")
_ALIASES = {
    "published_at": "published",
    "date": "published",
    "language": "lang",
    "headline": "title",
    "source_url": "url",
    "body": "text",
    "content": "text",
    "articleBody": "text",
}


@dataclass(frozen=True, slots=True)
class Record:
    """One article record: where it is (file#line), its text or html, and its metadata."""

    source: str
    text: str | None
    html: str | None
    meta: dict[str, str]


def iter_records(text: str, source: str, *, lines: bool) -> Iterator[Record | InputError]:
    """Records of a JSON document (an object or a list of objects) or of JSON Lines.

    A bad record is yielded as an InputError naming `source` and its line (JSONL) or index (JSON);
    the other records still come.
    """
    if lines:
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            where = f"{source} line {number}"
            try:
                value = json.loads(line)
            except json.JSONDecodeError as exc:
                yield InputError(f"{where}: not valid JSON ({exc.msg}, column {exc.colno}); fix that line")
                continue
            except (ValueError, RecursionError) as exc:  # nesting or a number past what Python reads
                yield InputError(f"{where}: {_unreadable(exc)}; fix that line")
                continue
            yield _record(value, where, f"{source}#{number}")
        return
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        yield InputError(
            f"{source}: not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno}); "
            "fix the file (one record per line? name it .jsonl)"
        )
        return
    except (ValueError, RecursionError) as exc:
        yield InputError(f"{source}: {_unreadable(exc)}; fix the file")
        return
    if isinstance(value, list):
        for index, item in enumerate(value):
            yield _record(item, f"{source} record {index}", f"{source}#{index}")
    else:
        yield _record(value, source, source)


def _unreadable(exc: ValueError | RecursionError) -> str:
    """Why valid-looking JSON could not be read: nesting too deep, or an integer too long to convert."""
    if isinstance(exc, RecursionError):
        return "JSON nested too deep to read (thousands of brackets)"
    return "a JSON number too long to read (over 4,300 digits)"


def _record(value: object, where: str, source: str) -> Record | InputError:
    if not isinstance(value, dict):
        return InputError(f"{where}: a record must be a JSON object with a 'text' field")
    fields = {_ALIASES.get(k, k): v for k, v in value.items()}
    text, html = fields.get("text"), fields.get("html")
    if not isinstance(text, str) and not isinstance(html, str):
        return InputError(f"{where}: no 'text' (or 'html') string field; add the article body as 'text'")
    meta = {k: str(fields[k]) for k in META_FIELDS if fields.get(k) not in (None, "")}
    return Record(
        source, text if isinstance(text, str) else None, html if not isinstance(text, str) else None, meta
    )
