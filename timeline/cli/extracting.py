"""`timeline extract`: read inputs into the workspace (also run by `export PATH...`)."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from timeline import batch
from timeline.cli.app import (
    Failures,
    article_options,
    cli,
    db_option,
    debug_mode,
    finish,
    note_progress,
    one_line,
    option_date,
)
from timeline.errors import InputError, StoreError, TimelineError
from timeline.export import ALL, default_path
from timeline.ingest import DEFAULT_MAX_BYTES, STDIN, Overrides, given_published, iter_files
from timeline.ingest.decode import decode_bytes
from timeline.ingest.files import kind_of, read_limited
from timeline.ingest.manifest import ManifestRow, iter_manifest
from timeline.store import Store

if TYPE_CHECKING:
    from timeline.models import Article
    from timeline.pipeline import Extraction
    from timeline.review.migrate import Followed


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
        articles, claims = extract_into(store, paths, overrides, failures, quiet)
        held = store.counts()
    finish(saved_summary(articles, claims, db, held), failures, quiet)


def extract_article(article: Article) -> Extraction:
    """The pipeline's extraction, imported on first use (commands that only read start faster)."""
    from timeline.pipeline import extract_article as run

    return run(article)


def saved_summary(articles: int, claims: int, db: Path, held: tuple[int, int]) -> str:
    """`2 article(s), 9 claim(s) in w.db`, saying what the workspace now holds when that is more."""
    summary = f"{articles} article(s), {claims} claim(s) in {db}"
    if held != (articles, claims):
        summary += f" (the workspace now holds {held[0]} article(s), {held[1]} claim(s))"
    return summary


def extract_into(
    store: Store,
    paths: Iterable[str],
    overrides: dict[str, Any],
    failures: Failures,
    quiet: bool,
    saved: list[str] | None = None,
) -> tuple[int, int]:
    """Read every input, extract its claims and save each article in its own transaction.

    The id of each article saved is appended to `saved` when given.
    """
    glob_pattern = overrides.pop("glob_pattern", None)
    jobs = overrides.pop("jobs", None) or 1
    max_size = overrides.pop("max_size", None) or DEFAULT_MAX_BYTES / 2**20
    published = overrides.pop("published", None)
    if published:
        overrides["published"] = option_date(published, overrides.get("lang") or "zh", "--published")
        if not overrides.get("lang"):  # no zone written: the language each article is read in gives it
            overrides["published"] = given_published(published, "--published")
    overrides = {k: v for k, v in overrides.items() if v is not None}
    opts = Overrides(**overrides, max_bytes=int(max_size * 2**20))
    debug = debug_mode()
    articles = claims = 0
    note_progress(f"nothing saved yet in {store.path}")
    files = input_files(
        paths, failures, glob_pattern, workspace=store.path, listed=manifest_listed(paths, opts)
    )
    for outcome in batch.run(files, opts, extract_article, jobs=jobs, debug=debug):
        name, extraction = one_line(outcome.name), outcome.extraction
        if extraction is None:
            failures.add(outcome.error or f"{name}: not extracted")
            continue
        try:
            followed = store.save(extraction.article, extraction.claims)
        except StoreError as exc:  # the workspace itself failed (a full disk): later articles would too
            raise StoreError(
                f"{exc} (while saving {name}; the {articles} article(s) saved before it are kept: "
                "run the same command again after the fix)"
            ) from None
        except TimelineError as exc:
            failures.add(str(exc))
            continue
        for message in extraction.warnings:
            click.echo(f"warning: {name}: {message}", err=True)
        for reason in extraction.rejected:
            click.echo(f"warning: {name}: rejected claim {reason}", err=True)
        for line in review_notes(name, followed, quiet):
            click.echo(line, err=True)
        articles += 1
        claims += len(extraction.claims)
        if saved is not None:
            saved.append(extraction.article.article_id)
        note_progress(f"{articles} article(s), {claims} claim(s) saved in {store.path} (each article whole)")
        if not quiet:
            click.echo(f"{name}: {len(extraction.claims)} claim(s){why_none(extraction)}", err=True)
    return articles, claims


def review_notes(name: str, followed: Followed, quiet: bool) -> list[str]:
    """What re-extracting an article did to its reviews: moves as a note, changes and orphans as warnings."""
    lines = []
    if followed.moved and not quiet:
        lines.append(
            f"note: {name}: {len(followed.moved)} review(s) moved to the new claims holding their quotes"
        )
    if followed.changed:
        ids = ", ".join(followed.changed[:3]) + (", …" if len(followed.changed) > 3 else "")
        lines.append(
            f"warning: {name}: {len(followed.changed)} reviewed claim(s) now quote or date something other than "
            f"what was reviewed ({ids}); re-check each verdict (`timeline review log {followed.changed[0]}` "
            "shows the history)"
        )
    if followed.orphaned:
        lines.append(
            f"warning: {name}: {len(followed.orphaned)} review(s) lost their claim; "
            "`timeline show --orphans` lists them, `timeline review attach ORPHAN CLAIM` re-attaches one"
        )
    return lines


