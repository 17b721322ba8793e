"""timeline: every dated claim in news articles, as a validated, source-linked timeline.

>>> from timeline import extract
>>> [c.date_edtf for c in extract("2016年，研究所成立。", published="2024-04-24")]
['2016']

The names below are imported on first use, so `import timeline` (and the `timeline` command's
start-up) stays cheap until the grammars are needed.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from timeline.version import __version__

if TYPE_CHECKING:
    from timeline.errors import ExportError, InputError, TimelineError, UnsupportedLanguageError
    from timeline.ingest import read_article
    from timeline.models import Article, Claim, Entity, Quantity, Review, Timeline, TimeMention
    from timeline.pipeline import extract
    from timeline.temporal import tag

_LAZY = {
    "Article": "timeline.models",
    "Claim": "timeline.models",
    "Entity": "timeline.models",
    "ExportError": "timeline.errors",
    "InputError": "timeline.errors",
    "Quantity": "timeline.models",
    "Review": "timeline.models",
    "TimeMention": "timeline.models",
    "Timeline": "timeline.models",
    "TimelineError": "timeline.errors",
    "UnsupportedLanguageError": "timeline.errors",
    "extract": "timeline.pipeline",
    "read_article": "timeline.ingest",
    "tag": "timeline.temporal",
}

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


def __getattr__(name: str) -> Any:
    """Import a public name from its module the first time it is asked for."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'timeline' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})
