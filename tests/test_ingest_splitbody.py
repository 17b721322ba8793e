"""A story body split over several same-class blocks (ads between) is read whole."""

from __future__ import annotations

from lxml import html as lxml_html

from timeline.ingest import article_from_html
from timeline.ingest.splitbody import join_split_body

FIRST = (
    "The harbour authority opened its new ferry terminal on a windy morning after four years of work.",
    "Engineers said the pier had been rebuilt twice because storms in 2021 washed away the first frame.",
    "Residents queued from dawn to ride the first boat across to the island villages and back again.",
)
SECOND = (
    "In March 2022 the council voted to borrow the money for the second phase of the harbour plan.",
    "The terminal is expected to carry about two million passengers a year once the winter timetable starts.",
    "A second pier for cargo boats will be finished by the end of 2026, the authority said on Tuesday.",
)
OTHER_STORY = "A different story about a bakery that won a regional prize for its rye bread in 2019 and 2020."


def _block(lines: tuple[str, ...]) -> str:
    return '<div class="story-grid article-body">' + "".join(f"<p>{line}</p>" for line in lines) + "</div>"


def page(*, second_inside: bool = True) -> str:
    """A story page whose body is cut in two blocks by an ad row; a teaser block of the same class
    sits in another <article> below."""
    ad = '<div class="ad-row"><span>Advertisement</span></div>'
    body = _block(FIRST) + ad + (_block(SECOND) if second_inside else "")
    teaser = f"<article>{_block((OTHER_STORY,))}</article>"
    return (
        "<!DOCTYPE html><html><head><title>Ferry terminal opens - Example Coast News</title>"
        '<link rel="canonical" href="https://coast.example.org/2024/05/07/ferry-terminal.html"></head><body>'
        f"<main><article><h1>Ferry terminal opens</h1>{body}</article>{teaser}</main>"
        "<footer>Example Coast News</footer></body></html>"
    )


def test_both_halves_of_a_split_body_are_read():
    article = article_from_html(page(), source_path="ferry.html")
    for line in FIRST + SECOND:
        assert line in article.text
    assert article.text.index(FIRST[-1]) < article.text.index(SECOND[0])  # page order kept
    assert OTHER_STORY not in article.text  # same class, but another <article>
    assert "Advertisement" not in article.text


def test_a_whole_body_is_left_as_it_was():
    article = article_from_html(page(second_inside=False), source_path="ferry.html")
    assert all(line in article.text for line in FIRST)
    assert OTHER_STORY not in article.text


def test_join_moves_only_later_blocks_of_the_same_article():
    tree = lxml_html.fromstring(page())
    assert join_split_body(tree, "\n".join(FIRST))
    blocks = tree.xpath('//div[@class="story-grid article-body"]')
    assert len(blocks) == 2  # the body's block (now whole) and the other story's teaser
    assert [p.text for p in blocks[0].iter("p")] == list(FIRST + SECOND)
    assert [p.text for p in blocks[1].iter("p")] == [OTHER_STORY]


def test_nothing_to_join_without_an_article_or_a_matching_paragraph():
    bare = lxml_html.fromstring(f"<html><body>{_block(FIRST)}{_block(SECOND)}</body></html>")
    assert not join_split_body(bare, "\n".join(FIRST))  # no <article>/<main>: no safe scope
    tree = lxml_html.fromstring(page())
    assert not join_split_body(tree, "Short line.\nAnother text that is not on the page at all, anywhere.")
