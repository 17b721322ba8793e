"""timeline: every dated claim in news articles, as a validated, source-linked timeline.

>>> from timeline import extract
>>> [c.date_edtf for c in extract("2016年，研究所成立。", published="2024-04-24")]
['2016']
"""

from __future__ import annotations

from timeline.errors import ExportError, InputError, TimelineError, UnsupportedLanguageError
from timeline.ingest import read_article
from timeline.models import Article, Claim, Entity, Quantity, Review, Timeline, TimeMention
from timeline.pipeline import extract
from timeline.temporal import tag
from timeline.version import __version__

__all__ = [
    "Article",
    "Claim",
    "Entity",
    "ExportError",
    "InputError",
    "Quantity",
    "Review",
    "TimeMention",
    "Timeline",
    "TimelineError",
    "UnsupportedLanguageError",
    "__version__",
    "extract",
    "read_article",
    "tag",
]
