"""Finding input files (folders walked recursively, `--glob`) and reading their bytes safely.

Reads are bounded: a file (or the inflated content of a `.gz`) larger than the size limit is
refused after reading at most limit + 1 bytes, so memory stays bounded whatever the input.
Only regular files are read (a FIFO or device would block forever).
"""

from __future__ import annotations

import errno
import fnmatch
import gzip
import os
import re
import stat
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from timeline.errors import InputError

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
RECORD_SUFFIXES = (".json", ".jsonl", ".ndjson")
MANIFEST_SUFFIXES = (".csv",)
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + RECORD_SUFFIXES
"""What a folder walk picks up without --glob (manifests are only read when named)."""
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
"""Largest article file (after inflating .gz) we read: 10 MB is far beyond any real article."""


def kind_of(path: str | Path) -> str:
    """The input kind by file name: text, html, records, manifest (a trailing .gz is transparent)."""
    name = Path(path).name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    suffix = Path(name).suffix
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in RECORD_SUFFIXES:
        return "records"
    if suffix in MANIFEST_SUFFIXES:
        return "manifest"
    return "text"


def iter_files(
    paths: Iterable[str | Path],
    glob: str | None = None,
    skipped: list[Path] | None = None,
    errors: list[InputError] | None = None,
) -> Iterator[Path]:
    """Yield the article files named by `paths`; folders are walked recursively in sorted order.

    In folders, files whose name matches `glob` (e.g. `*.html`, default: every known article
    suffix, plain or .gz) are taken; the others are appended to `skipped` when given, and
    sub-folders that cannot be listed to `errors`. A missing path raises InputError naming it.
    """
    for raw in paths:
        path = Path(raw)
        try:
            path.stat()
        except OSError as exc:  # a name too long: one line, as a missing file is
            if exc.errno not in (errno.ENOENT, errno.ENOTDIR, errno.ELOOP):
                raise InputError(_os_message(path, exc)) from None
        if path.is_dir():
            yield from _walk(path, glob, skipped, errors)
        elif path.is_symlink() and not path.exists():
            raise InputError(f"{path}: a broken or looping symbolic link; fix or remove the link")
        elif path.exists():
            yield path
        else:
            raise InputError(f"{path}: no such file or folder; check the path")


def _walk(
    folder: Path, glob: str | None, skipped: list[Path] | None, errors: list[InputError] | None
) -> Iterator[Path]:
    """Files under `folder` (symlinked folders are followed once: loops cannot recur)."""
    seen: set[tuple[int, int]] = set()
    found: list[Path] = []

    def unreadable(exc: OSError) -> None:
        if errors is not None:
            errors.append(InputError(_os_message(Path(exc.filename or folder), exc)))

    for root, dirs, files in os.walk(folder, followlinks=True, onerror=unreadable):
        try:
            st = Path(root).stat()
        except OSError:
            dirs[:] = []
            continue
        if (st.st_dev, st.st_ino) in seen:
            dirs[:] = []
            continue
        seen.add((st.st_dev, st.st_ino))
        dirs.sort()
        for name in files:
            if _wanted(name, glob):
                found.append(Path(root, name))
            elif skipped is not None:
                skipped.append(Path(root, name))
    yield from sorted(found)


def _wanted(name: str, glob: str | None) -> bool:
    if glob:
        return fnmatch.fnmatch(name, glob)
    lowered = name.lower()
    if lowered.endswith(".gz"):
        lowered = lowered[:-3]
    return lowered.endswith(SUFFIXES)


def read_limited(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Read a regular file (inflating `.gz`) up to `max_bytes`; InputError with the fix otherwise."""
    path = Path(path)
    try:
        with _open_raw(path) as handle:
            info = os.fstat(handle.fileno())
            if stat.S_ISDIR(info.st_mode):
                raise InputError(
                    f"{path}: a folder where a file was expected; name a file, or the folder itself"
                )
            if not stat.S_ISREG(info.st_mode):
                raise InputError(f"{path}: not a regular file (a pipe or device); give an article file")
            if path.name.lower().endswith(".gz"):
                data = _inflate(handle, path, max_bytes)
            elif info.st_size > max_bytes:
                data = b""  # refused unread
            else:
                data = handle.read(max_bytes + 1)  # bounded even if the file grows meanwhile
    except OSError as exc:
        raise InputError(_os_message(path, exc)) from None
    if len(data) > max_bytes or (not data and info.st_size > max_bytes):
        raise InputError(
            f"{path}: {_mb(max(info.st_size, len(data)))}, larger than the {_mb(max_bytes)} limit for one article; split it into articles "
            "or raise --max-size"
        )
    return data


def _open_raw(path: Path) -> BinaryIO:
    """Open without blocking: a FIFO must not stall the batch before we can see it is one."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    return os.fdopen(fd, "rb")


def _inflate(handle: BinaryIO, path: Path, max_bytes: int) -> bytes:
    try:
        with gzip.GzipFile(fileobj=handle) as gz:
            data = gz.read(max_bytes + 1)
    except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
        raise InputError(f"{path}: not a readable .gz file ({exc}); download it again or unpack it") from None
    if len(data) > max_bytes:
        raise InputError(
            f"{path}: inflates past the {_mb(max_bytes)} limit (a compression bomb or not one article); "
            "unpack and split it, or raise --max-size"
        )
    return data


def read_stdin(stream: BinaryIO, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Read standard input up to `max_bytes`."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(
            f"<stdin>: larger than the {_mb(max_bytes)} limit; split the input or raise --max-size"
        )
    return data


def _os_message(path: Path, exc: OSError) -> str:
    if exc.errno == errno.ENOENT:
        if path.is_symlink():
            return f"{path}: a broken symbolic link; fix or remove the link"
        return f"{path}: the file disappeared before it could be read; check whether something moved it"
    if exc.errno == errno.ELOOP:
        return f"{path}: a symbolic link loop; fix or remove the link"
    if exc.errno in (errno.EACCES, errno.EPERM):
        if path.is_dir():
            return f"{path}: permission denied on this folder; make it readable (chmod u+rx)"
        return f"{path}: permission denied; make the file readable (chmod u+r) or copy it"
    if exc.errno == errno.EISDIR:
        return f"{path}: a folder where a file was expected; name the folder itself"
    if exc.errno == errno.ENAMETOOLONG:
        return f"{path}: the name is too long for the file system; check the path (a pasted text?)"
    return f"{path}: cannot read ({exc.strerror}); check the path and permissions"


def readable_name(name: str) -> str:
    """A file name as it can be stored and printed: bytes that were not UTF-8 (kept by Python as lone
    surrogates) shown as `\\xe9`; other text unchanged."""
    if not _SURROGATE.search(name):
        return name
    try:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate no byte stands for
        return name.encode("utf-8", "backslashreplace").decode("utf-8")


_SURROGATE = re.compile("[\ud800-\udfff]")


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.3g} MB"
