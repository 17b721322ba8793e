"""Frictionless Data Package: descriptor beside the CSV, accepted by `frictionless validate`."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from export_samples import assert_golden, empty_timeline, sample_timeline

from timeline.export import to_datapackage
from timeline.export.table import COLUMNS


def _frictionless() -> list[str]:
    script = Path(sys.executable).with_name("frictionless")
    found = str(script) if script.exists() else shutil.which("frictionless")
    if not found:
        pytest.skip("frictionless is not installed (pip install -e '.[test]' brings it)")
    return [found]


def test_matches_golden_file(tmp_path):
    path = to_datapackage.write(sample_timeline(), tmp_path / "timeline.datapackage.json")
    assert_golden(path, "timeline.datapackage.json")


def test_descriptor_types_enums_key_and_titles(tmp_path):
    path = to_datapackage.write(sample_timeline(), tmp_path / "timeline.datapackage.json")
    package = json.loads(path.read_text("utf-8"))
    resource = package["resources"][0]
    assert resource["path"] == "timeline.csv" and (tmp_path / "timeline.csv").exists()
    fields = {f["name"]: f for f in resource["schema"]["fields"]}
    assert list(fields) == list(COLUMNS)
    assert resource["schema"]["primaryKey"] == ["claim_id"]
    assert fields["date_start"]["type"] == "date"
    assert fields["entities"]["type"] == "array"
    assert fields["source_published_at"]["type"] == "datetime"
    assert "month" in fields["date_precision"]["constraints"]["enum"]
    assert fields["claim_text"]["title"] == "Claim (verbatim) / 声明原文"
    assert package["version"] == sample_timeline().schema_version


@pytest.mark.parametrize("which", ["sample", "empty"])
def test_frictionless_validate_accepts_it(tmp_path, which):
    command = _frictionless()
    timeline = sample_timeline() if which == "sample" else empty_timeline()
    path = to_datapackage.write(timeline, tmp_path / "timeline.datapackage.json")
    result = subprocess.run(
        [*command, "validate", "--json", str(path)], capture_output=True, text=True, timeout=120, cwd=tmp_path
    )
    report = json.loads(result.stdout)
    errors = [e.get("message") for task in report.get("tasks", []) for e in task.get("errors", [])]
    assert report["valid"], errors
    assert result.returncode == 0


def test_frictionless_catches_a_broken_date(tmp_path):
    command = _frictionless()
    path = to_datapackage.write(sample_timeline(), tmp_path / "timeline.datapackage.json")
    table = tmp_path / "timeline.csv"
    table.write_text(table.read_text("utf-8-sig").replace(",2016-01-01,", ",2016-13-01,", 1), "utf-8")
    result = subprocess.run(
        [*command, "validate", "--json", str(path)], capture_output=True, text=True, timeout=120
    )
    assert json.loads(result.stdout)["valid"] is False
