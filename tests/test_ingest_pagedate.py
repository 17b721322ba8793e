"""A page's publication date: metadata first, the URL's day against stray dates, the dateline's zone."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.errors import InputWarning
from timeline.ingest import article_from_html
from timeline.ingest.dateline import dateline_zone
from timeline.ingest.pagedate import (
    local_offset,
    page_published,
    published_stamp,
    site_zone,
    story_date,
    url_day,
    written_offset,
)
from timeline.pipeline import extract_article


def story_page(*, url: str, head: str = "", lead: str, more: str = "") -> str:
    """A news page: canonical URL, optional head tags, a body that opens with `lead`."""
    paragraphs = (
        lead,
        "Dealers said the mood had turned cautious after weeks of gains across the region's main boards.",
        "Shipping and property shares led the losses while a handful of utilities edged higher.",
        more or "Analysts expect thin trading until the central bank's next statement is published.",
    )
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<!DOCTYPE html><html><head><title>Markets wobble - Example Wire</title><link rel="canonical" href="{url}">'
        f"{head}</head><body><article><h1>Markets wobble</h1>{body}</article></body></html>"
    )


def test_metadata_instant_wins_over_the_url_day_and_the_dateline_sets_the_zone():
    # the URL carries the US day (Monday), the story is datelined in Hong Kong on Tuesday morning
    page = story_page(
        url="https://wire.example.com/2019/11/18/investing/asia-markets/index.html",
        head='<meta itemprop="datePublished" content="2019-11-19T02:34:30Z">',
        lead="Hong Kong (Example Wire) Asian shares slipped in early trading Tuesday as traders waited for news.",
    )
    article = article_from_html(page, source_path="asia.html")
    assert article.published_at == datetime.fromisoformat("2019-11-19T10:34:30+08:00")
    claims = {c.date_text: c.date_edtf for c in extract_article(article).claims}
    assert claims["Tuesday"] == "2019-11-19"  # not the Tuesday of the week before


def test_a_date_in_the_text_does_not_beat_the_url_day():
    # no metadata; the page names the day a quoted statement was made, weeks before publication
    page = story_page(
        url="https://checks.example.org/statements/2019/nov/18/some-politician/border-claim/",
        lead="A congressman said the border needed more officers, and we checked the figures he gave.",
        more='<span class="statement-meta">said on Sunday, October 13th, 2019 in a local newspaper</span>',
    )
    article = article_from_html(page, source_path="check.html")
    assert article.published_at is not None and article.published_at.date() == date(2019, 11, 18)


def test_url_days():
    assert url_day("https://a.example/2019/11/18/story/") == date(2019, 11, 18)
    assert url_day("https://a.example/west/statements/2019/nov/18/who/what/") == date(2019, 11, 18)
    assert url_day("https://a.example/story/2019-11-19/disney-plus") == date(2019, 11, 19)
    assert url_day("https://a.example/news/20191118/story.html") == date(2019, 11, 18)
    assert url_day("https://a.example/2019/11/story.html") is None  # a month is no day
    assert url_day("https://a.example/2019/02/30/story") is None  # no such day
    assert url_day("https://a.example/item/12345678901") is None
    assert url_day(None) is None


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("LONDON (AP) — Lawmakers met on Wednesday.", "Europe/London"),
        ("Hong Kong (Example Business) Shares fell.", "Asia/Hong_Kong"),
        ("TOKYO, Japan — A quake shook the coast.", "Asia/Tokyo"),
        ("HONOLULU, Hawaii (Island News) - Scientists said.", "Pacific/Honolulu"),
        ("Headline of the story\nNEW YORK (Wire) - Oil fell on Tuesday.", "America/New_York"),
        ("PARIS, Texas (AP) — A storm hit the town.", "America/Chicago"),  # not Europe/Paris
        ("WASHINGTON (Wire) - The Senate voted.", "America/New_York"),  # the capital, not the state
        ("SANTA FE, N.M. (AP) — The governor said.", "America/Denver"),  # AP state abbreviation
        ("PORTLAND, Ore. (AP) — Rain fell.", "America/Los_Angeles"),
        ("ATLANTA (AP) — A state capital alone.", "America/New_York"),
        ("BEIJING (Wire) - The ministry said on Tuesday.", "Asia/Shanghai"),  # GeoNames, no tz of its own
        ("SAN FRANCISCO — A lone well-known city.", "America/Los_Angeles"),  # the most populous of the name
        ("NEW DELHI, India (Wire) - Markets rose.", "Asia/Kolkata"),
        ("EL PASO, Texas (AP) — A city in its own zone.", "America/Denver"),  # not Austin's (Central)
        ("Beijing - a headline word, not a dateline", None),  # no capitals, no agency
        ("SPRINGFIELD, Narnia (AP) — Nowhere known.", None),
        ("VICTORIA, B.C. — The province said.", None),
        ("LONDON, Ontario (CP) — Not the British one.", None),
        ("Officials (AP) said the bridge was closed.", None),
        ("The bridge was closed on Monday, officials said.", None),
    ],
)
def test_dateline_zones(text, zone):
    found = dateline_zone(text)
    assert (found.key if found else None) == zone


def test_page_published_rules():
    body = "The council met on Monday to vote on the budget."
    # UTC instant one day after the URL's day: the URL names the outlet's local day
    assert page_published("2019-11-20T02:59:46+0000", "https://a.example/2019/11/19/x/", body) == "2019-11-19"
    # an explicit local offset one day off is the outlet's own statement: kept
    kept = "2019-11-19T00:30:00-0500"
    assert page_published(kept, "https://a.example/2019/11/18/x/", body) == kept
    # more than a day away from the URL's day: a date from the text, not the publication
    assert page_published("2019-10-13T00:00:00", "https://a.example/2019/nov/18/x/", body) == "2019-11-18"
    # nothing found: the URL's day; nothing anywhere: None
    assert page_published(None, "https://a.example/2019/11/18/x/", body) == "2019-11-18"
    assert page_published(None, "https://a.example/about/", body) is None
    # a day with no time is never moved into a dateline's zone
    assert page_published("2019-11-18T00:00:00", None, "TOKYO (AP) — Shares rose.") == "2019-11-18T00:00:00"
    # an instant is expressed in the dateline's zone (the same instant)
    zoned = page_published("2019-11-19T23:30:38+0000", None, "TOKYO (AP) — Shares rose.")
    assert zoned is not None
    value = datetime.fromisoformat(zoned)
    assert value.utcoffset() == timedelta(hours=9) and value == datetime.fromisoformat(
        "2019-11-19T23:30:38+00:00"
    )


def test_a_utc_instant_takes_the_local_offset_the_page_writes_it_with():
    # htmldate returns the UTC stamp; a <time> element writes the same instant in Pacific time
    page = story_page(
        url="https://wire.example.com/news/crime/article/train-stabbing-14848218.php",
        head='<meta property="article:published_time" content="2019-11-20T05:57:50Z">',
        lead="HAYWARD, Calif. (Example Wire) — A man was stabbed on a commuter train today, police said.",
        more='<time datetime="2019-11-19T21:57:50-08:00">Nov. 19, 2019 9:57 p.m.</time>',
    )
    article = article_from_html(page, source_path="train.html")
    assert article.published_at == datetime.fromisoformat("2019-11-19T21:57:50-08:00")
    assert article.published_at.utcoffset() == timedelta(hours=-8)
    claims = {c.date_text: c.date_edtf for c in extract_article(article).claims}
    assert claims["today"] == "2019-11-19"  # the local day, not the UTC one


def test_local_offset_needs_the_same_instant():
    value = datetime.fromisoformat("2019-11-20T05:57:50+00:00")
    assert local_offset('<time datetime="2019-11-19 21:57:00 -0800">', value) is not None
    assert local_offset('<time datetime="2019-11-18T21:57:50-08:00">', value) is None  # a day earlier
    assert local_offset('<meta content="2019-11-20T05:57:50+00:00">', value) is None  # no local offset


def test_a_chinese_page_stamped_in_utc_counts_its_days_in_china():
    # 18:30 UTC on 9 May is 02:30 on 10 May in Beijing: 今天 is 10 May
    paragraphs = (
        "本报讯 今天凌晨，市气象台发布暴雨蓝色预警，提醒市民注意出行安全。",
        "气象部门表示，受冷暖空气共同影响，未来三天全市将有一次明显降雨过程。",
        "据统计，今年以来全市平均降水量较常年同期偏多两成，部分水库水位接近汛限。",
    )
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    page = (
        '<!DOCTYPE html><html lang="zh-CN"><head><title>暴雨预警 - 示例晚报</title>'
        '<meta property="article:published_time" content="2024-05-09T18:30:00Z"></head>'
        f"<body><article><h1>市气象台发布暴雨预警</h1>{body}</article></body></html>"
    )
    article = article_from_html(page, source_path="rain.html")
    assert article.published_at == datetime.fromisoformat("2024-05-10T02:30:00+08:00")
    assert article.published_at.utcoffset() == timedelta(hours=8)
    claims = {c.date_text: c.date_edtf for c in extract_article(article).claims}
    assert any(text.startswith("今天") and value.startswith("2024-05-10") for text, value in claims.items())


STAMPY = st.text(
    alphabet=st.sampled_from(list("0123456789-T:+Z /.novjanABCDEFHKLNOPRSTUWY(),—")), max_size=60
)


@settings(max_examples=80, deadline=None)
@given(found=st.one_of(st.none(), STAMPY), url=st.one_of(st.none(), STAMPY), text=STAMPY, page=STAMPY)
def test_page_published_never_raises_and_gives_a_readable_value(found, url, text, page):
    value = page_published(found, url, text, page)
    if value is not None:
        datetime.fromisoformat(value)  # what it gives is always parseable


def test_a_metadata_instant_beats_an_event_day_in_the_slug():
    # the slug names the election's day, the metadata the publication instant weeks before
    found = "2020-10-12T14:00:00-0400"
    assert page_published(found, "https://a.example/news/vote-2020-11-03-what-to-know/", "Voters…") == found


def test_a_washington_evening_story_stamped_in_utc_keeps_its_own_day():
    page = story_page(
        url="https://science.example.net/first-map-of-a-distant-moon",
        head='<meta property="article:published_time" content="2019-11-19T02:24:47+00:00">',
        lead="WASHINGTON (Example Wire) - Scientists today unveiled the first full map of a distant moon.",
    )
    article = article_from_html(page, source_path="moon.html")
    assert article.published_at == datetime.fromisoformat("2019-11-18T21:24:47-05:00")
    claims = {c.date_text: c.date_edtf for c in extract_article(article).claims}
    assert claims["today"] == "2019-11-18"  # Monday evening in Washington, not Tuesday in UTC


def test_a_time_found_without_its_zone_takes_the_offset_the_page_writes_it_with():
    page = '<meta property="article:published_time" content="2019-11-18T12:02:02-0500">'
    assert written_offset(page, datetime(2019, 11, 18, 12, 2, 2)) == timezone(timedelta(hours=-5))
    assert written_offset(page, datetime(2019, 11, 18, 17, 2, 2)) is None
    found = page_published("2019-11-18T12:02:02", None, "The office said.", page)
    assert found is not None and datetime.fromisoformat(found) == datetime.fromisoformat(
        "2019-11-18T17:02:02+00:00"
    )
    assert (
        page_published("2019-11-18T12:02:02", None, "The office said.", "<p>no stamp</p>")
        == "2019-11-18T12:02:02"
    )


@pytest.mark.parametrize(
    "stamp_tag",
    [
        '<meta property="article:published_time" content="2019-11-19T11:45:59.000Z">',
        '<meta name="pubdate" content="2019-11-19T11:45:59.123456Z">',
    ],
)
def test_a_stamp_with_a_fraction_of_a_second_beats_a_deployment_stamp_in_the_source(stamp_tag):
    """htmldate does not read `…:59.000Z`; it must not fall back to a build stamp in a data- attribute."""
    page = story_page(
        url="https://portal.example.com/en-us/news/markets-wobble/ar-AAB12cd",
        head=stamp_tag,
        lead="Asian shares slipped in early trading as traders waited for news from the talks.",
    ).replace("<head>", '<head data-info="v:20191119;az:{sn: prod, dt: 2019-11-14T19:49:29.7741801Z}">')
    article = article_from_html(page, source_path="portal.html")
    assert article.published_at == datetime.fromisoformat("2019-11-19T11:45:59+00:00")


def test_a_time_element_with_a_fraction_of_a_second_is_the_publication_instant():
    page = story_page(
        url="https://portal.example.com/en-us/health/a-medical-mystery/ar-AAB34ef",
        lead="Doctors took months to find what was making a retired teacher short of breath at night.",
        more='<time data-always-show="true" datetime="2019-11-19T10:36:00.000Z">1 day ago</time>',
    ).replace("<head>", '<head data-info="v:20191119;az:{sn: prod, dt: 2019-11-20T04:07:50.1636617Z}">')
    article = article_from_html(page, source_path="mystery.html")
    assert article.published_at == datetime.fromisoformat("2019-11-19T10:36:00+00:00")


def test_a_cms_creation_stamp_with_a_fraction_does_not_beat_the_publication_stamp():
    head = (
        '<meta itemprop="dateCreated" content="2018-09-25T20:52:55.487+03:00">'
        '<meta itemprop="datePublished" content="2018-09-24T16:45:00+03:00">'
    )
    page = story_page(
        url="https://news.example.ru/en/society/a-new-bridge",
        head=head,
        lead="The city opened a new bridge over the river after three years of building work.",
    )
    article = article_from_html(page, source_path="bridge.html")
    assert article.published_at == datetime.fromisoformat("2018-09-24T16:45:00+03:00")


@pytest.mark.parametrize(
    ("url", "zone"),
    [
        ("https://www.example.in/news/markets", "Asia/Kolkata"),
        ("https://news.example.co.uk/story", "Europe/London"),  # .uk is the United Kingdom (GB)
        ("https://www.example.com.ng/lagos/story", "Africa/Lagos"),
        ("https://www.example.com/story", None),  # a generic domain says nothing
        ("https://www.example.io/story", None),  # a country domain sold as a generic name
        ("https://www.example.ca/story", None),  # a country with several offsets
        ("https://www.example.com.au/story", None),
        (None, None),
    ],
)
def test_a_country_domain_places_a_site_with_one_offset(url, zone):
    found = site_zone(url, datetime(2019, 11, 20, 15, 23))
    assert (found.key if found else None) == zone


def test_a_stamp_without_a_zone_on_an_indian_site_is_read_in_india():
    page = story_page(
        url="https://www.dailyexample.in/business/markets-close-higher-4656421.html",
        head='<meta property="article:published_time" content="2019-11-20 15:23:00">',
        lead="Indian shares closed higher on Wednesday as banks and carmakers gained ground.",
    )
    article = article_from_html(page, source_path="markets.html")
    assert article.published_at == datetime.fromisoformat("2019-11-20T15:23:00+05:30")
    same_on_a_generic_domain = article_from_html(
        page.replace("dailyexample.in", "dailyexample.com"), source_path="markets.html"
    )
    assert same_on_a_generic_domain.published_at == datetime.fromisoformat("2019-11-20T15:23:00+00:00")


def test_a_year_in_the_text_is_no_publication_date():
    """htmldate's last resort reads `since 2021` as 1 January 2021: a day the page never writes."""
    page = story_page(
        url="https://buses.example.org/news/night-buses-extended",
        lead="The council voted on Monday to extend the night bus service, which drivers had asked for since 2021.",
    )
    article = article_from_html(page, source_path="buses.html")
    assert article.published_at is None
    assert any("no publication date" in warning for warning in extract_article(article).warnings)
    assert (
        page_published("2021-01-01T00:00:00", "https://a.example/2021/03/05/x/", "Text.", page)
        == "2021-03-05"
    )


