"""Who speaks in wire-story attributions that the parse hangs from the wrong word (issue 15:
the right speaker). Sentences written for these tests, in the style of agency copy."""
from __future__ import annotations

import pytest

from newsdesk import nlp
from newsdesk.model import Document
from newsdesk.nlp import fill_from_parse
from newsdesk.stages.actors import actors
from newsdesk.stages.quotes import quotes as quotes_stage
from newsdesk.stages.quotes.tagger import tagger

pytestmark = pytest.mark.skipif(tagger() is None, reason="quote model not built")


def analyse(text: str) -> Document:
    doc = Document(text=text)
    fill_from_parse(doc, nlp.parse(text))
    return quotes_stage(actors(doc))


def quote_with(doc: Document, words: str):
    start = doc.text.index(words)
    end = start + len(words)
    for q in doc.quotes:
        if q.content["start"] < end and start < q.content["end"]:
            return q
    raise AssertionError(f"no quote over {words!r}: {[q.content['text'] for q in doc.quotes]}")


def speaker(q) -> str:
    return ((q.source or {}).get("name") or "").lower()


# ", saying ..." after a relative clause of a verbal act, or after a passive with its agent:
# the parse hangs the participle from the main verb, whose subject did not say it.
@pytest.mark.parametrize("text, words, who", [
    ('Sanctions were lifted in May, a move that the prime minister praised on Tuesday, '
     'saying "this is a new beginning."', "this is a new beginning", "prime minister"),
    ("The court froze the assets, a ruling that the defence lawyers condemned, saying it had "
     "no basis in law.", "it had no basis", "defence lawyers"),
    ("Police closed the square, a decision the mayor welcomed, adding that safety came first.",
     "safety came first", "mayor"),
    ("The vote was delayed, a step that the chairman defended late on Monday, saying more "
     "time was needed.", "more time was needed", "chairman"),
    ("The plan was rejected by the union, saying it punished workers.",
     "it punished workers", "union"),
    ("The report was criticised by the opposition, which called it a whitewash, saying "
     '"nobody believes these numbers."', "nobody believes", "opposition"),
])
def test_participle_after_a_verbal_act_speaks_for_its_doer(text, words, who):
    assert who in speaker(quote_with(analyse(text), words))


def test_participle_after_a_clause_of_no_verbal_act_keeps_the_main_subject():
    doc = analyse("The company cut 300 jobs, a move that surprised analysts, saying costs had "
                  "risen.")
    assert speaker(quote_with(doc, "costs had risen")) == "the company"
