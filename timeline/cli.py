"""The `timeline` command: a thin click shell over the library. The only module that prints."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import click

from timeline import export as exporting
from timeline.cli_table import claim_rows, mention_rows, print_table
from timeline.errors import InputError, TimelineError
from timeline.ingest import (
    DEFAULT_MAX_BYTES,
    STDIN,
    Overrides,
    iter_files,
    parse_published,
    read_article,
    read_articles,
)
from timeline.pipeline import extract_article
from timeline.schema import write_schemas
from timeline.store import Store
from timeline.temporal import GRAMMARS, tag
from timeline.temporal.reference import PARTIAL_REFERENCE
from timeline.version import __version__

LANGS = click.Choice(sorted(GRAMMARS))


class Failures:
    """Per-input failures of a batch: printed as they happen, summarised at the end."""

    def __init__(self) -> None:
        self.messages: list[str] = []

    def add(self, message: str) -> None:
        """Record one failure and print it as a one-line error."""
        self.messages.append(message)
        click.echo(f"error: {message}", err=True)


def db_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """The --db option shared by every command that uses the workspace."""
    return click.option(
        "--db",
        type=click.Path(dir_okay=False, path_type=Path),
        envvar="TIMELINE_DB",
        default="timeline.db",
        show_default=True,
        help="Workspace file (or set TIMELINE_DB).",
    )(func)


def article_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Input options shared by `extract` and `export PATH...`: metadata overrides and how to read."""
    options = (
        click.option("--published", help="Publication date or date-time, e.g. 2024-04-24T09:21+08:00."),
        click.option("--lang", type=LANGS, help="Article language (default: detected)."),
        click.option("--title", help="Article title."),
        click.option("--url", help="Article URL."),
        click.option("--outlet", help="Publishing outlet."),
        click.option("--encoding", help="Input encoding, e.g. gb18030, big5 or utf-16 (default: detected)."),
        click.option(
            "--glob",
            "glob_pattern",
            help="In folders, read only files whose name matches, e.g. '*.html' (default: every "
            ".txt .md .html .json .jsonl, plain or .gz).",
        ),
        click.option(
            "--max-size",
            type=click.FloatRange(min=0.001),
            default=DEFAULT_MAX_BYTES / 2**20,
            show_default=True,
            help="Largest article file in MB (after inflating .gz); larger files are refused unread.",
        ),
        click.option("--quiet", "-q", is_flag=True, help="Print only errors."),
    )
    for option in reversed(options):
        func = option(func)
    return func


class TimelineGroup(click.Group):
    """A click group that turns library errors into one-line messages (tracebacks only with --debug)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except TimelineError as exc:
            if "--debug" in sys.argv or (ctx.obj or {}).get("debug"):
                raise
            raise click.ClickException(str(exc)) from None
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort, BrokenPipeError):
            raise  # click ends quietly on a closed pipe (`timeline tag … | head`)
        except Exception as exc:
            if "--debug" in sys.argv or (ctx.obj or {}).get("debug"):
                raise
            raise click.ClickException(
                f"unexpected {type(exc).__name__}: {exc} (rerun with --debug for the traceback)"
            ) from None


@click.group(cls=TimelineGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="timeline")
@click.option("--debug", is_flag=True, help="Show full tracebacks for errors.")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """Pull every dated claim out of news articles into a validated timeline.

    \b
    Example:
      timeline extract articles/            # read articles into ./timeline.db
      timeline export --format parquet      # write exports/timeline.parquet
      timeline show                         # the timeline in the terminal
    """
    ctx.obj = {"debug": debug}


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@article_options
@db_option
def extract(paths: tuple[str, ...], db: Path, quiet: bool, **overrides: Any) -> None:
    """Extract dated claims from article files or folders into the workspace.

    \b
    Example:
      timeline extract examples/ --db newsroom.db
      timeline extract story.txt --published 2024-04-24 --lang zh
    """
    failures = Failures()
    with Store(db) as store:
        articles, claims = _extract_into(store, paths, overrides, failures, quiet)
    _finish(f"{articles} article(s), {claims} claim(s) in {db}", failures, quiet)


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
    fmt = fmt or _format_for(out)
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
            _extract_into(store, paths, overrides, failures, quiet)
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
    _finish(f"wrote {len(timeline.claims)} claim(s) to {path}", failures, quiet)


def _format_for(out: Path | None) -> str:
    """The export format named by an --out file's suffix (claims.csv → csv), else parquet."""
    if out is not None:
        name = out.name.lower()
        matches = [f for f, suffix in exporting.SUFFIXES.items() if name.endswith(suffix)]
        if matches:
            return max(matches, key=lambda f: len(exporting.SUFFIXES[f]))
        if out.suffix:
            raise click.UsageError(f"--out {out}: cannot tell the format from {out.suffix!r}; pass --format")
    return "parquet"


