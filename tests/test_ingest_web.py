"""Ingest of the web as it is: real feeds, WARC samples, broken inputs, hand-built pages, CSV."""
from __future__ import annotations

import gzip
import json
import os
import re
from pathlib import Path

import pytest

from newsdesk.errors import InputError
from newsdesk.ingest import read_sources
from newsdesk.ingest.html import document_from_html
from newsdesk.ingest.language import detect_language
from newsdesk.model import Document
from newsdesk.options import Options

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
FEEDS = SHARED / "feeds"
needs_feeds = pytest.mark.skipif(not FEEDS.exists(), reason="shared feed data not present")

ARTICLE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Ministers meet in Moscow | Example News</title>
<meta property="og:site_name" content="Example News">
<link rel="canonical" href="https://news.example.com/world/ministers-meet">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Ministers meet in Moscow", "datePublished": "2023-04-15T10:02:00+03:00",
 "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "John Roe"}],
 "publisher": {"@type": "Organization", "name": "Example News"}}</script>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article><h1>Ministers meet in Moscow</h1>
<p>China will send its defence minister to Moscow next week, the ministry in Beijing said on Saturday, in a visit that Western governments will watch closely.</p>
<p>The minister is expected to meet his Russian counterpart and discuss military cooperation, according to a spokesman who spoke to reporters at a regular briefing.</p>
<p>Officials in Washington have warned that any military aid to Russia would be met with sanctions, and said they were following the visit with concern.</p>
</article>
<div class="share">Share this article on Facebook Twitter WhatsApp</div>
<footer>Copyright 2023 Example News. All rights reserved. Contact us | Privacy policy | Terms</footer>
</body></html>"""


def items(*sources, **options) -> list:
    return list(read_sources([str(s) for s in sources], Options(**options)))


def docs_and_errors(found):
    return ([x for x in found if isinstance(x, Document)], [x for x in found if isinstance(x, InputError)])


# ---- HTML ----

def test_html_page_gives_body_without_furniture_and_declared_metadata():
    doc = document_from_html(ARTICLE.encode(), "page.html")
    assert doc.text.startswith("China will send")  # the headline is in meta, not repeated
    assert "defence minister to Moscow" in doc.text
    assert "sanctions" in doc.text
    assert doc.text.count("\n\n") >= 2  # paragraphs kept apart
    assert "Sport" not in doc.text and "Privacy policy" not in doc.text and "WhatsApp" not in doc.text
    m = doc.meta
    assert m.title == "Ministers meet in Moscow"
    assert m.published.startswith("2023-04-15")
    assert m.authors == ["Jane Doe", "John Roe"]
    assert m.publisher == "Example News"
    assert m.url == "https://news.example.com/world/ministers-meet"
    assert m.language == "en"


def test_html_files_plain_and_gzipped_and_random_bytes(tmp_path):
    (tmp_path / "a.html").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.html.gz").write_bytes(gzip.compress(ARTICLE.replace("Moscow", "Minsk").encode()))
    (tmp_path / "c.html").write_bytes(os.urandom(4000))
    (tmp_path / "d.html.gz").write_bytes(gzip.compress(ARTICLE.encode())[:300])  # truncated gzip
    (tmp_path / "e.htm").write_text("just some words, no markup at all", encoding="utf-8")
    found = items(tmp_path)
    docs, errors = docs_and_errors(found)
    assert len(found) == 5
    assert sorted(Path(d.meta.source).name for d in docs) == ["a.html", "b.html.gz"]
    reasons = {Path(e.source).name: e.reason for e in errors}
    assert "not an HTML page" in reasons["c.html"]
    assert "gzip" in reasons["d.html.gz"]
    assert "not an HTML page" in reasons["e.htm"]


def test_same_page_saved_twice_has_one_id(tmp_path):
    (tmp_path / "one.html").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "two.htm").write_text(ARTICLE.replace("<nav>", "<nav><a href='/x'>Extra</a>"), encoding="utf-8")
    docs, _ = docs_and_errors(items(tmp_path))
    assert len(docs) == 2 and docs[0].id == docs[1].id


def test_latin1_page_with_meta_charset():
    page = ARTICLE.replace('charset="utf-8"', 'charset="iso-8859-1"').replace(
        "next week,", "next week, la d\u00e9l\u00e9gation fran\u00e7aise said,")
    doc = document_from_html(page.encode("latin-1"), "p.html")
    assert "d\u00e9l\u00e9gation fran\u00e7aise" in doc.text


# ---- language ----

@pytest.mark.parametrize("text", [
    "Police arrest two men after Leeds fire",
    "Putin meets Xi in Moscow amid Ukraine war tensions",
    "The minister said the talks were constructive.",
    "Stocks fall as oil prices rise",
])
def test_short_english_is_never_called_foreign(text):
    assert detect_language(text) in (None, "en")


def test_other_languages_are_detected():
    de = ("Die Bundesregierung hat am Montag neue Sanktionen gegen Russland beschlossen. "
          "Der Kanzler sagte, man werde die Ukraine weiter unterstützen, solange es nötig sei.")
    fr = ("Le gouvernement français a annoncé mardi une nouvelle réforme des retraites, "
          "provoquant la colère des syndicats qui appellent à une grève nationale jeudi.")
    assert detect_language(de) == "de"
    assert detect_language(fr) == "fr"


def test_plain_text_documents_get_a_language(tmp_path):
    (tmp_path / "de.txt").write_text(
        "Die Bundesregierung hat am Montag neue Sanktionen gegen Russland beschlossen. Der Kanzler "
        "sagte, man werde die Ukraine weiter unterstützen, solange es nötig sei, und kündigte Hilfe an.",
        encoding="utf-8")
    (tmp_path / "en.txt").write_text("The ministry said on Monday that the talks would go on.", encoding="utf-8")
    docs, _ = docs_and_errors(items(tmp_path))
    langs = {Path(d.meta.source).name: d.meta.language for d in docs}
    assert langs == {"de.txt": "de", "en.txt": "en"}


# ---- feeds ----

def _expected_parse(path: Path) -> list[dict]:
    raw = path.read_bytes()
    try:
        data = json.loads(raw)
    except UnicodeDecodeError:  # rss-parser wrote the Latin-1 fixture's output as Latin-1
        data = json.loads(raw.decode("latin-1"))
    return data["feed"]["items"]


def _same_title(expected: str, got: str) -> bool:
    """rss-parser's own output has U+FFFD where it failed to decode: a wildcard there."""
    expected, got = " ".join(expected.split()), " ".join((got or "").split())
    if "\ufffd" not in expected:
        return expected == got
    pattern = ".{1,2}".join(re.escape(part) for part in expected.split("\ufffd"))
    return re.fullmatch(pattern, got) is not None


