"""Days counted from a named event (zh_events): 失联第十四天 counts from the date the story gives 失联."""

from __future__ import annotations

from datetime import date

from timeline.temporal import tag

REF = date(2021, 7, 30)


def _dates(text: str) -> dict[str, str | None]:
    return {m.text: m.value for m in tag(text, reference=REF, lang="zh") if m.type == "DATE"}


def test_day_n_of_a_disappearance_counts_from_the_sentence_that_dates_it():
    text = (
        "6月10日傍晚，一名登山者在林区走失。"
        "失联第五天，搜救犬进山。"
        "他失联的第十二天上午，家属再次报警。"
        "失联第二十晚，救援队收队。"
    )
    got = _dates(text)
    assert got["失联第五天"] == "2021-06-14"  # day 1 is 10 June
    assert got["失联的第十二天上午"] == "2021-06-21"
    assert got["失联第二十晚"] == "2021-06-29"


def test_a_sentence_that_counts_days_does_not_date_the_event():
    # the second sentence names 失踪 again but is itself day 3: day 9 still counts from 5 March
    text = "3月5日，渔船在海上失踪。失踪第三天，家属说渔船失踪前曾来电。失踪第九天，搜寻仍在继续。"
    got = _dates(text)
    assert got["失踪第三天"] == "2021-03-07"
    assert got["失踪第九天"] == "2021-03-13"


def test_day_n_with_no_dated_event_stays_unanchored():
    # no sentence dates 失联: neither the publication day nor the last date plus n
    assert _dates("6月1日，搜救队进山。一名老人失联第十四天，仍无音讯。")["失联第十四天"] is None
