"""Duckling-zh misses grouped by why we differ: a convention we keep on purpose, or a form not built yet.

Run from the worktree root:
    PYTHONPATH=$PWD /work/venv-deps/bin/python bench/duckling_zh_clashes.py [--list]

Each miss of the duckling-zh phrases (prefer="future", reference 2013-02-12T04:30, as in
`bench_zh.duckling`) falls in the first group whose pattern matches the phrase. Groups marked
(convention) are places where Duckling's answer is not what a newsroom wants from `tag()`
(DESIGN §4, README "dates"), so we keep ours; the rest are not built yet.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_zh import BENCH, DUCKLING_REFERENCE
from clash_report import listing_wanted, report
from scoring import load_jsonl, phrase_correct

from timeline.temporal import tag
from timeline.temporal.feast_names import ZH_FEASTS

GROUPS: list[tuple[str, str]] = [
    ("(convention) N units ago/later is that day or minute, not the span of N units (兩天前, 三年後)",
     r"^[兩两二三][^前後后]*(?:秒|分鐘|分钟|小時|小时|個鐘|个钟|天|日|星期|禮拜|礼拜|個月|个月|年)之?[前後后]$"),
    ("(convention) 当前 is the present period (a day), not the reference instant", r"^(?:当前|當前)$"),
    ("(convention) a weekend is Saturday and Sunday, not Friday 18:00 to Monday", r"周末|週末"),
    ("(convention) a part of the day keeps day precision (TIMEX3 TMO/TEV), no invented hours",
     r"(?:早上|早晨|晚上|下午|上午)$"),
    ("(convention) 下周三 is Wednesday of next week, 这周一 Monday of this week", r"^(?:下|这|這|今個)[^,]*[一三]$"),
    ("(convention) a bare 三点 is not a clock time (三点建议)", r"^三[点點]$"),
    ("(convention) 前两月 is the first two months of a year in news", r"^前[两兩]月$"),
    ("(convention) Jewish feast names left out as ordinary words (篝火节, 禁食日, 诵经节, 转经节, 收获节, 烛光节, 週日節)",
     r"^(?:2018年)?(?:篝火节|禁食日|诵经节|誦經节|转经节|轉經節|收获节|收穫節|烛光节|週日節)$"),
    ("(convention) Sukkot is its 7 days (Duckling adds Shemini Atzeret); Simchat Torah spans Israel's 22 and the diaspora's 23 Tishrei",
     r"住棚|西赫|律法|聖法"),
    ("(source) Hindu dates of the holidays package (India) where Duckling differs (Holi, Dussehra, Chhath, Navaratri)",
     r"侯丽|荷麗|洒红|灑紅|胡里|好利|霍利|十勝|克哈特|九夜"),
    ("(convention) Hindu feast names left out as ambiguous (印度丰收节, 圣母节, 凯旋节, 五彩节, 欢悦节, 难近母节)",
     r"丰收|豐收|圣母节|凯旋|五彩|欢悦|难近母|難近母"),
    ("numeric month/day and two-digit years (another helper's area)", r"^[\d/]+$"),
]  # fmt: skip


def misses() -> list[tuple[str, str, str]]:
    """(phrase, gold value, our values) of every duckling-zh phrase we get wrong."""
    out = []
    for r in load_jsonl(BENCH / "duckling-zh.jsonl"):
        if r.get("latent"):
            continue
        found = tag(r["text"], reference=DUCKLING_REFERENCE, lang="zh", prefer="future")
        if not phrase_correct(found, r.get("timex_value"), r["text"]):
            out.append((r["text"], str(r.get("timex_value")), str([(m.text, m.value) for m in found])))
    return out


EVE_GROUP = "(convention) a Jewish feast runs from its eve to its last day (Duckling gives the eve alone)"


def group_of(text: str, want: str, got: str) -> str | None:
    """The first group a miss falls in: a feast whose span starts on Duckling's day, then GROUPS by phrase."""
    if any(n in text for n in ZH_FEASTS) and want.split("/")[0] in got:
        return EVE_GROUP
    return next((n for n, p in GROUPS if re.search(p, text)), None)


def main() -> int:
    """Print the count of each group (and its phrases with --list)."""
    report(
        "duckling-zh misses",
        [EVE_GROUP, *(name for name, _ in GROUPS)],
        misses(),
        lambda miss: group_of(*miss),
        lambda miss: f"{miss[0]!r} want={miss[1]} got={miss[2]}",
        listing_wanted(__doc__ or ""),
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
