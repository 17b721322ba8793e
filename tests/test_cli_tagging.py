"""`timeline tag`: without a reference date, a note says why relative expressions have no value."""

from __future__ import annotations

import json

from click.testing import CliRunner

from timeline.cli import cli

TEXT = "上周五，大桥通过验收。2019年开工。"


def test_relative_expressions_without_a_reference_get_a_note_on_stderr():
    result = CliRunner().invoke(cli, ["tag"], input=TEXT)
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["text"], r["value"]) for r in rows] == [("上周五", None), ("2019年", "2019")]
    assert result.stderr == (
        "note: <stdin>: no reference date, so 1 relative expression(s) (上周五) have no value; "
        "pass --reference with the publication date, e.g. --reference 2024-04-24\n"
    )


def test_no_note_when_a_reference_is_given_or_nothing_is_relative():
    given = CliRunner().invoke(cli, ["tag", "--reference", "2024-04-24"], input=TEXT)
    assert given.exit_code == 0 and given.stderr == ""
    assert json.loads(given.stdout.splitlines()[0])["value"] == "2024-04-19"
    absolute = CliRunner().invoke(cli, ["tag"], input="2019年3月开工。")
    assert absolute.exit_code == 0 and absolute.stderr == ""


def test_tag_alone_at_a_terminal_says_how_to_give_text(monkeypatch):
    import timeline.cli.tagging as tagging

    monkeypatch.setattr(tagging, "stdin_is_terminal", lambda: True)
    result = CliRunner().invoke(cli, ["tag"])
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: <stdin>: nothing is piped in; name a file (timeline tag story.txt) or pipe text "
        "(echo '2017年9月签约' | timeline tag --reference 2024-04-24)\n"
    )


def test_a_reference_that_reads_two_ways_is_refused():
    result = CliRunner().invoke(cli, ["tag", "--reference", "05/06/2024"], input=TEXT)
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1].endswith(
        "'05/06/2024' could be 6 May or 5 June; write it as 2024-05-06 or 2024-06-05"
    )
