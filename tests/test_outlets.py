"""One name per outlet: a feed's channel title, a page's site name and a corpus label for the
same outlet become one publisher (ingest/outlets.py), so stories and the web count it once."""
from __future__ import annotations

import json

import pytest

from newsdesk.ingest import read_sources
from newsdesk.ingest.outlets import outlet_name
from newsdesk.model import Document


@pytest.mark.parametrize("raw, url, name", [
    ("BBC News - Home", None, "BBC News"),          # the BBC's RSS channel title
    ("BBC News", None, "BBC News"),
    ("CNN.com - RSS Channel - World", None, "CNN"),  # CNN's RSS channel title
    ("NYT > World News", None, "NYT"),               # the New York Times' RSS channel title
    ("The Guardian", None, "The Guardian"),
    ("Home | The Guardian", None, "The Guardian"),
    ("Politics | Reuters", None, "Reuters"),
    ("New York Times - News", None, "New York Times"),  # AllSides' label
    ("Wall Street Journal – News", None, "Wall Street Journal"),
    ("TheBlaze.com", None, "TheBlaze"),
    # a name made only of section words says nothing: the host of the URL names the outlet
    ("World News - Breaking News, Top Stories", "https://www.huffpost.com/entry/x", "huffpost"),
    ("World News - Breaking News, Top Stories", None, "World News - Breaking News, Top Stories"),
    # pieces that are not sections stay
    ("Guest Writer - Right", None, "Guest Writer - Right"),
    ("Fox News", None, "Fox News"),
    ("  BBC   News ", None, "BBC News"),
    ("", None, None), (None, None, None),
])
def test_outlet_name(raw, url, name):
    assert outlet_name(raw, url) == name


FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>BBC News - Home</title><link>https://www.bbc.co.uk/news/</link>
<description>BBC News - Home</description>
<item><title>China's defence minister to visit Moscow</title>
<description>China will send its defence minister, Li Shangfu, to Russia next week, the Chinese
Defense Ministry said on Sunday. The minister will head to Moscow for talks.</description>
<link>https://www.bbc.co.uk/news/world-asia-china-1</link>
<pubDate>Sun, 16 Apr 2023 08:30:00 GMT</pubDate></item>
</channel></rss>
"""


def test_a_feed_and_a_record_of_one_outlet_name_it_once(tmp_path):
    (tmp_path / "bbc.rss").write_text(FEED, encoding="utf-8")
    (tmp_path / "records.jsonl").write_text(json.dumps({
        "title": "Li Shangfu heads to Russia", "publisher": "BBC News", "published": "2023-04-17",
        "text": "China's defence minister Li Shangfu will travel to Moscow next week."}) + "\n",
        encoding="utf-8")
    docs = [d for d in read_sources([str(tmp_path / "bbc.rss"), str(tmp_path / "records.jsonl")])]
    assert all(isinstance(d, Document) for d in docs), docs
    assert [d.meta.publisher for d in docs] == ["BBC News", "BBC News"]
