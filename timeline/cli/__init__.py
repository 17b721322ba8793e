"""The `timeline` command: a thin click shell over the library, one module per command group.

The only package that prints. `cli` (the click group with every command) is imported on first
use, so that a Ctrl-C while the command starts up also ends with one line, not a traceback.
"""

from __future__ import annotations

import sys
from typing import Any

INTERRUPTED = 130  # the shell's exit code for a run ended by Ctrl-C (128 + SIGINT)


def main() -> None:
    """Console entry point."""
    try:
        from timeline.cli.commands import cli
    except KeyboardInterrupt:
        sys.stderr.write("interrupted while starting up; nothing was read or written\n")
        sys.exit(INTERRUPTED)
    cli(prog_name="timeline")


def __getattr__(name: str) -> Any:
    """`timeline.cli.cli`: the click group, with every command registered."""
    if name == "cli":
        from timeline.cli.commands import cli

        return cli
    raise AttributeError(f"module 'timeline.cli' has no attribute {name!r}")
