"""Open a page in headless Chromium (Debian's `chromium`) over the DevTools pipe; no extra packages.

Used by `timeline export --format html --screenshot` and by the browser tests: load a file,
wait until a JavaScript condition holds, collect console errors, uncaught exceptions and log
errors (CSP violations, failed loads), evaluate an expression, and take a full-page screenshot.
Chromium runs with --headless --no-sandbox --disable-gpu and a fresh temporary profile.
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import json
import os
import select
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from timeline.errors import ExportError
from timeline.export.atomic import write_bytes

CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-extensions",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
    "--mute-audio",
    "--remote-debugging-pipe",
)


def find_chromium() -> str | None:
    """The path of a Chromium binary ($CHROMIUM, else chromium / chrome on PATH), or None."""
    configured = os.environ.get("CHROMIUM")
    if configured:
        return shutil.which(configured) or (configured if Path(configured).is_file() else None)
    for name in CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


@dataclass
class PageReport:
    """What loading a page gave: the evaluated value, and every error the page reported."""

    value: Any = None
    errors: list[str] = field(default_factory=list)
    console: list[str] = field(default_factory=list)


class _Pipe:
    """The DevTools protocol over Chromium's --remote-debugging-pipe (NUL-separated JSON)."""

    def __init__(self, process: subprocess.Popen[bytes], write_fd: int, read_fd: int) -> None:
        self.process, self.write_fd, self.read_fd = process, write_fd, read_fd
        self.buffer = b""
        self.next_id = 0
        self.events: list[dict[str, Any]] = []

    def send(
        self,
        method: str,
        params: dict[str, Any] | None = None,
        *,
        session: str | None = None,
        timeout: float = 30.0,
    ) -> dict[str, Any]:
        self.next_id += 1
        message: dict[str, Any] = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        try:
            os.write(self.write_fd, json.dumps(message).encode() + b"\0")
        except OSError as exc:
            raise ExportError(f"chromium exited early ({exc.strerror}); run it by hand to see why") from None
        deadline = time.monotonic() + timeout
        while True:
            reply = self._read(deadline)
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise ExportError(f"chromium: {method} failed: {reply['error'].get('message')}")
                return dict(reply.get("result", {}))
            self.events.append(reply)

    def wait_event(self, method: str, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        if any(e.get("method") == method for e in self.events):
            return True
        while time.monotonic() < deadline:
            try:
                event = self._read(deadline)
            except ExportError:
                return False
            self.events.append(event)
            if event.get("method") == method:
                return True
        return False

    def _read(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self.buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise ExportError("chromium did not answer in time; is it installed and working?")
            ready, _, _ = select.select([self.read_fd], [], [], left)
            if ready:
                chunk = os.read(self.read_fd, 1 << 20)
                if not chunk:
                    raise ExportError("chromium exited early; run it by hand to see why")
                self.buffer += chunk
        raw, self.buffer = self.buffer.split(b"\0", 1)
        return dict(json.loads(raw))


def _errors(events: list[dict[str, Any]]) -> tuple[list[str], list[str]]:
    errors, console = [], []
    for event in events:
        method, params = event.get("method"), event.get("params", {})
        if method == "Runtime.consoleAPICalled":
            text = " ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", []))
            console.append(f"{params.get('type')}: {text}")
            if params.get("type") in ("error", "assert"):
                errors.append(f"console.{params.get('type')}: {text}")
        elif method == "Runtime.exceptionThrown":
            details = params.get("exceptionDetails", {})
            description = details.get("exception", {}).get("description") or details.get("text")
            errors.append(f"uncaught: {description}")
        elif method == "Log.entryAdded":
            entry = params.get("entry", {})
            console.append(f"log {entry.get('level')}: {entry.get('text')}")
            if entry.get("level") == "error":
                errors.append(f"{entry.get('source')}: {entry.get('text')} {entry.get('url', '')}".strip())
    return errors, console


