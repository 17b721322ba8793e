"""Lexicon tables as yes/no patterns (timeline/claims/lexicon_match.py)."""

from __future__ import annotations

from timeline.claims import lexicon_match


def test_required_characters_rule_out_text_the_pattern_cannot_match():
    marks = lexicon_match.required_chars("INITIAL_WORDS", "zh")
    assert marks == ("初",)
    pattern = lexicon_match.table_pattern("INITIAL_WORDS", "zh")
    for text in ("建站之初人手紧", "起初只有三人", "成立初期"):
        assert pattern.search(text) and any(c in text for c in marks)
    assert not any(c in "后来才有人" for c in marks)
    assert (
        lexicon_match.required_chars("FACT_VERBS", "en") is None
    )  # English words are cased: nothing to rule out


def test_plain_word_lists_become_a_prefix_tree_for_yes_no_tests():
    fast = lexicon_match.table_pattern("FACT_VERBS", "zh")
    assert not fast.pattern.startswith("(?=")
    assert lexicon_match.has_fact_verb("双方签订协议", "zh") and not lexicon_match.has_fact_verb(
        "天气晴好", "zh"
    )
