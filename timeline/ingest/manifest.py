"""Manifest CSV: one article file per row with its metadata (`path,url,published,outlet,lang`)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from timeline.errors import InputError

COLUMNS = ("path", "url", "published", "outlet", "lang", "title")


@dataclass(frozen=True, slots=True)
class ManifestRow:
    """One manifest row: the article file (relative paths are relative to the manifest) and metadata."""

    path: Path
    where: str
    meta: dict[str, str]


def iter_manifest(text: str, manifest: Path) -> Iterator[ManifestRow | InputError]:
    """Rows of a manifest CSV; a bad row is yielded as an InputError naming the manifest and row."""
    try:
        yield from _rows(text, manifest)
    except csv.Error as exc:  # a cell past the csv module's limit: the rows before it were read
        yield InputError(f"{manifest}: not a readable CSV after the rows above ({exc}); fix the file")


def _rows(text: str, manifest: Path) -> Iterator[ManifestRow | InputError]:
    first = [cell.strip().strip('"').lower() for cell in text.split("\n", 1)[0].split(";")]
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=";" if "path" in first else ",")
    header = [(name or "").strip().lower() for name in reader.fieldnames or []]
    if "path" not in header:
        yield InputError(
            f"{manifest}: a manifest CSV needs a header row with a 'path' column "
            f"(path,url,published,outlet,lang); found {','.join(header) or 'no header'}"
        )
        return
    reader.fieldnames = header
    for row in reader:
        where = f"{manifest} row {reader.line_num}"
        if None in row:
            yield InputError(f"{where}: more cells than header columns; quote cells that contain commas")
            continue
        raw_path = (row.get("path") or "").strip()
        if not raw_path:
            yield InputError(f"{where}: empty 'path' cell; name the article file")
            continue
        path = Path(raw_path)
        if not path.is_absolute():
            path = manifest.parent / path
        meta = {k: (row.get(k) or "").strip() for k in COLUMNS if k != "path"}
        yield ManifestRow(path, where, {k: v for k, v in meta.items() if v})
