"""URL fetching against a real HTTP server on 127.0.0.1 (never the internet)."""
from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from newsdesk.errors import BlockedAddressError, FetchError, InputError
from newsdesk.ingest import read_sources
from newsdesk.ingest import http as ingest_http
from newsdesk.ingest.http import Fetcher
from newsdesk.model import Document
from newsdesk.options import Options

ARTICLE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ministers meet in Moscow</title>
<meta property="og:title" content="Ministers meet in Moscow"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Ministers meet in Moscow</h1>
<p>China will send its defence minister to Moscow next week, the ministry in Beijing said on Saturday, in a visit that Western governments will watch closely.</p>
<p>The minister is expected to meet his Russian counterpart and discuss military cooperation, according to a spokesman who spoke to reporters at a regular briefing.</p>
</article></body></html>"""

FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Local feed</title>
<item><title>Ministers meet</title><link>{base}/page</link><description>Short summary.</description>
<pubDate>Sat, 15 Apr 2023 07:02:00 GMT</pubDate></item>
<item><title>Gone item</title><link>{base}/missing</link><description>Only a summary here.</description></item>
</channel></rss>"""


class Handler(BaseHTTPRequestHandler):
    seen: list = []

    def log_message(self, *args):  # keep test output quiet
        pass

    def _send(self, status: int, body: bytes, ctype: str = "text/html; charset=utf-8", length: int | None = None):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body) if length is None else length))
        self.end_headers()
        try:
            self.wfile.write(body)
        except BrokenPipeError:  # the client gave up (the timeout test)
            pass

    def do_GET(self):
        Handler.seen.append((self.path, self.headers.get("User-Agent"), time.monotonic()))
        base = f"http://{self.headers['Host']}"
        if self.path == "/page":
            self._send(200, ARTICLE.encode())
        elif self.path == "/old":
            self.send_response(301)
            self.send_header("Location", "/page")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/big":
            self._send(200, b"<html><body>" + b"x" * 5000 + b"</body></html>")
        elif self.path == "/slow":
            time.sleep(1.5)
            self._send(200, ARTICLE.encode())
        elif self.path == "/feed":
            self._send(200, FEED.format(base=base).encode(), "application/rss+xml")
        elif self.path == "/sitemap.xml":
            body = ('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
                    'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
                    f"<url><loc>{base}/page</loc><news:news><news:title>Ministers meet</news:title>"
                    "</news:news></url></urlset>")
            self._send(200, body.encode(), "application/xml")
        elif self.path == "/to-localhost":  # a redirect to the same server by another name
            self.send_response(302)
            self.send_header("Location", base.replace("127.0.0.1", "localhost") + "/page")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/image":
            self._send(200, b"\x89PNG\r\n\x1a\n", "image/png")
        else:
            self._send(404, b"<html><body>not found</body></html>")


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


FAST = dict(fetch_delay=0.0, fetch_timeout=5.0)


def test_redirect_is_followed_and_final_url_kept(server):
    (doc,) = read_sources([f"{server}/old"], Options(**FAST))
    assert isinstance(doc, Document)
    assert doc.meta.source == f"{server}/old"
    assert doc.meta.extra["fetched_url"] == f"{server}/page"
    assert doc.meta.title == "Ministers meet in Moscow" and "defence minister" in doc.text


def test_user_agent_is_sent(server):
    Handler.seen.clear()
    list(read_sources([f"{server}/page"], Options(user_agent="newsdesk-test/1", **FAST)))
    assert Handler.seen[-1][1] == "newsdesk-test/1"


def test_404_size_cap_timeout_and_content_type_are_errors_and_batch_goes_on(server):
    options = Options(fetch_max_bytes=1000, fetch_timeout=0.5, fetch_delay=0.0)
    found = list(read_sources([f"{server}/missing", f"{server}/big", f"{server}/slow",
                               f"{server}/image", f"{server}/page"], options))
    assert len(found) == 5
    assert all(isinstance(x, InputError) for x in found[:4]) and isinstance(found[4], Document)
    assert isinstance(found[0], FetchError) and "HTTP 404" in found[0].reason
    assert "limit" in found[1].reason
    assert "timed out" in found[2].reason
    assert "unsupported content type 'image/png'" in found[3].reason


