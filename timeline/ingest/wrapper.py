"""A page wrapper taken for the article body narrowed to the body block inside it, before extraction.

trafilatura takes the first element whose class looks like an article body (`post_content`,
`article-body`…). Some layouts give that class to a wrapper of the whole page column, which also
holds the comment list, the recommended stories and a side column; a block inside it with the
same kind of class (`post_text`) holds the article itself. When the first such element holds
others, the innermost of them that holds the extracted body's longest paragraph is the body: the
rest of the wrapper (its other children, at every level down to that block) is removed from the
tree, and the extractor still decides what of the block is text.
"""

from __future__ import annotations

import re
from typing import Any

_SPACE = re.compile(r"\s+")


def narrow_wrapper(tree: Any, body: str) -> bool:
    """Keep only the innermost body-classed block that holds `body`'s core; True when anything was cut.

    `tree` is the page's lxml tree (changed in place), `body` the text extracted from it.
    """
    try:
        from trafilatura.xpaths import BODY_XPATH  # the extractor's own body selectors, first one first

        matches = BODY_XPATH[0](tree)
    except (ImportError, IndexError, TypeError):  # another trafilatura: extract the page as it is
        return False
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    if len(matches) < 2 or not lines:
        return False
    outer, core = matches[0], _squash(max(lines, key=len))
    inner = [
        m
        for m in matches[1:]
        if any(a is outer for a in m.iterancestors()) and core in _squash(m.text_content())
    ]
    if not inner:
        return False
    target = _whole_block(max(inner, key=lambda m: sum(1 for _ in m.iterancestors())), outer)
    if target is outer:
        return False
    node = target
    while node is not outer:
        parent = node.getparent()
        for sibling in list(parent):
            if sibling is not node:
                parent.remove(sibling)
        parent.text = None
        node.tail = None
        node = parent
    return True


def _whole_block(block: Any, outer: Any) -> Any:
    """`block`, or the ancestor holding it and its twins: a body split over sibling blocks of one kind."""
    node = block
    while node is not outer:
        parent = node.getparent()
        if _kind(node) and any(_kind(sibling) == _kind(node) for sibling in parent if sibling is not node):
            block = parent
        node = parent
    return block


def _kind(el: Any) -> tuple[str, str] | None:
    """(tag, first class name) of a classed element, else None."""
    names = (el.get("class") or "").split()
    return (el.tag, names[0]) if names else None


def _squash(text: str) -> str:
    return _SPACE.sub("", text)
