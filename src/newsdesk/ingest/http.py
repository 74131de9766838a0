"""The HTTP client of ingest: polite, size-capped fetches, and the public-address check.

Politeness and safety come from Options: a clear User-Agent (`user_agent`), a timeout
(`fetch_timeout`), a size cap on the body (`fetch_max_bytes`, checked on the declared length
and while streaming), and a per-host delay between requests (`fetch_delay`). Redirects are
followed. Any failure is a FetchError (an InputError), so a batch records it and goes on.

With `fetch_public_only` (the web API's setting) every hop's host is resolved first and a
private, loopback, link-local, multicast, reserved or unspecified address is refused with a
BlockedAddressError; redirects are then followed here, one checked hop at a time.

This module knows bytes and headers only; what a response becomes (a page, a feed's items)
is pages.py's and fetch.py's.
"""
from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from ..errors import BlockedAddressError, FetchError
from ..options import Options

HTML_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml",
              "application/xml", "text/xml", "application/feed+json")
MAX_REDIRECTS = 10


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


@dataclass
class Response:
    url: str  # the URL as asked
    final_url: str  # after redirects
    status: int
    content_type: str  # media type only, lower case, no parameters
    body: bytes
    # The validators of a conditional GET (`newsdesk watch` sends them back next time).
    etag: str | None = None
    last_modified: str | None = None

    def kind(self) -> str:
        """'html', 'feed', 'text' or 'other', from the content type, sniffing the body when
        the type is vague."""
        if self.content_type in HTML_TYPES:
            return "html"
        if self.content_type in FEED_TYPES or self.content_type.endswith("+xml"):
            return "feed"
        head = self.body[:2048].lstrip().lower()
        if head.startswith(b"<?xml") and b"<html" not in head:
            return "feed"
        if b"<html" in head or b"<!doctype html" in head:
            return "html"
        if self.content_type.startswith("text/"):
            return "text"
        return "other"


class Fetcher:
    """One HTTP client and the time of the last request to each host (the rate limit).

    Build one per batch (read_sources does) and close it, or use it as a context manager.
    """

    def __init__(self, options: Options | None = None):
        self.options = options or Options()
        self._client = httpx.Client(
            timeout=httpx.Timeout(self.options.fetch_timeout),
            follow_redirects=True, max_redirects=MAX_REDIRECTS,
            headers={"User-Agent": self.options.user_agent, "Accept": "text/html,application/xhtml+xml,"
                     "application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5"},
        )
        self._last: dict[str, float] = {}

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def _wait_for(self, url: str) -> None:
        host = urlsplit(url).netloc.lower()
        last = self._last.get(host)
        if last is not None:
            pause = self.options.fetch_delay - (time.monotonic() - last)
            if pause > 0:
                time.sleep(pause)
        self._last[host] = time.monotonic()

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Response:
        """The response body, or FetchError (timeout, HTTP error status, too big, bad URL, or
        with `fetch_public_only` a non-public address on any hop). With the validators of an
        earlier answer (`etag`, `last_modified`) the GET is conditional: an unchanged resource
        is a Response with status 304 and an empty body."""
        if not is_url(url):
            raise FetchError("not an http(s) URL", url)
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        self._wait_for(url)
        try:
            if not self.options.fetch_public_only:
                with self._client.stream("GET", url, headers=headers) as resp:
                    return self._read(url, resp)
            hop = url
            for _ in range(MAX_REDIRECTS + 1):
                check_public(hop, url)
                with self._client.stream("GET", hop, headers=headers, follow_redirects=False) as resp:
                    if resp.next_request is None:  # not a redirect
                        return self._read(url, resp)
                    hop = str(resp.next_request.url)
            raise httpx.TooManyRedirects("too many redirects")
        except httpx.TimeoutException:
            raise FetchError(f"timed out after {self.options.fetch_timeout:g} s", url) from None
        except httpx.TooManyRedirects:
            raise FetchError("too many redirects", url) from None
        except httpx.HTTPError as exc:
            raise FetchError(f"{exc.__class__.__name__}: {exc}", url) from None

    def _read(self, url: str, resp) -> Response:
        if resp.status_code >= 400:
            raise FetchError(f"HTTP {resp.status_code} {resp.reason_phrase}".strip(), url)
        cap = self.options.fetch_max_bytes
        declared = resp.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap:
            raise FetchError(f"response is {declared} bytes, over the {cap}-byte limit", url)
        chunks, size = [], 0
        for chunk in resp.iter_bytes():
            size += len(chunk)
            if size > cap:
                raise FetchError(f"response over the {cap}-byte limit", url)
            chunks.append(chunk)
        ctype = resp.headers.get("content-type", "").split(";")[0].strip().lower()
        return Response(url, str(resp.url), resp.status_code, ctype, b"".join(chunks),
                        resp.headers.get("etag"), resp.headers.get("last-modified"))


def address_refusal(ip: str) -> str | None:
    """Why this address must not be fetched from a server ("a loopback address"), or None."""
    addr = ipaddress.ip_address(ip.split("%")[0])  # drop an IPv6 zone ("fe80::1%eth0")
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped:
        addr = addr.ipv4_mapped  # ::ffff:127.0.0.1 is 127.0.0.1
    for kind in ("loopback", "link_local", "unspecified", "multicast", "reserved", "private"):
        if getattr(addr, f"is_{kind}"):
            return f"a {kind.replace('_', '-')} address"
    if not addr.is_global:  # e.g. 100.64.0.0/10 (carrier-grade NAT)
        return "not a public address"
    return None


def check_public(url: str, source: str) -> None:
    """Resolve the URL's host; BlockedAddressError if any of its addresses is not public."""
    parts = urlsplit(url)
    host = parts.hostname
    if not host:
        raise BlockedAddressError("URL has no host", source)
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
        infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except (ValueError, OSError) as exc:  # bad port, unknown host
        raise FetchError(f"cannot resolve {host}: {exc}", source) from None
    for info in infos:
        ip = info[4][0]
        why = address_refusal(ip)
        if why:
            shown = host if host == ip else f"{host} ({ip})"
            raise BlockedAddressError(f"refused to fetch {shown}: {why}", source)
