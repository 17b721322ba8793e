"""Front matter: a `---` block of `key: value` lines at the top of a text file."""

from __future__ import annotations

import re

_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(?P<body>.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_KEY_ALIASES = {"date": "published", "published_at": "published", "source_url": "url", "language": "lang"}


def split_front_matter(text: str) -> tuple[dict[str, str], str] | None:
    """Return (metadata, body) when `text` starts with front matter, else None.

    Keys are lower-cased; `date`/`published_at` mean `published`, `language` means `lang`.
    """
    match = _FRONT_MATTER.match(text)
    if not match:
        return None
    meta: dict[str, str] = {}
    for line in match.group("body").splitlines():
        key, sep, value = line.partition(":")
        key = key.strip().lower()
        if sep and key and not key.startswith("#"):
            meta[_KEY_ALIASES.get(key, key)] = value.strip().strip("'\"")
    return meta, text[match.end() :].lstrip("\r\n")
