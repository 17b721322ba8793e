"""Pieces of hostile text for property tests: invisible, full-width, other scripts' digits, runs."""

from __future__ import annotations

from hypothesis import strategies as st

PIECES = [
    *"0123456789",
    *"年月日号时点分至起约初底",
    "\u200b",  # zero-width space
    "\u200c",  # zero-width non-joiner
    "\u200d",  # zero-width joiner
    "\u2060",  # word joiner
    "\ufeff",  # a BOM inside the text
    "\u00ad",  # soft hyphen
    "\u200e",  # left-to-right mark
    "\u200f",  # right-to-left mark
    "\u202e",  # right-to-left override
    "\u2067",  # right-to-left isolate
    "\u0301",  # combining acute accent
    "\u0308",  # combining diaeresis
    *"０１２９／－：．，。（）",
    *"٠١٢٩",  # Arabic-Indic digits
    *"۰۱۲۹",  # Extended Arabic-Indic digits
    *"०१२९",  # Devanagari digits
    "🎉",
    "👨\u200d👩\u200d👧",
    "\U00020000",  # a CJK character beyond the BMP
    "ком",
    "عربي",
    " ",
    "\n",
    "\t",
    "and ",
    "and and ",
    "May ",
    "Monday ",
    "Sept. ",
    "ago ",
    "the next day ",
    "a.m. ",
    "2024年",
    "1999",
    "上",
    "下",
    "前",
    "后",
    ".",
    "-",
    "/",
    ":",
    "'",
    "In 2016 the shelter opened.\n",  # short dated paragraphs, one after another
    "2016年，救助站成立。\n",
]

hostile_text = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)
"""Short texts built from the pieces."""

hostile_unit = st.lists(st.sampled_from(PIECES), min_size=1, max_size=8).map("".join)
"""A unit to repeat into a long text."""
