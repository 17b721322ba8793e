"""`timeline review export|import|set|attach|log` and `timeline conflicts`: the fact-check workflow."""

from __future__ import annotations

import csv
import getpass
import io
import json
import sys
from pathlib import Path

import click

from timeline.cli.app import articles_named, db_option, quiet_option
from timeline.cli.table import print_table
from timeline.export.atomic import write_bytes
from timeline.review import importing
from timeline.review.conflicts import COLUMNS as CONFLICT_COLUMNS
from timeline.review.conflicts import DEFAULT_MIN_SIMILARITY, find_conflicts
from timeline.review.records import LogEntry
from timeline.review.sheet import STATUSES, neutralise, sheet_rows, write_csv, write_xlsx
from timeline.store import Store

STATUS = click.Choice(STATUSES, case_sensitive=False)


def _user() -> str | None:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (some containers)
        return None


@click.group()
def review() -> None:
    """Review claims: a spreadsheet round trip, single verdicts and the audit log.

    \b
    Example:
      timeline review export --format xlsx --out review.xlsx
      timeline review import review.xlsx --reviewer alice --dry-run
      timeline review set clm-3f9a2c1b7e4d --status verified --evidence https://example.org/x
      timeline review log clm-3f9a2c1b7e4d
    """


@review.command(name="export")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["xlsx", "csv"]),
    help="Sheet format (default: from --out, else xlsx).",
)
@click.option(
    "--status", "statuses", type=STATUS, multiple=True, help="Only claims with this status (repeatable)."
)
@click.option(
    "--article",
    "articles",
    multiple=True,
    help="Only this article: its id, source path or file name, as `timeline show` lists it (repeatable).",
)
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Sheet file (default exports/review.<fmt>).",
)
@quiet_option
@db_option
def export_sheet(
    fmt: str | None,
    statuses: tuple[str, ...],
    articles: tuple[str, ...],
    out: Path | None,
    db: Path,
    quiet: bool,
) -> None:
    """Write a review sheet: each claim with its context, the editable verdict and version stamps.

    \b
    Example:
      timeline review export --status unreviewed --out to_check.xlsx
      timeline review export --format csv --article art-3f9a2c1b7e4d
    """
    with Store(db, create=False) as store:
        all_articles = store.articles()
        claims = store.claims()
    if articles:
        wanted = articles_named(all_articles, articles, db)
        claims = [c for c in claims if c.article_id in wanted]
    if statuses:
        claims = [c for c in claims if c.review_status in {s.lower() for s in statuses}]
    rows = sheet_rows(claims, all_articles)
    fmt = fmt or ("csv" if out is not None and out.suffix.lower() == ".csv" else "xlsx")
    target = out or Path("exports") / f"review.{fmt}"
    (write_xlsx if fmt == "xlsx" else write_csv)(rows, target)
    if not quiet:
        click.echo(f"wrote {len(rows)} claim(s) to {target}", err=True)


@review.command(name="import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--dry-run", is_flag=True, help="Check and report, change nothing.")
@click.option(
    "--reviewer",
    help="Reviewer for edited rows that leave the reviewer column empty (default: your login name).",
)
@click.option(
    "--partial", is_flag=True, help="Apply the valid rows even when others are invalid or in conflict."
)
@click.option("--force", is_flag=True, help="Take the sheet's value on conflicts (logged as forced).")
@quiet_option
@db_option
def import_sheet(
    file: Path, dry_run: bool, reviewer: str | None, partial: bool, force: bool, db: Path, quiet: bool
) -> None:
    """Apply an edited review sheet: every row checked first, then all applied in one transaction.

    \b
    Example:
      timeline review import review.xlsx --dry-run
      timeline review import review.xlsx --reviewer alice
      timeline review import review.csv --partial
    """
    with Store(db, create=False) as store:
        report = importing.import_sheet(
            store,
            file,
            reviewer=reviewer,
            who=reviewer or _user(),
            partial=partial,
            force=force,
            dry_run=dry_run,
        )
    for problem in report.problems:
        click.echo(f"error: {file} {problem}", err=True)
    for conflict in report.conflicts:
        click.echo(f"conflict: {file} {conflict}", err=True)
    if report.followed and not quiet:
        rows = ", ".join(f"row {row}: {old} → {new}" for row, old, new in report.followed[:3])
        more = ", …" if len(report.followed) > 3 else ""
        click.echo(
            f"note: {file}: {len(report.followed)} edited row(s) name claims that re-extraction renamed; "
            f"the claim now holding the same quote and date {'would take' if dry_run else 'takes'} the verdict "
            f"({rows}{more})",
            err=True,
        )
    if report.gone:
        click.echo(
            f"note: {file}: {len(report.gone)} unedited row(s) name claims no longer in the workspace "
            "(re-extracted away); skipped",
            err=True,
        )
    applied = "would apply" if dry_run or (not report.clean and not partial) else "applied"
    summary = (
        f"{file}: {applied} {len(report.applied)} row(s) and {len(report.forced)} forced, "
        f"unchanged {len(report.unchanged)}, invalid {len({p.row for p in report.problems})}, "
        f"conflicts {len(report.conflicts)}"
    )
    if report.clean or (partial and not dry_run):
        tail = "" if report.clean else "; the rows listed above were not applied"
        if not (quiet and report.clean):
            click.echo(summary + tail + ("; dry run, nothing changed" if dry_run else ""), err=True)
        if report.clean:
            return
    elif dry_run:
        click.echo(summary + "; dry run, nothing changed", err=True)
    else:
        click.echo(
            f"{summary}; nothing applied: fix the rows above, or pass --partial (apply the rest) "
            "or --force (take the sheet's value on conflicts)",
            err=True,
        )
    sys.exit(1)


