"""Ingest: bytes from files, directories, stdin, URLs and corpora to documents (clean text +
meta), or input errors saying why not.

    sources.py  SOURCE arguments to a stream of documents and errors (READERS by suffix)
    text.py     pasted plain text; dates.py, language.py: what the text says about itself
    (newsdesk/furniture.py: site furniture lines, share bars, related links, media notices,
                captions, dropped from every body, pasted or extracted)
    records.py  corpus records (JSONL lines; CSV rows via corpus.py) with the field mapping
    html.py     saved pages (html_meta.py: what a page declares)
    feeds.py    RSS/Atom feeds and news sitemaps; warc.py: crawler archives
    http.py     the HTTP client; pages.py: a fetched page; fetch.py: a URL by content type
"""
from .records import Item
from .sources import READERS, read_sources
from .text import clean_text

__all__ = ["READERS", "Item", "read_sources", "clean_text"]
