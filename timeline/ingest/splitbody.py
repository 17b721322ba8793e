"""Article bodies split over several containers (an ad row between two halves) joined before extraction.

trafilatura takes the first element that looks like the article body; a page that cuts its body
into sibling blocks of the same kind (`<div class="article__body">` twice in one `<article>`)
then loses everything after the first block. The later blocks of the same tag and class, inside
the same `<article>` (or `<main>`) as the block holding the extracted text, are moved into that
block so that the extractor sees one body. Nothing is written by hand: the extractor still
decides what of the joined block is text.
"""

from __future__ import annotations

import re
from typing import Any

_SPACE = re.compile(r"\s+")
_MIN_LINE = 40
"""Extracted lines shorter than this are not used to find the body's block (captions, bylines)."""
_CLASS_DEPTH = 3
"""How far above a paragraph the body's block (the nearest element with a class) may be."""


def join_split_body(tree: Any, body: str) -> bool:
    """Move later blocks like the one holding `body`'s last paragraph into it; True when any moved.

    `tree` is the page's lxml tree (changed in place), `body` the text extracted from it.
    """
    block = _body_block(tree, body)
    if block is None:
        return False
    scope = next((a for a in block.iterancestors() if a.tag in ("article", "main")), None)
    if scope is None:
        return False
    known = {_squash(line) for line in body.splitlines() if len(line.strip()) >= _MIN_LINE}
    ancestors = set(block.iterancestors())
    later = [
        el
        for el in scope.iter(block.tag)
        if el is not block
        and el.get("class") == block.get("class")
        and el not in ancestors
        and not _inside(el, block)
        and _after(el, block)
        and _new_paragraphs(el, known)
    ]
    for el in later:
        for child in list(el):
            block.append(child)
        parent = el.getparent()
        if parent is not None:
            _drop_keeping_tail(el, parent)
    return bool(later)


def _body_block(tree: Any, body: str) -> Any:
    """The classed element that holds the last long paragraph of the extracted body, else None."""
    lines = [_squash(line) for line in body.splitlines() if len(line.strip()) >= _MIN_LINE]
    if not lines:
        return None
    wanted = set(lines[-3:])
    last = None
    for p in tree.iter("p"):
        if _squash(p.text_content()) in wanted:
            last = p
    if last is None:
        return None
    el = last.getparent()
    for _ in range(_CLASS_DEPTH):
        if el is None or el.get("class"):
            break
        el = el.getparent()
    return el if el is not None and el.get("class") else None


def _new_paragraphs(el: Any, known: set[str]) -> bool:
    """True when the block holds a long paragraph the extracted body does not have yet."""
    return any(
        len(text) >= _MIN_LINE and text not in known
        for text in (_squash(p.text_content()) for p in el.iter("p"))
    )


def _inside(el: Any, block: Any) -> bool:
    return any(a is block for a in el.iterancestors())


def _after(el: Any, block: Any) -> bool:
    """True when `el` comes after `block` in document order."""
    ancestors = [el, *el.iterancestors()]
    for node in (block, *block.iterancestors()):  # a later sibling of the block or of one of its ancestors
        if any(following in ancestors for following in node.itersiblings()):
            return True
    return False


def _drop_keeping_tail(el: Any, parent: Any) -> None:
    if el.tail and el.tail.strip():
        previous = el.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def _squash(text: str) -> str:
    return _SPACE.sub("", text)
