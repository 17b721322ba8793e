"""One clause + its date → a Claim's fields (timeline/claims/record.py)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from timeline.claims.attribution import Attribution
from timeline.claims.record import SpeakerIndex

spans = st.tuples(st.integers(0, 200), st.integers(1, 60), st.integers(-1, 200))


def attribution(n: int, start: int, length: int, cue: int) -> Attribution:
    return Attribution(speaker=f"s{n}", role=None, start=start, end=start + length, cue=cue)


@given(st.lists(spans, max_size=12), st.integers(0, 260), st.integers(1, 60), st.integers(0, 60))
def test_the_index_finds_what_a_scan_of_every_speaker_finds(found, start, length, gap):
    speakers = [attribution(n, *span) for n, span in enumerate(found)]
    index = SpeakerIndex(speakers)
    end = start + length
    lead = [min(a.start, a.cue) if a.cue >= 0 else a.start for a in speakers]
    assert bool(index) == bool(speakers)
    assert index.overlapping(start, end) == [
        a for a, first in zip(speakers, lead, strict=True) if first < end and a.end > start
    ]
    assert index.starting_near(start, gap) == [a for a in speakers if start <= a.start <= start + gap]
