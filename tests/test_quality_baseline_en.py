"""Only-up quality baseline for English: recompute the benchmark scores and compare with tests/quality_baseline.json."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = ROOT.parent / "shared" / "benchmarks"
BASELINE = ROOT / "tests" / "quality_baseline.json"
TOLERANCE = 0.005

if not (BENCHMARKS / "tempeval3-train-tbaq.jsonl").exists():
    pytest.skip("../shared/benchmarks is absent: no English benchmark to score", allow_module_level=True)

sys.path.insert(0, str(ROOT / "bench"))
import bench_en  # noqa: E402


@pytest.fixture(scope="module")
def baseline() -> dict[str, float]:
    data = json.loads(BASELINE.read_text(encoding="utf-8"))
    return data["en"]


@pytest.mark.parametrize(
    ("label", "name"), [("train", "tempeval3-train-tbaq.jsonl"), ("platinum", "tempeval3-platinum.jsonl")]
)
def test_tempeval_scores_do_not_drop(baseline, label, name):
    scores = bench_en.tempeval(name).scores()
    for key, value in scores.items():
        floor = baseline[f"{label}_{key}"] - TOLERANCE
        assert value >= floor, (
            f"{label} {key} F1 fell to {value:.3f} (baseline {baseline[f'{label}_{key}']:.3f})"
        )


def test_duckling_accuracy_does_not_drop(baseline):
    accuracy, _, _ = bench_en.duckling()
    assert accuracy >= baseline["duckling_accuracy"] - TOLERANCE
