"""HTML extraction options: hover cards inside a paragraph are not glued into its sentence."""

from __future__ import annotations

from timeline.ingest import article_from_html

PARAGRAPHS = [
    "The council voted on Tuesday to extend the night bus service until the end of March next year.",
    "Drivers had asked for the change since 2021, when two routes were cut after the depot closed.",
    "A spokesman said the first extended buses would run from the second week of December.",
]


def card(name: str) -> str:
    """A person's hover card: the linked name, then a hidden block with a photo and story links."""
    stories = "".join(
        f'<a class="story" href="/news/{n}">{name} story number {n} headline</a>' for n in range(3)
    )
    return (
        f'<span class="person"><a class="person-link" href="/people/x">{name}</a>'
        f'<span class="person-card"><span class="card"><span><img src="/img/x.jpg" alt="">'
        f'<a class="name" href="/people/x">{name} Full Name</a>{stories}<a class="more" href="/people/x">MORE</a>'
        "</span></span></span></span>"
    )


def test_a_hover_card_inside_a_paragraph_is_left_out_and_the_name_kept():
    first = PARAGRAPHS[0].replace("The council", f"The council led by Mayor {card('Dana Reyes')}")
    body = "".join(f"<p>{p}</p>" for p in (first, *PARAGRAPHS[1:]))
    page = f"<html><head><title>Night buses</title></head><body><article>{body}</article></body></html>"
    article = article_from_html(page, source_path="buses.html")
    assert article.text.startswith("The council led by Mayor Dana Reyes voted on Tuesday")
    assert "headline" not in article.text and "MORE" not in article.text and "Full Name" not in article.text


def test_links_and_images_of_the_story_itself_are_kept():
    linked = PARAGRAPHS[1].replace("two routes", '<a href="/routes/7">two routes</a>')
    figure = (
        '<p><span><img src="/img/bus.jpg" alt=""> <a href="/photos">Photos</a> of the new buses</span></p>'
    )
    body = "".join(f"<p>{p}</p>" for p in (PARAGRAPHS[0], linked, PARAGRAPHS[2])) + figure
    page = f"<html><head><title>Night buses</title></head><body><article>{body}</article></body></html>"
    article = article_from_html(page, source_path="buses.html")
    for paragraph in PARAGRAPHS:
        assert paragraph in article.text


def test_a_headline_repeating_the_title_is_not_the_first_line_of_the_body():
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    page = (
        "<html><head><title>Night buses to run until March</title></head><body><article>"
        f"<h1>Night buses to run until March</h1>{body}</article></body></html>"
    )
    article = article_from_html(page, source_path="buses.html")
    assert article.title == "Night buses to run until March"
    assert article.text.startswith(PARAGRAPHS[0])
    assert len(article.text.splitlines()) == len(PARAGRAPHS)  # nothing else is dropped


def test_a_newsletter_sign_up_block_with_a_capitalised_class_is_left_out():
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    sign_up = (
        '<div class="Newsletter-form"><h3 class="Newsletter-title">Morning Briefing Newsletter</h3>'
        "<p>Get the day's big stories delivered to your inbox every weekday morning at seven.</p></div>"
        '<div class="Newsletter-stateSent"><h3>Thanks for signing up!</h3>'
        "<p>Keep an eye on your inbox for the first edition of the morning briefing.</p></div>"
    )
    page = (
        f"<html><head><title>Night buses</title></head><body><article>{body}{sign_up}</article></body></html>"
    )
    article = article_from_html(page, source_path="buses.html")
    assert PARAGRAPHS[-1] in article.text
    assert "inbox" not in article.text and "signing up" not in article.text
