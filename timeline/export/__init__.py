"""One module per output format, each with `write(timeline, path) -> Path`; `WRITERS` lists them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from timeline.errors import ExportError
from timeline.export import to_csv, to_json, to_jsonl, to_parquet
from timeline.models import Timeline

Writer = Callable[..., Path]

WRITERS: dict[str, Writer] = {
    "parquet": to_parquet.write,
    "csv": to_csv.write,
    "json": to_json.write,
    "jsonl": to_jsonl.write,
}
"""Format name → writer. The CLI's --format choices come from these keys."""

SUFFIXES: dict[str, str] = {
    "parquet": to_parquet.SUFFIX,
    "csv": to_csv.SUFFIX,
    "json": to_json.SUFFIX,
    "jsonl": to_jsonl.SUFFIX,
}
"""Format name → file suffix of its default output `exports/timeline<suffix>`."""


def default_path(fmt: str, folder: Path = Path("exports")) -> Path:
    """The default output file of a format: exports/timeline.<ext>."""
    return folder / f"timeline{SUFFIXES[fmt]}"


def write(timeline: Timeline, path: Path, fmt: str, **options: Any) -> Path:
    """Write `timeline` to `path` in format `fmt` (a key of WRITERS)."""
    try:
        writer = WRITERS[fmt]
    except KeyError:
        raise ExportError(f"unknown format {fmt!r}; use one of: {', '.join(WRITERS)}") from None
    return writer(timeline, Path(path), **options)
