"""Survey of HTML ingest on every real page (rerun: `PYTHONPATH=$PWD python bench/ingest_survey.py`).

For corpus/en-html (181 pages + ground-truth.json), corpus/html (11 pages; their plain-text bodies
and front matter in corpus/news are the truth) and corpus/zh-html (62 pages, no body truth):

- body: character recall and precision of the extracted text against the true body, measured as
  the word characters of the longest common token sequence (difflib over `\\w+` tokens, so spacing
  and punctuation do not count); pages whose start or end is cut (a true head or tail of 5+ tokens
  missing) and pages with 5+ foreign tokens before or after the true body (headline, captions,
  related links glued on);
- date: the extracted publication date against the date in the page's URL (where the URL has a
  day) and against the page's own markup (meta tags, JSON-LD, <time>: first datePublished-like
  value), as calendar days in the zone the value was written in; pages with no date. The URL's day
  is read here by the survey's own, broader patterns (two-digit years too), not by
  `timeline.ingest.pagedate.url_day`, so that ingest is not graded by its own reader.

`--pages` lists every page that misses (recall < 0.9, a cut start/end, or a date disagreement).
Pages of en-html are read with `lang="en"` (as `--lang en`) so that the non-English pages of that
benchmark are measured too; language refusal is reported by bench/bench_html.py.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import statistics
import sys
import time
import warnings
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from lxml import html as lxml_html

from timeline.errors import InputError, InputWarning
from timeline.ingest import read_article
from timeline.ingest.frontmatter import split_front_matter

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
_TOKEN = re.compile(r"\w+", re.U)
_EDGE_TOKENS = 5
_MONTHS = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
_URL_DATES = (
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)[/_.-](?P<m>[01]?\d)[/_.-](?P<d>[0-3]?\d)(?!\d)"),
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)/(?P<mon>[a-z]{3})[a-z]*/(?P<d>[0-3]?\d)(?!\d)", re.I),
    re.compile(r"(?<![\d])(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?!\d)"),
    re.compile(r"(?<![\d])(?P<y>(?:19|20)\d\d)[/-](?P<m>[01]\d)(?P<d>[0-3]\d)(?!\d)"),
    re.compile(r"/(?P<yy>[12]\d)/(?P<m>[01]\d)(?P<d>[0-3]\d)/"),  # 163.com: /19/1118/
)
_MARKUP_KEYS = (
    "article:published_time",
    "datepublished",
    "og:pubdate",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dc.date",
    "dcterms.created",
    "date",
)


@dataclass
class Page:
    """One page's survey row."""

    folder: str
    name: str
    error: str = ""
    warning: str = ""
    length: int = 0
    truth_length: int = 0
    recall: float | None = None
    precision: float | None = None
    lost_head: int = 0
    lost_tail: int = 0
    extra_head: int = 0
    extra_tail: int = 0
    published: date | None = None
    url_date: date | None = None
    markup_date: date | None = None
    markup_instant: datetime | None = None
    instant: datetime | None = None
    truth_date: date | None = None
    notes: list[str] = field(default_factory=list)


def url_date(url: str) -> date | None:
    """The day written in a URL's path (2019/11/18, 2019/nov/18, 2019-11-18, 20191118, /19/1118/)."""
    path = re.sub(r"^[a-z]+://[^/]+", "", url.strip(), flags=re.I)
    for pattern in _URL_DATES:
        for m in pattern.finditer(path):
            groups = m.groupdict()
            year = int(groups["y"]) if groups.get("y") else 2000 + int(groups["yy"])
            month = _MONTHS.get(groups["mon"][:3].lower(), 0) if groups.get("mon") else int(groups["m"])
            try:
                return date(year, month, int(groups["d"]))
            except ValueError:
                continue
    return None


def markup_stamp(page: str) -> str | None:
    """The first publication date the page's markup states: meta tags, JSON-LD, then <time>."""
    try:
        tree = lxml_html.fromstring(page.encode("utf-8", "replace"))
    except (ValueError, TypeError):  # an empty or broken page
        return None
    metas: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        if key and key not in metas and meta.get("content"):
            metas[key] = meta.get("content", "")
    for key in _MARKUP_KEYS:
        if key in metas and _iso_day(metas[key]):
            return metas[key]
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        m = re.search(r'"datePublished"\s*:\s*"([^"]+)"', script)
        if m and _iso_day(m.group(1)):
            return m.group(1)
    for element in tree.iter("time"):
        if _iso_day(stamp := element.get("datetime") or ""):
            return stamp
    return None


