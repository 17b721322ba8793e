"""Furniture after a story's last paragraph (link lists, calls to action) is cut; the story's own end stays."""

from __future__ import annotations

from lxml import html as lxml_html

from timeline.ingest import article_from_html
from timeline.ingest.tail import LinkTexts, cut_tail

STORY = [
    "The harbour authority said on Monday that the new ferry terminal would open on 14 March 2025.",
    "Work on the terminal began in 2022 and ran nine months late after a supplier went bankrupt.",
    "Officials expect about 8,000 passengers a day once the summer timetable starts in June.",
    "A second phase, with a covered car park, is planned for 2027 if the city council approves it.",
]
RELATED = [
    ("Rail strike called off", "after talks on Friday night"),
    ("City budget for 2026", "is passed by one vote"),
    ("Old pier to close", "for repairs until May"),
]


def page(tail: str, story: list[str] = STORY) -> str:
    """An article whose body block ends with `tail` (markup placed after the last paragraph)."""
    paragraphs = "".join(f"<p>{line}</p>" for line in story)
    return (
        "<html><head><title>Ferry terminal to open in March</title>"
        '<meta property="article:published_time" content="2025-01-10T09:00:00+00:00"></head><body>'
        "<nav><a href='/'>Home</a></nav><article><h1>Ferry terminal to open in March</h1>"
        f"<div class='article-body'>{paragraphs}{tail}</div></article></body></html>"
    )


RELATED_LIST = (
    "<h3>More Great Stories</h3><ul>"
    + "".join(f"<li>{text} <a href='/news/{n}'>{link}</a></li>" for n, (text, link) in enumerate(RELATED))
    + "</ul>"
)


def test_a_related_stories_list_and_its_heading_after_the_story_are_cut():
    article = article_from_html(page(RELATED_LIST), source_path="ferry.html")
    assert article.text.rstrip().endswith(STORY[-1])
    assert "More Great Stories" not in article.text and "Rail strike" not in article.text


def test_calls_to_follow_and_subscribe_after_the_story_are_cut():
    tail = (
        "<p>Follow our transport desk on Twitter @portnews and on Facebook.</p>"
        "<p>Get the day's top stories delivered to your inbox every morning: sign up for our newsletter.</p>"
        "<p>Listen to the harbour podcast live at 12:45 on weekdays, or listen back here.</p>"
    )
    article = article_from_html(page(tail), source_path="ferry.html")
    assert article.text.rstrip().endswith(STORY[-1])
    assert "12:45" not in article.text and "newsletter" not in article.text


def test_a_story_ending_in_words_like_follow_or_join_keeps_its_end():
    story = [
        *STORY[:3],
        "Follow-up talks between the operator and the unions are set for 3 April.",
        "Join the queue early, the operator advised, as the first sailings are expected to be full.",
    ]
    article = article_from_html(page("", story), source_path="ferry.html")
    assert article.text.rstrip().endswith(story[-1]) and story[-2] in article.text


def test_a_bullet_list_of_the_story_without_links_stays():
    facts = "<ul><li>Opening day: 14 March 2025</li><li>Cost: 1.2 billion crowns</li></ul>"
    article = article_from_html(page(facts), source_path="ferry.html")
    assert "Opening day: 14 March 2025" in article.text and "Cost: 1.2 billion crowns" in article.text


def test_the_cut_stops_at_the_first_line_of_story_and_never_takes_the_longest_paragraph():
    tree = lxml_html.fromstring("<div><a href='/x'>Read the full report</a></div>")
    body = "\n".join([STORY[0], "Follow us on Twitter @portnews.", STORY[1], "Read the full report"])
    assert cut_tail(body, LinkTexts(tree)) == "\n".join(
        [STORY[0], "Follow us on Twitter @portnews.", STORY[1]]
    )
    lone = "Subscribe to our newsletter at www.example.com for the full timetable and the fares for 2025."
    assert cut_tail(lone, LinkTexts(None)) == lone


def test_a_chinese_follow_prompt_after_the_story_is_cut():
    story = [
        "记者从市交通局获悉，新建的轮渡码头将于2025年3月14日正式启用，届时将开通三条航线。",
        "据介绍，该码头于2022年开工建设，因一家供应商破产，工期比原计划推迟了九个月。",
        "交通局预计，夏季时刻表实行以后，码头每天的客流量将达到八千人次左右。",
        "为方便市民出行，公交公司将在码头北侧新设一个公交站，并开通两条连接火车站和市中心的线路。",
        "二期工程包括一座有顶棚的停车场，如获市议会批准，计划于2027年建成，可提供约六百个车位。",
        "附近居民此前担心施工噪声影响休息，建设单位承诺晚上十点以后不再使用打桩机等大型机械设备。",
        "码头屋顶还将铺设太阳能板，每年发电约四十万度，大约可以满足整座候船楼三成左右的用电需要。",
        "市政府有关负责人表示，新码头是港区改造计划的一部分，今后五年内还将改建两座旧码头和一处仓库。",
    ]
    tail = "<p>扫描二维码关注本报微信公众号</p><p>点击下载本报客户端，获取更多新闻</p>"
    article = article_from_html(page(tail, story), source_path="ferry.html")
    assert article.text.rstrip().endswith(story[-1])
    assert "公众号" not in article.text and "客户端" not in article.text


def test_steps_of_the_story_that_open_with_sign_up_stay():
    steps = (
        "<p>Here is how to move an existing pass to the new terminal:</p><ul>"
        "<li>Sign up for a harbour account with the number on your pass</li>"
        "<li>Sign up for the season ticket using the same email as your harbour account</li></ul>"
    )
    article = article_from_html(page(steps), source_path="ferry.html")
    assert article.text.rstrip().endswith(
        "Sign up for the season ticket using the same email as your harbour account"
    )


def test_teasers_opening_with_a_headline_link_are_cut_but_a_story_item_opening_with_a_name_stays():
    teasers = (
        "<ul>"
        + "".join(
            f"<li><a href='/news/{n}'>{head}</a> <span class='summary'>{summary}</span></li>"
            for n, (head, summary) in enumerate(
                [
                    ("Rail strike is off", "Unions accept the pay offer made on Friday night"),
                    ("Pier is to shut", "Engineers found cracks in two of its old supports"),
                ]
            )
        )
        + "</ul>"
    )
    article = article_from_html(page(teasers), source_path="ferry.html")
    assert article.text.rstrip().endswith(STORY[-1])
    named = (
        "<ul><li><a href='/people/1'>Maria Lindqvist</a>, the harbour master, said the first sailing "
        "would leave at six in the morning and that tickets would go on sale a week before.</li></ul>"
    )
    article = article_from_html(page(named), source_path="ferry.html")
    assert article.text.rstrip().endswith("tickets would go on sale a week before.")
