"""A Datasette-ready SQLite database (claims, articles, FTS5 trigram search) and its metadata.json.

Stdlib `sqlite3` only. Calendar days are ISO `YYYY-MM-DD` TEXT (Datasette's date facet needs
that), instants ISO UTC TEXT, nested lists JSON TEXT. Full-text search uses FTS5's `trigram`
tokenizer so Chinese substrings of three or more characters match; shorter Chinese words need
Datasette's `__contains` filter (research/ecosystem.md §6.2, Recommendation 15).
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pyarrow as pa

from timeline.errors import ExportError
from timeline.export.atomic import write_bytes, write_with
from timeline.export.dictionary import dictionary
from timeline.export.table import COLUMNS, SCHEMA, nested_json, rows
from timeline.models import Timeline

SUFFIX = ".sqlite"
FTS_COLUMNS = ("claim_text", "headline", "speaker", "date_text", "source_title")
FACETS = ("event_type", "lang", "date_precision", "date_year", "review_status", "source_outlet", "speaker")
INDEXED = ("date_sort", "speaker", "date_year", "event_type", "article_id", "review_status")
ARTICLE_COLUMNS = (
    "article_id",
    "title",
    "outlet",
    "url",
    "published_at",
    "lang",
    "source_path",
    "text_sha256",
    "text",
)


def _sql_type(name: str) -> str:
    kind = SCHEMA.field(name).type
    if pa.types.is_integer(kind):
        return "INTEGER"
    if pa.types.is_floating(kind):
        return "REAL"
    return "TEXT"


def _value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat().replace("+00:00", "Z")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return nested_json(value)
    return value


def metadata_path(path: Path) -> Path:
    """The metadata.json written beside a database: `timeline.sqlite` → `timeline.metadata.json`."""
    return path.with_name(path.stem + ".metadata.json")


def _create(db: sqlite3.Connection) -> None:
    columns = ",\n  ".join(
        f"{name} {_sql_type(name)}"
        + (" PRIMARY KEY" if name == "claim_id" else "")
        + (" REFERENCES articles(article_id)" if name == "article_id" else "")
        for name in COLUMNS
    )
    db.execute(
        "CREATE TABLE articles (article_id TEXT PRIMARY KEY, title TEXT, outlet TEXT, url TEXT, "
        "published_at TEXT, lang TEXT, source_path TEXT, text_sha256 TEXT, text TEXT)"
    )
    db.execute(f"CREATE TABLE claims (\n  {columns}\n)")
    for name in INDEXED:
        db.execute(f"CREATE INDEX idx_claims_{name} ON claims({name})")
    fts = ", ".join(FTS_COLUMNS)
    db.execute(
        f"CREATE VIRTUAL TABLE claims_fts USING fts5({fts}, content='claims', content_rowid='rowid', "
        "tokenize='trigram')"
    )


def fill_database(timeline: Timeline, path: Path) -> None:
    """Create the tables in a new database file at `path` and insert the timeline."""
    with closing(sqlite3.connect(path)) as db:
        try:
            _create(db)
        except sqlite3.OperationalError as exc:  # an SQLite without FTS5 or trigram (< 3.34)
            raise ExportError(
                f"{path}: this SQLite cannot build the search index ({exc}); upgrade SQLite"
            ) from None
        db.executemany(
            f"INSERT INTO articles VALUES ({', '.join('?' * len(ARTICLE_COLUMNS))})",
            [tuple(_value(getattr(a, name)) for name in ARTICLE_COLUMNS) for a in timeline.articles],
        )
        db.executemany(
            f"INSERT INTO claims ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})",
            [tuple(_value(row[name]) for name in COLUMNS) for row in rows(timeline)],
        )
        db.execute("INSERT INTO claims_fts(claims_fts) VALUES ('rebuild')")
        db.commit()


def metadata(timeline: Timeline, database: str) -> dict[str, Any]:
    """Datasette 0.65 metadata: descriptions, column descriptions, facets, sort and search."""
    columns = {w.name: f"{w.title}: {w.description}".rstrip(": ") for w in dictionary()}
    outlets = sorted({a.outlet for a in timeline.articles if a.outlet})
    return {
        "title": "Claims timeline / 声明时间线",
        "description": (
            f"{len(timeline.claims)} dated claims from {len(timeline.articles)} articles"
            + (f" ({', '.join(outlets)})" if outlets else "")
            + ". Search matches Chinese substrings of 3+ characters; for 2-character words use a "
            "column filter 'contains'."
        ),
        "source": "timeline",
        "databases": {
            database: {
                "tables": {
                    "claims": {
                        "description": "One row per dated claim, with its verbatim quote and source.",
                        "columns": columns,
                        "facets": list(FACETS),
                        "sort": "date_sort",
                        "label_column": "headline",
                        "fts_table": "claims_fts",
                        "fts_pk": "rowid",
                    },
                    "articles": {
                        "description": "The source articles (text included, so offsets can be checked).",
                        "label_column": "title",
                        "facets": ["outlet", "lang"],
                    },
                    "claims_fts": {"hidden": True},
                }
            }
        },
    }


def write(timeline: Timeline, path: Path) -> Path:
    """Write the SQLite database and `<stem>.metadata.json` beside it (`datasette DB --metadata M`)."""
    if path.exists() and not path.is_file():
        raise ExportError(f"{path}: is a folder; give a file name such as exports/timeline.sqlite")
    try:
        write_with(path, lambda tmp: fill_database(timeline, tmp))
    except sqlite3.OperationalError as exc:  # SQLite reports a full disk in its own words
        full = "full" in str(exc)
        fix = "free some space, or choose another --out" if full else "choose another --out"
        raise ExportError(f"{path}: could not write the database ({exc}); {fix}") from None
    text = json.dumps(metadata(timeline, path.stem), ensure_ascii=False, indent=2)
    write_bytes(metadata_path(path), (text + "\n").encode("utf-8"))
    return path
