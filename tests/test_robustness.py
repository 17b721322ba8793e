"""Bad input never stops a batch; SIGKILL never loses or half-writes data (inputs built here)."""

from __future__ import annotations

import gzip
import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import cli
from timeline.ingest import read_article
from timeline.ingest.files import DEFAULT_MAX_BYTES
from timeline.temporal import tag

ROOT = Path(__file__).resolve().parent.parent
GOOD = "---\npublished: 2024-04-24\n---\n2016年，市里成立了反诈中心。\n\n2017年9月，两地签署合作协议。\n"
GOOD_EN = "---\npublished: 2024-04-24\n---\nThe shelter opened in 2016.\n\nIn September 2017 the cities signed a deal.\n"
ELF = b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 8
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4


def run_cli(*args: str) -> tuple[int, list[str]]:
    """Run the CLI in-process; return the exit code and the stderr lines."""
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stderr.splitlines()


def errors_for(lines: list[str], name: str) -> list[str]:
    """The error lines that name `name`."""
    return [line for line in lines if line.startswith("error: ") and name in line]


BAD_INPUTS = {
    "empty.txt": (b"", "the file is empty"),
    "blank.txt": (b"  \n\t\n \r\n", "only whitespace"),
    "image.txt": (PNG, "binary file"),
    "program.md": (ELF, "binary file"),
    "nul.txt": ("2016年成立。".encode() + b"\x00\x00" + "2017年签约。".encode(), "binary file"),
    "cut.txt": ("2016年，市里成立了反诈中心。".encode()[:-1], "cut off mid-character"),
    "mixed.txt": (
        "2016年，市里成立了反诈中心。".encode() + "2017年9月，两地签署合作协议。".encode("gbk"),
        "--encoding",
    ),
    "badyear.md": (b"---\npublished: 2024-02-30\n---\nSome text from 2016.\n", "not a real publication date"),
    "nobody.html": (b"<html><head><title>Only a head</title></head></html>", "no article text found"),
    "nested.html": (
        b"<html><body>" + b"<div>" * 50000 + b"<p>Deep.</p>" + b"</div>" * 50000 + b"</body></html>",
        "no article text found",
    ),
    "bomb.txt.gz": (gzip.compress(b"a" * (3 * 1024 * 1024)), "inflates past the 2 MB limit"),
    "broken.txt.gz": (b"\x1f\x8b\x08\x00garbage", "not a readable .gz file"),
    "rows.jsonl": (
        b'{"text": "2016\\u5e74\\u6210\\u7acb\\u3002"}\n[1, 2]\n',
        "line 2: a record must be a JSON object",
    ),
}


def test_every_bad_input_gets_one_line_and_the_batch_goes_on(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, (data, _) in BAD_INPUTS.items():
        (folder / name).write_bytes(data)
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "zz_good.txt").write_text(GOOD_EN, encoding="utf-8")
    (folder / "loop_a.txt").symlink_to(folder / "loop_b.txt")
    (folder / "loop_b.txt").symlink_to(folder / "loop_a.txt")
    (folder / "sub").mkdir()
    (folder / "sub" / "back").symlink_to(folder, target_is_directory=True)  # a folder loop
    os.mkfifo(folder / "pipe.txt")  # reading it naively would block forever
    db = tmp_path / "t.db"
    code, lines = run_cli(
        "extract", str(folder), str(tmp_path / "missing.txt"), "--max-size", "2", "--db", str(db)
    )
    assert code == 1
    for name, (_, expected) in BAD_INPUTS.items():
        found = errors_for(lines, name)
        assert len(found) == 1, (name, lines)
        assert expected in found[0], found
    assert "symbolic link loop" in errors_for(lines, "loop_a.txt")[0]
    assert "not a regular file" in errors_for(lines, "pipe.txt")[0]
    assert "no such file or folder" in errors_for(lines, "missing.txt")[0]
    assert all("Traceback" not in line for line in lines)
    assert all(len(line) < 400 for line in lines)
    failed = sum(line.startswith("error: ") for line in lines)
    assert lines[-1].endswith(f"; {failed} input(s) failed (see the errors above)")
    assert lines[-1].startswith("3 article(s)")  # good.txt, zz_good.txt and the good JSONL line
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone() == (3,)


def test_unreadable_file(tmp_path, monkeypatch):
    path = tmp_path / "secret.txt"
    path.write_text(GOOD, encoding="utf-8")
    path.chmod(0)
    if os.geteuid() == 0:  # root reads anything: make the open itself fail the way it would
        import timeline.ingest.files as files

        def denied(_path):
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr(files, "_open_raw", denied)
    code, lines = run_cli("extract", str(path), "--db", str(tmp_path / "t.db"))
    assert code == 1
    assert lines[0] == f"error: {path}: permission denied; make the file readable (chmod u+r) or copy it"


