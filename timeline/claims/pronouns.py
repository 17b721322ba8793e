"""他还表示 / 其称: a pronoun in the speaker's place stands for the speaker last named before it.

Only speakers found in the same paragraph or the one just before count as 'last named' (the claims
stage reads the speakers of paragraphs with claims only, so a person named further back may have
been followed by another one it did not read). 他/她 stand for a person, 其 also for a body; a
source named by 据… (a report, a document) is never what a pronoun stands for.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from timeline.claims.speakers import Attribution


def named_pronouns(
    found: Sequence[tuple[int, Attribution]], personal: Callable[[Attribution], bool]
) -> list[Attribution]:
    """The attributions (with their paragraph numbers, in text order) with each pronoun speaker
    replaced by the one it stands for; a pronoun with no speaker to stand for is dropped."""
    out: list[Attribution] = []
    last: tuple[int, Attribution] | None = None
    for p_no, a in sorted(found, key=lambda pa: (pa[1].start if pa[1].cue < 0 else pa[1].cue, pa[0])):
        if not a.pronoun:
            out.append(a)
            if not a.source:
                last = (p_no, a)
            continue
        if last is None or last[0] < p_no - 1:
            continue
        named = last[1]
        if a.speaker in ("他", "她") and not personal(named):
            continue
        out.append(replace(a, speaker=named.speaker, role=named.role, pronoun=False))
    return out
