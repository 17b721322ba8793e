"""Real headless Chromium: the HTML page renders every claim cleanly; TimelineJS3 renders our exports.

Chromium is Debian's `chromium` (.ci/run installs it); TimelineJS3 is its npm package
`@knight-lab/timelinejs`, installed by .ci/run into build/timelinejs/ (or set TIMELINEJS_DIR to
its `dist` folder). Each test skips with the reason when one is missing. Screenshots go to
exports/ (gitignored) so a reviewer can look at them.
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from export_samples import empty_timeline, sample_timeline

from timeline.export import to_html, to_timelinejs, to_timelinejs_csv
from timeline.export.browser import find_chromium, render

ROOT = Path(__file__).resolve().parents[1]
SHOTS = ROOT / "exports"
TIMELINEJS = Path(
    os.environ.get("TIMELINEJS_DIR") or ROOT / "build/timelinejs/node_modules/@knight-lab/timelinejs/dist"
)

needs_chromium = pytest.mark.skipif(
    find_chromium() is None, reason="no Chromium on this machine (Debian: apt-get install chromium)"
)
needs_timelinejs = pytest.mark.skipif(
    not (TIMELINEJS / "js" / "timeline.js").exists(),
    reason=f"TimelineJS3 npm package not found at {TIMELINEJS} (.ci/run installs it)",
)

HTML_CHECK = """(() => {
  const items = [...document.querySelectorAll("li.claim")];
  const seen = items.filter(li => li.offsetHeight > 0 && li.querySelector("blockquote").innerText.trim());
  const review = document.querySelector('select[data-filter="review"]');
  review.value = "verified";
  review.dispatchEvent(new Event("change", {bubbles: true}));
  const verified = items.filter(li => !li.hidden).map(li => li.dataset.claimId);
  review.value = "";
  review.dispatchEvent(new Event("change", {bubbles: true}));
  return JSON.stringify({
    ids: items.map(li => li.dataset.claimId), rendered: seen.length, verified,
    shown: document.getElementById("shown").textContent,
    injected: document.querySelectorAll("li.claim script, li.claim img, li.claim b").length,
  });
})()"""


@needs_chromium
@pytest.mark.parametrize("which", ["sample", "empty"])
def test_html_page_renders_every_claim_without_console_errors(tmp_path, which):
    timeline = sample_timeline() if which == "sample" else empty_timeline()
    page = to_html.write(timeline, tmp_path / "timeline.html")
    report = render(page.as_uri(), evaluate=HTML_CHECK, screenshot=SHOTS / f"test-html-page-{which}.png")
    assert report.errors == [], report.errors
    result = json.loads(report.value)
    assert sorted(result["ids"]) == sorted(c.claim_id for c in timeline.claims)
    assert result["rendered"] == len(timeline.claims)
    assert result["verified"] == [c.claim_id for c in timeline.claims if c.review_status == "verified"]
    assert result["shown"].startswith(f"{len(timeline.claims)} of {len(timeline.claims)}")
    assert result["injected"] == 0  # the <script>, <img onerror> and <b> in the text stayed text


HARNESS = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>TimelineJS check</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="/tl/css/timeline.css">
<script src="/tl/js/timeline.js"></script></head>
<body style="margin:0"><div id="timeline" style="width:1200px;height:640px"></div>
<script>
  var source = new URLSearchParams(location.search).get("source");
  window.tl = new TL.Timeline("timeline", source, {language: "zh-cn", script_path: location.origin + "/tl/js/", start_at_slide: 2});
</script></body></html>
"""

TIMELINEJS_READY = (
    "window.tl && tl.config && tl.config.events && document.querySelectorAll('.tl-slide').length > 0"
)
TIMELINEJS_CHECK = """JSON.stringify({
  slides: document.querySelectorAll(".tl-slide").length,
  events: tl.config.events.map(e => e.unique_id),
  title: !!tl.config.title,
  markers: document.querySelectorAll(".tl-timemarker").length,
  firstYear: Number(tl.config.events[0].start_date.data.year),
})"""


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:  # keep pytest output clean
        pass


@contextmanager
def _serve(folder: Path) -> Iterator[str]:
    """Serve `folder` on 127.0.0.1 (a free port) for as long as the block runs."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@needs_chromium
@needs_timelinejs
@pytest.mark.parametrize("kind", ["json", "csv"])
def test_timelinejs_renders_our_export(tmp_path, kind):
    timeline = sample_timeline()
    (tmp_path / "tl").symlink_to(TIMELINEJS, target_is_directory=True)
    (tmp_path / "index.html").write_text(HARNESS, "utf-8")
    if kind == "json":
        source = to_timelinejs.write(timeline, tmp_path / "timeline.timelinejs.json")
    else:
        source = to_timelinejs_csv.write(timeline, tmp_path / "timeline.timelinejs.csv")
    expected = to_timelinejs.document(timeline)["events"]
    with _serve(tmp_path) as base:
        report = render(
            f"{base}/index.html?source={base}/{source.name}",
            ready=TIMELINEJS_READY,
            evaluate=TIMELINEJS_CHECK,
            screenshot=SHOTS / f"test-timelinejs-{kind}.png",
            timeout=20,
            settle=1.5,
        )
    result = json.loads(report.value)
    assert result["title"] is True
    assert result["slides"] == len(expected) + 1  # the title slide and one per dated claim
    assert result["markers"] == len(expected)
    assert result["firstYear"] == expected[0]["start_date"]["year"]
    if kind == "json":
        assert result["events"] == [e["unique_id"] for e in expected]
    assert not [e for e in report.errors if "uncaught" in e or "console.error" in e], report.errors
