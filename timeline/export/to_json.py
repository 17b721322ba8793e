"""JSON: one document with the schema version, the articles and their claims."""

from __future__ import annotations

from pathlib import Path

from timeline.export.atomic import write_bytes
from timeline.models import Timeline

SUFFIX = ".json"


def write(timeline: Timeline, path: Path) -> Path:
    """Write the whole timeline as one JSON document, valid against schemas/timeline.schema.json."""
    text = timeline.model_dump_json(indent=2)
    return write_bytes(path, (text + "\n").encode("utf-8"))
