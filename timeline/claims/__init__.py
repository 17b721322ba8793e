"""Sentences + time mentions → claims: one claim per dated fact, with event type, figures,
speaker and entities. `build_claims` is the stage's entry point (timeline/pipeline.py calls it)."""

from __future__ import annotations

from timeline.claims.builder import CONTEXT_CHARS, build_claims

__all__ = ["CONTEXT_CHARS", "build_claims"]