def test_per_host_rate_limit(server):
    Handler.seen.clear()
    with Fetcher(Options(fetch_delay=0.4, fetch_timeout=5.0)) as fetcher:
        for _ in range(3):
            fetcher.get(f"{server}/page")
    times = [t for _, _, t in Handler.seen]
    assert len(times) == 3 and all(b - a >= 0.35 for a, b in zip(times, times[1:]))


def test_fetcher_refuses_non_http():
    with Fetcher(Options(**FAST)) as fetcher, pytest.raises(FetchError):
        fetcher.get("file:///etc/passwd")


def test_feed_items_fetched_only_when_allowed(server):
    summaries = list(read_sources([f"{server}/feed"], Options(**FAST)))
    assert [d.meta.extra.get("summary_only") for d in summaries] == [True, True]
    assert summaries[0].text == "Ministers meet\n\nShort summary."

    pages = list(read_sources([f"{server}/feed"], Options(fetch_feed_items=True, **FAST)))
    assert len(pages) == 2
    full, fallback = pages
    assert "summary_only" not in full.meta.extra and "defence minister" in full.meta.extra.get("description", "") + full.text
    assert full.meta.published.startswith("2023-04-15")
    assert fallback.meta.extra["summary_only"] is True and "HTTP 404" in fallback.meta.extra["fetch_error"]


def test_urls_file_on_the_command_line(server, tmp_path, capsys):
    from newsdesk.cli import main

    urls = tmp_path / "urls.txt"
    urls.write_text(f"# local pages\n{server}/page\n\n{server}/missing\n", encoding="utf-8")
    db = tmp_path / "n.duckdb"
    code = main(["ingest", "--urls", str(urls), "--db", str(db), "--quiet"])
    out = capsys.readouterr().out
    assert code == 1  # one input failed
    assert "2 inputs = 1 articles + 1 errors" in out


def test_news_sitemap_pages_are_fetched_when_allowed(server):
    (refused,) = read_sources([f"{server}/sitemap.xml"], Options(**FAST))
    assert isinstance(refused, InputError) and "sitemap lists 1 pages" in refused.reason
    (page,) = read_sources([f"{server}/sitemap.xml"], Options(fetch_feed_items=True, **FAST))
    assert isinstance(page, Document) and page.meta.url == f"{server}/page"


@pytest.mark.parametrize("ip, why", [
    ("127.0.0.1", "loopback"), ("::1", "loopback"), ("::ffff:127.0.0.1", "loopback"),
    ("169.254.169.254", "link-local"), ("fe80::1%eth0", "link-local"), ("10.1.2.3", "private"),
    ("192.168.0.1", "private"), ("172.16.0.1", "private"), ("fd00::1", "private"),
    ("0.0.0.0", "unspecified"), ("::", "unspecified"), ("224.0.0.1", "multicast"),
    ("240.0.0.1", "reserved"), ("100.64.0.1", "not a public"),
    ("93.184.215.14", None), ("2606:4700:4700::1111", None)])
def test_address_refusal(ip, why):
    found = ingest_http.address_refusal(ip)
    assert (found is None) if why is None else (why in found)


def test_public_only_refuses_loopback_before_asking(server):
    Handler.seen.clear()
    with Fetcher(Options(fetch_public_only=True, **FAST)) as fetcher:
        with pytest.raises(BlockedAddressError, match="loopback"):
            fetcher.get(f"{server}/page")
    assert Handler.seen == []
    # the default (the CLI's) fetches the user's own addresses
    (doc,) = read_sources([f"{server}/page"], Options(**FAST))
    assert isinstance(doc, Document)


def test_public_only_checks_every_redirect_hop(server, monkeypatch):
    checked = []
    original = ingest_http.check_public

    def pretend_127_is_public(url, source):  # so the first hop gets through to the server
        checked.append(url)
        if "//127.0.0.1:" not in url:
            original(url, source)

    monkeypatch.setattr(ingest_http, "check_public", pretend_127_is_public)
    options = Options(fetch_public_only=True, **FAST)
    (doc,) = read_sources([f"{server}/old"], options)  # a redirect to an allowed host
    assert isinstance(doc, Document) and doc.meta.extra["fetched_url"] == f"{server}/page"
    assert checked == [f"{server}/old", f"{server}/page"]
    Handler.seen.clear()
    (err,) = read_sources([f"{server}/to-localhost"], options)
    assert isinstance(err, BlockedAddressError) and "localhost" in err.reason
    assert err.source == f"{server}/to-localhost"
    assert [path for path, _, _ in Handler.seen] == ["/to-localhost"]  # /page never asked
