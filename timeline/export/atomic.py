"""Atomic file writes: a temp file beside the target, then one rename."""

from __future__ import annotations

import errno
import glob
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from timeline.errors import ExportError

CHOOSE_OUT = "choose another --out"
STALE_SECONDS = 600
"""A temporary file this old whose writer has died is a leftover of a killed export."""

_FULL = (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))
_REFUSED = (errno.EACCES, errno.EPERM, errno.EROFS)


@contextmanager
def atomic_path(path: Path, fix: str = CHOOSE_OUT) -> Iterator[Path]:
    """Yield a temporary path; on success it replaces `path` in one step, on failure it is removed.

    A reader (or a crash) sees either the old file or the new one, never half of one. `fix` ends
    the message when the folder cannot be written (it names the option that chose the path).
    Temporary files left beside `path` by a writer that was killed are removed first.
    """
    path = Path(path)
    if path.is_symlink():  # the link stays a link: the file it points to is the one replaced
        path = Path(os.path.realpath(path))
    if path.exists() and not path.is_file():  # a rename would put a file where /dev/null or a pipe was
        kind = "a folder" if path.is_dir() else "a device or pipe"
        raise ExportError(f"{path}: {kind}, not a file to replace; {fix}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        remove_leftovers(path)
        fd, tmp_name = tempfile.mkstemp(prefix=_prefix(path, os.getpid()), suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise ExportError(write_failure(path, exc, fix, opening=True)) from None
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        tmp.chmod(0o666 & ~_umask())  # mkstemp makes 0600; exports are meant to be shared
        yield tmp
        with tmp.open("rb") as handle:
            os.fsync(handle.fileno())
        tmp.replace(path)
    except OSError as exc:  # a full disk, a folder made read-only meanwhile: one line, no traceback
        raise ExportError(write_failure(path, exc, fix)) from None
    finally:
        for left in (tmp, Path(f"{tmp}-journal")):
            if left.exists():
                left.unlink()


def write_failure(path: Path, exc: OSError, fix: str = CHOOSE_OUT, *, opening: bool = False) -> str:
    """The one-line message for an OSError while writing `path` (or `opening` its folder), and the fix."""
    reason = os.strerror(exc.errno) if exc.errno else str(exc)
    if exc.errno in _FULL:
        return f"{path}: the disk is full ({reason}); free some space, or {fix}"
    if opening or exc.errno in _REFUSED:
        return f"{path}: cannot write here ({reason}); {fix}"
    return f"{path}: could not write the file ({reason}); the previous file is unchanged; {fix}"


def remove_leftovers(path: Path, now: float | None = None) -> list[Path]:
    """Delete temporary files of `path` whose writer died (a `kill -9`, a power cut); return them.

    Only files named by this module for `path`, at least STALE_SECONDS old, whose process id is
    no longer running on this machine.
    """
    now = time.time() if now is None else now
    removed = []
    for left in path.parent.glob(f".{glob.escape(path.name)}.*.tmp*"):
        pid = _writer_pid(path, left)
        if pid is None or _alive(pid):
            continue
        try:
            if now - left.stat().st_mtime >= STALE_SECONDS:
                left.unlink()
                removed.append(left)
        except OSError:  # another run removed it, or it is not ours to remove
            continue
    return removed


def _prefix(path: Path, pid: int) -> str:
    return f".{path.name}.{pid}."


def _writer_pid(path: Path, left: Path) -> int | None:
    rest = left.name[len(f".{path.name}.") :]
    pid, dot, _ = rest.partition(".")
    return int(pid) if dot and pid.isdigit() else None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by someone else
        return True
    return True


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