SHORT_PAGE = 600
"""A web page whose main text is shorter than this may be a teaser (paywall) or built by scripts."""


def why_none(extraction: Extraction) -> str:
    """After `0 claim(s)`: how much text there was, and for a short web page what to do instead."""
    if extraction.claims:
        return ""
    article = extraction.article
    size = len(article.text)
    hint = f" (no dated claim in its {size} character(s) of text"
    if size < SHORT_PAGE and (article.source_path or "").lower().split("#")[0].endswith((".html", ".htm")):
        hint += "; a paywalled or script-built page gives little text: save the article's text as .txt"
    return hint + ")"


def manifest_listed(paths: Iterable[str], opts: Overrides) -> dict[Path, str]:
    """The article files that the manifests named on the command line list, each with its manifest.

    A folder walk leaves them out: the manifest reads them with their metadata (a bad manifest is
    reported when it is read, not here).
    """
    listed: dict[Path, str] = {}
    for raw in paths:
        if raw == STDIN or kind_of(raw) != "manifest" or not Path(raw).is_file():
            continue
        try:
            text, _ = decode_bytes(read_limited(raw, opts.max_bytes), Path(raw), opts.encoding)
        except InputError:
            continue
        for row in iter_manifest(text, Path(raw)):
            if isinstance(row, ManifestRow):
                listed.setdefault(_real(row.path), raw)
    return listed


def input_files(
    paths: Iterable[str],
    failures: Failures,
    glob_pattern: str | None = None,
    workspace: Path | None = None,
    listed: dict[Path, str] | None = None,
) -> Iterable[str | Path]:
    """The inputs named on the command line: files, folder contents (recursive) and `-` (stdin).

    The workspace's own files (`timeline.db`, `-wal`, `-shm`) are never listed as skipped, and a
    folder walk leaves out the default output folder `exports/` (our own timeline.html and
    timeline.json are not articles) unless that folder is the one named, and the files that a
    manifest named on the command line lists (`listed`: it reads them with their metadata).
    """
    outputs = _real(default_path(ALL))
    own = (
        {_real(workspace), *(Path(f"{_real(workspace)}{s}") for s in ("-wal", "-shm", "-journal"))}
        if workspace
        else set()
    )
    stdin_named = False
    for raw in paths:
        if raw == STDIN:
            if stdin_named:  # a second read would find it empty
                failures.add("-: standard input is named twice; it is read once, so name it once")
                continue
            stdin_named = True
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
        if Path(raw).is_dir() and _real(raw) != outputs:
            ours = [f for f in files if outputs in _real(f).parents]
            if ours:
                files = [f for f in files if f not in ours]
                click.echo(
                    f"note: {raw}: left out {len(ours)} file(s) in {outputs.name}/, timeline's own exports; "
                    f"name that folder to read them",
                    err=True,
                )
            skipped = [p for p in skipped if outputs not in _real(p).parents]
            by_manifest = [f for f in files if _real(f) in (listed or {})]
            if by_manifest:
                files = [f for f in files if f not in by_manifest]
                manifests = sorted({(listed or {})[_real(f)] for f in by_manifest})
                click.echo(
                    f"note: {raw}: left out {len(by_manifest)} file(s) that {', '.join(manifests)} lists; "
                    "the manifest reads them with its metadata",
                    err=True,
                )
        named = {_real(manifest) for manifest in (listed or {}).values()}  # read already, as named
        skipped = [p for p in skipped if _real(p) not in own and _real(p) not in named]
        if skipped:
            click.echo(skipped_note(raw, skipped), err=True)
        if not files:
            wanted = (
                f"files matching {glob_pattern!r}" if glob_pattern else ".txt, .md, .html or .json articles"
            )
            failures.add(f"{raw}: no {wanted} in this folder; check the path or --glob")
        yield from files


DOCUMENT_SUFFIXES = (".doc", ".docx", ".odt", ".pdf", ".rtf", ".pages", ".xls", ".xlsx")


def skipped_note(folder: str, skipped: list[Path]) -> str:
    """The `note:` line for files a folder walk left out, with the way to read each kind."""
    names = ", ".join(p.name for p in skipped[:3]) + (", …" if len(skipped) > 3 else "")
    suffixes = {p.suffix.lower() for p in skipped}
    fixes = []
    if suffixes & set(DOCUMENT_SUFFIXES):
        fixes.append("save documents (.docx, .pdf …) as text or HTML first")
    if ".csv" in suffixes:
        fixes.append("a .csv manifest is read only when named on the command line")
    fixes.append("--glob '*.ext' reads other text files as articles")
    return f"note: {folder}: skipped {len(skipped)} file(s) that are not articles ({names}); " + "; ".join(
        fixes
    )


def _real(path: str | Path) -> Path:
    """The path with links resolved; a symbolic link loop stays as written (ingest reports it)."""
    return Path(os.path.realpath(path))
