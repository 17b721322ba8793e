"""Every user-facing failure of `timeline` is one of these.

TimelineError
 ├── InputError                 a file or value we cannot read (names the file and the fix)
 │    └── DecodeError           bytes that are not text in any encoding we trust
 ├── UnsupportedLanguageError   a language code other than zh, zh-Hant, en
 ├── ExportError                an output we could not write
 └── StoreError                 the workspace database is unusable

InputWarning (a UserWarning)    input read as is, with a flaw the user should know of (names the file)
"""

from __future__ import annotations


class TimelineError(Exception):
    """Base class of every error `timeline` reports to a user."""


class InputError(TimelineError):
    """An input file or value that cannot be read; the message names it and the fix."""


class DecodeError(InputError):
    """Input bytes that do not decode as text in any trusted encoding."""


class UnsupportedLanguageError(TimelineError):
    """A language code that has no grammar."""


class ExportError(TimelineError):
    """An export that could not be written."""


class StoreError(TimelineError):
    """The workspace database could not be opened or updated."""


class InputWarning(UserWarning):
    """Input that was read, with a flaw worth a one-line warning (the message names the file)."""
