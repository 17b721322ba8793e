"""Bytes → text: BOMs, declared HTML charsets, detection (charset-normalizer), mojibake refusal.

Text is never guessed into mojibake: bytes that no trusted encoding decodes cleanly, text that
mixes encodings and text that was already garbled by an earlier wrong decoding are refused with
a message naming the file and suggesting `--encoding`. A few replacement characters (U+FFFD) that
the file's own bytes already hold, in otherwise sound text, are kept: the text is read with an
`InputWarning` naming the file and the first one's offset.
"""

from __future__ import annotations

import codecs
import contextlib
import re
import warnings
from functools import lru_cache
from pathlib import Path

from timeline.errors import DecodeError, InputError, InputWarning

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Declared labels map to the superset browsers actually use (WHATWG encoding standard).
_SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "cp936": "gb18030",
    "big5": "big5hkscs",
    "big5-hkscs": "big5hkscs",
    "cp950": "big5hkscs",
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
}
# What detection may choose from: the legacy encodings our readers actually send (UTF-16 needs a BOM).
_CANDIDATES = ["gb18030", "big5hkscs", "cp1252"]
_MIN_AMBIGUOUS = 64
"""Non-ASCII bytes below which a text that several encodings read is refused, not guessed."""
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_CHAOS_LIMIT = 0.2
_REPLACEMENT_LIMIT = 3
_REPLACED_SHARE = 20
"""Text whose non-ASCII characters are U+FFFD at 1 in this many (or more) was garbled, not touched up:
a wrong decoding replaces most of a text's letters, a publisher's slip a handful among thousands."""
_RARE_SUSPECT = 0.15
"""A Chinese text with this share of rare characters (or more) may have been read with the wrong codec."""
_RARE_MARGIN = 3
"""The other codec wins when its reading has at most a third of the rare characters."""
_HINT = "pass --encoding (e.g. --encoding gb18030, big5 or utf-16)"


def decode(data: bytes, path: str | Path, encoding: str | None = None) -> str:
    """Decode file bytes as text; reject binary, undecodable and garbled input with a one-line reason."""
    return decode_bytes(data, path, encoding)[0]


