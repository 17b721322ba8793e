"""The committed JSON Schemas are exactly what the models generate."""

from __future__ import annotations

from tests.conftest import ROOT
from timeline.schema import SCHEMAS, render


def test_committed_schemas_match_the_models():
    for name, model in SCHEMAS.items():
        committed = (ROOT / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8")
        assert committed == render(model), f"schemas/{name}.schema.json drifted: run `timeline schema`"


def test_an_unwritable_schema_folder_names_the_option_to_change(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from timeline.cli import cli

    monkeypatch.chdir(tmp_path)
    (tmp_path / "a_file").write_text("x", encoding="utf-8")
    result = CliRunner().invoke(cli, ["schema", "--out-dir", "a_file/schemas"])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: a_file/schemas/article.schema.json: cannot write here (")
    assert result.stderr.rstrip().endswith("; choose another --out-dir")