@cli.command(name="tag")
@click.argument("file", default="-")
@click.option(
    "--reference",
    "--published",
    "reference",
    help="Reference date for relative expressions (default: the article's own date); "
    "--published is the same option, as in `extract`. 1837 or 2008-03 when only the year or month is known.",
)
@click.option("--lang", type=LANGS, help="Language (default: detected).")
@click.option(
    "--prefer",
    type=click.Choice(["past", "future", "current"]),
    default="past",
    show_default=True,
    help="Resolve bare weekdays and months backward (news), forward, "
    "or in the reference's own year, month and week (current).",
)
@click.option("--timeml", is_flag=True, help="Follow TimeML span conventions (ranges as two end points).")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True)
@click.option("--encoding", help="Input encoding, e.g. gb18030, big5 or utf-16 (default: detected).")
def tag_cmd(
    file: str,
    reference: str | None,
    lang: str | None,
    prefer: str,
    timeml: bool,
    fmt: str,
    encoding: str | None,
) -> None:
    """List every time expression in a file (or stdin) with its resolved value and rule.

    \b
    Example:
      echo '2017年9月签订协议，次日生效。' | timeline tag --reference 2024-04-24
      timeline tag story.txt --format table
    """
    if file != "-" and not Path(file).exists():
        raise InputError(f"{file}: no such file or folder; check the path")
    if file != "-" and Path(file).is_dir():
        raise InputError(
            f"{file}: a folder; `timeline tag` reads one file (use `timeline extract` for folders)"
        )
    article = read_article(file, **({"encoding": encoding} if encoding else {}))  # "-" reads stdin
    ref: datetime | date | str | None = (
        article.published_at.replace(tzinfo=None) if article.published_at else None
    )
    if reference and PARTIAL_REFERENCE.match(reference):
        ref = reference.strip()  # known only to its year or month: tag() invents nothing finer
    elif reference:
        try:
            ref = parse_published(reference, article.lang, "--reference").replace(tzinfo=None)
        except InputError as exc:
            raise click.BadParameter(
                f"{reference!r} is not a date; write it as 2024-04-24 or 2024-04-24T09:21+08:00",
                param_hint="--reference",
            ) from exc
    mentions = tag(
        article.text,
        reference=ref,
        lang=lang or article.lang,
        prefer=prefer,  # type: ignore[arg-type]
        timeml=timeml,
    )
    if fmt == "jsonl":
        for mention in mentions:
            click.echo(mention.model_dump_json())
    else:
        print_table(
            mention_rows(mentions),
            ("start", "text", "type", "value", "precision", "qualifier", "anchor", "rule"),
        )


@cli.command()
@db_option
@click.option("--orphans", is_flag=True, help="List reviews whose claim disappeared after re-extraction.")
@click.option(
    "--conflicts",
    is_flag=True,
    help="Only claims that disagree with another source (see `timeline conflicts`).",
)
@click.option(
    "--limit", type=click.IntRange(min=0), default=0, help="Show at most this many claims (0 = all)."
)
def show(db: Path, orphans: bool, conflicts: bool, limit: int) -> None:
    """Show the workspace's timeline as a table in the terminal.

    \b
    Example:
      timeline show --limit 20
      timeline show --orphans
      timeline show --conflicts
    """
    with Store(db, create=False) as store:
        if conflicts:
            from timeline.review.conflicts import find_conflicts

            rows = find_conflicts(store.claims())
            shown_rows = rows[:limit] if limit else rows
            print_table(
                shown_rows,
                ("conflict_group", "disagreement", "date_edtf", "source_outlet", "claim_text", "claim_id"),
            )
            groups = len({r["conflict_group"] for r in rows})
            click.echo(f"{len(shown_rows)} of {len(rows)} claim(s) in {groups} conflict group(s)", err=True)
            return
        if orphans:
            reviews = store.orphan_reviews()
            rows = [
                {
                    "claim_id": r.claim_id,
                    "status": r.review_status,
                    "note": r.review_note or "",
                    "quote": (r.claim_text or "")[:40],
                }
                for r in reviews
            ]
            print_table(rows, ("claim_id", "status", "note", "quote"))
            click.echo(f"{len(reviews)} orphaned review(s)", err=True)
            return
        claims = store.claims()
    shown = claims[:limit] if limit else claims
    print_table(claim_rows(shown), ("date", "precision", "qualifier", "event", "claim", "claim_id"))
    click.echo(f"{len(shown)} of {len(claims)} claim(s)", err=True)


