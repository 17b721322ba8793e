"""Traditional → simplified Chinese, character for character, so offsets stay valid.

The claims stage reads traditional articles (zh-Hant) through its simplified word lists: the
analysis runs on the converted text and every quote is sliced from the original at the same
offsets. Conversion is OpenCC's (maintained, offline dictionaries shipped in the wheel).
"""

from __future__ import annotations

from functools import cache

import opencc


@cache
def _converter(config: str = "t2s") -> opencc.OpenCC:
    return opencc.OpenCC(config)


def to_simplified(text: str) -> str:
    """Return `text` in simplified characters, guaranteed the same length as `text`."""
    converter = _converter()
    out = converter.convert(text)
    if len(out) == len(text):
        return out
    chars = []
    for ch in text:
        one = converter.convert(ch)
        chars.append(one if len(one) == 1 else ch)
    return "".join(chars)


def to_traditional(text: str) -> str:
    """Return `text` in traditional characters (for labels the stage writes itself)."""
    return _converter("s2t").convert(text)