def test_file_deleted_during_the_run(tmp_path, monkeypatch):
    (tmp_path / "in").mkdir()
    first, second = tmp_path / "in" / "a.txt", tmp_path / "in" / "b.txt"
    first.write_text(GOOD, encoding="utf-8")
    second.write_text(GOOD_EN, encoding="utf-8")
    import timeline.cli.extracting as cli_module

    original = cli_module.extract_article

    def extract_then_delete(article):
        second.unlink(missing_ok=True)  # something removes the next file while we work
        return original(article)

    monkeypatch.setattr(cli_module, "extract_article", extract_then_delete)
    code, lines = run_cli("extract", str(tmp_path / "in"), "--db", str(tmp_path / "t.db"))
    assert code == 1
    assert errors_for(lines, "b.txt") == [
        f"error: {second}: the file disappeared before it could be read; check whether something moved it"
    ]
    assert lines[-1].startswith("1 article(s)")


def test_unexpected_errors_are_one_line_without_debug(tmp_path, monkeypatch):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(GOOD, encoding="utf-8")
    import timeline.cli.extracting as cli_module

    def boom(article):
        raise RuntimeError("grammar bug")

    monkeypatch.setattr(cli_module, "extract_article", boom)
    code, lines = run_cli("extract", str(tmp_path / "in"), "--db", str(tmp_path / "t.db"))
    assert code == 1
    assert lines[0].endswith("unexpected RuntimeError (grammar bug); rerun with --debug and report it")
    result = CliRunner().invoke(
        cli, ["--debug", "extract", str(tmp_path / "in"), "--db", str(tmp_path / "t.db")]
    )
    assert isinstance(result.exception, RuntimeError)