@needs_feeds
@pytest.mark.parametrize("name", sorted(p.stem for p in (FEEDS / "rss_parser_fixtures" / "expected_rss_parser_output").glob("*.json"))
                         if FEEDS.exists() else [])
def test_rss_parser_fixtures_every_item_with_title_and_link(name):
    expected = _expected_parse(FEEDS / "rss_parser_fixtures" / "expected_rss_parser_output" / f"{name}.json")
    (source,) = (FEEDS / "rss_parser_fixtures" / "input").glob(f"{name}.*")
    found = items(source)
    docs, errors = docs_and_errors(found)
    assert not errors and len(docs) == len(expected)
    for want, doc in zip(expected, docs):
        assert _same_title(want.get("title") or "", doc.meta.title or ""), (want.get("title"), doc.meta.title)
        assert doc.meta.url == want.get("link")
        assert doc.meta.extra["summary_only"] is True
        assert doc.text.strip()


@needs_feeds
def test_latin1_feed_is_decoded():
    docs, _ = docs_and_errors(items(FEEDS / "rss_parser_fixtures" / "input" / "encoding.rss"))
    assert docs[0].meta.title.startswith("M\u00e3e de utente")
    assert docs[0].meta.published.startswith("2018-01-03T13:47:00")
    assert docs[0].meta.language == "pt"


@needs_feeds
def test_captured_news_feeds_account_for_every_item():
    from lxml import etree

    for path in sorted((FEEDS / "captured_news_feeds").glob("*.xml")):
        tree = etree.parse(str(path))
        n_items = len(tree.findall(".//item")) + len(tree.findall(".//{http://www.w3.org/2005/Atom}entry"))
        found = items(path)
        docs, errors = docs_and_errors(found)
        assert len(found) == n_items > 0, path.name
        assert len(docs) >= n_items - len(errors)
        assert all(d.meta.title and d.meta.url and d.meta.publisher for d in docs), path.name
        dated = [i for i in tree.iter("item", "{http://www.w3.org/2005/Atom}entry")
                 if any(etree.QName(c).localname in ("pubDate", "date", "published", "updated") for c in i
                        if isinstance(c.tag, str))]
        assert sum(bool(d.meta.published) for d in docs) == len(dated), path.name


def test_feed_without_items_and_non_feed_xml_are_error_rows(tmp_path):
    (tmp_path / "empty.rss").write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>Empty'
                                        "</title></channel></rss>", encoding="utf-8")
    (tmp_path / "config.xml").write_text('<?xml version="1.0"?><configuration><a>1</a></configuration>',
                                         encoding="utf-8")
    (tmp_path / "ok.atom").write_text(
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>'
        "<entry><title>Ministers meet</title><link href='https://e.com/a'/><id>a1</id>"
        "<updated>2024-02-01T10:00:00Z</updated><summary>China will send its minister.</summary></entry>"
        "</feed>", encoding="utf-8")
    found = items(tmp_path)
    docs, errors = docs_and_errors(found)
    assert len(found) == 3 and len(docs) == 1
    reasons = {Path(e.source).name: e.reason for e in errors}
    assert "no items" in reasons["empty.rss"]
    assert "not an RSS/Atom feed" in reasons["config.xml"]
    assert docs[0].text == "Ministers meet\n\nChina will send its minister."
    assert docs[0].meta.published == "2024-02-01T10:00:00+00:00"


