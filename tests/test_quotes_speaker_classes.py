"""Speakers and their actors in wire copy (issue 15: the speaker right, and coded as the text
gives it). Sentences written for these tests, in the style of agency copy."""
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


def source_of(doc: Document, words: str) -> dict:
    return quote_with(doc, words).source or {}


# A closing speaker after a list ("..., including X, <speaker> said"): the parser reads the
# speaker as one more item of the list, or gives the verb two subjects; the noun phrase
# between the last comma and the verb speaks, and the whole clause before is what it said.
@pytest.mark.parametrize("text, said, who", [
    ("Police arrested at least 40 people, including opposition lawmaker Peter Kamau, police "
     "spokeswoman Rose Njeri said in a statement.", "including opposition lawmaker", "rose njeri"),
    ("Security forces killed at least nine people, including two children, regional governor "
     "Ahmed Warsame said.", "including two children", "ahmed warsame"),
    ("Authorities expelled 15 diplomats, including deputy ambassador John Reeve, Foreign "
     "Minister Elena Petrova told reporters.", "including deputy ambassador", "elena petrova"),
    ("The rebels freed 12 hostages, including aid worker Sarah Lind, mediator Omar Haddad said "
     "in a statement.", "including aid worker", "omar haddad"),
])
def test_a_closing_speaker_after_a_list_speaks_the_whole_clause(text, said, who):
    doc = analyse(text)
    q = quote_with(doc, said)
    assert (q.source or {}).get("name", "").lower() == who
    assert q.content["text"].startswith(text.split(",")[0].split()[0])  # from the sentence start
    assert said in q.content["text"]


# Three-word names the entity tagger cuts to two: the whole name, and the title before it
# codes the person ("Venezuela's Attorney General" is Venezuela's government).
@pytest.mark.parametrize("text, said, name", [
    ("Opposition leader Maria Corina Machado said the vote had been stolen.",
     "the vote had been stolen", "maria corina machado"),
    ("Venezuela's Attorney General Tarek William Saab said the three were suspected of "
     "plotting attacks.", "the three were suspected", "tarek william saab"),
    ("Colombian senator Maria Fernanda Cabal told reporters the talks were a farce.",
     "the talks were a farce", "maria fernanda cabal"),
])
def test_a_three_word_name_is_whole(text, said, name):
    assert source_of(analyse(text), said).get("name", "").lower() == name


def test_a_title_before_a_three_word_name_codes_the_person():
    doc = analyse("Venezuela's Attorney General Tarek William Saab said the three were "
                  "suspected of plotting attacks.")
    assert (source_of(doc, "the three were suspected").get("actor") or {}).get("code") == "VENGOV"


def test_a_title_word_is_no_part_of_the_name():
    doc = analyse("Supreme Leader Ayatollah Ali Khamenei warned that any attack would be met "
                  "with a strong blow.")
    assert source_of(doc, "any attack").get("name") == "Ali Khamenei"
