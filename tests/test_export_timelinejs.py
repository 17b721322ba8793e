"""TimelineJS3 JSON: date parts by precision, real ranges only, stable ids, escaped text."""

from __future__ import annotations

import json
from datetime import date, datetime

from export_samples import assert_golden, empty_timeline, sample_timeline

from timeline.export import to_timelinejs
from timeline.models import Timeline, sort_key


def _doc(tmp_path, timeline=None):
    path = to_timelinejs.write(timeline or sample_timeline(), tmp_path / "t.timelinejs.json")
    return path, json.loads(path.read_text("utf-8"))


def test_matches_golden_file(tmp_path):
    path, _ = _doc(tmp_path)
    assert_golden(path, "timeline.timelinejs.json")


def test_date_parts_stop_at_the_precision(tmp_path):
    _, doc = _doc(tmp_path)
    by_label = {e["display_date"]: e for e in doc["events"]}
    assert by_label["2016年"]["start_date"] == {"year": 2016}
    assert by_label["2017年9月"]["start_date"] == {"year": 2017, "month": 9}
    assert by_label["约2023年2月16日1时"]["start_date"] == {"year": 2023, "month": 2, "day": 16, "hour": 1}
    assert all("end_date" not in by_label[k] for k in ("2016年", "2017年9月", "2021年以来"))


def test_end_date_only_for_real_ranges(tmp_path):
    _, doc = _doc(tmp_path)
    by_label = {e["display_date"]: e for e in doc["events"]}
    assert by_label["2024年第一季度"]["end_date"] == {"year": 2024, "month": 3}
    assert by_label["2019 – April 24, 2020"]["end_date"] == {"year": 2020, "month": 4, "day": 24}
    assert by_label["the 2010s"]["start_date"] == {"year": 2010}
    assert by_label["the 2010s"]["end_date"] == {"year": 2019}
    assert sum("end_date" in e for e in doc["events"]) == 3


def test_ids_groups_and_escaping(tmp_path):
    timeline = sample_timeline()
    _, doc = _doc(tmp_path, timeline)
    dated = [c for c in timeline.claims if c.date_sort is not None]
    assert [e["unique_id"] for e in doc["events"]] == [c.claim_id for c in sorted(dated, key=sort_key)]
    assert {e["group"] for e in doc["events"]} <= {c.event_type for c in timeline.claims}
    text = json.dumps(doc, ensure_ascii=False)
    assert "<script>" not in text and "<b>" not in text
    assert "javascript:" not in text
    assert "<blockquote>" in doc["events"][0]["text"]["text"]
    assert any('<a href="https://example.org/zh/library">' in e["text"]["text"] for e in doc["events"])


def test_title_slide_and_undated_warning(tmp_path):
    _, doc = _doc(tmp_path)
    assert "start_date" not in doc["title"]
    assert "声明时间线" in doc["title"]["text"]["headline"]
    notes = to_timelinejs.warnings(sample_timeline())
    assert any("1 undated claim" in n for n in notes)


def test_warns_above_200_events():
    timeline = sample_timeline()
    dated = [c for c in timeline.claims if c.date_start is not None]
    many = [c.model_copy(update={"claim_id": f"clm-{n:012x}"}) for n in range(201) for c in dated[:1]]
    notes = to_timelinejs.warnings(Timeline(claims=many))
    assert any("201 events" in n for n in notes)


def test_zero_claims_still_writes_a_valid_file(tmp_path):
    _, doc = _doc(tmp_path, empty_timeline())
    assert doc["events"] == []
    assert any("no dated claims" in n for n in to_timelinejs.warnings(empty_timeline()))


def test_same_input_same_bytes(tmp_path):
    a = to_timelinejs.write(sample_timeline(), tmp_path / "a.json").read_bytes()
    b = to_timelinejs.write(sample_timeline(), tmp_path / "b.json").read_bytes()
    assert a == b


def test_a_day_known_only_as_a_day_gets_no_invented_hour():
    """`随后` after `凌晨1时许` opens at that day (hour precision, a plain day as start): no `hour: 0`."""
    assert to_timelinejs.date_object(date(2023, 2, 16), "hour") == {"year": 2023, "month": 2, "day": 16}
    assert to_timelinejs.date_object(datetime(2023, 2, 16, 1), "hour") == {
        "year": 2023,
        "month": 2,
        "day": 16,
        "hour": 1,
    }
