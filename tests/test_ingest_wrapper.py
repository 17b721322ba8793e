"""A page wrapper taken for the body is narrowed to the article block inside it (comments, side column out)."""

from __future__ import annotations

from timeline.ingest import article_from_html

STORY = [
    "2019年3月，这家渡轮公司在港口东侧开工建设新的候船大楼，计划投入约十二亿元。",
    "工程分为两期：第一期在2020年底完成主体结构，第二期在次年夏季之前完成内部装修和设备调试。",
    "公司负责人介绍，新大楼启用以后，每天可接待旅客的人数将从三千人增加到八千人左右。",
    "据港口管理部门统计，2018年全年经过该港口出入境的旅客超过一百万人次，比上一年增长两成。",
    "为了缓解高峰时段的拥堵，市交通部门计划在大楼北侧新开一条公交线路，并增加出租车候客车位。",
    "附近居民对施工噪声有所担心，公司承诺夜间十点以后停止使用打桩机等大型机械，并设置隔音屏障。",
    "按照规划，候船大楼的屋顶将铺设太阳能板，每年发电约四十万度，可满足大楼三成左右的用电需要。",
    "市政府有关负责人表示，新大楼是港区改造计划的一部分，今后五年内还将改建两座旧码头和一处货运仓库。",
]
COMMENTS = [
    "网友甲：这个大楼的设计方案我觉得还可以再改改，特别是停车场的位置太远了，走过去要很久。",
    "网友乙：希望票价不要再涨了，上次坐船的时候已经比前年贵了不少，家里老人都说坐不起了。",
]
HEADLINES = ["某地暴雨致多条道路积水 交通部门发布出行提示", "一家老字号餐馆搬迁新址 老顾客排队两小时"]


def wrapped_page(story: str) -> str:
    """A portal layout: one `post_content` wrapper around the story block, comments and a side column."""
    paragraphs = "".join(f"<p>{line}</p>" for line in STORY)
    comments = "".join(f"<div class='reply'><p>{line}</p></div>" for line in COMMENTS)
    side = "".join(f"<li><a href='/n{n}.html'>{line}</a></li>" for n, line in enumerate(HEADLINES))
    return (
        "<html><head><title>新候船大楼开工</title></head><body>"
        "<div class='post_content'><div class='post_content_main'>"
        "<h1>新候船大楼开工</h1><div class='post_time_source'>2019-03-12 10:05:00 来源: 示例日报</div>"
        f"<div class='post_text'>{paragraphs}</div>"
        f"<div class='post_comment'><div class='tie-area'>{comments}</div></div>"
        f"</div><div class='post_content_side'><h3>热点新闻</h3><ul>{side}</ul></div></div>"
        "</body></html>"
    )


def test_a_wrapper_around_story_comments_and_side_column_gives_the_story_only():
    article = article_from_html(wrapped_page("post_text"), source_path="wrapped.html")
    for line in STORY:
        assert line in article.text
    for line in COMMENTS + HEADLINES:
        assert line not in article.text
    assert article.published_at is not None and article.published_at.date().isoformat() == "2019-03-12"


def test_a_body_split_over_twin_blocks_inside_the_wrapper_is_kept_whole():
    """Twin blocks of one kind (`story-part` twice) are one body: the narrowing stops above them."""
    first = "".join(f"<p>{line}</p>" for line in STORY[:4])
    second = "".join(f"<p>{line}</p>" for line in STORY[4:])
    page = (
        "<html><head><title>新候船大楼开工</title></head><body>"
        "<main class='article__body'><div class='article__content'><article>"
        f"<div class='story-part first'><div class='body-text'>{first}</div></div>"
        "<div class='promo'><a href='/subscribe'>订阅</a></div>"
        f"<div class='story-part'><div class='body-text'>{second}</div></div>"
        "</article></div></main></body></html>"
    )
    article = article_from_html(page, source_path="split.html")
    for line in STORY:
        assert line in article.text
