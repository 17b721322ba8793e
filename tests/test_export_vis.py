"""vis-timeline: points for days, ranges with an exclusive end otherwise, local-midnight strings."""

from __future__ import annotations

import json

from export_samples import assert_golden, empty_timeline, sample_timeline

from timeline.export import to_vis


def _doc(tmp_path, timeline=None):
    path = to_vis.write(timeline or sample_timeline(), tmp_path / "t.vis.json")
    return path, json.loads(path.read_text("utf-8"))


def test_matches_golden_file(tmp_path):
    path, _ = _doc(tmp_path)
    assert_golden(path, "timeline.vis.json")


def test_points_and_exclusive_ranges(tmp_path):
    _, doc = _doc(tmp_path)
    by_class = {i["className"].split()[0]: i for i in doc["items"]}
    month = by_class["precision-month"]
    assert (month["type"], month["start"], month["end"]) == (
        "range",
        "2017-09-01T00:00:00",
        "2017-10-01T00:00:00",
    )
    year = next(i for i in doc["items"] if i["start"] == "2016-01-01T00:00:00")
    assert year["end"] == "2017-01-01T00:00:00"
    day = next(i for i in doc["items"] if i["start"] == "2024-03-03T00:00:00")
    assert day["type"] == "point" and "end" not in day
    hour = by_class["precision-hour"]
    assert hour["type"] == "point" and hour["start"] == "2023-02-16T01:00:00"
    assert all("Z" not in i["start"] and "+" not in i["start"] for i in doc["items"])


def test_groups_escaping_and_undated(tmp_path):
    _, doc = _doc(tmp_path)
    assert {g["id"] for g in doc["groups"]} == {i["group"] for i in doc["items"]}
    assert len(doc["items"]) == 10
    assert "<script>" not in json.dumps(doc, ensure_ascii=False)
    assert to_vis.warnings(sample_timeline()) == [
        "vis: 1 undated claim(s) left out (nothing to place them at)"
    ]


def test_zero_claims(tmp_path):
    _, doc = _doc(tmp_path, empty_timeline())
    assert doc == {"items": [], "groups": []}
