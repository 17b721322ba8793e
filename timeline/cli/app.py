"""The `timeline` click group, its shared options and the batch summary used by every command."""

from __future__ import annotations

import os
import re
import sqlite3
import sys
import warnings
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from timeline.cli import INTERRUPTED
from timeline.errors import InputError, InputWarning, TimelineError
from timeline.ingest import DEFAULT_MAX_BYTES, parse_published
from timeline.ingest.files import readable_name
from timeline.version import __version__

if TYPE_CHECKING:
    from timeline.models import Article

# The languages of timeline.temporal.GRAMMARS, written out so that `--help` and commands that do
# not tag (show, export, review) start without compiling the grammars (tests/test_cli.py checks).
LANGS = click.Choice(["en", "zh", "zh-Hant"])


_UNPRINTABLE = [
    *range(0x20),
    *range(0x7F, 0xA0),
    0x2028,
    0x2029,
    *range(0x202A, 0x202F),
    *range(0x2066, 0x206A),
]
_ESCAPES = {code: chr(code).encode("unicode_escape").decode("ascii") for code in _UNPRINTABLE}
"""Line breaks, terminal escapes and bidi overrides, as `\\n`, `\\x1b`, `\\u202e`."""


def one_line(message: str) -> str:
    """`message` as one printable line: control characters a file name may hold are shown escaped."""
    return readable_name(message).translate(_ESCAPES)


class Failures:
    """Per-input failures of a batch: printed as they happen, summarised at the end."""

    def __init__(self) -> None:
        self.messages: list[str] = []

    def add(self, message: str) -> None:
        """Record one failure and print it as a one-line error."""
        self.messages.append(message)
        click.echo(f"error: {one_line(message)}", err=True)


def db_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """The --db option shared by every command that uses the workspace."""
    return click.option(
        "--db",
        type=click.Path(dir_okay=False, path_type=Path),
        envvar="TIMELINE_DB",
        default="timeline.db",
        show_default=True,
        callback=_remember_db,
        help="Workspace file (or set TIMELINE_DB).",
    )(func)


def _remember_db(ctx: click.Context, _param: click.Parameter, value: Path) -> Path:
    """Keep the workspace path where the error handler can name it (a damaged file)."""
    root = ctx.find_root()
    if isinstance(root.obj, dict):
        root.obj["db"] = value
    return value


def damaged_workspace(db: Path | None, exc: sqlite3.DatabaseError) -> str:
    """One line for an SQLite error outside a write: the workspace file is damaged, and how to rescue it."""
    name = db or "the workspace"
    return (
        f"{name}: the workspace file is damaged ({exc}); restore a backup, or rescue what is readable: "
        f"sqlite3 {name} .recover | sqlite3 rescued.db, then pass --db rescued.db"
    )


def quiet_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """--quiet / -q: print only errors (for commands outside `extract` and `export`)."""
    return click.option("--quiet", "-q", is_flag=True, help="Print only errors.")(func)


