"""tag()'s TimeMention shortcut builds exactly the record pydantic builds, and refuses what pydantic refuses."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from pydantic import ValidationError

from timeline.models import TimeMention
from timeline.temporal import mention_records, tag
from timeline.temporal.mention_records import FIELDS, time_mention

ZH = (
    "研究所于2009年3月挂牌，2015年迁入新楼。去年秋天，所里启动了为期三年的项目，"
    "预计明年6月底完成。截至3月28日，已有40多名学生参与。当天下午3点半，校方召开说明会；"
    "近年来，类似合作越来越多。事发后第二天（4月2日），警方通报了情况。"
)
EN = (
    "The plant opened in May 2011 and closed on March 3, 2020. Two years later, a buyer came; "
    "since last week the site has been busy, and the owners said on Tuesday they would reopen by 2026. "
    "Talks lasted three hours, from 2 p.m. to 5 p.m., every Friday."
)


def _fast(fields: dict[str, object]) -> TimeMention:
    return time_mention(*(fields[name] for name in FIELDS))  # type: ignore[arg-type]


def _pydantic(mention: TimeMention) -> TimeMention:
    return TimeMention(**{name: getattr(mention, name) for name in FIELDS})


def test_the_shortcut_is_on_for_the_model_as_it_is():
    # if this fails, the model gained a check the shortcut does not know: teach mention_records.py
    assert mention_records.ENABLED
    assert tuple(TimeMention.model_fields) == FIELDS


@pytest.mark.parametrize(("text", "lang"), [(ZH, "zh"), (EN, "en")])
def test_tagged_mentions_equal_what_pydantic_builds(text, lang):
    mentions = tag(text, reference=date(2024, 4, 24), lang=lang) + tag(
        text, reference=date(2024, 4, 24), lang=lang
    )
    assert len(mentions) > 10
    for got in mentions:
        want = _pydantic(got)
        assert got == want
        assert got.model_fields_set == want.model_fields_set
        assert got.model_dump_json() == want.model_dump_json()
        assert repr(got) == repr(want)
        for name in FIELDS:
            assert type(getattr(got, name)) is type(getattr(want, name)), name


def _fields(**changes: object) -> dict[str, object]:
    base = {
        "text": "2017年9月",
        "start": 4,
        "end": 11,
        "type": "DATE",
        "value": "2017-09",
        "timex3": "2017-09",
        "timex3_mod": None,
        "date_start": date(2017, 9, 1),
        "date_end": date(2017, 9, 30),
        "precision": "month",
        "qualifier": "none",
        "anchor": "absolute",
        "rule": "calendar date",
    }
    return {**base, **changes}


def test_a_known_shape_is_assembled_and_equals_pydantic():
    first = _fast(_fields())
    again = _fast(_fields(start=20, end=27, value="2017-10"))
    assert first == TimeMention(**_fields())  # type: ignore[arg-type]
    assert again == TimeMention(**_fields(start=20, end=27, value="2017-10"))  # type: ignore[arg-type]
    with pytest.raises(ValidationError):  # frozen like any record
        again.start = 3  # type: ignore[misc]


@pytest.mark.parametrize(
    "bad",
    [
        {"end": 4},  # not after the start
        {"end": 12},  # text length does not match the offsets
        {"start": -1, "end": 6},  # a negative offset
        {"date_end": date(2017, 8, 31)},  # ends before it starts
        {"type": "WHEN"},  # not a mention type
        {"precision": "fortnight"},
        {"qualifier": "maybe"},
        {"anchor": "elsewhere"},
        {"value": 2017},  # not a string
        {"start": "4"},  # pydantic would read it, but not unchanged: the shortcut leaves it to pydantic
    ],
)
def test_the_shortcut_refuses_or_converts_exactly_as_pydantic(bad):
    _fast(_fields())
    for _ in range(2):  # the second time, the bad shape has been seen once
        try:
            want = TimeMention(**_fields(**bad))  # type: ignore[arg-type]
        except ValidationError as error:
            with pytest.raises(ValidationError) as got:
                _fast(_fields(**bad))
            assert got.value.errors(include_context=False) == error.errors(include_context=False)
        else:
            got = _fast(_fields(**bad))
            assert got == want and type(got.start) is type(want.start)


def test_a_datetime_in_a_date_field_goes_through_pydantic():
    midnight = _fields(date_end=datetime(2017, 9, 30))
    assert _fast(midnight) == TimeMention(**midnight)  # type: ignore[arg-type]
    assert type(_fast(midnight).date_end) is date  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        _fast(_fields(date_end=datetime(2017, 9, 30, 15)))