def test_a_first_of_january_the_page_writes_is_kept():
    for written in (
        '<meta name="date" content="2021-01-01">',
        "<p>Posted January 1, 2021</p>",
        "<p>2021年1月1日</p>",
    ):
        assert (
            page_published("2021-01-01T00:00:00", None, "Text.", f"<html>{written}</html>")
            == "2021-01-01T00:00:00"
        )
    assert page_published("2021-01-01T09:30:00", None, "Text.", "<p>no day</p>") == "2021-01-01T09:30:00"


STORY_DATED = [
    "On March 3, 2019, the regulator fined the ferry operator for failing to report two engine fires.",
    "The operator appealed, and a court cut the fine by half after a hearing that lasted two days.",
    "Passenger numbers have recovered since then and the company plans to add two routes next spring.",
    "Unions say crews still work longer shifts than the rules allow, which the company denies.",
]


def dated_story_page(byline: str = "", url: str = "") -> str:
    """A page with no date in its metadata whose story names a day in its first sentence."""
    body = "".join(f"<p>{p}</p>" for p in STORY_DATED)
    canonical = f'<link rel="canonical" href="{url}">' if url else ""
    return (
        f"<html><head><title>Ferry operator fined</title>{canonical}</head><body><article>"
        f"<h1>Ferry operator fined</h1>{byline}{body}</article></body></html>"
    )


