"""Benchmark scores may only go up: recompute the cheap ones and compare with the baseline file."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BASELINE = json.loads((ROOT / "tests" / "quality_baseline.json").read_text(encoding="utf-8"))
BENCHMARKS = ROOT.parent / "shared" / "benchmarks"
TOLERANCE = 0.005


def _bench_zh():
    if not BENCHMARKS.is_dir():
        pytest.skip("../shared/benchmarks is absent (shared evaluation data, not in the repo)")
    sys.path.insert(0, str(ROOT / "bench"))
    spec = importlib.util.spec_from_file_location("bench_zh", ROOT / "bench" / "bench_zh.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def zh_scores():
    bench = _bench_zh()
    return {
        "recognizers-zh.value_f1": bench.recognizers()["value_f1"],
        "duckling-zh.accuracy": bench.duckling()["accuracy"],
        "jionlp-zh.accuracy": bench.jionlp_phrases()["accuracy"],
    }


@pytest.mark.parametrize("metric", ["recognizers-zh.value_f1", "duckling-zh.accuracy", "jionlp-zh.accuracy"])
def test_zh_score_did_not_drop(zh_scores, metric):
    floor = BASELINE["zh"][metric]
    assert zh_scores[metric] >= floor - TOLERANCE, f"{metric} fell to {zh_scores[metric]} (baseline {floor})"


def test_zh_corpus_size_did_not_shrink():
    from timeline.temporal import zh_corpus

    examples = sum(len(forms) for _, forms in zh_corpus.EXAMPLES)
    assert examples >= BASELINE["zh"]["corpus_examples"]
    assert len(zh_corpus.NEGATIVE) >= BASELINE["zh"]["corpus_negatives"]