def decode_bytes(
    data: bytes, path: str | Path, encoding: str | None = None, *, html: bool = False
) -> tuple[str, str]:
    """Decode bytes and return (text, encoding used).

    For `html` a `<meta charset>` may decide, and the garbled-text check is left to the caller
    (`refuse_garbled` on the extracted body: scripts and attributes often hold junk).
    """
    if not data.strip(b" \t\r\n\x0b\x0c\x00"):
        if not data:
            raise InputError(f"{path}: the file is empty; give an article with text")
        if b"\x00" in data:
            raise InputError(
                f"{path}: binary file (only NUL bytes: a damaged download), not text; fetch it again"
            )
        raise InputError(f"{path}: the file holds only whitespace; give an article with text")
    bom = _bom_encoding(data)
    if encoding:
        text = _strict(data, _codec(encoding, path), path, user_given=True)
        used = encoding
    elif bom:
        text, used = _strict(data, bom, path), bom
    else:
        _refuse_binary(data, path)
        text, used = _detect(data, path, html)
    text = text.lstrip("\ufeff")
    if not html:
        refuse_garbled(text, path, used, where="file's text")
    if "\x00" in text:
        raise InputError(
            f"{path}: the text contains NUL bytes; it is binary or damaged, save it again as text"
        )
    return text, used


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in `<meta charset>` or `<meta http-equiv>` (first 4 KB), if any."""
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii").lower() if match else None


def _bom_encoding(data: bytes) -> str | None:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec
    return None


def _codec(name: str, path: str | Path) -> str:
    label = name.strip().lower()
    label = _SUPERSETS.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        raise InputError(
            f"{path}: unknown encoding {name!r}; use e.g. --encoding gb18030, big5, utf-16"
        ) from None


def _strict(data: bytes, codec: str, path: str | Path, *, user_given: bool = False) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        fix = "try another --encoding" if user_given else _HINT
        raise DecodeError(
            f"{path}: byte {exc.start} is not valid {codec} ({data[exc.start : exc.start + 4].hex(' ')}); {fix}"
        ) from None


_SIGNATURES = (
    (b"\x1f\x8b", "a gzip archive; name it .gz and it is inflated"),
    (b"%PDF", "a PDF document; save it as text or HTML"),
    (b"PK\x03\x04", "a ZIP archive or office document (.docx); save it as text or HTML"),
    (b"{\\rtf", "an RTF document; save it as text or HTML"),
    (b"\x89PNG", "a PNG image; give the article's text"),
    (b"\xff\xd8\xff", "a JPEG image; give the article's text"),
    (b"GIF8", "a GIF image; give the article's text"),
)
"""Leading bytes of files often saved with a text name, and the way to read each."""


def _refuse_binary(data: bytes, path: str | Path) -> None:
    head = data[:8192]
    for signature, kind in _SIGNATURES:
        if head.startswith(signature):
            raise InputError(f"{path}: binary file ({kind.replace('; ', '), not text; ')}")
    if b"\x00" in head:
        if len(head) >= 16 and not head[2::4].strip(b"\x00") and not head[3::4].strip(b"\x00"):
            raise InputError(
                f"{path}: looks like UTF-32 text without a byte-order mark; pass --encoding utf-32-le"
            )
        if _looks_utf16(head):
            order = "le" if head[1::2].count(0) > head[::2].count(0) else "be"
            raise InputError(
                f"{path}: looks like UTF-16 text without a byte-order mark; pass --encoding utf-16-{order}"
            )
        raise InputError(
            f"{path}: binary file (NUL bytes), not text; give a .txt, .md, .html or .json article"
        )
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    if controls * 20 > len(head):
        raise InputError(f"{path}: binary file, not text; give a .txt, .md, .html or .json article")


def _looks_utf16(head: bytes) -> bool:
    """True when every other byte is mostly NUL, as in UTF-16 text of Latin or ASCII-heavy content."""
    if len(head) < 16:
        return False
    even, odd = head[::2].count(0), head[1::2].count(0)
    return max(even, odd) > 0.3 * (len(head) / 2) and min(even, odd) < 0.05 * (len(head) / 2)


def _detect(data: bytes, path: str | Path, html: bool) -> tuple[str, str]:
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if html and (declared := declared_charset(data)):
        try:
            codec = _codec(declared, path)
            return _other_chinese_codec(data, data.decode(codec), codec)
        except (InputError, UnicodeDecodeError):
            pass  # a wrong declaration: fall back to detection
    if _looks_like_truncated_utf8(data, utf8_error):
        raise DecodeError(
            f"{path}: the UTF-8 text is cut off mid-character at byte {utf8_error.start}; "
            "the download is truncated, save the file again (or pass --encoding)"
        )
    fitting = [codec for codec in _CANDIDATES if _decodes(data, codec)]
    if not fitting:
        raise DecodeError(
            f"{path}: not valid UTF-8 (byte {utf8_error.start}) and no single encoding reads it cleanly "
            f"(mixed or damaged encodings?); {_HINT}"
        )
    if len(fitting) == 1:
        return data.decode(fitting[0]), fitting[0]
    if sum(1 for byte in data if byte > 127) < _MIN_AMBIGUOUS:
        raise DecodeError(
            f"{path}: too little text to tell its encoding (it reads as {', '.join(fitting)}); {_HINT}"
        )
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=fitting).best()
    if best is None or best.encoding is None or best.chaos > _CHAOS_LIMIT:
        raise DecodeError(
            f"{path}: not valid UTF-8 (byte {utf8_error.start}) and no single encoding reads it cleanly "
            f"(mixed or damaged encodings?); {_HINT}"
        )
    return _other_chinese_codec(data, str(best), best.encoding)


def _other_chinese_codec(data: bytes, text: str, codec: str) -> tuple[str, str]:
    """(text, codec), or the bytes read with the other Chinese codec when that reads them as real Chinese.

    GB18030 decodes nearly any byte pair, so Big5 bytes under a wrong `charset=gb2312` (or a
    detector's wrong pick) come out as valid but rare characters, with no U+FFFD to tell. Real
    Chinese is written almost only with the common characters (GB2312's first level, Big5's
    frequent set); a text in the wrong codec has a large share of rare ones.
    """
    name = codecs.lookup(codec).name
    other = {"gb18030": "big5hkscs", "gbk": "big5hkscs", "gb2312": "big5hkscs", "big5hkscs": "gb18030"}.get(
        name, "gb18030" if name in ("big5", "cp950") else ""
    )
    if not other or _rare_share(text) < _RARE_SUSPECT:
        return text, codec
    try:
        alternative = data.decode(other)
    except UnicodeDecodeError:
        return text, codec
    if _rare_share(alternative) * _RARE_MARGIN < _rare_share(text):
        return alternative, other
    return text, codec


def _rare_share(text: str) -> float:
    """Share of the text's Chinese characters outside the common sets (0 for a text without any)."""
    han = [ch for ch in text if "\u3400" <= ch <= "\u9fff"]
    if not han:
        return 0.0
    common = _common_han()
    return sum(ch not in common for ch in han) / len(han)


@lru_cache(maxsize=1)
def _common_han() -> frozenset[str]:
    """The common Chinese characters: GB2312 level 1 (3,755 simplified) and Big5's frequent set (5,401)."""
    found: set[str] = set()
    for lead in range(0xB0, 0xD8):
        for trail in range(0xA1, 0xFF):
            with contextlib.suppress(UnicodeDecodeError):
                found.add(bytes((lead, trail)).decode("gb2312"))
    for lead in range(0xA4, 0xC7):
        for trail in (*range(0x40, 0x7F), *range(0xA1, 0xFF)):
            if (lead, trail) > (0xC6, 0x7E):
                break
            with contextlib.suppress(UnicodeDecodeError):
                found.add(bytes((lead, trail)).decode("big5"))
    return frozenset(ch for ch in found if len(ch) == 1)


def _decodes(data: bytes, codec: str) -> bool:
    try:
        data.decode(codec)
    except UnicodeDecodeError:
        return False
    return True


def _looks_like_truncated_utf8(data: bytes, error: UnicodeDecodeError) -> bool:
    """Valid UTF-8 up to an incomplete multi-byte character in the last 3 bytes."""
    return error.start >= len(data) - 3 and error.reason == "unexpected end of data"


def refuse_garbled(text: str, path: str | Path, used: str, *, where: str = "text") -> None:
    """Raise DecodeError when `text` is mojibake or substantially replaced by U+FFFD.

    A few U+FFFD in otherwise sound text are the file's own: they stay, with an InputWarning
    naming `path` and the offset of the first in `where` (the text, or a page's extracted body).
    """
    replacements = text.count("\ufffd")
    if replacements >= _REPLACEMENT_LIMIT and replacements * _REPLACED_SHARE >= _non_ascii(text):
        raise DecodeError(
            f"{path}: the text holds {replacements} replacement characters (U+FFFD): it was garbled by an "
            "earlier wrong decoding; get the original file, or pass --encoding if this one was misread"
        )
    line = _mojibake_line(text)
    if line is not None:
        raise DecodeError(
            f"{path}: line {line} is mojibake (text decoded with the wrong encoding, read as {used}); "
            f"get the original file or {_HINT}"
        )
    if replacements:
        warnings.warn(
            InputWarning(
                f"{path}: {replacements} replacement character(s) (U+FFFD) are in the file itself, the first "
                f"at character {text.index(chr(0xFFFD))} of the {where}; read as is (they stand for text "
                "the file lost before it was saved; get the original for it)"
            ),
            stacklevel=2,
        )


def _non_ascii(text: str) -> int:
    return sum(1 for ch in text if not ch.isascii())


def _mojibake_line(text: str) -> int | None:
    """1-based number of the first line that is text in one encoding read as another, else None."""
    from ftfy.badness import is_bad

    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.replace("\ufffd", "")  # replacement characters are counted apart (refuse_garbled)
        if line.isascii() or len(line) < 4:
            continue
        if is_bad(line) or _utf8_read_as_cjk(line):
            return number
    return None


def _utf8_read_as_cjk(line: str) -> bool:
    """UTF-8 bytes read as GB18030 or Big5: re-encoded, the line is (mostly) valid UTF-8 again.

    Real Chinese re-encoded this way gives almost only invalid UTF-8; mojibake gives CJK text
    back with a few gaps where the wrong decoding lost bytes. `锟斤拷` is its best-known trace.
    """
    if "锟斤拷" in line:
        return True
    non_ascii = sum(1 for ch in line if not ch.isascii())
    if non_ascii < 6:
        return False
    for codec in ("gb18030", "big5hkscs"):
        try:
            back = line.encode(codec, errors="ignore").decode("utf-8", errors="replace")
        except UnicodeError:
            continue
        if back == line:
            continue
        recovered = sum(1 for ch in back if not ch.isascii() and ch != "\ufffd")
        if recovered >= 3 and back.count("\ufffd") * 4 < recovered:
            return True
    return False