def _instant(value: str) -> datetime | None:
    """The instant a stamp names when it has a time and a zone (`…T02:34:30Z`, `… 21:57 -0800`)."""
    m = re.match(r"\s*(\d{4}-\d\d-\d\d)[T ](\d\d:\d\d(?::\d\d)?)(?:\.\d+)?\s?(Z|[+-]\d\d:?\d\d)\s*$", value)
    if not m:
        return None
    try:
        return datetime.fromisoformat(f"{m[1]}T{m[2]}{'+00:00' if m[3] == 'Z' else m[3]}")
    except ValueError:
        return None


def _iso_day(value: str) -> date | None:
    m = re.match(r"\s*((?:19|20)\d\d)-?(\d\d)-?(\d\d)", value)  # not 0001-01-01 placeholders
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def compare_bodies(got: str, want: str, row: Page) -> None:
    """Fill recall/precision (word characters of the common token sequence) and the cut edges."""
    ours, truth = _TOKEN.findall(got.lower()), _TOKEN.findall(want.lower())
    matcher = difflib.SequenceMatcher(None, ours, truth, autojunk=False)
    blocks = [b for b in matcher.get_matching_blocks() if b.size]
    common = sum(len(t) for b in blocks for t in truth[b.b : b.b + b.size])
    row.recall = common / max(1, sum(map(len, truth)))
    row.precision = common / max(1, sum(map(len, ours)))
    if blocks:
        first, last = blocks[0], blocks[-1]
        row.lost_head, row.extra_head = first.b, first.a
        row.lost_tail = len(truth) - (last.b + last.size)
        row.extra_tail = len(ours) - (last.a + last.size)
    else:
        row.lost_head, row.lost_tail = len(truth), 0


def survey_page(path: Path, folder: str, truth: dict[str, str], lang: str | None) -> Page:
    """Read one page through `timeline.ingest` and compare it with its truth."""
    row = Page(folder, path.stem)
    page = path.read_text(encoding="utf-8", errors="replace")
    stamp = markup_stamp(page) or ""
    row.markup_date, row.markup_instant = _iso_day(stamp), _instant(stamp)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", InputWarning)
            article = read_article(path, **({"lang": lang} if lang else {}))
        row.warning = "; ".join(
            str(w.message).split(": ", 1)[-1] for w in caught if w.category is InputWarning
        )
    except InputError as exc:
        row.error = str(exc).split(": ", 1)[-1]
        article = None
    url = truth.get("url") or (article.url if article else "") or ""
    row.url_date = url_date(url)
    row.truth_date = _iso_day(truth.get("published", ""))
    if article is None:
        return row
    row.length = len(article.text)
    if article.published_at is not None:
        row.published, row.instant = article.published_at.date(), article.published_at
    if "body" in truth:
        row.truth_length = len(truth["body"])
        compare_bodies(article.text, truth["body"], row)
    return row


def truths(corpus: Path, folder: str) -> dict[str, dict[str, str]]:
    """Per page stem: the true body and URL (and publication date) where the corpus has them."""
    if folder == "en-html":
        data = json.loads((corpus / folder / "ground-truth.json").read_text(encoding="utf-8"))
        return {key: {"body": item["articleBody"], "url": item["url"]} for key, item in data.items()}
    if folder == "html":
        found = {}
        for text_path in sorted((corpus / "news").glob("*.txt")):
            split = split_front_matter(text_path.read_text(encoding="utf-8"))
            if split:
                meta, body = split
                found[text_path.stem] = {
                    "body": body,
                    "url": meta.get("url", ""),
                    "published": meta.get("published", ""),
                }
        return found
    return {}


def survey(corpus: Path, folder: str) -> list[Page]:
    """Every page of one corpus folder."""
    known = truths(corpus, folder)
    lang = "en" if folder == "en-html" else None
    return [
        survey_page(p, folder, known.get(p.stem, {}), lang) for p in sorted((corpus / folder).glob("*.html"))
    ]


def _share(part: int, whole: int) -> str:
    return f"{part}/{whole} = {part / max(whole, 1):.1%}"


