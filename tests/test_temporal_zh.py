"""The Chinese grammar inside stories: narrative anchoring, qualifiers in context, the seed article."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

from timeline.temporal import tag

REFERENCE = datetime(2024, 4, 24, 9, 21)
SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def mention(text: str, surface: str, *, nth: int = 0, reference=REFERENCE, prefer="past"):
    """The `nth` mention whose text is exactly `surface`."""
    found = [m for m in tag(text, reference=reference, lang="zh", prefer=prefer) if m.text == surface]
    assert len(found) > nth, (
        f"{surface!r} not tagged in {text!r}: {tag(text, reference=reference, lang='zh')}"
    )
    return found[nth]


@pytest.mark.parametrize(
    ("story", "surface", "value", "precision", "anchor"),
    [
        (
            "2022年7月，两名技术员被派往山区工作站。就在8月，站里完成了改造。",
            "8月",
            "2022-08",
            "month",
            "narrative",
        ),
        ("2019年3月5日，大桥合龙。当天，工人们在桥头合影。", "当天", "2019-03-05", "day", "narrative"),
        ("2019年3月5日，大桥合龙。次日，桥面开始铺装。", "次日", "2019-03-06", "day", "narrative"),
        ("2019年3月5日，大桥合龙。第三天，检测组进场。", "第三天", "2019-03-07", "day", "narrative"),
        ("2020年5月1日，新规生效。三天后，首张罚单开出。", "三天后", "2020-05-04", "day", "narrative"),
        ("2018年，这家工厂搬迁到郊区。同年10月，新车间投产。", "同年10月", "2018-10", "month", "narrative"),
        ("2018年，这家工厂搬迁到郊区。次年，产量翻了一番。", "次年", "2019", "year", "narrative"),
        ("2021年9月，水库开始蓄水。当月，上游降雨偏多。", "当月", "2021-09", "month", "narrative"),
        ("2015年6月，项目立项。12日，专家组进行了论证。", "12日", "2015-06-12", "day", "narrative"),
        ("2015年6月，项目立项。3月28日那次会议上，方案被否决。", "3月28日", "2015-03-28", "day", "narrative"),
    ],
)
def test_narrative_anchoring(story, surface, value, precision, anchor):
    m = mention(story, surface)
    assert (m.value, m.precision, m.anchor) == (value, precision, anchor)


def test_partial_date_far_from_its_year_counts_from_publication():
    story = (
        "2022年7月，工作站建成。"
        + "站里的日常工作十分繁忙，民警们走访了很多家庭。" * 30
        + "8月，新的一批人员报到。"
    )
    m = mention(story, "8月")
    assert (m.value, m.anchor) == ("2023-08", "publication")


def test_afterwards_is_open_after_the_narrative_day():
    story = "2023年2月16日凌晨1时许，路口发生一起事故。随后，交警赶到现场。"
    m = mention(story, "随后")
    assert (m.value, m.precision, m.qualifier, m.anchor) == ("2023-02-16/..", "day", "after", "narrative")
    assert m.date_start == date(2023, 2, 16) and m.date_end is None


def test_a_few_days_later_keeps_the_month_of_early_february():
    story = "今年2月初，居民在网上提交了申请。几天后，证件就送到了家里。"
    m = mention(story, "几天后")
    assert (m.value, m.precision, m.qualifier, m.anchor) == ("2024-02/..", "month", "after", "narrative")


def test_at_the_start_points_back_to_the_founding_year_not_to_now():
    story = "2016年，这个实验室成立了。从最初的几台仪器到如今的整层楼面，如今，它已是地区中心。"
    m = mention(story, "最初")
    assert (m.value, m.precision, m.qualifier, m.anchor) == ("2016~", "year", "approximate", "narrative")


def test_vague_words_do_not_become_the_narrative_point():
    story = "2020年，公司上市。如今，员工已过千人。同年，总部迁址。"
    assert mention(story, "同年").value == "2020"


def test_present_and_recent_count_from_publication():
    assert mention("如今，社区里家家都有二维码。", "如今").value == "2024-04-24"
    m = mention("近年来，调解室化解了很多纠纷。", "近年来")
    assert (m.value, m.qualifier, m.date_start, m.date_end) == (
        "../2024-04-24",
        "recent",
        None,
        date(2024, 4, 24),
    )


def test_since_and_as_of_in_sentences():
    assert mention("2023年以来，平台累计受理求助上千次。", "2023年以来").qualifier == "since"
    m = mention("截至3月28日，发案率明显下降。", "截至3月28日")
    assert (m.value, m.qualifier, m.precision) == ("2024-03-28", "as_of", "day")


def test_weekdays_past_by_default_and_forward_on_request():
    assert mention("周四，市里召开了发布会。", "周四").value == "2024-04-18"
    assert mention("周四，市里将召开发布会。", "周四", prefer="future").value == "2024-04-25"


def test_without_a_reference_relative_words_stay_unanchored():
    m = mention("去年，工程完工。", "去年", reference=None)
    assert (m.value, m.anchor) == (None, "none")
    assert mention("2016年，工程完工。", "2016年", reference=None).value == "2016"


def test_durations_and_sets_are_never_dates():
    found = tag("项目历时三年，每天有200人施工，不到1分钟就能办完。", reference=REFERENCE, lang="zh")
    assert {m.text: m.type for m in found} == {"三年": "DURATION", "每天": "SET", "1分钟": "DURATION"}


def test_traditional_characters():
    story = "2022年7月，兩名技術員被派往山區。此後，工作站逐步擴建。自2023年以來，人員翻了一番。"
    assert mention(story, "此後").value == "2022-07/.."
    assert mention(story, "2023年以來").qualifier == "since"


def test_offsets_slice_the_text():
    text = "据悉，2021年9月1日至15日，全市开展了专项行动；下午3点半，发布会开始。"
    for m in tag(text, reference=REFERENCE, lang="zh"):
        assert text[m.start : m.end] == m.text


# -- the seed article (../shared, read-only; skipped where it is absent) ----------------------------

GRAN = {"year": 4, "month": 7, "day": 10, "hour": 13, "minute": 16}


@pytest.fixture(scope="module")
def seed():
    path = SHARED / "seed" / "seed.gold.json"
    if not path.is_file():
        pytest.skip("../shared/seed is absent (the seed article is shared evaluation data, not in the repo)")
    gold = json.loads(path.read_text(encoding="utf-8"))
    text = (SHARED / "seed" / gold["article"]).read_text(encoding="utf-8")
    mentions = tag(text, reference=datetime.fromisoformat(gold["published"]), lang="zh")
    return gold, text, mentions


def test_seed_every_claim_time_text_found_with_gold_start_and_precision(seed):
    gold, text, mentions = seed
    problems = []
    for claim in gold["claims"]:
        if not claim["time_text"]:
            continue
        quote_at = text.find(claim["quote"])
        at = text.find(claim["time_text"], max(quote_at, 0))
        span = (at, at + len(claim["time_text"]))
        near = [m for m in mentions if m.start < span[1] and m.end > span[0] and m.type in ("DATE", "TIME")]
        if not near:
            problems.append(f"{claim['id']} {claim['time_text']!r}: not tagged")
            continue
        m = near[0]
        if claim["start"]:
            got = (m.value or "").split("/")[0].rstrip("~")[: GRAN[claim["granularity"]]]
            if got != claim["start"][: GRAN[claim["granularity"]]] or m.precision != claim["granularity"]:
                problems.append(f"{claim['id']} {claim['time_text']!r}: {m.value} {m.precision}")
        elif m.qualifier != "recent" or str(m.date_end) != claim["end"]:
            problems.append(f"{claim['id']} {claim['time_text']!r}: {m.value} {m.qualifier}")
    assert not problems, problems


def test_seed_headline_facts(seed):
    _, _, mentions = seed
    by_text = {}
    for m in mentions:
        by_text.setdefault(m.text, m)
    assert (by_text["2016年"].value, by_text["2016年"].precision) == ("2016", "year")
    assert (by_text["2017年9月"].value, by_text["2017年9月"].precision) == ("2017-09", "month")
    assert (by_text["2022年7月"].value, by_text["2022年7月"].precision) == ("2022-07", "month")
    incident = by_text["2023年2月16日凌晨1时许"]
    assert (incident.value, incident.precision, incident.qualifier) == (
        "2023-02-16T01",
        "hour",
        "approximate",
    )
    assert by_text["2023年"].value == "2023"
    as_of = by_text["截至3月28日"]
    assert (as_of.value, as_of.precision, as_of.qualifier) == ("2024-03-28", "day", "as_of")
    assert by_text["8月"].value == "2022-08"


def test_seed_not_claims_are_not_dates(seed):
    gold, text, mentions = seed
    for item in gold["not_claims"]:
        at = text.find(item["text"])
        assert at >= 0, item
        inside = [m for m in mentions if m.start < at + len(item["text"]) and m.end > at and m.type == "DATE"]
        assert not inside, (
            f"{item['text']!r} ({item['reason']}) tagged as {[(m.text, m.value) for m in inside]}"
        )


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("新馆将于9月19日开放。", "9月19日", "2024-09-19"),
        ("9月19日，新馆将正式开放。", "9月19日", "2024-09-19"),
        ("12月，二期工程将投入使用。", "12月", "2024-12"),
        ("12月，二期工程投入使用。", "12月", "2023-12"),
        ("9月19日，新馆正式开放。", "9月19日", "2023-09-19"),
    ],
)
def test_a_sentence_about_a_plan_looks_forward(sentence, surface, value):
    assert mention(sentence, surface).value == value


def test_names_that_contain_time_words_are_not_dates():
    text = "未来科学大奖今年揭晓，今日头条作了报道，同盾科技在第一时间辟谣。"
    assert [m.text for m in tag(text, reference=REFERENCE, lang="zh")] == ["今年"]


def test_a_bare_year_dates_partial_dates_of_its_own_sentence_only():
    assert (
        mention("1996年，业务发展到最高峰。9月30日下午，告别仪式举行。", "9月30日下午").value == "2023-09-30"
    )
    assert mention("1996年9月业务发展到最高峰。30日下午，告别仪式举行。", "30日下午").value == "1996-09-30"


def test_a_clock_time_takes_the_day_of_the_date_before_it():
    assert mention("3月5日，会议召开。下午3点，代表们分组讨论。", "下午3点").value == "2024-03-05T15"


def test_a_bare_day_just_after_publication_in_a_forecast_is_the_coming_one():
    forecast = (
        "气象台预计，寒潮明起南下。27日早晨，北方大部气温降至冰点；27日08时至28日08时，多地有中到大雪。"
    )
    published = datetime(2023, 12, 26, 10, 0)
    assert mention(forecast, "27日早晨", reference=published).value == "2023-12-27"
    assert mention(forecast, "27日08时至28日08时", reference=published).value.startswith("2023-12-27T08")


def test_money_sent_over_and_right_away_are_not_dates():
    story = "最终，他的家人转过去500元。校方在第一时间作出回应。"
    assert [m.text for m in tag(story, reference=REFERENCE, lang="zh")] == []


def test_a_daily_instruction_with_its_clock_is_a_set():
    found = tag("他叮嘱，手机每天下午2时至3时必须关机。", reference=REFERENCE, lang="zh")
    assert [(m.text, m.type) for m in found] == [("每天下午2时至3时", "SET")]


def test_vague_pairs_are_counts_not_numbers():
    found = tag("近一两年，行业洗牌；三五年后再看。", reference=REFERENCE, lang="zh")
    assert found[0].text == "近一两年" and found[0].qualifier == "recent"
    assert all("12" not in (m.value or "") and "35" not in (m.timex3 or "") for m in found)


def test_half_a_year_after_an_undated_event_is_approximate_and_not_after_publication():
    found = mention("在新馆落成约半年后，游客量翻了一番。", "约半年后")
    assert found.qualifier == "approximate"
    assert found.value is None or found.value < "2024-04-24"


def test_near_after_a_future_word_looks_forward():
    published = datetime(2023, 12, 26, 10, 0)
    coming = mention("未来近一周，寒潮影响持续。", "近一周", reference=published)
    assert coming.date_start > published.date()
    past = mention("近一周，寒潮影响持续。", "近一周", reference=published)
    assert past.date_start < published.date()


def test_a_count_after_an_undated_event_never_lands_after_publication():
    story = "外媒3月20日报道称，在新馆落成约半年后，游客量翻了一番。"
    found = mention(story, "约半年后")
    assert found.qualifier == "approximate"
    assert found.value is None and found.anchor == "none"


def test_a_schedule_that_began_days_before_publication_keeps_its_year():
    story = "4月15日起，东湖隧道将封闭施工30天。"
    assert mention(story, "4月15日起").value == "2024-04-15/.."
    assert mention("2月1日将举行听证会。", "2月1日").value == "2025-02-01"  # months back: the next one


@pytest.mark.parametrize(
    "text",
    [
        "参会男女比例为1:30。",
        "三次产业结构由上年的3.2:45.1:51.7调整为2.9:44.0:53.1。",
        "两地人口之比为2:15。",
    ],
)
def test_a_ratio_is_no_clock_time(text):
    assert [m.text for m in tag(text, reference=REFERENCE, lang="zh") if m.type == "TIME"] == []


def test_a_clock_after_a_date_or_a_daypart_is_still_read():
    assert mention("2024-04-2008:15发布。", "2024-04-2008:15").value == "2024-04-20T08:15"
    assert mention("凌晨1:30，警方接到报警。", "凌晨1:30").value == "2024-04-24T01:30"


def test_the_day_after_ji_is_an_earlier_event_not_the_scene_of_dangtian():
    story = "工人8日再次罢工。8日的罢工是继3日的首轮罢工后的又一次行动。当天全市公交停运。"
    assert mention(story, "3日").value == "2024-04-03"
    assert mention(story, "当天").value == "2024-04-08"


@pytest.mark.parametrize(
    "text",
    ["免签停留将从目前6个月延长至12月。", "免簽停留將從目前6個月延長至12月。", "試用期由三個月縮短為2月。"],
)
def test_a_month_count_written_short_after_a_count_of_months_is_no_date(text: str) -> None:
    found = [m.text for m in tag(text, reference=REFERENCE, lang="zh") if m.type == "DATE"]
    assert not [t for t in found if t.endswith("月") and "個" not in t and "个" not in t]


def test_a_month_after_a_change_of_dates_stays_a_month() -> None:
    assert mention("展期从3月延长至5月。", "5月").value == "2024-05"


def test_a_quote_opened_by_the_dated_paragraphs_colon_counts_from_that_day():
    story = "2月19日，工厂复工，她接到了主管的电话：\n“明天来上班。”\n"
    assert mention(story, "明天").value == "2024-02-20"
    apart = "2月19日，工厂复工。\n“明天来上班。”\n"
    assert mention(apart, "明天").value == "2024-04-25"


def test_just_now_dates_a_news_lead_but_not_a_verb():
    lead = tag("刚刚，市政府宣布新的停车收费标准。", reference=REFERENCE, lang="zh")
    assert [(m.text, m.value, m.anchor) for m in lead] == [("刚刚", "2024-04-24", "publication")]
    assert [
        m for m in tag("他刚刚到家，电话就响了。", reference=REFERENCE, lang="zh") if m.type == "DATE"
    ] == []


def test_about_n_years_up_to_now_is_the_recent_past_not_the_last_whole_years():
    rough = mention("在过去一年左右的时间里，这项运动才真正流行起来。", "过去一年")
    assert (rough.value, rough.qualifier) == ("../2024-04-24", "recent")
    whole = mention("过去三年，全县新建了12所学校。", "过去三年")
    assert whole.value == "2021/2023"