def test_a_day_only_the_story_names_is_no_publication_date_and_is_warned_of():
    with pytest.warns(
        InputWarning,
        match=r"ferry.html: the page states no publication date; 2019-03-03, a day its story names, is not taken",
    ):
        article = article_from_html(dated_story_page(), source_path="ferry.html")
    assert article.published_at is None


def test_a_day_the_byline_also_writes_is_the_publication_date():
    byline = "<div class='byline'>By Jane Roe | Published March 3, 2019</div>"
    article = article_from_html(dated_story_page(byline), source_path="ferry.html")
    assert article.published_at is not None and article.published_at.date() == date(2019, 3, 3)


def test_without_a_page_date_the_urls_day_is_used_rather_than_the_storys():
    page = dated_story_page(url="https://news.example.org/2019/11/20/ferry-operator-fined/")
    article = article_from_html(page, source_path="ferry.html")
    assert article.published_at is not None and article.published_at.date() == date(2019, 11, 20)


def test_a_chinese_story_date_in_a_sentence_is_not_the_pages_but_a_dateline_line_is():
    story = [
        "2019年3月3日，海事部门对这家轮渡公司处以罚款，原因是其未按规定报告两起机舱火灾。",
        "公司随后提出申诉，法院经过两天的听证，把罚款金额减少了一半，公司表示接受这一结果。",
        "此后客流逐步恢复，公司计划明年春季再开通两条新航线，并增加夜间班次以方便上班族出行。",
        "工会表示，船员的实际工作时间仍然超过规定上限，公司方面则否认存在超时工作的情况。",
    ]
    body = "".join(f"<p>{p}</p>" for p in story)
    page = f"<html><head><title>轮渡公司被罚</title></head><body><article><h1>轮渡公司被罚</h1>{body}</article></body></html>"
    assert story_date("2019-03-03T00:00:00", page, "\n".join(story)) == "2019-03-03T00:00:00"
    dateline = page.replace(
        "<h1>轮渡公司被罚</h1>",
        "<h1>轮渡公司被罚</h1><div class='info'>2019年3月3日 10:20 来源：示例晚报</div>",
    )
    assert story_date("2019-03-03T00:00:00", dateline, "\n".join(story)) == ""
    assert (
        story_date("2019-03-03T10:20:00+08:00", page, "\n".join(story)) == ""
    )  # a stamp with a zone is markup's


