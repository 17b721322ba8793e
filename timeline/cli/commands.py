"""The `timeline` click group with every command registered (importing a command module registers it)."""

from timeline.cli import exporting, extracting, showing, tagging
from timeline.cli.app import cli
from timeline.cli.review import conflicts, review

cli.add_command(review)
cli.add_command(conflicts)

__all__ = ["cli", "exporting", "extracting", "showing", "tagging"]
