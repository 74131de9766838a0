"""Running the stages up to quotes on one written text, for the quote tests."""
from __future__ import annotations

from newsdesk import nlp
from newsdesk.model import Document
from newsdesk.nlp import fill_from_parse
from newsdesk.stages.actors import actors
from newsdesk.stages.quotes import quotes as quotes_stage


def analyse(text: str) -> Document:
    """`text` parsed, its actors coded and its quotes found."""
    doc = Document(text=text)
    fill_from_parse(doc, nlp.parse(text))
    return quotes_stage(actors(doc))


def quote_with(doc: Document, words: str):
    """The first quote whose content overlaps `words` (a piece of doc.text); fails the test
    when none does."""
    start = doc.text.index(words)
    end = start + len(words)
    for q in doc.quotes:
        if q.content["start"] < end and start < q.content["end"]:
            return q
    raise AssertionError(f"no quote over {words!r}: {[q.content['text'] for q in doc.quotes]}")


def content_parts(quote) -> list[str]:
    """The texts of a quote's content pieces (one piece when it is not split)."""
    return [p["text"] for p in quote.content.get("parts") or [quote.content]]
