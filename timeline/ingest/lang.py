"""Language of an article: zh, zh-Hant or en, from script statistics or a user-given code."""

from __future__ import annotations

from timeline.errors import InputError

LANGS = ("zh", "zh-Hant", "en")
_ALIASES = {
    "zh-hans": "zh",
    "zh-cn": "zh",
    "zh-sg": "zh",
    "cmn": "zh",
    "zh-hant": "zh-Hant",
    "zh-tw": "zh-Hant",
    "zh-hk": "zh-Hant",
    "zh-mo": "zh-Hant",
    "en-us": "en",
    "en-gb": "en",
}
_SIMPLIFIED_ONLY = set(
    "这来个们说时国会为对发与经区后开关华当实体长门间车记语过还进动现从点学义电业产员问题见东机万亿岁号报据导处应变无网费总统钱银价样头医疗术际务传达选将战军党习"
)
_TRADITIONAL_ONLY = set(
    "這來個們說時國會為對發與經區後開關華當實體長門間車記語過還進動現從點學義電業產員問題見東機萬億歲號報據導處應變無網費總統錢銀價樣頭醫療術際務傳達選將戰軍黨習"
)


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


def normalize_lang(code: str, source: str) -> str:
    """Map a language code (zh-CN, zh-TW, en-US, …) to zh, zh-Hant or en; InputError otherwise."""
    if code in LANGS:
        return code
    lowered = code.strip().lower().replace("_", "-")
    if lowered in _ALIASES:
        return _ALIASES[lowered]
    if lowered in ("zh", "en"):
        return lowered
    if lowered.startswith("en-"):
        return "en"
    raise InputError(f"{source}: unsupported language {code!r}; use --lang zh, zh-Hant or en")
