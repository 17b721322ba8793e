"""One module per output format, each with `write(timeline, path) -> Path`; `WRITERS` lists them.

`write(timeline, folder, "all")` writes every format into one folder.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from pathlib import Path
from typing import Any

from timeline.errors import ExportError
from timeline.export import (
    to_claimreview,
    to_csv,
    to_datapackage,
    to_html,
    to_json,
    to_jsonl,
    to_parquet,
    to_sqlite,
    to_timelinejs,
    to_timelinejs_csv,
    to_vis,
    to_xlsx,
)
from timeline.models import Timeline

Writer = Callable[..., Path]
ALL = "all"
"""The pseudo-format that writes every format into a folder."""

WRITERS: dict[str, Writer] = {
    "parquet": to_parquet.write,
    "csv": to_csv.write,
    "json": to_json.write,
    "jsonl": to_jsonl.write,
    "timelinejs": to_timelinejs.write,
    "timelinejs-csv": to_timelinejs_csv.write,
    "xlsx": to_xlsx.write,
    "html": to_html.write,
    "sqlite": to_sqlite.write,
    "datapackage": to_datapackage.write,
    "vis": to_vis.write,
    "claimreview": to_claimreview.write,
}
"""Format name → writer. The CLI's --format choices come from these keys (plus `all`)."""

SUFFIXES: dict[str, str] = {
    "parquet": to_parquet.SUFFIX,
    "csv": to_csv.SUFFIX,
    "json": to_json.SUFFIX,
    "jsonl": to_jsonl.SUFFIX,
    "timelinejs": to_timelinejs.SUFFIX,
    "timelinejs-csv": to_timelinejs_csv.SUFFIX,
    "xlsx": to_xlsx.SUFFIX,
    "html": to_html.SUFFIX,
    "sqlite": to_sqlite.SUFFIX,
    "datapackage": to_datapackage.SUFFIX,
    "vis": to_vis.SUFFIX,
    "claimreview": to_claimreview.SUFFIX,
}
"""Format name → file suffix of its default output `exports/timeline<suffix>`."""

WARNINGS: dict[str, Callable[[Timeline], list[str]]] = {
    "timelinejs": to_timelinejs.warnings,
    "timelinejs-csv": to_timelinejs.warnings,
    "vis": to_vis.warnings,
    "xlsx": to_xlsx.warnings,
}
"""Format name → what a user should hear before opening the file (not errors; the file is written)."""

FORMATS: tuple[str, ...] = (*WRITERS, ALL)
"""Every value `--format` accepts."""


def default_path(fmt: str, folder: Path = Path("exports")) -> Path:
    """The default output of a format: exports/timeline.<ext>, or the folder itself for `all`."""
    return folder if fmt == ALL else folder / f"timeline{SUFFIXES[fmt]}"


def warnings(timeline: Timeline, fmt: str) -> list[str]:
    """Warnings for exporting `timeline` as `fmt` (every format's for `all`), without duplicates."""
    names = list(WRITERS) if fmt == ALL else [fmt]
    notes: list[str] = []
    for name in names:
        check = WARNINGS.get(name)
        for note in check(timeline) if check else []:
            if note not in notes:
                notes.append(note)
    return notes


def _options_for(writer: Writer, options: dict[str, Any]) -> dict[str, Any]:
    accepted = inspect.signature(writer).parameters
    return {k: v for k, v in options.items() if k in accepted}


def write_all(
    timeline: Timeline, folder: Path, *, progress: Callable[[list[Path]], None] | None = None, **options: Any
) -> Path:
    """Write every format into `folder` as timeline.<ext>; options go to the writers that take them.

    `progress` hears the files written so far after each one (what an interruption would leave new).
    """
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise ExportError(f"{folder}: --format all needs a folder, not a file; pass --out exports/")
    done: list[Path] = []
    for fmt, writer in WRITERS.items():
        done.append(writer(timeline, default_path(fmt, folder), **_options_for(writer, options)))
        if progress is not None:
            progress(list(done))
    return folder


def write(
    timeline: Timeline,
    path: Path,
    fmt: str,
    *,
    progress: Callable[[list[Path]], None] | None = None,
    **options: Any,
) -> Path:
    """Write `timeline` to `path` in format `fmt` (a key of WRITERS, or `all` for a folder, see write_all)."""
    if fmt == ALL:
        return write_all(timeline, Path(path), progress=progress, **options)
    try:
        writer = WRITERS[fmt]
    except KeyError:
        raise ExportError(f"unknown format {fmt!r}; use one of: {', '.join(FORMATS)}") from None
    return writer(timeline, Path(path), **options)
