"""Read and extract many inputs, in worker processes when asked, handing results back in input order.

`timeline extract --jobs N` reads and extracts N inputs at a time; the workspace is still written by
one process, article by article in the order the inputs were named, so the workspace (and every
export) is byte-identical to a one-process run. At most a few inputs per worker are in flight, so
memory stays bounded however large the folder.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import threading
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from multiprocessing import forkserver
from pathlib import Path
from typing import TYPE_CHECKING

from timeline.errors import InputError, InputWarning, TimelineError
from timeline.ingest import STDIN, Overrides, read_articles

if TYPE_CHECKING:
    from timeline.models import Article
    from timeline.pipeline import Extraction

    Extract = Callable[[Article], Extraction]

AHEAD = 4
"""Inputs queued per worker beyond the one it is working on (bounds memory, keeps workers busy)."""


@dataclass(frozen=True, slots=True)
class Outcome:
    """One article read and extracted, or the one-line reason it could not be."""

    name: str
    extraction: Extraction | None = None
    error: str | None = None
    notes: tuple[str, ...] = ()
    """InputWarnings a worker process met reading it, warned again by the main process."""


def worker_count(jobs: int) -> int:
    """The number of worker processes `--jobs` asks for: 0 means one per available CPU."""
    if jobs > 0:
        return jobs
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def outcomes_of(
    path: str | Path, opts: Overrides, extract: Extract, *, debug: bool = False
) -> Iterator[Outcome]:
    """Every article of one input, read and extracted by `extract`, in order; failures as one-line errors."""
    for result in read_articles(path, opts):
        if isinstance(result, InputError):
            yield Outcome(str(path), error=str(result))
            continue
        name = result.source_path or "<stdin>"
        try:
            yield Outcome(name, extraction=extract(result))
        except TimelineError as exc:
            yield Outcome(name, error=str(exc))
        except Exception as exc:
            if debug:
                raise
            yield Outcome(
                name,
                error=f"{name}: unexpected {type(exc).__name__} ({exc}); rerun with --debug and report it",
            )


def _all_outcomes(path: str | Path, opts: Overrides, extract: Extract) -> list[Outcome]:
    """A worker's task: one input's outcomes as a list (sent back whole), with the InputWarnings met."""
    done = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", InputWarning)
        for outcome in outcomes_of(path, opts, extract):
            notes = tuple(str(w.message) for w in caught if issubclass(w.category, InputWarning))
            caught.clear()
            done.append(Outcome(outcome.name, outcome.extraction, outcome.error, notes))
    return done


def _ignore_interrupts() -> None:
    """Workers leave Ctrl-C to the main process, which stops handing out work and reports."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _context() -> multiprocessing.context.BaseContext:
    """Fresh worker processes (no inherited workspace connection); the grammars load once per server."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["timeline.pipeline", "timeline.ingest"])
        _start_forkserver_deaf_to_ctrl_c()
        return context
    return multiprocessing.get_context("spawn")


def _start_forkserver_deaf_to_ctrl_c() -> None:
    """Start the fork server ignoring SIGINT, which a Python child keeps: Ctrl-C while it loads the
    grammars (seconds) reaches the whole process group, and would print its traceback."""
    if threading.current_thread() is not threading.main_thread():
        return  # signal handlers can only be set here; the server then starts on first use
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        forkserver.ensure_running()
    finally:
        signal.signal(signal.SIGINT, previous)


def _stop_forkserver() -> None:
    """End the fork server, so that it forks no worker asked for before Ctrl-C (that worker would
    find the pool gone and print a traceback); the next pool starts a new server."""
    server = getattr(forkserver, "_forkserver", None)
    pid = getattr(server, "_forkserver_pid", None)
    if pid is not None:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGTERM)


def run(
    paths: Iterable[str | Path], opts: Overrides, extract: Extract, *, jobs: int = 1, debug: bool = False
) -> Iterator[Outcome]:
    """The outcomes of every input in input order, extracted by `jobs` worker processes (1: this one).

    `extract` (article → Extraction) must be a module-level function: workers receive it by name.

    Standard input is always read here. With `debug`, work stays in this process so that a
    traceback is whole.
    """
    workers = worker_count(jobs)
    if workers == 1 or debug:
        for path in paths:
            yield from outcomes_of(path, opts, extract, debug=debug)
        return
    pool = ProcessPoolExecutor(workers, mp_context=_context(), initializer=_ignore_interrupts)
    pending: deque[Future[list[Outcome]] | str | Path] = deque()
    try:
        for path in paths:
            pending.append(path if str(path) == STDIN else pool.submit(_all_outcomes, path, opts, extract))
            while len(pending) > workers * AHEAD:
                yield from _collect(pending.popleft(), opts, extract)
        while pending:
            yield from _collect(pending.popleft(), opts, extract)
    except BaseException:  # Ctrl-C, an error, a closed generator: workers only compute, so stop them now
        _stop(pool)
        raise
    pool.shutdown(wait=True)


def _stop(pool: ProcessPoolExecutor) -> None:
    """Drop the queued inputs and end the worker processes (nothing they hold is saved anywhere)."""
    _stop_forkserver()
    terminate = getattr(pool, "terminate_workers", None)  # Python 3.14+
    if terminate is not None:
        terminate()
        return
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.terminate()
    for process in processes:
        process.join(timeout=5)


def _collect(
    item: Future[list[Outcome]] | str | Path, opts: Overrides, extract: Extract
) -> Iterator[Outcome]:
    """The outcomes of one queued input: a worker's result, or standard input read here."""
    if not isinstance(item, Future):
        yield from outcomes_of(item, opts, extract)
        return
    try:
        outcomes = item.result()
    except BrokenProcessPool:
        raise TimelineError(
            "a worker process died (out of memory, or killed); nothing half-written: "
            "run the same command again, with fewer --jobs"
        ) from None
    for outcome in outcomes:
        for note in outcome.notes:
            warnings.warn(InputWarning(note), stacklevel=1)
        yield outcome
