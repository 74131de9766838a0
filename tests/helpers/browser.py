"""What the browser tests share: Debian's Chromium (never a downloaded one), what to do when it
is missing, and a real uvicorn server on 127.0.0.1 in a thread."""
from __future__ import annotations

import os
import socket
import threading
import time
import warnings
from pathlib import Path

import pytest

# NEWSDESK_CHROMIUM names another binary (tests/test_web_browser_skip.py points it at none).
CHROMIUM = Path(os.environ.get("NEWSDESK_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def missing_chromium(what: str) -> str:
    return (f"{CHROMIUM} is not installed, so the {what} did not run "
            f"(install Debian's chromium: `apt-get install chromium`, as .ci/run does)")


def require_chromium(module: dict, what: str) -> None:
    """Called at a browser test module's top with its globals(). Without Chromium, under CI
    each of the module's tests fails (the rest of the run goes on); elsewhere the module is
    skipped loudly: a warning in the run's summary, not a lone "s" that reads like a pass."""
    if CHROMIUM.exists():
        return
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        @pytest.fixture(autouse=True, scope="module")
        def _fail_without_chromium():
            pytest.fail(f"CI is set and {missing_chromium(what)}", pytrace=False)
        module["_fail_without_chromium"] = _fail_without_chromium
        return
    warnings.warn(pytest.PytestWarning(missing_chromium(what)), stacklevel=2)
    pytest.skip(missing_chromium(what), allow_module_level=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    """uvicorn serving an app in a thread on 127.0.0.1; stopped by setting should_exit."""

    def __init__(self, app):
        import uvicorn  # the web stack, for the tests that serve it

        self.port = free_port()
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port,
                                                    log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.url = f"http://127.0.0.1:{self.port}"

    def __enter__(self):
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc):
        self.server.should_exit = True
        self.thread.join(timeout=10)
