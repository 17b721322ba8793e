"""Print benchmark misses grouped by why we differ (shared by the *_clashes.py scripts)."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable
from typing import TypeVar

Miss = TypeVar("Miss")
NOT_BUILT = "not built yet"


def listing_wanted(doc: str) -> bool:
    """Parse the command line of a clash script: True when --list asks for every phrase."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="list the phrases of each group")
    return parser.parse_args().list


def report(
    title: str,
    groups: Iterable[str],
    misses: Iterable[Miss],
    group_of: Callable[[Miss], str | None],
    describe: Callable[[Miss], str],
    listed: bool,
) -> None:
    """Print each group's count (in the order given, then the misses no group takes) and, when
    `listed`, one line per miss."""
    grouped: dict[str, list[Miss]] = {name: [] for name in groups}
    grouped[NOT_BUILT] = []
    for miss in misses:
        grouped[group_of(miss) or NOT_BUILT].append(miss)
    print(f"{title}: {sum(len(v) for v in grouped.values())}")
    for name, items in grouped.items():
        print(f"{len(items):4d}  {name}")
        if listed:
            for miss in items:
                print(f"        {describe(miss)}")
