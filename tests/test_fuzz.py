"""Property-based fuzzing (hypothesis) of the ingest parsers and of the analysis on odd text.

The property everywhere: no unhandled exception. A reader turns any bytes into Documents and
InputErrors only; `decode` raises nothing but InputError; `clean_text` always gives a document
whose text is clean; the pipeline (with its stages set to raise, so their bugs surface) analyses
any text into a record whose spans index the text. Examples are few and deadlines off, so the
file stays well under a minute.
"""
from __future__ import annotations

import gzip
import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsdesk import Options, Pipeline
from newsdesk.errors import InputError
from newsdesk.ingest import READERS, clean_text
from newsdesk.ingest.records import read_jsonl_lines
from newsdesk.ingest.text import decode
from newsdesk.model import Document, Meta, to_record
from newsdesk.runner.local import Failure
from newsdesk.runner.pool import WorkerPool

FAST = settings(max_examples=30, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
FEW = settings(max_examples=12, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
OPTIONS = Options(quiet=True, max_bytes=200_000)

# Text with what breaks parsers: controls, odd spaces, scripts, surrogate-free astral characters.
odd_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400)
words = st.lists(st.sampled_from(
    ["China", "Russia", "said", "the", "minister", "\"", "“", "”", ":", ".", "\n", "\n\n", "—",
     "Xi", "Putin", "will", "visit", "Moscow", "on", "Monday", "2023-04-15", "©", "Share", "By",
     "según", "Москва", "北京", "🙂", "\x00", "\x1b", "\u200b", "\t", "'", "?", "!"]), max_size=80
).map(" ".join)
any_text = st.one_of(odd_text, words)

# A few well-formed skeletons per file type, with random text and bytes spliced in, so the
# fuzzer gets past the first check of each reader as well as failing it.
TEMPLATES = {
    ".html": "<html><head><title>{t}</title><meta name='date' content='{t}'></head>"
             "<body><article><h1>{t}</h1><p>{t}</p><p>{t}</p></article></body></html>",
    ".rss": "<?xml version='1.0'?><rss version='2.0'><channel><title>{t}</title><item>"
            "<title>{t}</title><description>{t}</description><pubDate>{t}</pubDate></item></channel></rss>",
    ".atom": "<feed xmlns='http://www.w3.org/2005/Atom'><entry><title>{t}</title>"
             "<content type='html'>{t}</content><updated>{t}</updated></entry></feed>",
    ".xml": "<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'><url><loc>{t}</loc></url></urlset>",
    ".csv": "id,title,text,published\n1,{t},{t},{t}\n2,\"{t}\",\"{t}\",\n",
    ".tsv": "id\ttitle\ttext\n1\t{t}\t{t}\n",
    ".jsonl": '{{"id": "1", "text": {j}, "title": {j}, "published": {j}}}\n{t}\n',
    ".warc": "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://example.org/{t}\r\n"
             "Content-Type: application/http; msgtype=response\r\nContent-Length: {n}\r\n\r\n{body}\r\n\r\n",
}


def _fill(suffix: str, text: str) -> bytes:
    base = suffix.replace(".gz", "")
    template = TEMPLATES.get(base) or TEMPLATES.get({".htm": ".html", ".ndjson": ".jsonl"}.get(base, ""))
    if template is None:
        return text.encode("utf-8", "replace")
    body = f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>{text}</p></body></html>"
    n = len(body.encode("utf-8", "replace"))
    return template.format(t=text, j=json.dumps(text), n=n, body=body).encode("utf-8", "replace")


def _read_all(suffix: str, data: bytes) -> list:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"fuzz{suffix}"
        path.write_bytes(gzip.compress(data) if suffix.endswith(".gz") else data)
        items = list(READERS[suffix](path, str(path), OPTIONS))
    for item in items:
        assert isinstance(item, (Document, InputError)), (suffix, type(item))
        if isinstance(item, Document):
            assert isinstance(item.text, str)
            to_record(item)  # the record can be built from whatever the reader made
    return items


@pytest.mark.parametrize("suffix", sorted(READERS))
@FEW
@given(data=st.binary(max_size=600))
def test_every_reader_takes_random_bytes(suffix, data):
    _read_all(suffix, data)


@pytest.mark.parametrize("suffix", sorted(READERS))
@FEW
@given(text=any_text)
def test_every_reader_takes_its_own_format_with_random_text(suffix, text):
    _read_all(suffix, _fill(suffix, text))


@FAST
@given(data=st.binary(max_size=400))
def test_decode_refuses_with_input_error_only(data):
    try:
        text = decode(data, "fuzz")
    except InputError:
        return
    assert isinstance(text, str) and text


@FAST
@given(text=any_text)
def test_clean_text_always_gives_a_clean_document(text):
    doc = clean_text(text, Meta())
    assert "\r" not in doc.text and "\u00a0" not in doc.text
    assert doc.text == doc.text.strip() or not doc.text.strip()


@FAST
@given(lines=st.lists(st.one_of(
    st.binary(max_size=80),
    st.dictionaries(st.sampled_from(["id", "text", "title", "published", "authors", "url", "language"]),
                    st.one_of(st.none(), st.integers(), st.floats(allow_nan=True), any_text,
                              st.lists(any_text, max_size=3), st.dictionaries(st.text(max_size=5), st.integers(), max_size=2)),
                    max_size=7).map(lambda d: json.dumps(d).encode()),
), max_size=8))
def test_jsonl_lines_become_documents_or_input_errors(lines):
    items = list(read_jsonl_lines(lines, "fuzz.jsonl", OPTIONS))
    assert all(isinstance(i, (Document, InputError)) for i in items)
    assert len(items) <= len(lines)


# -- the analysis -----------------------------------------------------------------------------
@pytest.fixture(scope="module")
def pipeline():
    return Pipeline(options=Options(on_error="raise"))


def _check_record(record: dict) -> None:
    n = len(record["text"])
    for s in record["sentences"]:
        assert 0 <= s["start"] <= s["end"] <= n
    for e in record["entities"]:
        assert 0 <= e["start"] <= e["end"] <= n
    for q in record["quotes"]:
        assert 0 <= q["content"]["start"] <= q["content"]["end"] <= n
    for ev in record["events"]:
        assert 0 <= ev["evidence"]["start"] <= ev["evidence"]["end"] <= n
    json.dumps(record)  # the record is JSON


ODD = {
    "empty": "",
    "blank": " \n\n\t ",
    "one word": "Hello",
    "only punctuation": "?!... ,;:\"“”'‘’ — () [] {} …",
    "one long token": "x" * 100_000,
    "mixed scripts": "Президент 习近平 met الرئيس Macron in Paris; «Nous allons», dit-il. 東京で会談した。",
    "control characters": "China\x00 said\x07 that\x1b[31m Russia\x0c will\x7f visit.\u200b\u202e Putin said: \"yes\".",
    "quotes unbalanced": "“He said \"we will go,” Xi said. \"And then “ ’",
    "many newlines": "\n".join(["Russia.", "", "China said:", "", "\"", "War."] * 300),
}


@pytest.mark.parametrize("name", sorted(ODD))
def test_pipeline_analyses_odd_text(name, pipeline):
    doc = Document(text=ODD[name], meta=Meta(source=name))
    _check_record(to_record(pipeline.run(doc)))


def test_a_100k_character_sentence_is_analysed_or_stopped_by_the_time_limit():
    """One sentence of 100,000 characters (~19,000 tokens): the parse alone takes seconds and a
    stage may be superlinear in sentence length, so it goes through the worker pool, which
    either returns its record or stops it at the time limit; it never stalls the run."""
    text = ("The minister said that the talks would go on " * 2300)[:100_000]
    opts = Options(quiet=True, on_error="raise", time_limit=20.0)
    with WorkerPool(1, Pipeline(options=opts)) as pool:
        [(_, _, outcome)] = list(pool.map([(0, Document(text=text, meta=Meta(source="long")))]))
    if isinstance(outcome, Failure):
        assert "time limit" in outcome.reason, outcome.reason
    else:
        _check_record(outcome)


@FEW
@given(text=any_text)
def test_pipeline_analyses_any_text(pipeline, text):
    doc = clean_text(text, Meta(source="fuzz"))
    _check_record(to_record(pipeline.run(doc)))
