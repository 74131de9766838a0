"""Articles are hostile input: script tags, event-handler attributes and javascript: links in
the text, title, metadata, quotes and events must reach every page as harmless text."""
from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from fastapi.testclient import TestClient
from helpers.web import assert_error, evil_record, fill_store

from newsdesk.web import create_app
from newsdesk.web.common import safe_url
from newsdesk.web.reader import build_reading

@pytest.fixture
def client(tmp_path):
    path = tmp_path / "evil.duckdb"
    fill_store(path, [evil_record()])
    with TestClient(create_app(path), raise_server_exceptions=False) as c:
        yield c


class _Tags(HTMLParser):
    """Every element and attribute a browser would build from the page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def parse_tags(html: str) -> list[tuple[str, dict]]:
    parser = _Tags()
    parser.feed(html)
    return parser.tags


def assert_harmless(html: str, page: bool = True) -> None:
    """No markup from the article survived as markup: as a browser parses the page, the only
    script is ours, no attribute is an event handler, no link or source is javascript:/data:."""
    tags = parse_tags(html)
    scripts = [a for t, a in tags if t == "script"]
    assert scripts == ([{"src": "/static/newsdesk.js", "defer": None}] if page else [])
    for tag, attrs in tags:
        assert tag not in ("img", "iframe", "object", "embed", "base", "meta") or (
            tag == "meta" and set(attrs) <= {"charset", "name", "content"}), (tag, attrs)
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, attrs)
            if name in ("href", "src", "action", "xlink:href"):
                assert not (value or "").strip().lower().startswith(("javascript:", "data:")), \
                    (tag, attrs)


def test_reader_renders_the_attack_as_text(client):
    rid = evil_record()["id"]
    resp = client.get(f"/articles/{rid}")
    assert resp.status_code == 200
    html = resp.text
    assert_harmless(html)
    assert "&lt;script&gt;alert(&#39;text&#39;)&lt;/script&gt;" in html  # shown, as text
    assert "&lt;img src=x onerror=alert(2)&gt;" in html
    assert "javascript:alert(&#39;url&#39;)" in html  # the URL is shown, never linked
    assert "default-src 'self'" in resp.headers["content-security-policy"]


@pytest.mark.parametrize("path", ["/", "/articles", "/events", "/quotes", "/dyads",
                                  "/dyads?dyad=RUS:UKR", "/articles?q=%3Cscript%3E",
                                  "/events?actor=%3Cscript%3E"])
def test_every_page_escapes(client, path):
    resp = client.get(path)
    assert resp.status_code in (200, 422), path
    assert_harmless(resp.text)


def test_reader_markup_is_escaped_piece_by_piece():
    reading = build_reading(evil_record())
    html = "".join(str(p) for p in reading.paragraphs)
    assert_harmless(html, page=False)
    assert 'class="quote"' in html and 'class="event"' in html
    # Every tag in the reader markup is one of ours.
    assert set(re.findall(r"</?([a-z]+)", html)) <= {"span", "sup", "br"}


def test_only_http_links():
    assert safe_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    for bad in ("javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,<b>",
                "vbscript:x", "//evil.org", "http://", "https://a.org/\njavascript:", None, 42):
        assert safe_url(bad) is None


def test_error_pages_and_json_never_leak_internals(client):
    err = assert_error(client.get("/api/articles", params={"q": "x" * 5000}), 422)
    assert "Traceback" not in err["message"]
    page = client.get("/articles/<script>alert(1)</script>")
    assert page.status_code == 404
    assert_harmless(page.text)


def test_post_without_token_is_refused(client):
    err = assert_error(client.post("/api/analyze", json={"text": "<script>x</script>"}), 401)
    assert err["code"] == "unauthorized"


def test_sql_injection_is_only_data(client):
    for q in ("' OR 1=1 --", "'; DROP TABLE articles; --", "%' UNION SELECT 1 --"):
        assert client.get("/api/articles", params={"q": q}).json()["total"] == 0
        assert client.get("/api/quotes", params={"speaker": q}).json()["items"] == []
    assert client.get("/api/health").json()["counts"]["articles"] == 1


class _TextOnly(HTMLParser):
    """The text a browser would show, leaving out our badges; checks tags are balanced."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.stack: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag != "br":
            self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack and self.stack.pop() == tag, "crossed or unbalanced tags"

    def handle_data(self, data):
        if "sup" not in self.stack:
            self.parts.append(data)


@settings(max_examples=150, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(list("ab <>&\"'\n=/")), max_size=80),
       spans=st.lists(st.tuples(st.integers(0, 80), st.integers(0, 80)), max_size=8))
def test_reader_markup_keeps_the_text_and_balances_tags(text, spans):
    """Any text with any overlapping marks: shown exactly (escaped), tags never cross."""
    from newsdesk.web.reader import _paragraph_spans

    marks = [(min(a, b), max(a, b)) for a, b in spans]
    record = {"text": text, "sentences": [], "quotes": [
        {"id": f"q{i}", "kind": "direct", "content": {"start": a, "end": b}, "via": []}
        for i, (a, b) in enumerate(marks[::2])], "events": [
        {"id": f"e{i}", "cameo": "042", "evidence": {"start": a, "end": b}}
        for i, (a, b) in enumerate(marks[1::2])]}
    reading = build_reading(record)
    shown = []
    for para in reading.paragraphs:
        parser = _TextOnly()
        parser.feed(str(para))
        parser.close()
        assert parser.stack == []
        shown.append("".join(parser.parts))
    expected = [text[a:b].replace("\n", "") for a, b in _paragraph_spans(text)]
    assert shown == expected