def article_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Input options shared by `extract` and `export PATH...`: metadata overrides and how to read."""
    options = (
        click.option(
            "--published",
            callback=_checked_date,  # refused before the workspace is opened
            help="Publication date or date-time, e.g. 2024-04-24T09:21+08:00.",
        ),
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
        click.option(
            "--jobs",
            "-j",
            type=click.IntRange(min=0),
            default=1,
            show_default=True,
            help="Read and extract N inputs at a time in worker processes (0: one per CPU); articles are "
            "saved in input order, so the workspace is the same as with one.",
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
            raise click.ClickException(one_line(str(exc))) from None
        except KeyboardInterrupt:  # Ctrl-C: say what was kept; every save and file is all or nothing
            if "--debug" in sys.argv or (ctx.obj or {}).get("debug"):
                raise
            saved = (ctx.obj or {}).get("progress") or "nothing was half-written"
            click.echo(f"interrupted: {saved}; run the same command again to finish", err=True)
            sys.exit(INTERRUPTED)
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort, BrokenPipeError):
            raise  # click ends quietly on a closed pipe (`timeline tag … | head`)
        except sqlite3.DatabaseError as exc:  # a read hit a damaged page (writes report their own)
            if "--debug" in sys.argv or (ctx.obj or {}).get("debug"):
                raise
            raise click.ClickException(damaged_workspace((ctx.obj or {}).get("db"), exc)) from None
        except Exception as exc:
            if "--debug" in sys.argv or (ctx.obj or {}).get("debug"):
                raise
            raise click.ClickException(
                one_line(f"unexpected {type(exc).__name__}: {exc} (rerun with --debug for the traceback)")
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
    ctx.with_resource(warnings.catch_warnings())  # the library's warnings as they were, after the command
    warnings.simplefilter("always", InputWarning)
    shown = warnings.showwarning
    warnings.showwarning = lambda message, category, *args, **kwargs: (
        click.echo(f"warning: {one_line(str(message))}", err=True)
        if issubclass(category, InputWarning)
        else shown(message, category, *args, **kwargs)
    )


def finish(summary: str, failures: Failures, quiet: bool) -> None:
    """Print the batch summary; exit 1 when any input failed."""
    if failures.messages:
        click.echo(f"{summary}; {len(failures.messages)} input(s) failed (see the errors above)", err=True)
        sys.exit(1)
    if not quiet:
        click.echo(summary, err=True)


def note_progress(message: str) -> None:
    """What a Ctrl-C now would leave behind (`interrupted: MESSAGE; run the same command again …`)."""
    ctx = click.get_current_context(silent=True)
    root = ctx.find_root() if ctx else None
    if root is not None and isinstance(root.obj, dict):
        root.obj["progress"] = message


def debug_mode() -> bool:
    """True when the run asked for tracebacks (`timeline --debug …`)."""
    ctx = click.get_current_context(silent=True)
    root = ctx.find_root() if ctx else None
    return "--debug" in sys.argv or bool(root and (root.obj or {}).get("debug"))


_DAY_MONTH = re.compile(r"\s*(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def option_date(value: str, lang: str, option: str) -> datetime:
    """A date given on the command line (--published, --reference), or a usage error saying how to write it.

    `12/04/2024` is refused rather than guessed: it is 4 December in the US and 12 April in most
    other places, and a wrong publication date silently shifts every relative date of the article.
    """
    twice = _DAY_MONTH.match(value)
    if twice and int(twice[1]) != int(twice[2]) and all(1 <= int(n) <= 12 for n in twice.group(1, 2)):
        first, second, year = (int(n) for n in twice.group(1, 2, 3))
        raise click.BadParameter(
            f"{value!r} could be {second} {_MONTHS[first - 1]} or {first} {_MONTHS[second - 1]}; "
            f"write it as {year}-{first:02d}-{second:02d} or {year}-{second:02d}-{first:02d}",
            param_hint=option,
        )
    try:
        return parse_published(value, lang, option)
    except InputError as exc:
        raise click.BadParameter(
            f"{value!r} is not a date; write it as 2024-04-24 or 2024-04-24T09:21+08:00", param_hint=option
        ) from exc


def _checked_date(_ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Click callback: a --published that is no date, or reads two ways, is a usage error at once."""
    if value:
        option_date(value, "zh", f"--{param.name}")
    return value


def articles_named(articles: Sequence[Article], names: Iterable[str], db: Path) -> set[str]:
    """The ids of the articles `--article` names: an id, a source path however written, or its file name.

    A name that matches nothing is a usage error that says where the names are listed.
    """
    wanted: set[str] = set()
    for name in names:
        ids = {a.article_id for a in articles if _names(a.article_id, a.source_path, name)}
        if not ids:
            raise InputError(
                f"--article {name}: no article with this id, path or file name in {db}; "
                "the `source` column of `timeline show` lists them"
            )
        wanted |= ids
    return wanted


def _names(article_id: str, source_path: str | None, name: str) -> bool:
    """True when `name` is the article's id, its source path however written, or that file's name."""
    if name in (article_id, source_path):
        return True
    if not source_path:
        return False
    return name == Path(source_path).name or os.path.realpath(name) == os.path.realpath(source_path)
