"""One self-contained HTML timeline page: sorted claims, honest spans, filters, quotes and sources.

Everything is inlined and a Content-Security-Policy forbids any fetch, so the page works offline
and from a mail attachment. Each claim shows its date as resolved (`labels.display_date`), a bar
over its real span (a year-only claim spans its year; open-ended claims fade out; vague ones fade
in and say so), its verbatim quote, speaker, review status and a link to its source. Every piece
of text is HTML-escaped.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, datetime, timedelta
from html import escape
from pathlib import Path

from timeline.export.atomic import write_bytes
from timeline.export.html_assets import CSS, SCRIPT, csp_hash
from timeline.export.labels import (
    display_date,
    event_title,
    headline,
    precision_note,
    review_title,
    safe_url,
    shape,
    span,
)
from timeline.export.to_timelinejs import source_line
from timeline.models import Claim, Timeline, sort_key

SUFFIX = ".html"
TITLE = "Claims timeline / 声明时间线"


def _day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


class Axis:
    """The shared time axis: days from the earliest to the latest day any claim touches."""

    def __init__(self, claims: list[Claim]) -> None:
        days: list[date] = []
        for claim in claims:
            where = span(claim)
            days += [_day(d) for d in (where.start, where.end) if d is not None]
        self.first = min(days, default=date(2000, 1, 1))
        self.last = max(days, default=self.first) + timedelta(days=1)
        self.total = max((self.last - self.first).days, 1)

    def percent(self, day: date) -> float:
        """Where a day sits on the axis, 0 to 100."""
        return round(100 * (day - self.first).days / self.total, 2)

    def ticks(self) -> list[tuple[float, str]]:
        """Year ticks thinned to at most about 12; month ticks when the axis spans under two years."""
        years = range(self.first.year + (self.first > date(self.first.year, 1, 1)), self.last.year + 1)
        if len(years) >= 2:
            step = next((s for s in (1, 2, 5, 10, 20, 50, 100, 500) if len(years) / s <= 12), 1000)
            return [(self.percent(date(y, 1, 1)), str(y)) for y in years if y % step == 0]
        months = []
        index = self.first.year * 12 + self.first.month - (self.first.day == 1)
        while (day := date(index // 12, index % 12 + 1, 1)) <= self.last:
            months.append(day)
            index += 1
        step = next((s for s in (1, 2, 3, 6) if len(months) / s <= 12), 12)
        return [(self.percent(d), f"{d.year}-{d.month:02d}") for d in months if (d.month - 1) % step == 0]

    def bar(self, claim: Claim) -> str:
        """The `left`/`width` style of a claim's bar."""
        where = span(claim)
        if where.kind == "vague":
            assert where.end is not None
            left, right = 0.0, self.percent(where.end + timedelta(days=1))
        elif where.kind == "open":
            assert where.start is not None
            left, right = self.percent(_day(where.start)), 100.0
        else:
            assert where.start is not None and where.end is not None
            left, right = self.percent(_day(where.start)), self.percent(where.end + timedelta(days=1))
        return f"left:{left}%;width:{round(max(right - left, 0), 2)}%"


_HTML_DATETIME = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}(?::\d{2}(?::\d{2})?)?)?)?)?$")


def _time_attr(claim: Claim) -> str:
    """A machine-readable `datetime` attribute when the EDTF value is a plain HTML date or time."""
    value = claim.date_edtf or ""
    if not _HTML_DATETIME.match(value):
        return ""
    if re.search(r"T\d{2}$", value):  # HTML needs minutes: 2023-02-16T01 → 2023-02-16T01:00
        value += ":00"
    return f' datetime="{value}"'


def item(claim: Claim, axis: Axis) -> str:
    """One claim as a list item (escaped), with data attributes the filters read."""
    where = span(claim)
    label = display_date(claim)
    as_written = ""
    if claim.date_text and claim.date_text != label:
        as_written = f'<span class="as-written">“{escape(claim.date_text)}”</span>'
    track = ""
    if where.kind != "undated":
        track = (
            f'<div class="track" aria-hidden="true"><span class="bar" style="{axis.bar(claim)}"></span></div>'
        )
    said = ", ".join(escape(s) for s in (claim.speaker, claim.speaker_role) if s)
    meta = [
        f'<span class="chip event">{escape(event_title(claim.event_type))}</span>',
        f'<span class="chip review review-{escape(claim.review_status)}">'
        f"{escape(review_title(claim.review_status))}</span>",
    ]
    if said:
        meta.append(f"<span>{said}</span> ·")
    meta.append(source_line(claim).replace("<a ", '<a rel="noopener noreferrer" target="_blank" ', 1))
    note = ""
    if claim.review_note or safe_url(claim.evidence_url):
        evidence = safe_url(claim.evidence_url)
        link = (
            f' <a href="{escape(evidence)}" rel="noopener noreferrer">evidence / 证据</a>' if evidence else ""
        )
        note = f'<p class="note">{escape(claim.review_note or "")}{link}</p>'
    return (
        f'<li class="claim kind-{shape(claim)}" id="{escape(claim.claim_id)}" '
        f'data-claim-id="{escape(claim.claim_id)}" data-event="{escape(claim.event_type)}" '
        f'data-article="{escape(claim.article_id)}" data-review="{escape(claim.review_status)}" '
        f'lang="{escape(claim.lang)}">'
        f'<div class="when"><time{_time_attr(claim)}>{escape(label)}</time>'
        f'<span class="precision">{escape(precision_note(claim))}</span>{as_written}</div>'
        f"{track if track else '<div></div>'}"
        f'<div class="body"><h2>{escape(headline(claim))}</h2>'
        f"<blockquote>{escape(claim.claim_text)}</blockquote>"
        f'<p class="meta">{" ".join(meta)}</p>{note}</div></li>'
    )


