"""`timeline show` (the timeline in the terminal) and `timeline schema`."""

from __future__ import annotations

from pathlib import Path

import click

from timeline.cli.app import articles_named, cli, db_option
from timeline.cli.table import claim_rows, print_table
from timeline.schema import write_schemas
from timeline.store import Store


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
@click.option(
    "--article",
    "articles",
    multiple=True,
    help="Only claims of this article: its id, source path or file name (repeatable).",
)
def show(db: Path, orphans: bool, conflicts: bool, limit: int, articles: tuple[str, ...]) -> None:
    """Show the workspace's timeline as a table in the terminal.

    \b
    Example:
      timeline show --limit 20
      timeline show --article examples/zh_lhasa_police_aid.txt
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
        if articles:
            wanted = articles_named(store.articles(), articles, db)
            claims = [c for c in claims if c.article_id in wanted]
    shown = claims[:limit] if limit else claims
    print_table(claim_rows(shown), ("date", "precision", "qualifier", "event", "source", "claim", "claim_id"))
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