def test_a_morning_stamp_the_page_writes_as_an_afternoon_time_is_the_afternoon():
    page = story_page(
        url="https://markets.example.in/news/markets/stocks-slip-4656421.html",
        head='<meta property="article:published_time" content="2019-11-20T01:41:20+05:30">',
        lead="Stocks slipped in afternoon trade as investors booked profits in banking shares.",
        more="Last Updated : Nov 20, 2019 01:41 PM IST",
    )
    article = article_from_html(page, source_path="markets.html")
    assert article.published_at == datetime.fromisoformat("2019-11-20T13:41:20+05:30")
    morning = page.replace("01:41 PM", "01:41 AM")
    assert article_from_html(morning, source_path="markets.html").published_at == datetime.fromisoformat(
        "2019-11-20T01:41:20+05:30"
    )


def test_a_bare_day_takes_the_time_the_markup_gives_that_day():
    time_tag = '<time class="entry-published" datetime="2019-11-20T10:03:33+01:00" itemprop="datePublished">20 November 2019</time>'
    page = story_page(
        url="https://energy.example.com/2019/11/20/solar-costs-roadmap/",
        lead="The ministry set out a plan to cut the cost of solar power by a third within ten years.",
        more=time_tag,
    )
    article = article_from_html(page, source_path="solar.html")
    assert article.published_at == datetime.fromisoformat("2019-11-20T10:03:33+01:00")
    other_day = page.replace("2019-11-20T10:03:33", "2019-11-22T10:03:33")
    article = article_from_html(other_day, source_path="solar.html")
    assert article.published_at is not None and article.published_at.time() == datetime.min.time()
    assert article.published_at.date() == date(2019, 11, 20)


def test_published_stamp_reads_json_ld_written_with_a_space_before_the_offset():
    page = '<script type="application/ld+json">{"datePublished": "2019-11-20 12:32:13+08:00"}</script>'
    assert published_stamp(page, date(2019, 11, 20)) == datetime.fromisoformat("2019-11-20T12:32:13+08:00")
    assert published_stamp(page, date(2019, 11, 21)) is None
