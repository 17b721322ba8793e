"""`timeline tag`: every time expression of one file or stdin, with its value and rule."""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path

import click

from timeline.cli.app import LANGS, cli, option_date
from timeline.cli.table import mention_rows, print_table
from timeline.errors import InputError
from timeline.ingest import read_article


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
    from timeline.temporal import tag  # on first use: the grammars take a moment to compile
    from timeline.temporal.reference import PARTIAL_REFERENCE

    if file == "-" and stdin_is_terminal():
        raise InputError(
            "<stdin>: nothing is piped in; name a file (timeline tag story.txt) or pipe text "
            "(echo '2017年9月签约' | timeline tag --reference 2024-04-24)"
        )
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
        ref = option_date(reference, article.lang, "--reference").replace(tzinfo=None)
    mentions = tag(
        article.text,
        reference=ref,
        lang=lang or article.lang,
        prefer=prefer,  # type: ignore[arg-type]
        timeml=timeml,
    )
    unanchored = [m.text for m in mentions if m.value is None and m.type in ("DATE", "TIME")]
    if ref is None and unanchored:
        click.echo(
            f"note: {'<stdin>' if file == '-' else file}: no reference date, so {len(unanchored)} "
            f"relative expression(s) ({', '.join(unanchored[:3])}) have no value; "
            "pass --reference with the publication date, e.g. --reference 2024-04-24",
            err=True,
        )
    if fmt == "jsonl":
        for mention in mentions:
            click.echo(mention.model_dump_json())
    else:
        print_table(
            mention_rows(mentions),
            ("start", "text", "type", "value", "precision", "qualifier", "anchor", "rule"),
        )


def stdin_is_terminal() -> bool:
    """True when nothing is piped in (`timeline tag` typed alone would wait for the keyboard)."""
    return sys.stdin is None or sys.stdin.isatty()
