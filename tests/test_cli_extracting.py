"""`timeline extract` on a folder of mixed files: the note says how to read each kind left out."""

from __future__ import annotations

from click.testing import CliRunner

from timeline.cli import cli

ARTICLE = "---\npublished: 2025-06-10\n---\n2019年3月，江心大桥开工，总投资约42亿元。\n"


def test_a_mixed_folder_names_the_skipped_files_and_the_fix_for_each_kind(tmp_path):
    folder = tmp_path / "desk"
    folder.mkdir()
    (folder / "bridge.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "draft.docx").write_bytes(b"PK\x03\x04 a word document")
    (folder / "sources.csv").write_text("path,url\nbridge.txt,https://example.org\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(folder), "--db", str(tmp_path / "w.db")])
    assert result.exit_code == 0, result.output
    notes = [line for line in result.stderr.splitlines() if line.startswith("note:")]
    assert notes == [
        f"note: {folder}: skipped 2 file(s) that are not articles (draft.docx, sources.csv); "
        "save documents (.docx, .pdf …) as text or HTML first; "
        "a .csv manifest is read only when named on the command line; "
        "--glob '*.ext' reads other text files as articles"
    ]
    assert result.stderr.splitlines()[-1] == f"1 article(s), 1 claim(s) in {tmp_path / 'w.db'}"


def test_other_skipped_files_only_get_the_glob_hint(tmp_path):
    folder = tmp_path / "desk"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "notes.log").write_text("2019年3月 call the site office\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(folder), "--db", str(tmp_path / "w.db"), "-q"])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[0].endswith(
        "(notes.log); --glob '*.ext' reads other text files as articles"
    )


def test_the_workspace_inside_the_folder_is_not_listed_as_skipped(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    for _ in range(2):  # the second run finds timeline.db (and its journal) in the folder
        result = CliRunner().invoke(cli, ["extract", ".", "--db", "timeline.db", "-q"])
        assert result.exit_code == 0, result.output
        assert result.stderr == ""


def test_extracting_the_current_folder_leaves_out_our_own_exports(tmp_path, monkeypatch):
    """`timeline extract .` after an export: timeline.html and timeline.json are not articles."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bridge.txt").write_text(ARTICLE, encoding="utf-8")
    assert CliRunner().invoke(cli, ["export", "--format", "all", "--db", "w.db", ".", "-q"]).exit_code == 0
    again = CliRunner().invoke(cli, ["extract", ".", "--db", "w.db"])
    assert again.exit_code == 0, again.output
    lines = again.stderr.splitlines()
    assert lines[0].startswith("note: .: left out ")
    assert lines[0].endswith(" file(s) in exports/, timeline's own exports; name that folder to read them")
    assert lines[1:] == ["bridge.txt: 1 claim(s)", "1 article(s), 1 claim(s) in w.db"]
    named = CliRunner().invoke(cli, ["extract", "exports", "--db", "other.db"])
    assert "exports/timeline.html: " in named.stderr  # named, the folder is read as asked


def test_the_summary_says_what_the_workspace_holds_when_it_held_more(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE.replace("江心大桥", "江心隧道"), encoding="utf-8")
    first = CliRunner().invoke(cli, ["extract", "a.txt", "--db", "w.db"])
    assert first.stderr.splitlines()[-1] == "1 article(s), 1 claim(s) in w.db"
    second = CliRunner().invoke(cli, ["extract", "b.txt", "--db", "w.db"])
    assert second.stderr.splitlines()[-1] == (
        "1 article(s), 1 claim(s) in w.db (the workspace now holds 2 article(s), 2 claim(s))"
    )


def test_a_warning_about_standard_input_names_it_as_stdin(tmp_path):
    result = CliRunner().invoke(
        cli, ["extract", "-", "--db", str(tmp_path / "w.db")], input="昨天，江心大桥开工。\n"
    )
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith("warning: <stdin>: no publication date, so relative dates ")


def test_a_publication_date_that_reads_two_ways_is_refused_with_both_spellings(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    db = str(tmp_path / "w.db")
    result = CliRunner().invoke(
        cli, ["extract", str(tmp_path / "a.txt"), "--db", db, "--published", "12/04/2024"]
    )
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (
        "Error: Invalid value for --published: '12/04/2024' could be 4 December or 12 April; "
        "write it as 2024-12-04 or 2024-04-12"
    )
    assert not (tmp_path / "w.db").exists()
    for plain in ("13/04/2024", "4/4/2024", "2024/4/12"):  # one reading only: taken as written
        ok = CliRunner().invoke(cli, ["extract", str(tmp_path / "a.txt"), "--db", db, "--published", plain])
        assert ok.exit_code == 0, ok.output


TEASER = (
    "<html><head><title>Cheaper fares for night buses</title></head><body><article>"
    "<h1>Cheaper fares for night buses</h1><p>Riders on the night routes will pay less, the transit "
    "board decided after a long debate about costs and service.</p><p>Subscribe to read more…</p>"
    "</article></body></html>"
)


def test_zero_claims_says_how_much_text_there_was_and_what_a_short_page_may_be(tmp_path):
    (tmp_path / "teaser.html").write_text(TEASER, encoding="utf-8")
    (tmp_path / "plain.txt").write_text(
        "---\npublished: 2025-06-10\n---\n江心大桥的设计方案仍在讨论。\n", encoding="utf-8"
    )
    db = str(tmp_path / "w.db")
    page = CliRunner().invoke(cli, ["extract", str(tmp_path / "teaser.html"), "--db", db])
    assert page.exit_code == 0, page.output
    line = page.stderr.splitlines()[0]
    assert line.startswith(f"{tmp_path / 'teaser.html'}: 0 claim(s) (no dated claim in its ")
    assert line.endswith(
        " character(s) of text; a paywalled or script-built page gives little text: save the article's text as .txt)"
    )
    text = CliRunner().invoke(cli, ["extract", str(tmp_path / "plain.txt"), "--db", db])
    assert (
        text.stderr.splitlines()[0]
        == f"{tmp_path / 'plain.txt'}: 0 claim(s) (no dated claim in its 15 character(s) of text)"
    )


def test_re_extracting_an_edited_article_says_what_happened_to_its_reviews(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    story = tmp_path / "bridge.txt"
    story.write_text(ARTICLE + "2021年5月，大桥通车。\n", encoding="utf-8")
    CliRunner().invoke(cli, ["extract", "bridge.txt", "--db", "w.db"])
    shown = CliRunner().invoke(cli, ["show", "--db", "w.db"]).stdout
    claim = next(line.split()[-1] for line in shown.splitlines() if "开工" in line)
    CliRunner().invoke(cli, ["review", "set", claim, "--status", "verified", "--db", "w.db"])
    story.write_text(ARTICLE.replace("2019年3月", "2019年4月") + "2021年5月，大桥通车。\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", "bridge.txt", "--db", "w.db"])
    lines = result.stderr.splitlines()
    assert "note: bridge.txt: 1 review(s) moved to the new claims holding their quotes" in lines
    (warning,) = [line for line in lines if line.startswith("warning:")]
    assert warning.startswith("warning: bridge.txt: 1 reviewed claim(s) now quote or date something other")
    assert "re-check each verdict (`timeline review log clm-" in warning


def test_a_folder_named_with_its_manifest_leaves_the_listed_files_to_the_manifest(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "desk" / "wire").mkdir(parents=True)
    (tmp_path / "desk" / "bridge.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "desk" / "wire" / "school.txt").write_text(
        "2022年10月，新校区立项。今年9月1日启用。\n", encoding="utf-8"
    )
    (tmp_path / "desk" / "list.csv").write_text(
        "path,published,outlet\nwire/school.txt,2024-09-05,示例教育报\n", encoding="utf-8"
    )
    result = CliRunner().invoke(cli, ["extract", "desk", "desk/list.csv", "--db", "w.db"])
    assert result.exit_code == 0, result.output
    lines = result.stderr.splitlines()
    assert lines[0] == (
        "note: desk: left out 1 file(s) that desk/list.csv lists; the manifest reads them with its metadata"
    )
    # read once, with the manifest's date: no 'no publication date' warning, no note about list.csv
    assert lines[1:] == [
        "desk/bridge.txt: 1 claim(s)",
        "desk/wire/school.txt: 2 claim(s)",
        "2 article(s), 3 claim(s) in w.db",
    ]


def test_a_full_disk_stops_the_run_with_one_line_saying_what_was_kept(tmp_path, monkeypatch):
    from timeline.errors import StoreError
    from timeline.store import Store

    monkeypatch.chdir(tmp_path)
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(ARTICLE.replace("江心", name[0]), encoding="utf-8")
    original = Store.save

    def fills_up(self, article, claims):
        if article.source_path == "b.txt":
            raise StoreError("w.db: the disk is full (database or disk is full); free some space")
        return original(self, article, claims)

    monkeypatch.setattr(Store, "save", fills_up)
    result = CliRunner().invoke(cli, ["extract", "a.txt", "b.txt", "c.txt", "--db", "w.db"])
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == (
        "Error: w.db: the disk is full (database or disk is full); free some space (while saving b.txt; "
        "the 1 article(s) saved before it are kept: run the same command again after the fix)"
    )
    assert "c.txt" not in result.stderr  # stopped: the next article would fail the same way


def test_published_without_a_zone_takes_each_article_languages_zone(tmp_path):
    """`--published 2024-04-24` is midnight UTC for an English story and +08:00 for a Chinese one."""
    from timeline.store import Store

    (tmp_path / "en.txt").write_text("The shelter opened in 2016.\n", encoding="utf-8")
    (tmp_path / "zh.txt").write_text("2016年，市里成立了救助站。\n", encoding="utf-8")
    db = tmp_path / "w.db"
    for published in ("2024-04-24", "2024-04-24T09:00Z"):
        result = CliRunner().invoke(
            cli,
            [
                "extract",
                str(tmp_path / "en.txt"),
                str(tmp_path / "zh.txt"),
                "--db",
                str(db),
                "--published",
                published,
            ],
        )
        assert result.exit_code == 0, result.stderr
        with Store(db) as store:
            zones = {a.lang: a.published_at.isoformat() for a in store.articles()}
        if published == "2024-04-24":
            assert zones == {"en": "2024-04-24T00:00:00+00:00", "zh": "2024-04-24T00:00:00+08:00"}
        else:
            assert zones == {"en": "2024-04-24T09:00:00+00:00", "zh": "2024-04-24T09:00:00+00:00"}


def test_standard_input_named_twice_is_read_once(tmp_path):
    args = ["extract", "-", "-", "--db", str(tmp_path / "w.db"), "--published", "2024-04-24"]
    result = CliRunner().invoke(cli, args, input="2016年，市里成立了救助站。\n")
    lines = result.stderr.splitlines()
    assert result.exit_code == 1
    assert "error: -: standard input is named twice; it is read once, so name it once" in lines
    assert "<stdin>: 1 claim(s)" in lines and "the file is empty" not in result.stderr