def summary(folder: str, rows: list[Page]) -> list[str]:
    """The folder's figures as printable lines."""
    lines = [
        f"{folder}: {len(rows)} pages, {sum(bool(r.error) for r in rows)} refused, "
        f"{sum(bool(r.warning) for r in rows)} read with a warning"
    ]
    measured = [r for r in rows if r.recall is not None]
    if measured:
        recall = [r.recall or 0.0 for r in measured]
        precision = [r.precision or 0.0 for r in measured]
        lines.append(
            f"  body vs truth ({len(measured)} pages): character recall mean {statistics.mean(recall):.3f} "
            f"median {statistics.median(recall):.3f}; precision mean {statistics.mean(precision):.3f} "
            f"median {statistics.median(precision):.3f}"
        )
        lines.append(
            f"  recall < 0.9: {sum(x < 0.9 for x in recall)}; precision < 0.9: {sum(x < 0.9 for x in precision)}; "
            f"start cut: {sum(r.lost_head >= _EDGE_TOKENS for r in measured)}; "
            f"end cut: {sum(r.lost_tail >= _EDGE_TOKENS for r in measured)}; "
            f"extra before: {sum(r.extra_head >= _EDGE_TOKENS for r in measured)}; "
            f"extra after: {sum(r.extra_tail >= _EDGE_TOKENS for r in measured)}"
        )
    read = [r for r in rows if not r.error]
    with_url = [r for r in read if r.url_date]
    with_markup = [r for r in read if r.markup_date]
    lines.append(f"  no publication date: {sum(r.published is None for r in read)} of {len(read)} read")
    lines.append(
        f"  date = URL's day: {_share(sum(r.published == r.url_date for r in with_url), len(with_url))}; "
        f"within a day: {sum(_near(r.published, r.url_date) for r in with_url)}"
    )
    lines.append(
        f"  date = markup's day: {_share(sum(r.published == r.markup_date for r in with_markup), len(with_markup))}; "
        f"within a day: {sum(_near(r.published, r.markup_date) for r in with_markup)}"
    )
    timed = [r for r in read if r.markup_instant]
    same = sum(_same_instant(r) for r in timed)
    lines.append(
        f"  instant = markup's instant (markup with a time and zone): {_share(same, len(timed))}; "
        f"of the others, day = markup's day: "
        f"{sum(r.published == r.markup_date for r in with_markup if not r.markup_instant)}"
        f"/{sum(not r.markup_instant for r in with_markup)}"
    )
    with_truth = [r for r in read if r.truth_date]
    if with_truth:
        same = sum(r.published == r.truth_date for r in with_truth)
        lines.append(f"  date = the text's front-matter day: {_share(same, len(with_truth))}")
    return lines


def _same_instant(r: Page) -> bool:
    return (
        r.instant is not None
        and r.markup_instant is not None
        and abs(r.instant - r.markup_instant) < timedelta(minutes=1)
    )


def _near(a: date | None, b: date | None) -> bool:
    return a is not None and b is not None and abs((a - b).days) <= 1


def page_line(r: Page) -> str | None:
    """One line for a page that misses anything, else None."""
    issues = []
    if r.error:
        issues.append(f"refused: {r.error[:80]}")
    if r.warning:
        issues.append(f"warning: {r.warning[:80]}")
    if r.recall is not None:
        if r.recall < 0.9 or (r.precision is not None and r.precision < 0.9):
            issues.append(
                f"recall {r.recall:.2f} precision {r.precision:.2f} ({r.length}/{r.truth_length} chars)"
            )
        for label, value in (
            ("start cut", r.lost_head),
            ("end cut", r.lost_tail),
            ("extra before", r.extra_head),
            ("extra after", r.extra_tail),
        ):
            if value >= _EDGE_TOKENS:
                issues.append(f"{label} {value} tokens")
    if not r.error:
        if r.published is None:
            issues.append("no date")
        elif r.url_date and r.published != r.url_date:
            issues.append(f"date {r.published} vs URL {r.url_date}")
        if r.truth_date and r.published != r.truth_date:
            issues.append(f"date {r.published} vs front matter {r.truth_date}")
        if r.markup_instant and not _same_instant(r):
            issues.append(f"instant {r.instant} vs markup {r.markup_instant}")
        elif not r.markup_instant and r.published and r.markup_date and r.published != r.markup_date:
            issues.append(f"date {r.published} vs markup {r.markup_date}")
    return f"  {r.folder}/{r.name[:24]}: " + "; ".join(issues) if issues else None


def main() -> int:
    """Print the figures; exit 2 when the shared corpus is absent."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--pages", action="store_true", help="list every page that misses")
    args = parser.parse_args()
    if not (args.corpus / "en-html").is_dir():
        print(f"no corpus at {args.corpus}; pass --corpus ../shared/corpus", file=sys.stderr)
        return 2
    started = time.perf_counter()
    for folder in ("en-html", "html", "zh-html"):
        rows = survey(args.corpus, folder)
        print("\n".join(summary(folder, rows)))
        if args.pages:
            print("\n".join(line for r in rows if (line := page_line(r))))
    print(f"({time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