def test_one_megabyte_single_line(tmp_path):
    sentence = (  # news-like density: one date per 300 characters
        "The agency said on March 3, 2021 that costs had risen by four percent, and officials from the county "
        "board, the regional water authority and several neighbourhood groups argued for hours about who should "
        "pay for repairs to the old river embankment before the next storm season arrives in the autumn. "
    )
    path = tmp_path / "line.txt"
    path.write_text((sentence * (1_000_000 // len(sentence) + 1))[:1_000_000], encoding="utf-8")
    code, lines = run_cli("extract", str(path), "--published", "2024-04-24", "--db", str(tmp_path / "t.db"))
    assert code == 0, lines
    assert read_article(path).text.count("\n") == 0


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("会议原定于2023年2月30日举行。2月30日那天什么也没发生。", "zh"),
        ("The vote was set for February 30, 2023, then for Feb. 30.", "en"),
    ],
)
def test_impossible_dates_in_the_text_are_not_dates(text, lang):
    from datetime import datetime

    mentions = tag(text, reference=datetime(2023, 1, 5), lang=lang)
    assert all(m.value is None and m.date_start is None for m in mentions), mentions


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux /proc to read peak memory")
def test_fifty_megabytes_are_refused_with_bounded_memory(tmp_path):
    path = tmp_path / "huge.txt"
    line = ("2016年，市里成立了反诈中心。" * 20 + "\n").encode()
    with path.open("wb") as handle:
        while handle.tell() < 50 * 1024 * 1024:
            handle.write(line * 1000)
    script = textwrap.dedent(
        f"""
        import re, sys
        from pathlib import Path
        from timeline.cli import main
        sys.argv = ["timeline", "extract", {str(path)!r}, "--db", {str(tmp_path / "t.db")!r}]
        try:
            main()
        except SystemExit as exc:
            # VmHWM: this process image's peak RSS (ru_maxrss would include the forking parent's)
            status = Path("/proc/self/status").read_text()
            print(exc.code, int(re.search(r"VmHWM:\\s+(\\d+) kB", status).group(1)) // 1024)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, env=_env(), cwd=tmp_path
    )
    code, peak_mb = map(int, done.stdout.split())
    assert code == 1
    assert f"larger than the {DEFAULT_MAX_BYTES // 2**20} MB limit for one article" in done.stderr
    assert peak_mb < 250, f"peak RSS {peak_mb} MB"  # the interpreter and libraries take ~100 MB


# -- SIGKILL -------------------------------------------------------------------------------------


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def _articles(folder: Path, count: int, tag_: str = "") -> None:
    folder.mkdir(exist_ok=True)
    for i in range(count):
        (folder / f"a{i:03}.txt").write_text(
            f"---\npublished: 2024-04-{1 + i % 28:02}\n---\n{tag_}第{i}号简报：2016年，第{i}个站点建成。\n\n"
            f"{2000 + i % 20}年3月，第{i}项协议签署，投入{i}万元。\n",
            encoding="utf-8",
        )


def _kill_when(argv: list[str], trap: str, cwd: Path) -> None:
    """Run the CLI with `trap` patched in; SIGKILL it once it writes the marker file."""
    marker = cwd / "marker"
    script = textwrap.dedent(trap).format(marker=str(marker)) + (
        f"\nimport sys\nfrom timeline.cli import main\nsys.argv = {['timeline', *argv]!r}\nmain()\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", script], env=_env(), cwd=cwd, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while not marker.exists():
            assert proc.poll() is None, "the run ended before the trap fired: " + proc.stderr.read().decode()
            assert time.monotonic() < deadline, "the trap never fired"
            time.sleep(0.02)
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL


def test_sigkill_during_export_leaves_the_previous_export_intact(tmp_path):
    _articles(tmp_path / "old", 5)
    db, out = str(tmp_path / "t.db"), tmp_path / "claims.csv"
    code, lines = run_cli("export", "--format", "csv", "--out", str(out), str(tmp_path / "old"), "--db", db)
    assert code == 0, lines
    previous = out.read_bytes()
    _articles(tmp_path / "new", 40, tag_="新")
    # Stop the writer once the new data is in its temporary file (at the flush or the rename).
    trap = """
        import os, pathlib, time
        def stall(*args, **kwargs):
            pathlib.Path({marker!r}).write_text("now")
            time.sleep(600)
        os.fsync = os.replace = os.rename = stall
        pathlib.Path.replace = pathlib.Path.rename = stall
        """
    _kill_when(
        ["export", "--format", "csv", "--out", str(out), str(tmp_path / "new"), "--db", db], trap, tmp_path
    )
    assert out.read_bytes() == previous


def _claims_by_article(db: Path) -> dict[str, set[str]]:
    with sqlite3.connect(db) as con:
        ids = {a for (a,) in con.execute("SELECT article_id FROM articles")}
        found: dict[str, set[str]] = {a: set() for a in ids}
        for claim_id, article_id in con.execute("SELECT claim_id, article_id FROM claims"):
            found.setdefault(article_id, set()).add(claim_id)
    return found


def test_sigkill_during_extract_keeps_the_workspace_consistent(tmp_path):
    _articles(tmp_path / "in", 12)
    reference = tmp_path / "reference.db"
    code, _ = run_cli("extract", str(tmp_path / "in"), "--db", str(reference))
    assert code == 0
    want = _claims_by_article(reference)
    db = tmp_path / "t.db"
    code, _ = run_cli("extract", str(tmp_path / "in" / "a000.txt"), "--db", str(db))
    from timeline.models import Review
    from timeline.store import Store

    with Store(db) as store:
        reviewed = store.claims()
        for claim in reviewed:
            store.set_review(
                Review(claim_id=claim.claim_id, review_status="verified", claim_text=claim.claim_text)
            )
    # Kill in the middle of the 6th article's transaction (its article row written, claims not yet).
    trap = """
        import pathlib, re, time
        import timeline.store as store_module
        seen = []
        def trace(sql):
            if re.match(r"\\s*INSERT\\b.*?\\barticles\\b", sql, re.I | re.S):
                seen.append(sql)
            if len(seen) == 6 and re.match(r"\\s*INSERT\\b.*?\\bclaims\\b", sql, re.I | re.S):
                pathlib.Path({marker!r}).write_text("now")
                time.sleep(600)
        original = store_module.Store.__init__
        def init(self, *a, **k):
            original(self, *a, **k)
            self.db.set_trace_callback(trace)
        store_module.Store.__init__ = init
        """
    _kill_when(["extract", str(tmp_path / "in"), "--db", str(db)], trap, tmp_path)
    got = _claims_by_article(db)
    assert 1 <= len(got) < len(want)  # some articles in, the killed one and the rest not
    for article_id, claim_ids in got.items():
        assert claim_ids == want[article_id], article_id  # every article fully in, never half
    with Store(db) as store:
        assert {r.claim_id for r in store.reviews()} == {c.claim_id for c in reviewed}
        assert all(r.review_status == "verified" for r in store.reviews())
    code, _ = run_cli("extract", str(tmp_path / "in"), "--db", str(db))  # and the workspace still works
    assert code == 0
    assert _claims_by_article(db) == want


def test_json_records_survive_a_round_trip(tmp_path):
    path = tmp_path / "one.json"
    path.write_text(json.dumps({"text": GOOD.split("---\n")[2], "published": "2024-04-24"}), encoding="utf-8")
    code, lines = run_cli("extract", str(path), "--db", str(tmp_path / "t.db"))
    assert code == 0, lines


def test_unreadable_sub_folder_is_reported_and_the_rest_read(tmp_path, monkeypatch):
    (tmp_path / "in" / "locked").mkdir(parents=True)
    (tmp_path / "in" / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "in" / "locked" / "b.txt").write_text(GOOD_EN, encoding="utf-8")
    locked = tmp_path / "in" / "locked"
    locked.chmod(0)
    if os.geteuid() == 0:  # root lists anything: make the listing fail the way it would
        real_scandir = os.scandir

        def scandir(path="."):
            if Path(path) == locked:
                raise PermissionError(13, "Permission denied", str(path))
            return real_scandir(path)

        monkeypatch.setattr(os, "scandir", scandir)
    try:
        code, lines = run_cli("extract", str(tmp_path / "in"), "--db", str(tmp_path / "t.db"))
    finally:
        locked.chmod(0o755)
    assert code == 1
    assert errors_for(lines, "locked") == [
        f"error: {locked}: permission denied on this folder; make it readable (chmod u+rx)"
    ]
    assert lines[-1].startswith("1 article(s)")
