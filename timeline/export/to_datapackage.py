"""Frictionless Data Package: the claims CSV plus a `datapackage.json` that `frictionless validate` accepts.

Field types follow the Arrow schema of `table.py` (`date` for ISO days, `datetime` for UTC
instants, `array` for the JSON columns), enums come from the model's Literal types, `claim_id`
is the primary key, and every field has an English / Chinese title (research/ecosystem.md §6.1,
Recommendation 10). Writing it needs only `json`.
"""

from __future__ import annotations

import json
import re
import types
import typing
from pathlib import Path
from typing import Any

import pyarrow as pa

from timeline.export import to_csv
from timeline.export.atomic import write_bytes
from timeline.export.dictionary import words
from timeline.export.labels import safe_url
from timeline.export.table import COLUMNS, NESTED, SCHEMA
from timeline.models import SCHEMA_VERSION, Claim, Timeline

SUFFIX = ".datapackage.json"


def csv_path(path: Path) -> Path:
    """The CSV beside a descriptor: `timeline.datapackage.json` → `timeline.csv`."""
    name = path.name
    for ending in (".datapackage.json", ".json"):
        if name.endswith(ending):
            name = name[: -len(ending)]
            break
    return path.with_name((name if name not in ("", "datapackage") else "timeline") + ".csv")


def _enum(annotation: Any) -> list[str] | None:
    for arg in [annotation, *typing.get_args(annotation)]:
        if typing.get_origin(arg) is typing.Literal:
            return [str(v) for v in typing.get_args(arg)]
    return None


def _required(name: str) -> bool:
    field = Claim.model_fields[name]
    annotation = field.annotation
    optional = typing.get_origin(annotation) in (typing.Union, types.UnionType) and type(
        None
    ) in typing.get_args(annotation)
    return not optional and name not in NESTED and field.default != ""  # "" is a missing value in CSV


def _pattern(name: str) -> str | None:
    for meta in Claim.model_fields[name].metadata:
        pattern = getattr(meta, "pattern", None)
        if pattern:
            return str(pattern)
    return None


def field_descriptor(name: str) -> dict[str, Any]:
    """One Table Schema field: name, type, bilingual title, description, constraints."""
    kind = SCHEMA.field(name).type
    if name in NESTED:
        ftype = "array"
    elif kind == pa.date32():
        ftype = "date"
    elif pa.types.is_timestamp(kind):
        ftype = "datetime"
    elif pa.types.is_integer(kind):
        ftype = "integer"
    elif pa.types.is_floating(kind):
        ftype = "number"
    else:
        ftype = "string"
    w = words(name)
    descriptor: dict[str, Any] = {"name": name, "type": ftype, "title": w.title}
    if w.description:
        descriptor["description"] = w.description
    constraints: dict[str, Any] = {}
    if _required(name):
        constraints["required"] = True
    enum = _enum(Claim.model_fields[name].annotation)
    if enum:
        constraints["enum"] = enum
    pattern = _pattern(name)
    if pattern:
        constraints["pattern"] = re.sub(r"^\^|\$$", "", pattern)
    if name == "claim_id":
        constraints["unique"] = True
    if constraints:
        descriptor["constraints"] = constraints
    return descriptor


def descriptor(timeline: Timeline, csv_name: str, *, raw: bool = False) -> dict[str, Any]:
    """The `datapackage.json` object for a claims CSV named `csv_name`."""
    note = (
        ""
        if raw
        else (
            " Free-text cells that start with = + - @ tab CR or LF carry a leading apostrophe "
            "(spreadsheet formula injection guard); export with --raw to keep them verbatim."
        )
    )
    sources = []
    for article in sorted(timeline.articles, key=lambda a: a.article_id):
        url = safe_url(article.url)
        sources.append(
            {"title": article.title or url or article.article_id, **({"path": url} if url else {})}
        )
    package: dict[str, Any] = {
        "name": "timeline-claims",
        "title": "Claims timeline / 声明时间线",
        "description": "Dated claims extracted from news articles, each with its verbatim quote and source.",
        "version": SCHEMA_VERSION,
        "resources": [
            {
                "name": "claims",
                "path": csv_name,
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "description": "One row per claim, sorted by date_sort, precision, claim_id." + note,
                "dialect": {
                    "delimiter": ",",
                    "lineTerminator": "\r\n",
                    "quoteChar": '"',
                    "doubleQuote": True,
                },
                "schema": {
                    "fields": [field_descriptor(name) for name in COLUMNS],
                    "primaryKey": ["claim_id"],
                    "missingValues": [""],
                },
            }
        ],
    }
    if sources:
        package["sources"] = sources
    return package


def write(timeline: Timeline, path: Path, *, raw: bool = False) -> Path:
    """Write the claims CSV and the `datapackage.json` descriptor that points at it."""
    table = csv_path(path)
    to_csv.write(timeline, table, raw=raw)
    text = json.dumps(descriptor(timeline, table.name, raw=raw), ensure_ascii=False, indent=2)
    return write_bytes(path, (text + "\n").encode("utf-8"))
