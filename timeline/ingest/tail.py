"""Boilerplate after an article's last paragraph cut from the extracted body: link lists, calls to action.

trafilatura keeps what sits inside the story's own block, and many pages end that block with
furniture that is not the story: a list of links to other stories (`More Great WIRED Stories`, a
`Related` box), a line that asks the reader to do something through a channel (`Follow us on
Twitter`, `Subscribe to our newsletter`, `Click here to download`, `Listen live at 12:45`) and the
short heading over such a block (`Something to Consider`). Read as the story, their days and
times become claims. Only the end of the body is looked at, from the last line backwards, and
only lines of these shapes are cut; the first line that is none of them ends the cut, so
anything before it, and the body's longest paragraph, always stay.

A link line is told by the page's own markup (its text is a link's text, or a list item that is
mostly link text or opens with a headline link), never by a site's wording. A call to action needs both an imperative opening
and a channel word (newsletter, inbox, Twitter, podcast, a web address…): a last paragraph that
only opens with `Follow` or `Join` is the story's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

_SPACE = re.compile(r"\W+")
_ITEM = re.compile(r"^\s*[-•*]\s+")
_CALL = re.compile(
    r"^\W*(?:(?:follow|subscribe|sign\s+up|join|listen|download|click|tap|share|get\s+(?:the|our|access|"
    r"[\w\s]{1,40}?delivered)|read\s+more|more\s+from|more\s+\w+\s+\w+:|don'?t\s+miss|watch|reach|write\s+to|"
    r"email|contact|send\s+us)\b|点击|扫描|扫码|长按|关注|订阅|下载)",
    re.I,
)
"""An imperative opening of a call to action (`Follow …`, `Sign up …`, `扫码关注…`)."""
_CHANNEL = re.compile(
    r"newsletter|inbox|subscri|sign\s+up|twitter|facebook|instagram|youtube|linkedin|whatsapp|telegram|"
    r"podcast|itunes|\brss\b|@\w|https?://|www\.|\.com\b|\.org\b|click\s+here|\bhere\W*$|"
    r"\bdownload|member|share\s+it|comments?\b|listen\s+(?:live|back|again)|a\s+friend|"
    r"公众号|二维码|微信|微博|客户端",
    re.I,
)
"""What a call to action points the reader to, after its opening: a mailing, a social network, an
address, a link (`Sign up for the bundle with your account's email` names none)."""
_TO_READER = re.compile(
    r"^\W*(?:if\s+you\s+(?:enjoyed|liked)\s+this|like\s+this\s+(?:story|article)|tell\s+us\s+what\s+you\s+think)",
    re.I,
)
"""A call that speaks to the reader about the page itself: no channel needed (`Like this story?`)."""
_ASIDE = re.compile(r"^\W*(?:©|copyright\b|\(c\)\s|\d*\s*comments?\s*$)", re.I)
"""Page furniture after the story: a copyright line, a comment counter."""
_ADDRESS = re.compile(
    r"^\W*(?:[\w ]{1,30}:\s*)?(?:https?://\S+|www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|"
    r"[\w-]+(?:\.[\w-]+)*\.(?:com|org|net)/\S*)\s*$",
    re.I,
)
"""A line that is a web or mail address, maybe after a label (`iTunes: http://…`, `name@paper.com`)."""
_CALL_MAX = 400
"""A call to action is short; a longer line is a paragraph of the story."""
_HEADING_WORDS = 8
_LINK_SHARE = 0.3
"""A list item whose link text is at least this share of its text is a link to elsewhere."""
_HEADLINE_WORDS = 4
_TEASER_MAX = 200
"""A list item (at most this many letters) that opens with a link of 4+ words is a story's teaser."""


def cut_tail(body: str, links: LinkTexts) -> str:
    """`body` without the link lists and calls to action after its last paragraph of story."""
    lines = body.split("\n")
    core = max(range(len(lines)), key=lambda i: len(lines[i]))
    end = len(lines)
    top = ""  # the kind of the highest line cut so far
    while end > core + 1:
        line = lines[end - 1]
        if line.strip():
            kind = "link" if links.is_link_line(line) else _furniture(line)
            if not kind:
                break
            top = kind
        end -= 1
    if not top:
        return body
    while end > core + 1 and not lines[end - 1].strip():
        end -= 1
    if end > core + 1 and top in ("link", "call") and _is_heading(lines[end - 1]):
        end -= 1
    return "\n".join(lines[:end]).rstrip()


class LinkTexts:
    """The texts of a page's links and of its mostly-link list items, squashed, read when first asked."""

    def __init__(self, tree: Any) -> None:
        self._tree = tree
        self._texts: set[str] | None = None

    def is_link_line(self, line: str) -> bool:
        """True when the line is a link's text, or a list item that is mostly a link's text."""
        key = _squash(_ITEM.sub("", line))
        return bool(key) and key in self._known()

    def _known(self) -> set[str]:
        if self._texts is None:
            self._texts = set(_link_texts(self._tree)) if self._tree is not None else set()
        return self._texts


def _link_texts(tree: Any) -> Iterable[str]:
    for anchor in tree.iter("a"):
        if text := _squash(anchor.text_content()):
            yield text
    for item in tree.iter("li"):
        whole = _squash(item.text_content())
        texts = [a.text_content() for a in item.iter("a")]
        links = [_squash(text) for text in texts]
        if whole and (sum(map(len, links)) >= _LINK_SHARE * len(whole) or _teaser(whole, texts)):
            yield whole


def _teaser(whole: str, texts: list[str]) -> bool:
    """A short list item that opens with a headline link (4+ words), its summary after it."""
    first = next((text for text in texts if text.strip()), "")
    return (
        len(whole) <= _TEASER_MAX
        and len(first.split()) >= _HEADLINE_WORDS
        and whole.startswith(_squash(first))
    )


def _furniture(line: str) -> str:
    """`call`, `aside` or `address` for such a line (see the module's doc), else ``."""
    text = _ITEM.sub("", line).strip()
    if len(text) > _CALL_MAX:
        return ""
    call = _CALL.match(text)
    if (call and _CHANNEL.search(text, call.end())) or _TO_READER.match(text):
        return "call"
    if _ASIDE.match(text):
        return "aside"
    return "address" if _ADDRESS.match(text) else ""


def _is_heading(line: str) -> bool:
    """A short line without a sentence's end or a number: the heading over the block just cut."""
    text = line.strip()
    return (
        0 < len(text.split()) <= _HEADING_WORDS
        and not any(ch.isdigit() for ch in text)
        and not text.endswith((".", "。", "!", "?", "！", "？", '"', "”"))
    )


def _squash(text: str) -> str:
    return _SPACE.sub("", text).lower()
