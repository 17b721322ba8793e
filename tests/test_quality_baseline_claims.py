"""Only-up quality baseline for claims on real articles: bench/corpus_claims.py against our offset-only gold."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "news"
BASELINE = ROOT / "tests" / "quality_baseline.json"
TOLERANCE = 0.005

if not CORPUS.is_dir():
    pytest.skip("../shared/corpus is absent: no real articles to score claims on", allow_module_level=True)

sys.path.insert(0, str(ROOT / "bench"))
import corpus_claims  # noqa: E402


@pytest.fixture(scope="module")
def scores() -> dict[str, dict]:
    return corpus_claims.score_corpus()


@pytest.mark.parametrize("lang", ["en", "zh", "all"])
@pytest.mark.parametrize("metric", ["claim_f1", "dated_claim_f1"])
def test_corpus_claim_scores_do_not_drop(scores, lang, metric):
    floor = json.loads(BASELINE.read_text(encoding="utf-8"))["claims"][f"{lang}.{metric}"]
    got = scores[lang][metric]
    assert got >= floor - TOLERANCE, (
        f"corpus {lang} {metric} fell to {got} (baseline {floor}); see bench/corpus_claims.py -v"
    )


def test_scorer_reads_dates_at_the_gold_grain():
    from types import SimpleNamespace as Claim

    by = {"edtf": "../2019-11-21", "granularity": "day"}
    assert corpus_claims.date_right(by, Claim(date_edtf="../2019-11-21", date_qualifier="before"))
    assert not corpus_claims.date_right(by, Claim(date_edtf="2019-11-21", date_qualifier="none"))
    month = {"edtf": "2019-10", "granularity": "month"}
    assert corpus_claims.date_right(month, Claim(date_edtf="2019-10-26", date_qualifier="none"))
    assert not corpus_claims.date_right(month, Claim(date_edtf="2019-09", date_qualifier="none"))
    assert corpus_claims.overlap((0, 10), (5, 100)) == 0.5
