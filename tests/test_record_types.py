"""The words and ids of the records (timeline/record_types.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from timeline import models, record_types


def test_ids_are_stable_and_shaped_as_the_schema_says():
    art = record_types.article_id_for("2016年，研究所成立。")
    assert (
        art == record_types.article_id_for("2016年，研究所成立。")
        and art.startswith("art-")
        and len(art) == 16
    )
    clm = record_types.claim_id_for(art, 0, 8)
    assert clm != record_types.claim_id_for(art, 0, 9) and clm.startswith("clm-") and len(clm) == 16


def test_precisions_rank_from_coarse_to_fine():
    rank = record_types.PRECISION_RANK
    assert rank["decade"] < rank["year"] < rank["month"] < rank["day"] < rank["minute"]


def test_an_instant_past_the_calendar_has_no_utc_form():
    assert record_types.utc_representable(datetime(2024, 4, 24, tzinfo=UTC))
    assert not record_types.utc_representable(
        datetime(9999, 12, 31, 23, 59, tzinfo=timezone(timedelta(hours=-12)))
    )


def test_models_re_exports_every_word_of_the_records():
    for name in ("Lang", "Precision", "Qualifier", "EventType", "claim_id_for", "article_id_for"):
        assert getattr(models, name) is getattr(record_types, name)
