"""Which mentions can date a claim (timeline/claims/dating.py)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from timeline.claims import dating, dating_timetable
from timeline.claims.dating import is_dating
from timeline.models import TimeMention


def mention_of(text: str, found: str, **fields) -> TimeMention:
    start = text.index(found)
    values = {"date_start": date(2017, 1, 1), "date_end": date(2017, 12, 31), "precision": "year"} | fields
    return TimeMention(text=found, start=start, end=start + len(found), **values)


@pytest.mark.parametrize(
    ("text", "found", "dates"),
    [
        ("The plant opened in 2017 after long delays.", "2017", True),
        ("Sales rose 4 percent from 2017 levels.", "2017", False),  # a comparison base
        ("Her 2017 memoir sold well.", "2017", False),  # an attributive year
        ("产量较2017年同期增长三成", "2017年", False),
        ("该厂2017年建成投产", "2017年", True),
    ],
)
def test_only_the_event_time_dates_a_claim(text, found, dates):
    assert is_dating(mention_of(text, found), text) is dates


def test_a_clock_time_under_every_repeats():
    text = "每天9时开放"
    clock = mention_of(text, "9时", precision="hour", date_start=date(2024, 1, 1), date_end=None)
    assert not is_dating(clock, text)


def test_the_pretests_hold_a_character_of_every_word():
    from timeline.claims import dating

    for word in ("较", "比", "相比", "与", "和", "同"):
        assert any(c in word for c in dating._COMPARED_ZH_MARKS)
    for word in ("from", "than", "compared with", "versus", "vs", "VS", "From"):
        assert dating._ASCII_LETTER.search(word)
    text = "Output fell 3 percent from 2017 and rose in 2018."
    assert not is_dating(mention_of(text, "2017"), text)

    # every idiom holds 'now' or 'future'; a timetable's mention opens with an ASCII day or clock
    from timeline.claims.dating import _EN_IDIOM
    from timeline.claims.dating_timetable import OPENING_HOURS as _OPENING_HOURS

    for idiom in ("every now and then", "now and again", "In the near future", "now that", "Now, consider"):
        assert _EN_IDIOM.search(idiom) and ("now" in idiom.lower() or "future" in idiom.lower())
    assert not _OPENING_HOURS.search("周二至周六下午4时")
    hours = "Open Tue – Sat 4PM to 9PM and on Sunday by appointment."
    sunday = {"date_start": date(2024, 4, 21), "date_end": None, "precision": "day"}
    assert not is_dating(mention_of(hours, "Sunday", **sunday), hours)


@pytest.mark.parametrize(
    ("text", "found", "fields"),
    [
        (
            "Shops opened early on Black Friday.",
            "Friday",
            {"date_start": date(2024, 11, 22), "date_end": None},
        ),
        ("问题出现在去年", "现在", {"date_start": date(2024, 4, 24), "date_end": None, "precision": "day"}),
    ],
)
def test_named_days_and_words_holding_a_time_word_date_nothing(text, found, fields):
    assert not is_dating(mention_of(text, found, **fields), text)


def test_a_page_stamp_glued_into_the_story_dates_nothing_and_the_story_date_does():
    from timeline import extract

    text = "- 本市新建三座公园 最后更新: 2020-05-06 10:20:31 5月2日，市园林局宣布新建三座公园。"
    got = [(c.date_text, c.date_edtf) for c in extract(text, published="2020-05-06", lang="zh")]
    assert got == [("5月2日", "2020-05-02")]


def test_recent_days_lead_a_reported_event_even_without_an_event_verb():
    from timeline import extract

    got = {
        c.date_text: c.date_edtf
        for c in extract(
            "近日，一段视频在网上流传。多年来，这里风景秀丽。", published="2021-03-05", lang="zh"
        )
    }
    assert got == {"近日": "../2021-03-05"}


def test_the_present_as_a_view_dates_nothing_and_lends_no_day_to_then():
    from timeline import extract

    text = (
        "现在看来，当初的选址很有眼光。这已不是今天的年轻人熟悉的样子。今天的签约仪式上，两家公司交换了文本。"
    )
    got = [(c.date_text, c.date_edtf) for c in extract(text, published="2022-06-01", lang="zh")]
    assert got == [("今天", "2022-06-01")]


@pytest.mark.parametrize(
    ("text", "found", "fields", "dates"),
    [
        # a count or measure after a year-like number is no year
        ("The panel shows 1440 pixels by 2560 pixels.", "by 2560", {"date_start": None}, False),
        ("The hall seats 2000 people.", "2000", {}, False),
        ("The hall opened in 2000 after a fire.", "2000", {}, True),
        # a year after a possessive describes the noun, like 'the 2017 list'
        ("The fund failed to beat the charity's 2017 picks.", "2017", {}, False),
        # 'now that' is a conjunction
        ("Now that the vote is over, the mayor left town.", "Now", {"precision": "day"}, False),
        ("The mayor now lives abroad.", "now", {"precision": "day"}, True),
        # 'the last weekend of the fair' is the fair's own last weekend, not the one before publication
        ("Prizes go out in the last weekend of the fair.", "the last weekend", {"precision": "day"}, False),
        (
            "At a hearing last month of the budget panel, he spoke.",
            "last month",
            {"precision": "month"},
            True,
        ),
        # 'from October onward' starts a period; 'down from October' compares
        ("From October onward the letters will be posted online.", "October", {"precision": "month"}, True),
        ("Output fell 2% from October.", "October", {"precision": "month"}, False),
    ],
)
def test_counts_possessed_years_conjunctions_and_own_weekends_date_nothing(text, found, fields, dates):
    assert is_dating(mention_of(text, found, **fields), text) is dates


def test_a_linked_headline_and_a_plan_named_as_a_noun_change_no_claim():
    from timeline import extract

    text = (
        "今年8月，甲公司收购了乙平台，随后宣布推出百亿补贴计划。"
        "公司也将业务重心转向海外。（更多详情：国庆过后 甲公司继续押宝海外）"
    )
    got = [
        (c.date_text, c.date_edtf, c.date_qualifier) for c in extract(text, published="2019-11-25", lang="zh")
    ]
    assert got == [("今年8月", "2019-08", "none"), ("随后", "2019-08/..", "after")]


@pytest.mark.parametrize(
    ("text", "found", "dates"),
    [
        ("The shop is open Wed – Sun 11AM to 6PM and on Monday by appointment.", "Wed", False),
        ("The shop is open Wed – Sun 11AM to 6PM and on Monday by appointment.", "Monday", False),
        ("Hours: Monday-Friday, 8 a.m. to 4 p.m.", "Friday", False),
        ("Talks ran from Monday to Wednesday in Geneva.", "Monday", True),
        ("Now consider what the memo said.", "Now", False),
        ("Now the memo is public.", "Now", True),
    ],
)
def test_a_weekly_timetable_and_a_discourse_now_date_nothing(text, found, dates):
    fields = {"date_start": date(2024, 4, 22), "date_end": date(2024, 4, 22), "precision": "day"}
    assert is_dating(mention_of(text, found, **fields), text) is dates


def test_an_age_called_today_dates_nothing():
    from timeline import extract

    text = "在外卖几乎送到每张餐桌的今天，老街的面馆依然排起长队。"
    assert extract(text, published="2022-06-01", lang="zh") == []


def test_recent_days_that_only_describe_a_noun_date_nothing():
    from timeline import extract

    text = "她就是近日走红网络的姑娘。前不久上市的新手机，均为双摄像头。"
    assert extract(text, published="2021-03-05", lang="zh") == []


def test_now_in_a_guess_or_as_a_figures_starting_point_dates_nothing():
    from timeline.pipeline import extract

    pub = date(2024, 4, 24)
    assert (
        extract("The new rules may now be slowing hiring, economists warn.", published=pub, lang="en") == []
    )
    [claim] = extract(
        "The city wants bus fares cut from $2.50 today to $1 by 2027.", published=pub, lang="en"
    )
    assert claim.date_text == "by 2027"
    text = "Planners expect routes to grow from 12 currently to as many as 30 by 2026."
    assert [c.date_text for c in extract(text, published=pub, lang="en")] == ["by 2026"]
    [claim] = extract("The reservoir is at 41 percent of capacity right now.", published=pub, lang="en")
    assert claim.date_text == "right now"


def test_the_time_left_on_a_game_clock_dates_nothing():
    from timeline.pipeline import extract

    pub = date(2024, 4, 24)
    text = "Her jumper put the Sparks up 88-80 with 2:41 to play, and the Aces cut it to two with 0:55 left."
    assert extract(text, published=pub, lang="en") == []


def test_the_dating_pretests_hold_every_opening_their_patterns_allow():
    words = re.match(r"\^\(\?:([^)]*)\)的", dating._ATTRIBUTIVE.pattern)
    assert words is not None
    assert {word[0] for word in words.group(1).split("|")} == set(dating._ATTRIBUTIVE_FIRST)
    assert dating._BARE_YEAR.pattern.startswith("(?:1[89]|20)")  # a bare year opens with 1 or 2
    # the precisions each guarded check looks at, and nothing else
    clock = {"hour", "minute"}
    assert clock | {"quarter", "half"} == dating._CLOCK_PRECISIONS
    assert {"day", "hour", "minute"} == dating._TIMETABLE_PRECISIONS
    for precision in ("year", "month", "day", "week", "season"):
        m = TimeMention(text="7:14", start=0, end=4, precision=precision, date_start=date(2017, 1, 1))
        text = "7:14 of the first period, every day"
        if precision not in dating._CLOCK_PRECISIONS:
            assert not dating._repeating_clock_time(m, text) and not dating_timetable.game_clock(m, text)
        if precision not in dating._TIMETABLE_PRECISIONS:
            assert not dating_timetable.in_opening_hours(m, text)


@pytest.mark.parametrize(
    ("text", "found", "dates"),
    [
        ("他平时住校，周末才回家看望父母。", "周末", False),  # 平时 … 周末: every weekend
        ("每当月底，仓库都要盘点一次。", "月底", False),
        ("店员每天工作八小时，年底还能领到奖金。", "年底", False),
        ("周末，两支球队在主场交锋。", "周末", True),  # no habit word: the weekend before publication
        ("平时很少下雨，本周末却下了一场暴雨。", "本周末", True),  # a named weekend, not a bare part
    ],
)
def test_a_bare_recurring_part_after_a_habit_word_dates_nothing(text, found, dates):
    assert is_dating(mention_of(text, found), text) is dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("说起往事，他笑了。当年那支球队只有五名队员，连训练场都没有。", False),  # 'back then'
        ("2008年，球队正式组建，当年就拿下了联赛冠军。", True),  # that year: 2008
        ("球队组建于2008年。当年，他们就拿下了联赛冠军。", True),  # the year of the sentence before
        ("去年春天球队换了主帅，当年秋天就打进了决赛。", True),
    ],
)
def test_dangnian_is_that_year_only_after_a_named_year(text, dates):
    assert is_dating(mention_of(text, "当年"), text) is dates


def test_this_years_month_day_dates_a_claim_but_this_years_alone_does_not():
    day_text = "今年的6月16日是父亲节。"
    day = mention_of(day_text, "今年的6月16日", precision="day", date_start=date(2024, 6, 16), date_end=None)
    assert is_dating(day, day_text)
    year_text = "今年的目标是多陪家人。"
    assert not is_dating(mention_of(year_text, "今年"), year_text)


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        ("每年春节前后，长途汽车站的客流都会翻番。", []),
        ("这座博物馆每月10日对市民免费开放。", []),
        ("每年的4月23日是世界读书日。", []),
        ("她通常晚上11点才下班。", []),
        ("平日里他在外地打工，中秋才回家团聚。", []),
        ("今年中秋，他没有回家。", ["今年中秋"]),  # a feast with its own year happens once
        ("4月23日，市图书馆举办了读书分享会。", ["4月23日"]),
    ],
)
def test_a_date_that_recurs_every_year_month_or_habitually_dates_nothing(text, dated):
    from timeline.pipeline import extract

    claims = extract(text, published=date(2024, 6, 5), lang="zh")
    assert [c.date_text for c in claims] == dated


def test_a_capitalised_lead_that_times_the_clause_keeps_a_bare_year_dating():
    # one list of year leads for both rules: 'Around 2016' times the clause, 'Apple 2016' names a model
    text = "Around 2016, the plant doubled its output."
    assert is_dating(mention_of(text, "2016"), text)
    text = "The Apple 2016 keyboard failed often."
    assert not is_dating(mention_of(text, "2016"), text)


def test_a_year_naming_an_event_gives_way_to_the_date_of_the_sentence():
    from timeline.pipeline import extract

    pub = date(2023, 10, 12)
    (arrival,) = extract("2019年篮球世界杯冠军球队昨天抵达上海。", published=pub)
    assert (arrival.date_text, arrival.date_edtf) == ("昨天", "2023-10-11")
    (expo,) = extract("2023年中国国际进口博览会将于11月5日开幕。", published=pub)
    assert (expo.date_text, expo.date_qualifier) == ("11月5日", "planned")
    # the only date of its sentence: the year still dates the opening
    (opening,) = extract("2019年篮球世界杯在北京开幕。", published=pub)
    assert opening.date_edtf == "2019"
    # a year followed by what happened in it is no name: both facts keep their dates
    hosted = extract("2019年我国举办了篮球世界杯，10月又举办了军运会。", published=pub)
    assert [c.date_edtf for c in hosted] == ["2019", "2019-10"]


def test_the_current_process_or_level_is_no_present_date():
    from timeline.pipeline import extract

    pub = date(2023, 10, 12)
    assert extract("脚本可以改写当前进程的环境变量。", published=pub) == []
    assert extract("从目前水平看，全年增速将达到5%。", published=pub) == []
    (now,) = extract("目前，全市已完成投资80亿元。", published=pub)
    assert (now.date_qualifier, now.date_edtf) == ("as_of", "2023-10-12")


def test_a_games_quarter_or_half_dates_nothing_but_a_fiscal_one_does():
    from timeline.pipeline import extract

    pub = date(2024, 4, 24)
    game = (
        "The Hawks beat the Kings 101-98. Ames scored 30 points and grabbed 12 rebounds. "
        "Reyes limped off in the second quarter after landing on a foot, and Okafor went to the locker "
        "room in the second half. Lopez sat out the first half with a cold. Ames added nine assists."
    )
    assert extract(game, published=pub, lang="en") == []
    text = "Sales rose 4% in the second half, and the team scored well with buyers."
    assert [c.date_text for c in extract(text, published=pub, lang="en")] == ["the second half"]


def test_the_open_past_yiwang_dates_nothing_while_ciqian_does():
    from timeline import extract

    text = "这款新车告别以往的柴油机，续航比以往更长。以往，乘客只能在窗口排队买票。"
    assert extract(text, published="2023-05-10", lang="zh") == []
    dated = extract("此前，该公司已在两座城市试点。", published="2023-05-10", lang="zh")
    assert [c.date_text for c in dated] == ["此前"]


def test_yanxia_before_de_describes_a_noun_and_dates_nothing():
    from timeline.pipeline import extract

    pub = date(2023, 10, 12)
    assert extract("他先借来一笔钱，应付眼下的开销。", published=pub) == []
    (now,) = extract("眼下，全村的稻谷已基本收割完毕。", published=pub)
    assert (now.date_qualifier, now.date_edtf) == ("as_of", "2023-10-12")


@pytest.mark.parametrize(
    ("text", "found", "base"),
    [
        ("Ridership grew more than 12% in 2017 on the new line.", "2017", False),  # an amount
        ("The fund has gained far less than 5% so far this year.", "so far this year", False),
        ("Unemployment hit 6%, higher than 5% in 2017.", "2017", True),  # compared with 2017
        ("Revenue reached $9 million, more than $7 million in 2017.", "2017", True),
    ],
)
def test_a_verbs_more_than_a_figure_is_an_amount_not_a_comparison_base(text, found, base):
    assert dating.is_comparison_base(mention_of(text, found), text) is base
