"""Every grammar's corpus is a test: examples must resolve as written, negatives must not tag."""

from __future__ import annotations

import importlib

import pytest

from timeline.temporal.corpus import check_example, check_negative

CORPORA = []
for name in (
    "zh_corpus",
    "zh_corpus_times",
    "zh_corpus_feasts",
    "zh_corpus_hant",
    "en_corpus",
    "en_corpus_feasts",
):
    try:
        CORPORA.append(importlib.import_module(f"timeline.temporal.{name}"))
    except ModuleNotFoundError:  # a grammar without a corpus yet
        continue

EXAMPLES = [
    pytest.param(mod, text, expect, id=f"{mod.LANG}:{text}")
    for mod in CORPORA
    for expect, texts in mod.EXAMPLES
    for text in texts
]
NEGATIVES = [pytest.param(mod, text, id=f"{mod.LANG}:not:{text}") for mod in CORPORA for text in mod.NEGATIVE]


@pytest.mark.parametrize(("mod", "text", "expect"), EXAMPLES)
def test_example_resolves(mod, text, expect):
    problem = check_example(text, expect, lang=mod.LANG, reference=mod.REFERENCE)
    assert problem is None, problem


@pytest.mark.parametrize(("mod", "text"), NEGATIVES)
def test_negative_is_not_a_date(mod, text):
    problem = check_negative(text, lang=mod.LANG, reference=mod.REFERENCE)
    assert problem is None, problem
