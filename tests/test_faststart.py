"""Fast start: the quick-loop search finds exactly what `finditer` finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.temporal import en, scan, scan_plan, zh
from timeline.temporal.faststart import branch_program, fast_matches, fast_program, optional_as_branch


def _grammar_patterns() -> list[re.Pattern[str]]:
    """Every compiled pattern of both grammars that gets a fast start (rules, triggers, inner patterns)."""
    found = []
    for rule in (*zh.RULES, *en.RULES):
        for item in (
            rule.pattern,
            getattr(rule.pattern, "trigger", None),
            getattr(rule.pattern, "pattern", None),
        ):
            if isinstance(item, re.Pattern) and fast_program(item) is not None:
                found.append(item)
    return list(dict.fromkeys(found))


PATTERNS = _grammar_patterns()
PIECES = [
    *"2024年4月1日-/.:：至到、前后以来季半上下中今明号 \n9３十二份约天x第从截",
    "2014",
    "12-19日",
    "3/3/2015",
    "14:30",
    "三天前",
    "10年来",
    "一季度",
    "中午，",
    "截至",
    "到2025年",
    "为止",
    "、2014年",
    " PM",
    "March 5",
    "last week",
]
"""Pieces of dates and their neighbours: random strings of them hold many matches and near misses."""


def test_the_grammars_have_fast_starts() -> None:
    """The long lookaround-led Chinese rules, conditional groups and all, take part."""
    calendar = zh.RULES[0].pattern
    assert "(?(" in calendar.pattern and fast_program(calendar) is not None
    assert len(PATTERNS) >= 10


@pytest.mark.parametrize(
    "pattern",
    [r"(?i)(?<!\d)\dQ", r"(?<!\d)(?:年)?", r"(?<!x).\d"],
    ids=["case folding", "may be empty", "any character first"],
)
def test_no_fast_start_where_it_could_not_be_exact(pattern: str) -> None:
    assert fast_program(re.compile(pattern)) is None


def test_a_literal_start_is_left_to_the_engine() -> None:
    """The regex engine skips to a literal start by itself: the shared scan searches it as it is."""
    literal = re.compile(r"(?:今天|明天)(?!的)")
    assert scan._entry(literal)[2] is None
    guarded = re.compile(r"(?<!\d)(?:今天|明天)")
    assert scan._entry(guarded)[2] is fast_program(guarded) is not None


def test_the_fast_program_is_the_pattern_with_a_quicker_search() -> None:
    """Same pattern text, groups and matches; a single first character becomes a literal search."""
    pattern = re.compile(r"(?<=\d)、(?P<n>\d)")
    program = fast_program(pattern)
    assert program is not None and program.pattern == pattern.pattern
    assert program.groupindex == pattern.groupindex
    text = "1、2、x、3、4"
    assert [m.groupdict() for m in program.finditer(text)] == [m.groupdict() for m in pattern.finditer(text)]


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.pattern[:40])
@settings(max_examples=40, deadline=None)
@given(text=st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_fast_start_finds_exactly_what_finditer_finds(pattern: re.Pattern[str], text: str) -> None:
    program = fast_program(pattern)
    assert program is not None
    plain = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
    assert [(m.span(), m.groupdict()) for m in fast_matches(program, pattern, text)] == plain
    pos, endpos = min(2, len(text)), max(len(text) - 3, 0)  # a window: finditer's pos and endpos
    window = [(m.span(), m.groupdict()) for m in pattern.finditer(text, pos, endpos)]
    assert [(m.span(), m.groupdict()) for m in fast_matches(program, pattern, text, pos, endpos)] == window


def test_an_alternation_with_a_group_first_is_not_taken_for_a_literal_start() -> None:
    """The engine's own quick loop needs every branch to open with a literal (as re._compiler decides)."""
    parse = re._parser.parse
    assert scan_plan.opens_with_literal(list(parse(r"(?:今天|明天)")))
    assert not scan_plan.opens_with_literal(list(parse(r"半月|(?:前|后)\d")))
    assert scan_plan.opens_with_literal(list(parse(r"(?i)(?:pm|am)")), re.IGNORECASE)


@pytest.mark.parametrize("pattern", [r"(?i:about) (\d+)", r"(?i:a)bc", r"x(?i:pm)", r"(?:(?i:pm)|x)y"])
def test_a_case_blind_group_offers_both_cases_of_its_first_and_last_characters(pattern):
    compiled = re.compile(pattern)
    text = "About 5 and about 6 Abc abc xPM PMy"
    program = fast_program(compiled)
    fast = fast_matches(program, compiled, text) if program else compiled.finditer(text)
    assert [m.span() for m in fast] == [m.span() for m in compiled.finditer(text)]