@cli.command()
@click.option(
    "--out-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("schemas"),
    show_default=True,
    help="Folder for the schema files.",
)
def schema(out_dir: Path) -> None:
    """Write the JSON Schemas of the records (article, claim, timeline).

    \b
    Example:
      timeline schema --out-dir schemas
    """
    for path in write_schemas(out_dir):
        click.echo(str(path))


# -- helpers -----------------------------------------------------------------------------------


def _extract_into(
    store: Store, paths: Iterable[str], overrides: dict[str, Any], failures: Failures, quiet: bool
) -> tuple[int, int]:
    """Read every input, extract its claims and save each article in its own transaction."""
    glob_pattern = overrides.pop("glob_pattern", None)
    max_size = overrides.pop("max_size", None) or DEFAULT_MAX_BYTES / 2**20
    published = overrides.pop("published", None)
    if published:
        try:
            overrides["published"] = parse_published(published, overrides.get("lang") or "zh", "--published")
        except InputError as exc:
            raise click.BadParameter(
                f"{published!r} is not a date; write it as 2024-04-24 or 2024-04-24T09:21+08:00",
                param_hint="--published",
            ) from exc
    overrides = {k: v for k, v in overrides.items() if v is not None}
    opts = Overrides(**overrides, max_bytes=int(max_size * 2**20))
    debug = _debug()
    articles = claims = 0
    for path in _files(paths, failures, glob_pattern):
        for result in read_articles(path, opts):
            if isinstance(result, InputError):
                failures.add(str(result))
                continue
            name = result.source_path or "<stdin>"
            try:
                extraction = extract_article(result)
                store.save(result, extraction.claims)
            except TimelineError as exc:
                failures.add(str(exc))
                continue
            except Exception as exc:
                if debug:
                    raise
                failures.add(
                    f"{name}: unexpected {type(exc).__name__} ({exc}); rerun with --debug and report it"
                )
                continue
            for message in extraction.warnings:
                click.echo(f"warning: {message}", err=True)
            for reason in extraction.rejected:
                click.echo(f"warning: {name}: rejected claim {reason}", err=True)
            articles += 1
            claims += len(extraction.claims)
            if not quiet:
                click.echo(f"{name}: {len(extraction.claims)} claim(s)", err=True)
    return articles, claims


def _files(paths: Iterable[str], failures: Failures, glob_pattern: str | None = None) -> Iterable[str | Path]:
    """The inputs named on the command line: files, folder contents (recursive) and `-` (stdin)."""
    for raw in paths:
        if raw == STDIN:
            yield raw
            continue
        skipped: list[Path] = []
        unreadable: list[InputError] = []
        try:
            files = list(iter_files([raw], glob_pattern, None if glob_pattern else skipped, unreadable))
        except InputError as exc:
            failures.add(str(exc))
            continue
        for error in unreadable:
            failures.add(str(error))
        if skipped:
            names = ", ".join(p.name for p in skipped[:3]) + (", …" if len(skipped) > 3 else "")
            click.echo(
                f"note: {raw}: skipped {len(skipped)} file(s) that are not articles ({names}); "
                "use --glob to read them",
                err=True,
            )
        if not files:
            wanted = (
                f"files matching {glob_pattern!r}" if glob_pattern else ".txt, .md, .html or .json articles"
            )
            failures.add(f"{raw}: no {wanted} in this folder; check the path or --glob")
        yield from files


def _finish(summary: str, failures: Failures, quiet: bool) -> None:
    """Print the batch summary; exit 1 when any input failed."""
    if failures.messages:
        click.echo(f"{summary}; {len(failures.messages)} input(s) failed (see the errors above)", err=True)
        sys.exit(1)
    if not quiet:
        click.echo(summary, err=True)


def _debug() -> bool:
    ctx = click.get_current_context(silent=True)
    root = ctx.find_root() if ctx else None
    return "--debug" in sys.argv or bool(root and (root.obj or {}).get("debug"))


def main() -> None:
    """Console entry point."""
    cli(prog_name="timeline")


from timeline.cli_review import conflicts, review  # noqa: E402  (registers the fact-check commands)

cli.add_command(review)
cli.add_command(conflicts)
