"""Parquet: the canonical export (date32 days, UTC instants, dictionary enums, nested lists)."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq

from timeline.export.atomic import write_with
from timeline.export.table import to_arrow
from timeline.models import Timeline

SUFFIX = ".parquet"


def write(timeline: Timeline, path: Path) -> Path:
    """Write the claims as one Parquet file (snappy) with the schema version in its metadata."""
    table = to_arrow(timeline)
    return write_with(path, lambda tmp: pq.write_table(table, tmp, compression="snappy"))
