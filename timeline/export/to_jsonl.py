"""JSON lines: one claim per line with the canonical columns."""

from __future__ import annotations

from pathlib import Path

from timeline.export.atomic import write_bytes
from timeline.models import Timeline

SUFFIX = ".jsonl"


def write(timeline: Timeline, path: Path) -> Path:
    """Write one JSON object per claim, in timeline order."""
    lines = [claim.model_dump_json() for claim in timeline.claims]
    return write_bytes(path, "".join(line + "\n" for line in lines).encode("utf-8"))
