"""Real processes for the live-desk and cluster tests: free ports, `newsdesk`/`dask` commands
started in their own process group (so a test's teardown stops them and their children), and
a small feed server on 127.0.0.1 that answers conditional GETs and logs every request."""
from __future__ import annotations

import hashlib
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx

SRC = Path(__file__).resolve().parents[1] / "src"
BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def env() -> dict:
    # The checkout's own code, whatever the virtual environment's editable install points at.
    return {**os.environ, "PYTHONPATH": str(SRC), "PYTHONUNBUFFERED": "1"}


def _ctrl_c_as_in_a_terminal() -> None:
    """Let the command take Ctrl-C (SIGINT) as it does typed in a terminal: a suite started as
    a shell's background job (`make test &`) runs with SIGINT ignored, which its children
    inherit, and Python then installs no KeyboardInterrupt handler."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


class Processes:
    """Started processes, each stopped (its whole group) when the test ends."""

    def __init__(self, log_dir: Path):
        self.log_dir = log_dir
        self.started: list[tuple[subprocess.Popen, Path]] = []

    def start(self, name: str, *args: str) -> subprocess.Popen:
        log = self.log_dir / f"{name}.log"
        proc = subprocess.Popen([str(BIN / args[0]), *args[1:]], env=env(),
                                stdout=log.open("w"), stderr=subprocess.STDOUT,
                                start_new_session=True, preexec_fn=_ctrl_c_as_in_a_terminal)
        self.started.append((proc, log))
        return proc

    def log(self, proc: subprocess.Popen) -> str:
        return next(log for p, log in self.started if p is proc).read_text()

    def stop(self, proc: subprocess.Popen, sig: int = signal.SIGINT, timeout: float = 30) -> int:
        if proc.poll() is None:
            os.killpg(proc.pid, sig)
            try:
                return proc.wait(timeout)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
        return proc.wait()

    def stop_all(self) -> None:
        for proc, _ in reversed(self.started):
            try:
                self.stop(proc, signal.SIGTERM, timeout=15)
            except ProcessLookupError:
                pass


def run(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([str(BIN / args[0]), *args[1:]], env=env(), capture_output=True,
                          text=True, timeout=timeout)


def wait_for(check, timeout: float, what: str, proc: subprocess.Popen | None = None,
             logs=None):
    """Poll `check()` until it returns something truthy; fail with `what` after `timeout`."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            found = check()
        except (httpx.HTTPError, OSError):
            found = None
        if found:
            return found
        if proc is not None and proc.poll() is not None:
            raise AssertionError(f"{what}: the process exited ({proc.returncode})"
                                 + (f"\n{logs()}" if logs else ""))
        time.sleep(0.3)
    raise AssertionError(f"timed out waiting for {what}" + (f"\n{logs()}" if logs else ""))


def start_server(processes: Processes, db: str, *extra: str) -> str:
    port = free_port()
    proc = processes.start("serve", "newsdesk", "serve", "--db", db, "--port", str(port), *extra)
    url = f"http://127.0.0.1:{port}"
    wait_for(lambda: httpx.get(f"{url}/api/health", timeout=2).status_code == 200, 60,
             "newsdesk serve to answer", proc, lambda: processes.log(proc))
    return url


def article_total(url: str) -> int:
    return httpx.get(f"{url}/api/articles", timeout=5).json()["total"]


# -- a feed server --------------------------------------------------------------------------------
class FeedSite:
    """An RSS feed at /feed.xml whose items link to HTML pages at /a/NAME.html, on 127.0.0.1.
    The feed answers If-None-Match / If-Modified-Since with 304 while it is unchanged.
    `requests` logs (path, status) of every request."""

    def __init__(self):
        self.items: list[tuple[str, str, str]] = []  # (name, title, body text)
        self.requests: list[tuple[str, int]] = []
        self.modified = time.time()
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (http.server's name)
                site.answer(self)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def add(self, name: str, title: str, text: str) -> None:
        self.items.append((name, title, text))
        self.modified = time.time() + len(self.items)  # a later Last-Modified each change

    def feed(self) -> bytes:
        entries = "".join(
            f"<item><title>{title}</title><link>{self.url}/a/{name}.html</link>"
            f"<guid>{self.url}/a/{name}.html</guid><pubDate>Fri, 02 Jun 2023 10:00:00 GMT"
            f"</pubDate><description>{title}</description></item>"
            for name, title, _ in reversed(self.items))
        return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire</title>'
                f"<link>{self.url}/</link>{entries}</channel></rss>").encode()

    def answer(self, handler: BaseHTTPRequestHandler) -> None:
        path = handler.path
        if path == "/feed.xml":
            body = self.feed()
            etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
            modified = formatdate(self.modified, usegmt=True)
            if handler.headers.get("If-None-Match") == etag:
                return self._send(handler, path, 304, b"", "", {"ETag": etag})
            self._send(handler, path, 200, body, "application/rss+xml",
                       {"ETag": etag, "Last-Modified": modified})
            return
        for name, title, text in self.items:
            if path == f"/a/{name}.html":
                paragraphs = "".join(f"<p>{p}</p>" for p in text.split("\n\n"))
                page = (f"<html><head><title>{title}</title></head><body><article><h1>{title}"
                        f"</h1>{paragraphs}</article></body></html>").encode()
                return self._send(handler, path, 200, page, "text/html; charset=utf-8", {})
        self._send(handler, path, 404, b"not found", "text/plain", {})

    def _send(self, handler, path: str, status: int, body: bytes, ctype: str, headers: dict):
        self.requests.append((path, status))
        handler.send_response(status)
        if ctype:
            handler.send_header("Content-Type", ctype)
        for k, v in headers.items():
            handler.send_header(k, v)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


ARTICLES = [
    ("strike", "Dock workers strike closes Rotterdam terminals",
     "Thousands of dock workers walked off the job at the port of Rotterdam on Friday, halting "
     "container traffic at Europe's largest port.\n\nThe FNV union said the strike would "
     "continue until employers agreed to raise wages. \"We are asking for what we have lost,\" "
     "union negotiator Niek Stam said."),
    ("trade", "Kenya and Ethiopia sign a trade agreement",
     "Kenya signed a trade agreement with Ethiopia on Tuesday, officials in Nairobi said.\n\n"
     "The deal cuts tariffs on coffee and tea, the trade minister told reporters."),
    ("clinics", "Lagos to open new clinics",
     "Officials in Lagos said on Monday that twelve new clinics would open next year.\n\n"
     "The governor welcomed the plan and said it would help thousands of families."),
]


def write_articles(folder) -> list[str]:
    """ARTICLES as text files in `folder` (title, a date line, the text): their paths."""
    paths = []
    for name, title, text in ARTICLES:
        path = folder / f"{name}.txt"
        path.write_text(f"{title}\n2023-06-02\n\n{text}\n")
        paths.append(str(path))
    return paths
