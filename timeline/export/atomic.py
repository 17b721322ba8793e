"""Atomic file writes: a temp file beside the target, then one rename."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from timeline.errors import ExportError

CHOOSE_OUT = "choose another --out"


@contextmanager
def atomic_path(path: Path, fix: str = CHOOSE_OUT) -> Iterator[Path]:
    """Yield a temporary path; on success it replaces `path` in one step, on failure it is removed.

    A reader (or a crash) sees either the old file or the new one, never half of one. `fix` ends
    the message when the folder cannot be written (it names the option that chose the path).
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise ExportError(f"{path}: cannot write here ({exc.strerror}); {fix}") from None
    os.close(fd)
    tmp = Path(tmp_name)
    tmp.chmod(0o666 & ~_umask())  # mkstemp makes 0600; exports are meant to be shared
    try:
        yield tmp
        with tmp.open("rb") as handle:
            os.fsync(handle.fileno())
        tmp.replace(path)
    finally:
        if tmp.exists():
            tmp.unlink()


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def write_bytes(path: Path, data: bytes, fix: str = CHOOSE_OUT) -> Path:
    """Write `data` to `path` atomically."""
    with atomic_path(path, fix) as tmp:
        tmp.write_bytes(data)
    return path


def write_with(path: Path, writer: Callable[[Path], object]) -> Path:
    """Let `writer` fill a temporary file, then move it over `path` atomically."""
    with atomic_path(path) as tmp:
        writer(tmp)
    return path