@review.command(name="set")
@click.argument("claim_id")
@click.option("--status", type=STATUS, help="New status.")
@click.option("--note", help="Review note ('' clears it).")
@click.option("--evidence", help="Evidence URL, http(s) ('' clears it).")
@click.option("--reviewer", help="Who reviewed (default: your login name).")
@quiet_option
@db_option
def set_cmd(
    claim_id: str,
    status: str | None,
    note: str | None,
    evidence: str | None,
    reviewer: str | None,
    db: Path,
    quiet: bool,
) -> None:
    """Set the review of one claim; options left out keep their current value.

    \b
    Example:
      timeline review set clm-3f9a2c1b7e4d --status false --note "the agreement was signed in 2018"
    """
    if status is None and note is None and evidence is None and reviewer is None:
        raise click.UsageError("give at least one of --status, --note, --evidence, --reviewer")
    with Store(db, create=False) as store:
        verdict = importing.set_verdict(
            store, claim_id, status=status, note=note, evidence=evidence, reviewer=reviewer, who=_user()
        )
    if not quiet:
        click.echo(f"{claim_id}: {verdict.status if verdict else 'unchanged'}", err=True)


@review.command(name="attach")
@click.argument("orphan_id")
@click.argument("claim_id")
@quiet_option
@db_option
def attach_cmd(orphan_id: str, claim_id: str, db: Path, quiet: bool) -> None:
    """Re-attach an orphan review (see `timeline show --orphans`) to a current claim.

    \b
    Example:
      timeline review attach clm-0a1b2c3d4e5f clm-3f9a2c1b7e4d
    """
    with Store(db, create=False) as store:
        importing.attach(store, orphan_id, claim_id, who=_user())
    if not quiet:
        click.echo(f"{orphan_id} → {claim_id}: review re-attached", err=True)


@review.command(name="log")
@click.argument("claim_id", required=False)
@click.option(
    "--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table", show_default=True
)
@db_option
def log_cmd(claim_id: str | None, fmt: str, db: Path) -> None:
    """Show the append-only audit trail of reviews: who changed what, when, from where.

    \b
    Example:
      timeline review log
      timeline review log clm-3f9a2c1b7e4d --format jsonl
    """
    with Store(db, create=False) as store:
        entries = store.review_log(claim_id)
    rows = [_log_row(e) for e in entries]
    columns = ("at", "who", "action", "claim_id", "change", "source")
    if fmt == "jsonl":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
    elif fmt == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(
            buffer, fieldnames=list(rows[0]) if rows else list(columns), lineterminator="\n"
        )
        writer.writeheader()
        writer.writerows({k: neutralise(str(v or "")) for k, v in r.items()} for r in rows)
        click.echo(buffer.getvalue(), nl=False)
    else:
        print_table(rows, columns)
    click.echo(f"{len(rows)} change(s)", err=True)


def _log_row(entry: LogEntry) -> dict[str, object]:
    parts = []
    if entry.old_claim_id:
        parts.append(f"{entry.old_claim_id} → {entry.claim_id}")
    if entry.old and entry.new:
        for name, a, b in zip(("status", "note", "evidence", "reviewer"), entry.old, entry.new, strict=True):
            if a != b:
                parts.append(f"{name}: {a or ''!r} → {b or ''!r}" if name != "status" else f"{a} → {b}")
    action = entry.action + (" (forced)" if entry.forced else "")
    return {
        "log_id": entry.log_id,
        "at": entry.at,
        "who": entry.who or "",
        "action": action,
        "claim_id": entry.claim_id,
        "old_claim_id": entry.old_claim_id or "",
        "change": "; ".join(parts) or "(review kept as is)",
        "source": entry.source,
    }


@click.command()
@click.option(
    "--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True
)
@click.option(
    "--out", type=click.Path(dir_okay=False, path_type=Path), help="Write CSV/JSON here (default stdout)."
)
@click.option(
    "--min-similarity",
    type=click.IntRange(0, 100),
    default=DEFAULT_MIN_SIMILARITY,
    show_default=True,
    help="How alike two claims must read (0-100, dates and figures masked) to be about the same event.",
)
@quiet_option
@db_option
def conflicts(fmt: str, out: Path | None, min_similarity: int, db: Path, quiet: bool) -> None:
    """List claims from different sources about the same event whose dates or figures disagree.

    \b
    Example:
      timeline conflicts
      timeline conflicts --format csv --out exports/conflicts.csv
    """
    with Store(db, create=False) as store:
        rows = find_conflicts(store.claims(), min_similarity=min_similarity)
    groups = len({r["conflict_group"] for r in rows})
    if fmt == "table":
        print_table(
            rows, ("conflict_group", "disagreement", "date_edtf", "source_outlet", "claim_text", "claim_id")
        )
    else:
        if fmt == "json":
            text = json.dumps(rows, ensure_ascii=False, indent=1) + "\n"
        else:
            buffer = io.StringIO()
            writer = csv.writer(buffer, lineterminator="\r\n")
            writer.writerow(CONFLICT_COLUMNS)
            writer.writerows([neutralise(str(r[c])) for c in CONFLICT_COLUMNS] for r in rows)
            text = "\ufeff" + buffer.getvalue()
        if out:
            write_bytes(out, text.encode("utf-8"))
        else:
            click.echo(text.lstrip("\ufeff"), nl=False)
    if not quiet:
        click.echo(
            f"{groups} conflict group(s), {len(rows)} claim(s)" + (f" in {out}" if out else ""), err=True
        )