@needs_feeds
def test_news_sitemap_without_fetching_is_a_clear_error():
    found = items(FEEDS / "sitemaps")
    assert len(found) == 1 and "sitemap lists" in found[0].reason


# ---- WARC ----

def _html_responses(path: Path) -> int:
    from warcio.archiveiterator import ArchiveIterator

    with path.open("rb") as fh:
        return sum(1 for r in ArchiveIterator(fh) if r.rec_type == "response"
                   and (r.http_headers.get_header("Content-Type") or "").startswith("text/html"))


@needs_feeds
def test_warc_samples_every_html_response_accounted_for():
    for name in ("warcio_example.warc.gz", "resiliparse_commoncrawl_sample.warc.gz"):
        path = FEEDS / "warc" / name
        found = items(path)
        assert len(found) == _html_responses(path)
        docs, _ = docs_and_errors(found)
        assert docs and all(d.meta.url.startswith("http") and d.meta.extra["warc_date"] for d in docs)
    docs, _ = docs_and_errors(items(FEEDS / "warc" / "warcio_example.warc.gz"))
    assert docs[0].meta.url == "http://example.com/" and docs[0].meta.title == "Example Domain"


@needs_feeds
def test_clipped_warc_record_is_an_error():
    found = items(FEEDS / "warc" / "resiliparse_clipped_houstonpress.warc.gz")
    assert len(found) == 1 and "cut short" in found[0].reason


@needs_feeds
def test_truncated_warc_gives_an_error_and_the_batch_goes_on(tmp_path):
    data = (FEEDS / "warc" / "resiliparse_commoncrawl_sample.warc.gz").read_bytes()
    (tmp_path / "a_cut.warc.gz").write_bytes(data[: len(data) * 2 // 3])
    (tmp_path / "b.html").write_text(ARTICLE, encoding="utf-8")
    found = items(tmp_path)
    docs, errors = docs_and_errors(found)
    assert any("cut short" in e.reason or "broken" in e.reason for e in errors)
    assert Path(found[-1].meta.source).name == "b.html"


def test_non_html_warc_records_are_errors(tmp_path):
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "mixed.warc.gz"
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for uri, ctype, status, body in [
            ("https://e.com/a", "text/html; charset=utf-8", "200 OK", ARTICLE.encode()),
            ("https://e.com/logo.png", "image/png", "200 OK", b"\x89PNG\r\n\x1a\n" + os.urandom(100)),
            ("https://e.com/gone", "text/html", "404 Not Found", b"<html><body>gone</body></html>"),
        ]:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=BytesIO(body),
                                                          http_headers=headers))
    found = items(path)
    docs, errors = docs_and_errors(found)
    assert len(found) == 3 and len(docs) == 1
    assert docs[0].meta.url == "https://news.example.com/world/ministers-meet" or docs[0].meta.url == "https://e.com/a"
    assert "not HTML (image/png)" in errors[0].reason and "HTTP 404" in errors[1].reason


# ---- CSV corpora ----

def test_csv_with_field_mapping_and_large_fields(tmp_path):
    big = " ".join(["The minister said the talks would continue."] * 5000)  # > csv's 128 kB default
    path = tmp_path / "corpus.csv"
    path.write_text('id,content_original,date,headline\n'
                    f'1,"{big}",2020-03-01,Talks go on\n'
                    '2,,2020-03-02,No text here\n'
                    '3,"China said, ""we will go"", on Monday.",2020-03-03,Quote\n', encoding="utf-8")
    options = Options(fields={"content_original": "text", "date": "published", "headline": "title"})
    found = list(read_sources([str(path)], options))
    docs, errors = docs_and_errors(found)
    assert len(found) == 3 and len(docs) == 2 and len(errors) == 1
    assert docs[0].meta.doc_id == "1" and docs[0].meta.published == "2020-03-01"
    assert docs[0].meta.title == "Talks go on" and len(docs[0].text) > 131072
    assert docs[1].text == 'China said, "we will go", on Monday.'
    assert errors[0].source.endswith(":3") and "no text" in errors[0].reason


def test_non_english_document_is_kept_with_its_language_and_the_reason(tmp_path):
    from newsdesk.api import analyze

    (tmp_path / "de.txt").write_text(
        "Die Bundesregierung hat am Montag neue Sanktionen gegen Russland beschlossen. Der Kanzler "
        "sagte, man werde die Ukraine weiter unterstützen, solange es nötig sei, und kündigte Hilfe an.",
        encoding="utf-8")
    (record,) = analyze([str(tmp_path / "de.txt")])
    assert record["meta"]["language"] == "de"
    assert record["sentences"] == [] and record["errors"][0]["stage"] == "language"
