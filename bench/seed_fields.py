"""Companion check: compare the quantities, speakers and event types of matched seed claims with the gold.

Usage: PYTHONPATH=$PWD python bench/seed_fields.py [GOLD.json ARTICLE.txt CLAIMS.jsonl] [-v]

Claims are matched to gold claims exactly as `../shared/tools/score_claims.py` matches them (text
overlap of at least half the shorter span, one-to-one, greedy). A matched claim's quantities are right
when every gold figure (value, approx) is among the predicted ones and no other figure is predicted
inside the gold quote; its speaker is right when it equals the gold speaker (both empty counts).
Without CLAIMS.jsonl the seed is extracted in-process.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "seed" / "seed.gold.json"
SEED = SHARED / "seed" / "seed.txt"
SCORER = SHARED / "tools" / "score_claims.py"


def scorer() -> ModuleType:
    """Load the shared scorer module (read-only) for its matching helpers."""
    spec = importlib.util.spec_from_file_location("score_claims", SCORER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def extract_seed() -> list[dict]:
    """Extract the seed article with the project's pipeline, as JSON-ready dicts."""
    from timeline.ingest import read_article
    from timeline.pipeline import extract_article

    return [c.model_dump(mode="json") for c in extract_article(read_article(SEED)).claims]


def match(gold: dict, body: str, preds: list[dict]) -> list[tuple[int, int]]:
    """Gold/prediction index pairs, matched as score_claims.py matches them."""
    sc = scorer()
    gold_spans = [sc.span(body, g["quote"]) for g in gold["claims"]]
    pred_spans = [sc.span(body, p.get("claim_text") or "", p.get("char_start")) for p in preds]
    pairs = []
    for gi, gsp in enumerate(gold_spans):
        for pi, psp in enumerate(pred_spans):
            if gsp and psp and (ov := sc.overlap(gsp, psp)) >= 0.5:
                pairs.append((ov, gi, pi))
    pairs.sort(reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return sorted(out)


def quantities_right(gold_claim: dict, pred: dict, body: str) -> bool:
    """Every gold figure predicted, and no extra figure predicted inside the gold quote."""
    want = {(float(q["value"]), q.get("approx")) for q in gold_claim.get("quantities", [])}
    got = {(float(q["value"]), q.get("approx")) for q in pred.get("quantities", [])}
    if not want <= got:
        return False
    quote = gold_claim["quote"]
    extra = {(float(q["value"]), q.get("approx")) for q in pred.get("quantities", []) if q["text"] in quote}
    return extra <= want


def compare(gold: dict, body: str, preds: list[dict]) -> dict:
    """Shares of matched claims with the right quantities, speaker and event type, plus the misses."""
    pairs = match(gold, body, preds)
    rows = []
    for gi, pi in pairs:
        g, p = gold["claims"][gi], preds[pi]
        rows.append(
            {
                "id": g["id"],
                "quantities": quantities_right(g, p, body),
                "speaker": (g.get("speaker") or None) == (p.get("speaker") or None),
                "event_type": g.get("category") == p.get("event_type"),
                "gold_speaker": g.get("speaker"),
                "pred_speaker": p.get("speaker"),
                "gold_quantities": [q["text"] for q in g.get("quantities", [])],
                "pred_quantities": [q["text"] for q in p.get("quantities", [])],
                "gold_type": g.get("category"),
                "pred_type": p.get("event_type"),
            }
        )
    n = len(rows) or 1
    return {
        "matched": len(rows),
        "quantities_right": round(sum(r["quantities"] for r in rows) / n, 3),
        "speakers_right": round(sum(r["speaker"] for r in rows) / n, 3),
        "quantities_and_speakers_right": round(sum(r["quantities"] and r["speaker"] for r in rows) / n, 3),
        "event_type_right": round(sum(r["event_type"] for r in rows) / n, 3),
        "rows": rows,
    }


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    args = [a for a in argv if a != "-v"]
    gold_path, article_path = (Path(args[0]), Path(args[1])) if len(args) >= 2 else (GOLD, SEED)
    if not gold_path.exists():
        print(f"{gold_path}: not found (the shared evaluation data is absent)")
        return 1
    preds = (
        [json.loads(line) for line in Path(args[2]).read_text(encoding="utf-8").splitlines() if line.strip()]
        if len(args) >= 3
        else extract_seed()
    )
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    body = scorer().body_of(article_path)
    result = compare(gold, body, preds)
    rows = result.pop("rows")
    print(json.dumps(result, ensure_ascii=False, indent=1))
    if verbose:
        for r in rows:
            if not (r["quantities"] and r["speaker"] and r["event_type"]):
                print(json.dumps(r, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
