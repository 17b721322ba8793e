"""The README stays true: the data dictionary is generated, every command is documented."""

from __future__ import annotations

from tests.conftest import ROOT
from timeline.cli import cli
from timeline.docs import SECTION, columns_markdown


def test_readme_data_dictionary_matches_the_models():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    match = SECTION.search(readme)
    assert match is not None, "README lost its columns section"
    assert match.group(2) == columns_markdown(), "README columns drifted: run `python -m timeline.docs`"


def test_every_command_has_help_with_an_example_and_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, command in cli.commands.items():
        assert command.help and "Example" in command.help, f"{name} has no help example"
        assert f"timeline {name}" in readme, f"`timeline {name}` is not documented in README"


def test_readme_has_exactly_the_two_setup_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "pip install -e '.[test]' && timeline export --format parquet examples/" in readme
    assert "\npytest\n" in readme


def test_readme_python_examples_run_as_written(monkeypatch):
    """A reader pastes the README's Python blocks into a session at the project root: they must run."""
    import re

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, re.S)
    assert blocks, "the README lost its Python examples"
    monkeypatch.chdir(ROOT)
    for block in blocks:
        namespace: dict[str, object] = {}
        exec(compile(block, "README.md", "exec"), namespace)
