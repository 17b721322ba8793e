"""`timeline export`: write the workspace's timeline in one format or all of them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from timeline import export as exporting
from timeline.cli.app import Failures, article_options, cli, db_option, finish
from timeline.cli.extracting import extract_into
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
    help="Output file (default exports/timeline.<ext>); a folder for --format all (default exports/).",
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
    """Write the workspace's timeline to a file; given PATHs are extracted first.

    \b
    Example:
      timeline export --format parquet examples/     # extract, then write exports/timeline.parquet
      timeline export --format csv --out claims.csv  # from the workspace
      timeline export --format html --screenshot     # exports/timeline.html and timeline.png
      timeline export --format all                   # every format into exports/
    """
    fmt = fmt or format_for(out)
    if screenshot and fmt not in ("html", exporting.ALL):
        raise click.UsageError("--screenshot works with --format html or --format all")
    target = out or exporting.default_path(fmt)
    if target.resolve() == db.resolve():
        raise click.UsageError(f"--out {target} is the workspace itself; choose another file")
    if fmt == exporting.ALL and (target.is_file() or target.suffix in exporting.SUFFIXES.values()):
        raise click.UsageError(f"--out {target}: --format all writes a folder of files; give a folder")
    if fmt != exporting.ALL and target.is_dir():
        raise click.UsageError(f"--out {target} is a folder; give a file name (or use --format all)")
    failures = Failures()
    with Store(db, create=bool(paths)) as store:
        if paths:
            extract_into(store, paths, overrides, failures, quiet)
        timeline = store.timeline()
    options = {"raw": raw} if fmt in ("csv", "datapackage", exporting.ALL) else {}
    path = exporting.write(timeline, target, fmt, **options)
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
    finish(written, failures, quiet)


def format_for(out: Path | None) -> str:
    """The export format named by an --out file's suffix (claims.csv → csv), else parquet."""
    if out is not None:
        name = out.name.lower()
        matches = [f for f, suffix in exporting.SUFFIXES.items() if name.endswith(suffix)]
        if matches:
            return max(matches, key=lambda f: len(exporting.SUFFIXES[f]))
        if out.suffix:
            raise click.UsageError(f"--out {out}: cannot tell the format from {out.suffix!r}; pass --format")
    return "parquet"
