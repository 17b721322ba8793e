"""`timeline export`: write the workspace's timeline in one format or all of them."""

from __future__ import annotations

import difflib
import tempfile
from pathlib import Path
from typing import Any

import click

from timeline import export as exporting
from timeline.cli.app import Failures, article_options, cli, db_option, finish, note_progress
from timeline.cli.extracting import extract_into
from timeline.errors import ExportError
from timeline.store import Store


@cli.command(name="export")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(list(exporting.FORMATS)),
    default=None,
    help="Output format; `all` writes every format into a folder. Default: from the --out suffix, else parquet.",
)
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    help="Output file (default exports/timeline.<ext>), `-` for standard output; a folder for --format all (default exports/).",
)
@click.option(
    "--raw",
    is_flag=True,
    help="CSV and data package: keep text cells exactly as extracted (no formula-injection prefix).",
)
@click.option(
    "--screenshot",
    is_flag=True,
    help="HTML: also save a PNG of the page beside it, rendered by headless Chromium.",
)
@click.argument("paths", nargs=-1)
@article_options
@db_option
def export_cmd(
    fmt: str,
    out: Path | None,
    raw: bool,
    screenshot: bool,
    paths: tuple[str, ...],
    db: Path,
    quiet: bool,
    **overrides: Any,
) -> None:
    """Write the workspace's timeline to a file; given PATHs are extracted first, and only they are written.

    \b
    Example:
      timeline export --format parquet examples/     # extract, then write exports/timeline.parquet
      timeline export --format csv --out claims.csv  # from the workspace
      timeline export --format html --screenshot     # exports/timeline.html and timeline.png
      timeline export --format all                   # every format into exports/
    """
    to_stdout = out is not None and str(out) == STDOUT
    if to_stdout:
        check_stdout(fmt, screenshot)
    fmt = fmt or format_for(out)
    if screenshot and fmt not in ("html", exporting.ALL):
        raise click.UsageError("--screenshot works with --format html or --format all")
    target = out or exporting.default_path(fmt)
    if not to_stdout and target.resolve() == db.resolve():
        raise click.UsageError(f"--out {target} is the workspace itself; choose another file")
    if fmt == exporting.ALL and (target.is_file() or target.suffix in exporting.SUFFIXES.values()):
        raise click.UsageError(f"--out {target}: --format all writes a folder of files; give a folder")
    if fmt != exporting.ALL and target.is_dir():
        raise click.UsageError(f"--out {target} is a folder; give a file name (or use --format all)")
    failures = Failures()
    saved: list[str] = []
    with Store(db, create=bool(paths)) as store:
        if paths:  # export what was named, not everything the workspace gathered before
            extract_into(store, paths, overrides, failures, quiet, saved)
            if not saved:  # exits 1 when inputs failed; never overwrites an export with nothing
                finish("no article was read, so nothing was exported", failures, quiet)
                return
        timeline = store.timeline(set(saved) if paths else None)
        held = store.counts()[1]
    options = {"raw": raw} if fmt in ("csv", "datapackage", exporting.ALL) else {}
    if to_stdout:
        path = Path("<stdout>")
        with tempfile.TemporaryDirectory(prefix="timeline-") as folder:
            data = exporting.write(timeline, Path(folder) / f"out{exporting.SUFFIXES[fmt]}", fmt, **options)
            click.echo(data.read_bytes(), nl=False)  # bytes go to the binary stream as they are
    else:
        before = f"{len(saved)} article(s) saved in {db}; " if paths else ""
        kept = (
            f"the previous {target} is unchanged" if target.exists() else f"nothing was written to {target}"
        )
        note_progress(before + kept)
        written: list[Path] = []

        def progress(done: list[Path]) -> None:
            written[:] = done
            _note_written(before, done)

        try:
            path = exporting.write(timeline, target, fmt, progress=progress, **options)
        except ExportError as exc:
            if not written:
                raise
            names = ", ".join(p.name for p in written)  # --format all stopped part way: say what is new
            raise ExportError(
                f"{exc} ({names} in {written[0].parent}/ are new; the other files there are from the "
                "previous export, or absent)"
            ) from None
    for note in exporting.warnings(timeline, fmt):
        click.echo(f"warning: {note}", err=True)
    if screenshot:
        from timeline.export.browser import render

        page = path / "timeline.html" if fmt == exporting.ALL else path
        picture = page.with_suffix(".png")
        render(page.resolve().as_uri(), screenshot=picture)
        if not quiet:
            click.echo(f"screenshot: {picture}", err=True)
    written = f"wrote {len(timeline.claims)} claim(s) to {path}"
    if fmt == exporting.ALL:  # name the files, so a first-time user knows what to open
        names = [exporting.default_path(f, Path()).name for f in exporting.SUFFIXES]
        written += f"{'' if str(path).endswith('/') else '/'}: {', '.join(names)}"
    if paths and held > len(timeline.claims) and not quiet:
        click.echo(
            f"note: only the articles named were exported ({len(timeline.claims)} of the {held} claim(s) "
            f"in {db}); `timeline export` without PATH writes the whole workspace",
            err=True,
        )
    finish(written, failures, quiet)


STDOUT = "-"
"""`--out -`: write the file's bytes to standard output (`timeline export --format jsonl --out - | jq`)."""
FILE_ONLY = ("parquet", "xlsx", "sqlite", "datapackage", exporting.ALL)
"""Formats that are binary or more than one file, so they cannot go to standard output."""


def check_stdout(fmt: str | None, screenshot: bool) -> None:
    """Refuse `--out -` for what cannot be streamed, saying what to do instead."""
    streamable = ", ".join(f for f in exporting.WRITERS if f not in FILE_ONLY)
    if fmt is None:
        raise click.UsageError(f"--out - writes to standard output: pass --format ({streamable})")
    if fmt in FILE_ONLY or screenshot:
        what = "--screenshot" if screenshot else f"--format {fmt}"
        raise click.UsageError(
            f"{what} writes files, not standard output: give --out a file name, or stream one of {streamable}"
        )


def _note_written(before: str, done: list[Path]) -> None:
    """What a Ctrl-C during `--format all` leaves: these files are new, the others from before."""
    names = ", ".join(p.name for p in done)
    note_progress(
        f"{before}wrote {names} in {done[0].parent}/; the other files there are from the previous export"
    )


def format_for(out: Path | None) -> str:
    """The export format named by an --out file's suffix (claims.csv → csv), else parquet."""
    if out is not None:
        name = out.name.lower()
        matches = [f for f, suffix in exporting.SUFFIXES.items() if name.endswith(suffix)]
        if matches:
            return max(matches, key=lambda f: len(exporting.SUFFIXES[f]))
        if out.suffix:
            known = sorted({"." + suffix.rsplit(".", 1)[1] for suffix in exporting.SUFFIXES.values()})
            near = difflib.get_close_matches(out.suffix.lower(), known, n=1, cutoff=0.75)
            hint = f" (did you mean {near[0]}?)" if near else ""
            raise click.UsageError(
                f"--out {out}: cannot tell the format from {out.suffix!r}{hint}; pass --format "
                f"or end the name with one of {', '.join(known)}"
            )
    return "parquet"
