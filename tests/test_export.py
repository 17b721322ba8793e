"""Core exports read back by pandas and pyarrow with their types; atomic and deterministic."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from timeline.export import WRITERS, write
from timeline.export.table import COLUMNS
from timeline.models import SCHEMA_VERSION, Timeline


def test_parquet_types_and_metadata(tmp_path, timeline_doc):
    path = write(timeline_doc, tmp_path / "t.parquet", "parquet")
    schema = pq.read_schema(path)
    assert schema.metadata[b"timeline.schema_version"] == SCHEMA_VERSION.encode()
    assert schema.field("date_start").type == pa.date32()
    assert schema.field("date_end").type == pa.date32()
    assert schema.field("source_published_at").type == pa.timestamp("ms", tz="UTC")
    assert pa.types.is_dictionary(schema.field("date_precision").type)
    entities = schema.field("entities").type
    assert pa.types.is_list(entities) and pa.types.is_struct(entities.value_type)
    assert [f.name for f in entities.value_type] == ["text", "type"]
    frame = pd.read_parquet(path)
    assert list(frame.columns) == list(COLUMNS)
    assert frame.loc[0, "date_start"] == date(2016, 1, 1)
    assert str(frame["date_precision"].dtype) == "category"
    typed = pd.read_parquet(path, dtype_backend="pyarrow")
    assert str(typed["date_start"].dtype) == "date32[day][pyarrow]"
    quantities = frame.loc[2, "quantities"]
    assert quantities[0]["value"] == pytest.approx(0.33) and quantities[0]["unit"] == "percent"


def test_every_parquet_file_holds_each_enums_full_value_list(tmp_path, timeline_doc):
    """Two exports holding different values concatenate as categories, and precision sorts coarse to fine."""
    first = write(timeline_doc, tmp_path / "a.parquet", "parquet")
    one_claim = timeline_doc.model_copy(update={"claims": timeline_doc.claims[:1]})
    second = write(one_claim, tmp_path / "b.parquet", "parquet")
    frames = [pd.read_parquet(path) for path in (first, second)]
    for column in ("lang", "date_precision", "date_qualifier", "date_anchor", "event_type", "review_status"):
        assert frames[0][column].cat.categories.tolist() == frames[1][column].cat.categories.tolist()
    assert frames[0]["date_precision"].cat.categories.tolist()[:3] == ["decade", "year", "half"]
    assert frames[0]["review_status"].cat.categories.tolist() == [
        "unreviewed",
        "verified",
        "disputed",
        "false",
        "unverifiable",
    ]
    both = pd.concat(frames, ignore_index=True)
    assert str(both["date_precision"].dtype) == "category" and len(both) == len(timeline_doc.claims) + 1
    assert frames[0]["date_precision"].astype(object).where(
        frames[0]["date_precision"].notna(), None
    ).tolist() == [c.date_precision for c in timeline_doc.claims]


def test_csv_has_bom_crlf_and_neutralises_formulas(tmp_path, timeline_doc):
    data = write(timeline_doc, tmp_path / "t.csv", "csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert list(rows[0]) == list(COLUMNS)
    formula = next(r for r in rows if "公式" in r["claim_text"])
    assert formula["claim_text"].startswith("'=1+2")
    assert json.loads(rows[0]["entities"]) == [{"text": "研究所", "type": "ORG"}]
    frame = pd.read_csv(tmp_path / "t.csv", encoding="utf-8-sig", parse_dates=["date_start"])
    assert frame.loc[0, "date_start"] == pd.Timestamp("2016-01-01")


def test_csv_raw_keeps_text_as_extracted(tmp_path, timeline_doc):
    data = write(timeline_doc, tmp_path / "t.csv", "csv", raw=True).read_text(encoding="utf-8-sig")
    assert "\r\n=1+2" in data or ",=1+2" in data


def test_json_document_validates_against_the_model(tmp_path, timeline_doc):
    path = write(timeline_doc, tmp_path / "t.json", "json")
    parsed = Timeline.model_validate_json(path.read_text(encoding="utf-8"))
    assert parsed == timeline_doc
    assert json.loads(path.read_text(encoding="utf-8"))["schema_version"] == SCHEMA_VERSION


def test_jsonl_is_one_claim_per_line(tmp_path, timeline_doc):
    path = write(timeline_doc, tmp_path / "t.jsonl", "jsonl")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["claim_id"] for line in lines] == [c.claim_id for c in timeline_doc.claims]
    frame = pd.read_json(path, lines=True)
    assert list(frame.columns) == list(COLUMNS)


@pytest.mark.parametrize("fmt", ["parquet", "csv", "json", "jsonl"])
def test_same_input_gives_byte_identical_files(tmp_path, timeline_doc, fmt):
    first = write(timeline_doc, tmp_path / f"a.{fmt}", fmt).read_bytes()
    second = write(timeline_doc, tmp_path / f"b.{fmt}", fmt).read_bytes()
    assert first == second


@pytest.mark.parametrize("fmt", ["parquet", "csv", "json", "jsonl"])
def test_zero_claims_still_give_valid_typed_files(tmp_path, fmt):
    path = write(Timeline(), tmp_path / f"empty.{fmt}", fmt)
    if fmt == "parquet":
        schema = pq.read_schema(path)
        assert schema.field("date_start").type == pa.date32()
        assert pq.read_table(path).num_rows == 0
    elif fmt == "csv":
        assert path.read_text(encoding="utf-8-sig").strip() == ",".join(COLUMNS)
    elif fmt == "json":
        assert Timeline.model_validate_json(path.read_text(encoding="utf-8")).claims == []
    else:
        assert path.read_bytes() == b""


def test_failed_write_leaves_previous_file_intact(tmp_path, timeline_doc, monkeypatch):
    target = tmp_path / "t.parquet"
    write(timeline_doc, target, "parquet")
    before = target.read_bytes()

    def explode(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(pq, "write_table", explode)
    with pytest.raises(RuntimeError):
        write(timeline_doc, target, "parquet")
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["t.parquet"]


def test_writers_registry_lists_the_core_formats():
    assert {"parquet", "csv", "json", "jsonl"} <= set(WRITERS)


def test_exports_get_ordinary_file_permissions(tmp_path, timeline_doc):
    import os

    path = write(timeline_doc, tmp_path / "t.csv", "csv")
    umask = os.umask(0)
    os.umask(umask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~umask
