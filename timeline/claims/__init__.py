"""Sentences + time mentions → claims: one claim per dated fact, with event type, figures,
speaker and entities. `build_claims` is the stage's entry point (timeline/pipeline.py calls it)."""

from __future__ import annotations

from timeline.claims.builder import build_claims
from timeline.claims.record import CONTEXT_CHARS

__all__ = ["CONTEXT_CHARS", "build_claims"]
