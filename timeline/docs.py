"""The README's data dictionary, generated from the models (run `python -m timeline.docs` to refresh)."""

from __future__ import annotations

import re
from pathlib import Path

from timeline.export.table import SCHEMA
from timeline.models import Claim

SECTION = re.compile(r"(<!-- section: columns -->\n)(.*?)(<!-- end section: columns -->)", re.S)


def _type_name(name: str) -> str:
    arrow = SCHEMA.field(name).type
    text = str(arrow)
    if text.startswith("dictionary"):
        return "enum (dictionary string)"
    if text.startswith("list<"):
        return "list of structs (JSON text in CSV)"
    return text.replace("timestamp[ms, tz=UTC]", "timestamp (UTC)").replace("date32[day]", "date")


def columns_markdown() -> str:
    """The data dictionary: one row per canonical column with its Parquet type, meaning and example."""
    lines = ["| column | type | meaning | example |", "|---|---|---|---|"]
    for name, field in Claim.model_fields.items():
        example = field.examples[0] if field.examples else ""
        meaning = (field.description or "").replace("|", "\\|")
        lines.append(f"| `{name}` | {_type_name(name)} | {meaning} | {example} |")
    return "\n".join(lines) + "\n"


def refresh_readme(path: Path = Path("README.md")) -> bool:
    """Rewrite the README's columns section; return True when it changed."""
    text = path.read_text(encoding="utf-8")
    updated = SECTION.sub(lambda m: m.group(1) + columns_markdown() + m.group(3), text)
    if updated != text:
        path.write_text(updated, encoding="utf-8")
    return updated != text


if __name__ == "__main__":
    refresh_readme()
