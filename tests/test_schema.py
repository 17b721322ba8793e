"""The committed JSON Schemas are exactly what the models generate."""

from __future__ import annotations

from tests.conftest import ROOT
from timeline.schema import SCHEMAS, render


def test_committed_schemas_match_the_models():
    for name, model in SCHEMAS.items():
        committed = (ROOT / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8")
        assert committed == render(model), f"schemas/{name}.schema.json drifted: run `timeline schema`"
