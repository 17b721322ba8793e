"""The `timeline` command: a thin click shell over the library, one module per command group.

The only package that prints. Importing it registers every command on `cli`.
"""

from timeline.cli import exporting, extracting, showing, tagging
from timeline.cli.app import cli, main
from timeline.cli.review import conflicts, review

cli.add_command(review)
cli.add_command(conflicts)

__all__ = ["cli", "exporting", "extracting", "main", "showing", "tagging"]
