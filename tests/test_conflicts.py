"""Cross-source conflicts: same event, different sources, dates or figures that cannot both hold."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime, timedelta, timezone

import pytest
from click.testing import CliRunner

from tests.conftest import make_claim
from timeline.cli import cli
from timeline.models import Article, Claim, Entity, Quantity
from timeline.review.conflicts import (
    COLUMNS,
    date_interval,
    dates_disagree,
    figure_interval,
    figures_disagree,
    find_conflicts,
    masked_text,
)
from timeline.store import Store

CN = timezone(timedelta(hours=8))
MONTH_END = {2: 28, 3: 31, 9: 30, 12: 31}


def article(text: str, outlet: str) -> Article:
    return Article.build(
        text, title=outlet + "报道", outlet=outlet, lang="zh", published_at=datetime(2024, 4, 24, tzinfo=CN)
    )


def dated(a: Article, quote: str, date_text: str, start: date, end: date, precision: str, **extra) -> Claim:
    return make_claim(
        a,
        quote,
        date_text=date_text,
        date_edtf=start.isoformat()[: {"year": 4, "month": 7}.get(precision, 10)],
        date_start=start,
        date_end=end,
        date_precision=precision,
        date_sort=start,
        source_outlet=a.outlet,
        **extra,
    )


PARTIES = [Entity(text="甲市", type="PLACE"), Entity(text="乙市", type="PLACE")]
A1 = article("2017年9月，甲市与乙市签署了对口合作框架协议。", "东方日报")
A2 = article("据悉，2018年3月，甲市与乙市签署对口合作框架协议。", "西部晚报")
A3 = article("2017年，甲市和乙市签署了对口合作框架协议。另外，截至3月底，全市共接种疫苗4.1万剂。", "南岸新闻")
A4 = article("截至3月底，全市共接种疫苗3.9万剂。截至3月底，全市共接种疫苗4.14万剂。", "北站快报")


@pytest.fixture
def claims() -> list[Claim]:
    agreement = {"event_type": "agreement", "entities": PARTIES}
    dose = {"event_type": "statistic"}
    march = (date(2024, 3, 31), date(2024, 3, 31), "day")
    return [
        dated(
            A1,
            "2017年9月，甲市与乙市签署了对口合作框架协议。",
            "2017年9月",
            date(2017, 9, 1),
            date(2017, 9, 30),
            "month",
            **agreement,
        ),
        dated(
            A2,
            "2018年3月，甲市与乙市签署对口合作框架协议。",
            "2018年3月",
            date(2018, 3, 1),
            date(2018, 3, 31),
            "month",
            **agreement,
        ),
        dated(
            A3,
            "2017年，甲市和乙市签署了对口合作框架协议。",
            "2017年",
            date(2017, 1, 1),
            date(2017, 12, 31),
            "year",
            **agreement,
        ),
        dated(
            A3,
            "截至3月底，全市共接种疫苗4.1万剂。",
            "截至3月底",
            *march,
            quantities=[Quantity(text="4.1万剂", value=41000, unit="剂")],
            **dose,
        ),
        dated(
            A4,
            "截至3月底，全市共接种疫苗3.9万剂。",
            "截至3月底",
            *march,
            quantities=[Quantity(text="3.9万剂", value=39000, unit="剂")],
            **dose,
        ),
    ]


def test_dates_that_cannot_overlap_disagree_within_precision(claims):
    sep_2017, mar_2018, year_2017 = claims[:3]
    assert dates_disagree(sep_2017, mar_2018)
    assert not dates_disagree(sep_2017, year_2017)  # 2017 covers September 2017
    assert dates_disagree(mar_2018, year_2017)
    about = year_2017.model_copy(update={"date_qualifier": "approximate"})
    assert not dates_disagree(about, mar_2018)  # about 2017 reaches into 2018
    since = year_2017.model_copy(update={"date_qualifier": "since", "date_end": None})
    assert date_interval(since) == (date(2017, 1, 1), None)
    assert not dates_disagree(since, mar_2018)
    undated = sep_2017.model_copy(update={"date_start": None, "date_end": None})
    assert not dates_disagree(undated, mar_2018)


def test_figures_disagree_beyond_their_last_digit(claims):
    ours, theirs = claims[3], claims[4]
    assert figure_interval(ours.quantities[0]) == pytest.approx((40500, 41500))
    assert figures_disagree(ours, theirs)
    close = theirs.model_copy(update={"quantities": [Quantity(text="4.14万剂", value=41400, unit="剂")]})
    assert not figures_disagree(ours, close)
    about = theirs.model_copy(
        update={"quantities": [Quantity(text="约3.9万剂", value=39000, unit="剂", approx="about")]}
    )
    assert not figures_disagree(ours, about)  # "about" allows 10%
    more = theirs.model_copy(
        update={"quantities": [Quantity(text="超过3.9万剂", value=39000, unit="剂", approx="more_than")]}
    )
    assert not figures_disagree(ours, more)
    other_unit = theirs.model_copy(update={"quantities": [Quantity(text="3.9万人", value=39000, unit="人")]})
    assert not figures_disagree(ours, other_unit)
    words = Quantity(text="三千人", value=3000, unit="人")
    assert figure_interval(words) == (2500, 3500)


def test_masked_text_drops_dates_figures_and_punctuation(claims):
    assert masked_text(claims[3]) == "全市共接种疫苗"
    assert masked_text(claims[0]) == "甲市与乙市签署了对口合作框架协议"


def test_conflict_groups_gather_same_event_claims_across_sources(claims):
    rows = find_conflicts(claims)
    groups: dict[str, dict[str, str]] = {}
    for row in rows:
        groups.setdefault(row["conflict_group"], {})[row["source_outlet"]] = row["disagreement"]
    assert sorted(groups.values(), key=len) == [
        {"南岸新闻": "figure", "北站快报": "figure"},
        {"东方日报": "date", "西部晚报": "date", "南岸新闻": "date"},
    ]
    assert all(r["conflict_group"].startswith("cg-") for r in rows)
    assert list(rows[0]) == list(COLUMNS)
    assert find_conflicts(list(reversed(claims))) == rows  # order-independent, deterministic


def test_no_conflict_without_the_same_event(claims):
    sep_2017, mar_2018 = claims[:2]
    other_type = mar_2018.model_copy(update={"event_type": "meeting"})
    assert find_conflicts([sep_2017, other_type]) == []
    other_parties = mar_2018.model_copy(update={"entities": [Entity(text="丙市", type="PLACE")]})
    assert find_conflicts([sep_2017, other_parties]) == []
    same_article = make_claim(
        A1,
        "甲市与乙市签署了对口合作框架协议。",
        event_type="agreement",
        date_start=date(2019, 1, 1),
        date_end=date(2019, 12, 31),
    )
    assert find_conflicts([sep_2017, same_article]) == []
    unrelated = dated(
        A4,
        "截至3月底，全市共接种疫苗3.9万剂。",
        "截至3月底",
        date(2016, 1, 1),
        date(2016, 12, 31),
        "year",
        event_type="agreement",
    )
    assert find_conflicts([sep_2017, unrelated]) == []


def test_english_claims_conflict_too():
    def en(text: str, outlet: str) -> Article:
        return Article.build(text, outlet=outlet, lang="en")

    a = en("The Riverside bridge opened to traffic in March 2019.", "River Times")
    b = en("Officials said the Riverside bridge opened to traffic in 2020.", "City Post")
    bridge = [Entity(text="Riverside bridge", type="PLACE")]
    rows = find_conflicts(
        [
            dated(
                a,
                a.text,
                "March 2019",
                date(2019, 3, 1),
                date(2019, 3, 31),
                "month",
                event_type="project",
                entities=bridge,
            ),
            dated(
                b,
                b.text,
                "2020",
                date(2020, 1, 1),
                date(2020, 12, 31),
                "year",
                event_type="project",
                entities=bridge,
            ),
        ]
    )
    assert {r["source_outlet"] for r in rows} == {"River Times", "City Post"}
    assert {r["disagreement"] for r in rows} == {"date"}


def test_cli_conflicts_table_csv_json_and_show(claims, tmp_path):
    db = tmp_path / "t.db"
    with Store(db) as store:
        for a in (A1, A2, A3, A4):
            store.save(a, [c for c in claims if c.article_id == a.article_id])
    runner = CliRunner()
    as_json = runner.invoke(cli, ["conflicts", "--db", str(db), "--format", "json"])
    assert as_json.exit_code == 0, as_json.output
    rows = json.loads(as_json.stdout)
    assert len({r["conflict_group"] for r in rows}) == 2 and len(rows) == 5
    out = tmp_path / "c.csv"
    as_csv = runner.invoke(cli, ["conflicts", "--db", str(db), "--format", "csv", "--out", str(out)])
    assert as_csv.exit_code == 0 and "2 conflict group(s), 5 claim(s)" in as_csv.stderr
    table = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert [r["claim_id"] for r in table] == [r["claim_id"] for r in rows]
    shown = runner.invoke(cli, ["show", "--db", str(db), "--conflicts"])
    assert shown.exit_code == 0 and "conflict_group" in shown.stdout
    assert "5 of 5 claim(s) in 2 conflict group(s)" in shown.stderr


def test_what_real_pages_taught_does_not_conflict():
    """Same words anchored to other publication days, bare bylines, other numbered things."""
    early_2018 = article("今年年初，监管部门就开始酝酿一轮针对数据公司的专项整顿。", "甲报")
    early_2019 = article("今年年初，监管部门就开始酝酿一轮针对数据公司的专项整顿。 ", "乙报")
    a = dated(early_2018, early_2018.text, "今年年初", date(2018, 1, 1), date(2018, 2, 28), "month")
    b = dated(early_2019, early_2019.text.strip(), "今年年初", date(2019, 1, 1), date(2019, 2, 28), "month")
    assert find_conflicts([a, b]) == []  # both wrote 今年年初: the sources agree
    byline_a = article("2019-09-26 12:11 来源：", "丙报")
    byline_b = article("2020-06-06 10:08 来源：", "丁报")
    assert (
        find_conflicts(
            [
                dated(
                    byline_a,
                    "2019-09-26 12:11 来源：",
                    "2019-09-26 12:11",
                    date(2019, 9, 26),
                    date(2019, 9, 26),
                    "minute",
                ),
                dated(
                    byline_b,
                    "2020-06-06 10:08 来源：",
                    "2020-06-06 10:08",
                    date(2020, 6, 6),
                    date(2020, 6, 6),
                    "minute",
                ),
            ]
        )
        == []
    )
    bond = Article.build("On Monday the 30-year bond rose to yield 2.25%.", outlet="Wire A", lang="en")
    note = Article.build("On Monday the 10-year note rose to yield 1.79%.", outlet="Wire B", lang="en")
    day = (date(2019, 11, 18), date(2019, 11, 18), "day")
    rows = find_conflicts(
        [
            dated(
                bond,
                bond.text,
                "Monday",
                *day,
                event_type="statistic",
                quantities=[Quantity(text="2.25%", value=2.25, unit="percent")],
            ),
            dated(
                note,
                note.text,
                "Monday",
                *day,
                event_type="statistic",
                quantities=[Quantity(text="1.79%", value=1.79, unit="percent")],
            ),
        ]
    )
    assert rows == []  # a 30-year bond and a 10-year note are different things
