"""Language of an article: zh, zh-Hant or en, from script statistics or a user-given code."""

from __future__ import annotations

import re
from collections import Counter

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
    """Guess zh, zh-Hant or en from script statistics; other languages give ja, ko, ru or und.

    Japanese (kana), Korean (Hangul), Cyrillic and other scripts are told apart by their
    characters; a long Latin-script text with almost no English function words is `und`.
    """
    sample = text[:20000]
    counts = Counter(_script(ch) for ch in sample)
    letters = sum(n for script, n in counts.items() if script != "none") or 1
    if counts["kana"] >= 10 and counts["kana"] * 20 > counts["han"] + counts["kana"]:
        return "ja"
    for script, code in (("hangul", "ko"), ("cyrillic", "ru")):
        if counts[script] * 10 > letters * 3:
            return code
    cjk, latin = counts["han"], counts["latin"]
    if cjk == 0 or cjk * 3 < latin:
        if counts["other"] * 10 > letters * 3:
            return "und"
        return "en" if _reads_as_english(sample) else "und"
    simp = sum(1 for ch in sample if ch in _SIMPLIFIED_ONLY)
    trad = sum(1 for ch in sample if ch in _TRADITIONAL_ONLY)
    return "zh-Hant" if trad > simp else "zh"


_LANGUAGE_NAMES = {"ja": "Japanese", "ko": "Korean", "ru": "Russian or another Cyrillic-script language"}
_ENGLISH_WORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "is",
        "was",
        "for",
        "on",
        "that",
        "with",
        "as",
        "by",
        "at",
        "from",
        "it",
        "be",
        "are",
        "has",
        "have",
        "said",
        "this",
        "an",
        "were",
        "will",
        "not",
        "but",
        "or",
        "after",
        "its",
        "his",
        "her",
        "their",
        "they",
        "he",
        "she",
        "we",
        "who",
        "which",
    ]
)
# Frequent function words of French, Spanish, Portuguese, Italian, German, Dutch, Indonesian/Malay.
_OTHER_LATIN_WORDS = frozenset(
    [
        "de",
        "la",
        "le",
        "les",
        "des",
        "du",
        "et",
        "est",
        "une",
        "dans",
        "pour",
        "pas",
        "sur",
        "avec",
        "qui",
        "el",
        "los",
        "las",
        "del",
        "que",
        "por",
        "con",
        "para",
        "una",
        "es",
        "se",
        "não",
        "em",
        "os",
        "uma",
        "mais",
        "foi",
        "um",
        "da",
        "do",
        "das",
        "dos",
        "il",
        "di",
        "che",
        "per",
        "della",
        "sono",
        "anche",
        "und",
        "der",
        "die",
        "das",
        "ist",
        "nicht",
        "mit",
        "den",
        "dem",
        "zu",
        "ein",
        "eine",
        "auch",
        "sich",
        "het",
        "een",
        "van",
        "niet",
        "dat",
        "op",
        "yang",
        "dan",
        "ini",
        "itu",
        "dengan",
        "untuk",
        "tidak",
        "dari",
        "ke",
    ]
)
_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+")


def _reads_as_english(sample: str) -> bool:
    """False when a long text has more function words of other Latin-script languages than English ones."""
    words = _WORD.findall(sample.lower())
    if len(words) < 60:
        return True
    english = sum(1 for w in words if w in _ENGLISH_WORDS)
    foreign = sum(1 for w in words if w in _OTHER_LATIN_WORDS)
    return not (foreign > english and foreign * 100 >= len(words) * 3)


def _script(ch: str) -> str:
    code = ord(ch)
    if ch.isascii():
        return "latin" if ch.isalpha() else "none"
    if 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF:
        return "han"
    if 0x3040 <= code <= 0x30FF:
        return "kana"
    if 0xAC00 <= code <= 0xD7A3 or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F:
        return "hangul"
    if 0x0400 <= code <= 0x04FF:
        return "cyrillic"
    if 0x00C0 <= code <= 0x024F:
        return "latin"
    return "other" if ch.isalpha() else "none"


def unsupported_message(code: str, source: str) -> str:
    """The one-line refusal for a detected language we have no grammar for."""
    name = _LANGUAGE_NAMES.get(code, "a language other than Chinese or English")
    return f"{source}: the text looks like {name}; only zh, zh-Hant and en are supported (pass --lang to read it anyway)"


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