def render(
    url: str,
    *,
    ready: str = "document.readyState === 'complete'",
    evaluate: str = "null",
    screenshot: Path | None = None,
    width: int = 1280,
    height: int = 900,
    timeout: float = 40.0,
    file_access: bool = False,
    settle: float = 0.0,
) -> PageReport:
    """Load `url`, wait until `ready` is true, return `evaluate`'s value and the page's errors.

    With `screenshot`, a full-page PNG (at most 8000 px tall) is written there atomically,
    `settle` seconds after the page is ready (for animations).
    """
    binary = find_chromium()
    if binary is None:
        raise ExportError("no Chromium found; install it (Debian: apt-get install chromium) or set CHROMIUM")
    with tempfile.TemporaryDirectory(prefix="timeline-chromium-") as profile:
        to_browser_r, to_browser_w = os.pipe()
        from_browser_r, from_browser_w = os.pipe()

        # The DevTools pipe is fds 3 (commands in) and 4 (replies out) in the child; move our ends
        # above 10 first so the dup2 calls below cannot clobber each other.
        child_in = fcntl.fcntl(to_browser_r, fcntl.F_DUPFD_CLOEXEC, 10)
        child_out = fcntl.fcntl(from_browser_w, fcntl.F_DUPFD_CLOEXEC, 10)

        def plumb() -> None:
            os.dup2(child_in, 3)
            os.dup2(child_out, 4)
            os.set_inheritable(3, True)
            os.set_inheritable(4, True)

        flags = [*FLAGS, f"--user-data-dir={profile}", f"--window-size={width},{height}"]
        if file_access:
            flags.append("--allow-file-access-from-files")
        process = subprocess.Popen(
            [binary, *flags, "about:blank"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=plumb,
            close_fds=False,
        )
        for fd in (to_browser_r, from_browser_w, child_in, child_out):
            os.close(fd)
        pipe = _Pipe(process, to_browser_w, from_browser_r)
        try:
            return _drive(pipe, url, ready, evaluate, screenshot, width, height, timeout, settle)
        finally:
            with contextlib.suppress(ExportError, OSError):
                pipe.send("Browser.close", timeout=5)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            os.close(to_browser_w)
            os.close(from_browser_r)


def _drive(
    pipe: _Pipe,
    url: str,
    ready: str,
    evaluate: str,
    screenshot: Path | None,
    width: int,
    height: int,
    timeout: float,
    settle: float,
) -> PageReport:
    targets = pipe.send("Target.getTargets")["targetInfos"]
    page = next(t["targetId"] for t in targets if t.get("type") == "page")
    session = pipe.send("Target.attachToTarget", {"targetId": page, "flatten": True})["sessionId"]
    for domain in ("Page", "Runtime", "Log"):
        pipe.send(f"{domain}.enable", session=session)
    pipe.send(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
        session=session,
    )
    pipe.events.clear()
    pipe.send("Page.navigate", {"url": url}, session=session)
    deadline = time.monotonic() + timeout
    pipe.wait_event("Page.loadEventFired", timeout)
    while True:
        result = pipe.send(
            "Runtime.evaluate", {"expression": f"!!({ready})", "returnByValue": True}, session=session
        )
        if result.get("result", {}).get("value") is True:
            break
        if time.monotonic() > deadline:
            errors, _ = _errors(pipe.events)
            raise ExportError(
                f"{url}: page not ready after {timeout:.0f} s ({'; '.join(errors) or 'no errors'})"
            )
        pipe.wait_event("__never__", 0.2)
    value = (
        pipe.send("Runtime.evaluate", {"expression": evaluate, "returnByValue": True}, session=session)
        .get("result", {})
        .get("value")
    )
    if screenshot is not None:
        pipe.wait_event("__never__", settle)  # let animations finish
        metrics = pipe.send("Page.getLayoutMetrics", session=session)
        full = int(metrics.get("cssContentSize", {}).get("height", height))
        pipe.send(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": max(height, min(full, 8000)), "deviceScaleFactor": 1, "mobile": False},
            session=session,
        )
        shot = pipe.send("Page.captureScreenshot", {"format": "png"}, session=session)
        write_bytes(screenshot, base64.b64decode(shot["data"]))
    pipe.wait_event("__never__", 0.2)  # let late console messages arrive
    errors, console = _errors(pipe.events)
    return PageReport(value=value, errors=errors, console=console)
