"""Traditional → simplified Chinese, the same length, so offsets stay valid.

The claims stage reads traditional articles (zh-Hant) through its simplified word lists: the
analysis runs on the converted text and every quote is sliced from the original at the same
offsets. Conversion is OpenCC's (maintained, offline dictionaries shipped in the wheel), with
Taiwan's phrases turned into the mainland's words (資料 → 数据, 專案 → 项目, 訊息 → 消息), so a
Taiwan story's facts meet the same word lists; a phrase whose mainland word has another length
(記憶體 → 内存) is converted character for character instead.
"""

from __future__ import annotations

import re
from functools import cache

import opencc

_PHRASE_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+|[^\u3400-\u9fff\uf900-\ufaff]+")
"""Runs of Chinese characters and runs of anything else: the units converted as a whole."""


@cache
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def to_simplified(text: str) -> str:
    """Return `text` in simplified characters and mainland words, guaranteed the same length.

    Text with no traditional character is returned as it is (影片 stays 影片 in a mainland story).
    """
    if _converter("t2s").convert(text) == text:
        return text
    phrases = _converter("tw2sp")
    out = phrases.convert(text)
    if len(out) == len(text):
        return out
    return "".join(_same_length(run, phrases) for run in _PHRASE_RUN.findall(text))


def _same_length(run: str, phrases: opencc.OpenCC) -> str:
    """One run converted with its phrases when that keeps its length, else character for character."""
    out = phrases.convert(run)
    if len(out) == len(run):
        return out
    chars = _converter("t2s")
    converted = chars.convert(run)
    if len(converted) == len(run):
        return converted
    return "".join(one if len(one := chars.convert(ch)) == 1 else ch for ch in run)


def to_traditional(text: str) -> str:
    """Return `text` in traditional characters (for labels the stage writes itself)."""
    return _converter("s2t").convert(text)
