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


def test_readme_what_you_get_table_is_the_real_output():
    """`## What you get` says "real output": each row's date columns are what extraction gives today."""
    import re

    from timeline import extract, read_article

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## What you get", 1)[1]
    table = re.search(r"```text\n(.*?)```", section, re.S)
    assert table is not None, "the README lost its example table"
    header, *lines = table.group(1).splitlines()
    assert header.split()[:7] == [
        "date_text",
        "date_edtf",
        "date_start",
        "date_end",
        "precision",
        "qualifier",
        "event_type",
    ]
    claims = extract(read_article(ROOT / "examples" / "zh_lhasa_police_aid.txt"))
    assert len(lines) == len(claims)
    for line, claim in zip(lines, claims, strict=True):
        days = [str(d)[:10] for d in (claim.date_start, claim.date_end) if d is not None]
        expected = [claim.date_text, claim.date_edtf, *days]
        expected += [claim.date_precision, claim.date_qualifier, claim.event_type]
        assert line.split()[: len(expected)] == expected, line
