"""Number words → int: 二〇一七, 十二, 两, 廿三, full-width digits. Shared with quantities."""

from __future__ import annotations

DIGITS: dict[str, int] = {
    "〇": 0,
    "零": 0,
    "○": 0,
    "Ｏ": 0,
    "O": 0,
    "一": 1,
    "壹": 1,
    "二": 2,
    "贰": 2,
    "貳": 2,
    "两": 2,
    "兩": 2,
    "俩": 2,
    "倆": 2,
    "三": 3,
    "叁": 3,
    "參": 3,
    "仨": 3,
    "四": 4,
    "肆": 4,
    "五": 5,
    "伍": 5,
    "六": 6,
    "陆": 6,
    "陸": 6,
    "七": 7,
    "柒": 7,
    "八": 8,
    "捌": 8,
    "九": 9,
    "玖": 9,
}
UNITS: dict[str, int] = {"十": 10, "拾": 10, "廿": 20, "卅": 30, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_UNITS: dict[str, int] = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}

CN_DIGIT_CHARS = "".join(k for k in DIGITS if len(k) == 1 and not k.isascii())
CN_NUMBER_CHARS = CN_DIGIT_CHARS + "".join(UNITS) + "".join(BIG_UNITS)


def digit_string(text: str) -> str | None:
    """Read a digit-by-digit number (二〇一七, ２０２４, 2024) as an ASCII digit string, else None."""
    if text.isascii() and text.isdigit():
        return text  # already ASCII digits (the common case)
    out = []
    for ch in text:
        if ch.isdigit():
            out.append(str(int(ch)))
        elif ch in DIGITS:
            out.append(str(DIGITS[ch]))
        else:
            return None
    return "".join(out) or None


def to_int(text: str) -> int | None:
    """Read a Chinese or Arabic integer: 十二 → 12, 二十三 → 23, 一百零五 → 105, 两千 → 2000, 17 → 17."""
    text = text.strip()
    if not text:
        return None
    if text.isdigit():
        return int(text)
    if not any(ch in UNITS or ch in BIG_UNITS for ch in text):
        digits = digit_string(text)
        return int(digits) if digits is not None else None
    total, section, number = 0, 0, None
    for ch in text:
        if ch.isdigit():
            number = (number or 0) * 10 + int(ch)
        elif ch in DIGITS:
            number = DIGITS[ch]
        elif ch in UNITS:
            unit = UNITS[ch]
            if unit >= 20 and ch in "廿卅":
                section += unit
            else:
                section += (1 if number is None else number) * unit
            number = None
        elif ch in BIG_UNITS:
            total += (section + (number or 0)) * BIG_UNITS[ch]
            section, number = 0, None
        else:
            return None
    return total + section + (number or 0)
