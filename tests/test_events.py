"""Days counted from a named event (事发当天, 通报当天, 立案后第二天) and bracketed dates beside relative words."""

from __future__ import annotations

from datetime import datetime

from timeline.temporal import tag
from timeline.temporal.events import sentence_bounds

PUBLISHED = datetime(2024, 4, 24, 9, 21)


def values(text: str, surface: str) -> list[str | None]:
    """Values of every mention whose text is exactly `surface`, in order."""
    return [m.value for m in tag(text, reference=PUBLISHED, lang="zh") if m.text == surface]


def test_a_bracketed_date_beside_the_event_day_wins_and_later_event_days_count_from_it():
    story = (
        "司机回忆，事发当天（3月2日）下着大雨。4月10日，交警公布了调查结果。"
        "事发次日，路段恢复通行；事发后十多天，保险公司完成理赔。他说，事发当天的雨一直没停。"
    )
    assert values(story, "事发当天") == ["2024-03-02", "2024-03-02"]
    assert values(story, "事发次日") == ["2024-03-03"]
    assert values(story, "事发后十多天") == ["2024-03-12~"]


def test_the_event_is_dated_by_the_sentence_that_says_it_happened():
    story = "3月2日凌晨，一辆货车在高速上发生侧翻。4月10日，交警公布调查结果。事发第三天，司机才出院。"
    assert values(story, "事发第三天") == ["2024-03-04"]


def test_the_day_of_an_announcement_is_the_date_heading_the_announcing_sentence():
    story = (
        "4月8日，区卫健委通报称，3月30日起陆续有学生出现呕吐症状。"
        "就在通报当天，涉事食堂被关停。两天后，区里成立了调查组。"
    )
    assert values(story, "当天") == ["2024-04-08"]
    assert values(story, "两天后") == ["2024-04-10"]


def test_a_lead_counts_from_the_event_the_story_dates_further_down():
    story = (
        "警方接到报案后第二天即立案侦查，并于立案后第二天抓获嫌疑人。"
        "据介绍，3月5日，一名老人到派出所报案，称被骗20万元。"
    )
    assert values(story, "第二天") == ["2024-03-06", "2024-03-07"]


def test_without_a_dated_event_the_day_counts_from_the_story_as_before():
    story = "2019年3月5日，大桥合龙。事发次日，桥面开始铺装。"
    assert values(story, "事发次日") == ["2019-03-06"]


def test_a_bracketed_date_wins_over_today():
    story = "外媒4月20日报道称，从今天（4月20日）到下周四，景区客流将创新高。"
    found = [m for m in tag(story, reference=PUBLISHED, lang="zh") if m.text.startswith("从今天")]
    # the range starts on the glossed day and its 下周四 counts from that day's week, not publication's
    assert [m.value for m in found] == ["2024-04-20/2024-04-25"]


def test_sentence_bounds_stop_at_sentence_ends_only():
    text = "甲。乙2024.4.1丙！丁"
    assert sentence_bounds(text, 3) == (2, 12)


def test_a_written_day_after_event_days_dates_the_then_that_follows():
    story = "事发当天（3月2日），路面结冰。事发次日，路段恢复通行。4月10日，当时负责处置的交警接受了采访。"
    found = [m for m in tag(story, reference=PUBLISHED, lang="zh") if m.text == "当时"]
    assert found and found[0].value == "2024-04-10"


def test_the_evening_an_agreement_was_signed_is_the_day_the_story_dates_the_agreement():
    story = (
        "4月8日，双方在调解下签订了赔偿协议。4月20日，家属再次到医院复查。家属说，签订协议当晚孩子就发了烧。"
    )
    found = [m for m in tag(story, reference=PUBLISHED, lang="zh") if m.text == "当晚"]
    assert found and found[0].value == "2024-04-08"


def _en(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in tag(text, reference=PUBLISHED, lang="en")]


def test_a_bracketed_weekday_glosses_the_date_before_it_and_never_replaces_it():
    # Indian style: the weekday in brackets after the date (PUBLISHED is Wednesday 24 April 2024)
    assert _en("The verdict was read out on April 18 (Thursday).") == [
        ("April 18", "2024-04-18"),
        ("Thursday", "2024-04-18"),
    ]
    assert _en("Counting starts on 4 June (Tuesday).") == [
        ("4 June", "2024-06-04"),
        ("Tuesday", "2024-06-04"),
    ]
    # a weekday that does not fit the date is read on its own; the date stays as written
    assert _en("Counting starts on 4 June (Friday).")[0] == ("4 June", "2024-06-04")


def test_opens_bracket_is_one_opening_bracket_between_spaces() -> None:
    """Only （ or ( (with spaces around) between two mentions; anything else, or nothing, is not."""
    from timeline.temporal.events import opens_bracket

    text = "3月28日（周四）; 3月28日 ( 周四; 3月28日，周四; 3月28日周四"
    assert opens_bracket(text, 5, 6)
    first = text.index("3月28日 (")
    assert opens_bracket(text, first + 5, first + 8)
    second = text.index("3月28日，")
    assert not opens_bracket(text, second + 5, second + 6)
    third = text.rindex("3月28日")
    assert not opens_bracket(text, third + 5, third + 5)
    assert not opens_bracket("a （（ b", 1, 5)
