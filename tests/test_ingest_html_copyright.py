"""An HTML page whose outlet is named only in its copyright line gets it as meta.publisher,
as a pasted text does (ingest/text.py); a declared publisher wins. Pages written for this test."""
from __future__ import annotations

from newsdesk.ingest.html import document_from_html

BODY = ("<article><h1>Ferry service resumes</h1>"
        "<p>The island ferry returned to service on Tuesday after a week of repairs to its "
        "engines, the operator said in a short statement to passengers waiting at the pier.</p>"
        "<p>Crews replaced two pumps and tested the hull overnight, and the first crossing left "
        "on time with about two hundred people on board, according to the harbour office.</p>"
        "</article>")
FOOTER = ("<footer><p>&copy; 2025 Lakeside Courier. All rights reserved.</p>"
          "<p>Since 1921</p></footer>")


def test_the_copyright_holder_is_the_publisher_when_nothing_else_names_one():
    doc = document_from_html(f"<html><body>{BODY}{FOOTER}</body></html>", "page.html")
    assert doc.meta.publisher == "Lakeside Courier"
    assert "Lakeside Courier" not in doc.text and "Since 1921" not in doc.text


def test_a_declared_publisher_wins_over_the_copyright_line():
    head = '<head><meta property="og:site_name" content="The Valley Post"></head>'
    doc = document_from_html(f"<html>{head}<body>{BODY}{FOOTER}</body></html>", "page.html")
    assert doc.meta.publisher == "The Valley Post"


def test_no_copyright_line_no_publisher_from_it():
    doc = document_from_html(f"<html><body>{BODY}</body></html>", "page.html")
    assert doc.meta.publisher != "Lakeside Courier"
