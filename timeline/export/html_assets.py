"""The stylesheet and script inlined into the HTML timeline page (no network: nothing is fetched)."""

from __future__ import annotations

import base64
import hashlib

CSS = """
:root { --ink: #1d2733; --muted: #5b6775; --line: #d5dce4; --accent: #1f6fb2; --bg: #fbfcfd;
  --point: #1f6fb2; --span: #6aa5d8; --vague: #b4bcc6; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.55 system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC",
  "PingFang SC", "Microsoft YaHei", sans-serif; color: var(--ink); background: var(--bg); }
header { padding: 20px 28px 12px; border-bottom: 1px solid var(--line); background: #fff;
  position: sticky; top: 0; z-index: 2; }
h1 { margin: 0 0 4px; font-size: 22px; }
.summary { margin: 0 0 10px; color: var(--muted); }
.filters { display: flex; flex-wrap: wrap; gap: 10px 18px; align-items: center; }
.filters label { font-size: 13px; color: var(--muted); }
.filters select { margin-left: 4px; font: inherit; font-size: 14px; max-width: 22em; }
.filters output { font-size: 13px; color: var(--muted); }
.legend { margin-top: 8px; font-size: 12px; color: var(--muted); display: flex; gap: 16px; flex-wrap: wrap; }
.legend i { display: inline-block; width: 28px; height: 8px; border-radius: 2px; margin-right: 4px;
  vertical-align: middle; background: var(--span); }
.legend i.point { width: 8px; border-radius: 4px; background: var(--point); }
.legend i.open { background: linear-gradient(90deg, var(--span), transparent); }
.legend i.vague { background: linear-gradient(90deg, transparent, var(--vague)); }
main { padding: 8px 28px 40px; }
ol.timeline { list-style: none; margin: 0; padding: 0; }
.axis { display: grid; grid-template-columns: 190px minmax(160px, 1fr) 2fr; gap: 16px;
  font-size: 11px; color: var(--muted); margin: 6px 0 2px; }
.axis .ticks { position: relative; height: 16px; border-bottom: 1px solid var(--line); }
.axis .ticks span { position: absolute; transform: translateX(-50%); }
li.claim { display: grid; grid-template-columns: 190px minmax(160px, 1fr) 2fr; gap: 16px;
  padding: 12px 0; border-bottom: 1px solid var(--line); }
li.claim[hidden] { display: none; }
.when time { font-weight: 600; display: block; }
.when .precision { font-size: 12px; color: var(--muted); }
.when .as-written { font-size: 12px; color: var(--muted); display: block; }
.track { position: relative; height: 14px; margin-top: 6px; background:
  linear-gradient(var(--line), var(--line)) 0 50% / 100% 1px no-repeat; }
.bar { position: absolute; top: 2px; height: 10px; border-radius: 2px; background: var(--span); min-width: 3px; }
.kind-point .bar { background: var(--point); width: 10px !important; margin-left: -5px; border-radius: 5px; }
.kind-open .bar { background: linear-gradient(90deg, var(--span), transparent); }
.kind-vague .bar { background: linear-gradient(90deg, transparent, var(--vague)); }
.kind-vague time::after { content: " · vague / 模糊"; font-weight: 400; color: var(--muted); }
.body h2 { margin: 0 0 4px; font-size: 16px; }
blockquote { margin: 0 0 6px; padding: 2px 0 2px 12px; border-left: 3px solid var(--line); }
.meta { margin: 0; font-size: 13px; color: var(--muted); }
.chip { display: inline-block; padding: 0 7px; border-radius: 9px; background: #eef2f6; margin-right: 4px; }
.review-verified { background: #dcf2e2; } .review-false { background: #f8dcdc; }
.review-disputed { background: #fbeccf; } .review-unverifiable { background: #e8e4f4; }
.note { margin: 4px 0 0; font-size: 13px; }
a { color: var(--accent); }
section.undated { margin-top: 28px; }
footer { padding: 12px 28px; color: var(--muted); font-size: 12px; }
@media print { header { position: static; } .filters, .legend { display: none; } li.claim { break-inside: avoid; } }
@media (max-width: 760px) { li.claim, .axis { grid-template-columns: 1fr; } .axis { display: none; } }
"""

SCRIPT = """
(function () {
  "use strict";
  var form = document.getElementById("filters");
  var items = Array.prototype.slice.call(document.querySelectorAll("li.claim"));
  var shown = document.getElementById("shown");
  function apply() {
    var want = {};
    Array.prototype.forEach.call(form.querySelectorAll("select"), function (select) {
      want[select.getAttribute("data-filter")] = select.value;
    });
    var count = 0;
    items.forEach(function (item) {
      var keep = Object.keys(want).every(function (key) {
        return !want[key] || item.getAttribute("data-" + key) === want[key];
      });
      item.hidden = !keep;
      if (keep) { count += 1; }
    });
    shown.textContent = count + " of " + items.length + " claims shown / 显示 " + count + " 条";
  }
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  apply();
})();
"""


def csp_hash(source: str) -> str:
    """The CSP source expression that allows exactly this inline script: `'sha256-…'`."""
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"