def _select(name: str, label: str, options: list[tuple[str, str]]) -> str:
    choices = "".join(f'<option value="{escape(v)}">{escape(text)}</option>' for v, text in options)
    return (
        f'<label>{escape(label)} <select data-filter="{name}">'
        f'<option value="">All / 全部</option>{choices}</select></label>'
    )


def _filters(timeline: Timeline) -> str:
    events = Counter(c.event_type for c in timeline.claims)
    reviews = Counter(c.review_status for c in timeline.claims)
    articles = Counter(c.article_id for c in timeline.claims)
    titles = {a.article_id: a.title or a.source_path or a.article_id for a in timeline.articles}
    return (
        '<form class="filters" id="filters">'
        + _select(
            "event",
            "Event type / 事件类型",
            [(e, f"{event_title(e)} ({n})") for e, n in sorted(events.items())],
        )
        + _select(
            "article",
            "Article / 文章",
            [
                (a, f"{titles.get(a, a)} ({n})")
                for a, n in sorted(articles.items(), key=lambda x: titles.get(x[0], x[0]))
            ],
        )
        + _select(
            "review", "Review / 核查", [(r, f"{review_title(r)} ({n})") for r, n in sorted(reviews.items())]
        )
        + '<output id="shown"></output></form>'
    )


def page(timeline: Timeline) -> str:
    """The whole page as a string."""
    claims = sorted(timeline.claims, key=sort_key)
    dated = [c for c in claims if span(c).kind != "undated"]
    undated = [c for c in claims if span(c).kind == "undated"]
    axis = Axis(dated)
    ticks = "".join(f'<span style="left:{p}%">{y}</span>' for p, y in axis.ticks())
    summary = f"{len(claims)} claim(s) from {len(timeline.articles)} article(s) / 共{len(claims)}条声明"
    if dated:
        summary += f"; {axis.first.isoformat()} – {(axis.last - timedelta(days=1)).isoformat()}"
    policy = (
        f"default-src 'none'; script-src {csp_hash(SCRIPT)}; style-src 'unsafe-inline'; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )
    body = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="generator" content="{escape(timeline.generator or "timeline")}">',
        f'<title>{escape(TITLE)}</title><link rel="icon" href="data:,">',
        f"<style>{CSS}</style></head><body>",
        f'<header><h1>{escape(TITLE)}</h1><p class="summary">{escape(summary)}</p>',
        _filters(timeline),
        '<div class="legend"><span><i class="point"></i>day / 日</span>'
        "<span><i></i>whole period: year, month… / 整段时期</span>"
        '<span><i class="open"></i>open-ended (since…) / 无终点</span>'
        '<span><i class="vague"></i>vague (recent years…) / 模糊</span></div></header>',
        "<main>",
        f'<div class="axis" aria-hidden="true"><div></div><div class="ticks">{ticks}</div><div></div></div>',
        '<ol class="timeline">',
        *(item(c, axis) for c in dated),
        "</ol>",
    ]
    if undated:
        body += [
            '<section class="undated"><h2>Undated / 未注明日期</h2><ol class="timeline">',
            *(item(c, axis) for c in undated),
            "</ol></section>",
        ]
    if not claims:
        body.append("<p>No dated claims. / 没有带日期的声明。</p>")
    body += [
        "</main>",
        f"<footer>{escape(timeline.generator or 'timeline')} · schema {escape(timeline.schema_version)}</footer>",
        f"<script>{SCRIPT}</script></body></html>",
    ]
    return "\n".join(body) + "\n"


def write(timeline: Timeline, path: Path) -> Path:
    """Write the self-contained HTML timeline page."""
    return write_bytes(path, page(timeline).encode("utf-8"))
