"""A reference known only to its year or month, and prefer="current" (timeline/temporal/reference.py)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from click.testing import CliRunner

from timeline.cli import cli
from timeline.errors import InputError
from timeline.temporal import tag
from timeline.temporal.reference import glossed_today, last_day, read_reference


def values(text: str, reference: object, prefer: str = "past") -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in tag(text, reference=reference, lang="zh", prefer=prefer)]  # type: ignore[arg-type]


def test_read_reference_splits_known_precision() -> None:
    assert read_reference("1837") == (date(1837, 1, 1), "year")
    assert read_reference("2008-03") == (date(2008, 3, 1), "month")
    assert read_reference("2008年3月") == (date(2008, 3, 1), "month")
    assert read_reference("2024-04-24") == (date(2024, 4, 24), None)
    assert read_reference("2024-04-24T09:21") == (datetime(2024, 4, 24, 9, 21), None)
    assert read_reference(date(2024, 4, 24)) == (date(2024, 4, 24), None)
    assert last_day(date(2008, 2, 1), "month") == date(2008, 2, 29)


def test_bad_reference_names_the_fix() -> None:
    with pytest.raises(InputError, match="2024-04 / 2024"):
        read_reference("last spring")


def test_year_known_yearless_date_takes_that_year_unrolled() -> None:
    # with a full reference of 1837-01-01 a past event on 12月30号 would roll back to 1836
    assert values("船于12月30号抵港。", "1837") == [("12月30号", "1837-12-30")]
    assert values("船于12月30号抵港。", date(1837, 1, 1)) == [("12月30号", "1836-12-30")]


def test_year_known_invents_no_day_month_or_weekday() -> None:
    got = values("他昨天走了，30日回来，周日再走，下午3点开会，上个月已定。", "1837")
    assert got == [("昨天", None), ("30日", None), ("周日", None), ("下午3点", None), ("上个月", None)]


def test_year_known_counts_years_holidays_and_lunar_dates() -> None:
    assert values("去年和明年", "2020") == [("去年", "2019"), ("明年", "2021")]
    assert values("国庆", "2020") == [("国庆", "2020-10-01")]
    assert values("臘月初十", "2022") == [("臘月初十", "2023-01-01")]  # lunar 2022, 12th month
    assert values("三年前", "2019") == [("三年前", "2016")]
    assert values("一年半后", "2019") == [("一年半后", None)]  # the month is unknown


def test_month_known_takes_a_bare_day_but_no_weekday() -> None:
    assert values("30日截止", "2021-05") == [("30日", "2021-05-30")]
    assert values("下个月", "2021-05") == [("下个月", "2021-06")]
    assert values("明天", "2021-05") == [("明天", None)]


def test_present_words_are_the_known_period() -> None:
    [mention] = tag("目前", reference="1837", lang="zh")
    assert (mention.value, mention.precision, mention.date_start, mention.date_end) == (
        "1837",
        "year",
        date(1837, 1, 1),
        date(1837, 12, 31),
    )
    [recent] = tag("近年来", reference="2008-03", lang="zh")
    assert (recent.value, recent.date_end) == ("../2008-03", date(2008, 3, 31))


def test_prefer_current_keeps_the_reference_period() -> None:
    monday = date(2021, 6, 14)
    text = "星期天，30日，10月31日"
    assert values(text, monday, "current") == [
        ("星期天", "2021-06-20"),
        ("30日", "2021-06-30"),
        ("10月31日", "2021-10-31"),
    ]
    # the news default puts them before publication
    assert values(text, monday) == [
        ("星期天", "2021-06-13"),
        ("30日", "2021-05-30"),
        ("10月31日", "2020-10-31"),
    ]


def test_cli_tag_accepts_partial_reference_and_current() -> None:
    runner = CliRunner()
    out = runner.invoke(cli, ["tag", "--reference", "1837", "--lang", "zh", "-"], input="12月30号抵港\n")
    assert out.exit_code == 0, out.output
    assert '"value":"1837-12-30"' in out.output
    out = runner.invoke(
        cli,
        ["tag", "--reference", "2021-06-14", "--prefer", "current", "--lang", "zh", "-"],
        input="星期天\n",
    )
    assert out.exit_code == 0, out.output
    assert '"value":"2021-06-20"' in out.output


def test_english_reads_the_same_reference() -> None:
    got = [
        (m.text, m.value)
        for m in tag("It ends Dec. 20; last year it ended Friday.", reference="1837", lang="en")
    ]
    assert got == [("Dec. 20", "1837-12-20"), ("last year", "1836"), ("Friday", None)]
    friday = tag("They met on Friday.", reference=date(2021, 6, 14), lang="en", prefer="current")
    assert [m.value for m in friday] == ["2021-06-18"]  # the Friday of the reference's own week


def test_a_story_that_glosses_its_today_counts_from_that_day():
    story = "今天(5月6日)下午，市图书馆新馆开放。馆长今天表示，周末将延长开放时间。"
    found = [(m.text, m.value) for m in tag(story, reference=datetime(2024, 5, 7, 0, 30), lang="zh")]
    assert ("今天", "2024-05-06") in found and ("今天", "2024-05-07") not in found


def test_a_gloss_far_from_publication_or_outside_the_lead_changes_nothing():
    assert glossed_today("今天(5月1日)，新馆开放。", date(2024, 5, 7)) == date(2024, 5, 7)
    late = "新馆开放。" * 100 + "今天(5月6日)，馆长讲话。"
    assert glossed_today(late, date(2024, 5, 7)) == date(2024, 5, 7)