TRICKY_OPTIONALS = [
    r"(?<!\d)(?P<x>a(?P<y>b)?)?\d(?(y)-|1)",  # a group set inside an optional one, read by a conditional
    r"(?<![a])(?:(a)|b)?(?:\1|2)?\d",  # a back-reference to an optional group
    r"(?<!-)(?:a(?:b(?:-)?)?)?\d+(?:-(?P<t>\d))?",  # nested optionals
    r"(?<!-)(?:(?P<p>ab)?-)+\d",  # an optional group inside a repeat
    r"(?=[ab])(?:a|ab)?(?:b\d)?",  # the optional piece may give back what the next one needs
    r"(?<!1)(?:(?P<q>a|)b)?(?P<r>\d)?-",  # an optional group that may match empty
    r"(?<!1)(?:ab)??\d(?:a1)?+",  # lazy and possessive optionals stay as written
]


def test_optional_pieces_become_alternations_except_single_characters() -> None:
    tree = re._parser.parse(r"(?:ab)?[ \t]?(?P<g>c)?")
    optional_as_branch(tree)
    ops = [op for op, _ in tree]
    assert ops[:3] == [re._constants.BRANCH, re._constants.MAX_REPEAT, re._constants.BRANCH]


@pytest.mark.parametrize("pattern", TRICKY_OPTIONALS)
@settings(max_examples=150, deadline=None)
@given(text=st.text(alphabet="ab12-", max_size=24))
def test_optional_pieces_written_as_alternations_match_the_same(pattern: str, text: str) -> None:
    """`optional_as_branch` keeps every match, group and backtracking choice (what fast programs run)."""
    compiled = re.compile(pattern)
    tree = re._parser.parse(pattern)
    optional_as_branch(tree)
    program = re._compiler.compile(tree)  # the rewritten tree, compiled as re.compile compiles a pattern
    want = [(m.span(), m.groups(), m.lastindex) for m in compiled.finditer(text)]
    assert [(m.span(), m.groups(), m.lastindex) for m in program.finditer(text)] == want
    for start in range(len(text) + 1):
        plain, fast = compiled.match(text, start), program.match(text, start)
        assert (plain and (plain.span(), plain.groups())) == (fast and (fast.span(), fast.groups()))


EN_PIECES = [
    *PIECES,
    "Jan.",
    " 2020",
    "the",
    " of ",
    "since",
    "Monday",
    "3 p.m.",
    "early",
    "'90s",
    ", ",
    "ago",
]


@pytest.mark.parametrize("rule", en.RULES, ids=lambda r: r.name[:40])
@settings(max_examples=15, deadline=None)
@given(text=st.lists(st.sampled_from(EN_PIECES), max_size=30).map("".join))
def test_english_windows_run_a_branch_program_with_the_same_matches(rule, text: str) -> None:
    """`branch_program` (what `en_scan.Windowed` searches with) finds what the rule's pattern finds."""
    pattern = rule.pattern.pattern
    program = branch_program(pattern)
    assert program.pattern == pattern.pattern and program.groupindex == pattern.groupindex
    want = [(m.span(), m.groups()) for m in pattern.finditer(text)]
    assert [(m.span(), m.groups()) for m in program.finditer(text)] == want


def test_english_rules_search_with_branch_programs() -> None:
    assert all(rule.pattern.program is branch_program(rule.pattern.pattern) for rule in en.RULES)
    assert sum(branch_program(rule.pattern.pattern) is not rule.pattern.pattern for rule in en.RULES) > 10


def test_starting_by_is_finditer_up_to_the_last_start() -> None:
    """`starting_by` yields what finditer yields until its first match starting after `last`."""
    import random

    from timeline.temporal.faststart import fast_program, starting_by

    patterns = [
        re.compile(r"(?<!\d)(?:\d{1,2}[:：]\d\d|[一二三]点半?)(?![\d:])"),
        re.compile(r"(?:到|至)?[ \t]?(?<![\d])\d{4}(?:[-/.]\d{1,2}){0,2}\b"),
        re.compile(r"(?=[^\n年]{0,6}+年)(?:今|去|\d{2,4})年?(?:初|底)?"),
    ]
    rng = random.Random(11)
    alphabet = "0129:：-/. \t到至今去年初底一二三点半\nab"
    for pattern in patterns:
        program = fast_program(pattern)
        assert program is not None, pattern.pattern
        for _ in range(3000):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20)))
            pos = rng.randint(0, len(text))
            last = rng.randint(pos, len(text))
            endpos = rng.randint(last, len(text))
            expected = []
            for found in pattern.finditer(text, pos, endpos):
                if found.start() > last:
                    break
                expected.append((found.span(), found.groups()))
            got = [(m.span(), m.groups()) for m in starting_by(program, pattern, text, pos, last, endpos)]
            assert got == expected, (pattern.pattern, text, pos, last, endpos)
