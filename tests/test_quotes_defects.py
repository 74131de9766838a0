"""Classes of quote defects, each on sentences written for these tests: a paragraph signed with
a dash after another speaker's quotation, an inanimate subject of a speech verb, the content of
a quote split by its reporting clause, and a Q:/A: interview."""
from __future__ import annotations

import pytest

from newsdesk import nlp
from newsdesk.model import Document
from newsdesk.nlp import fill_from_parse
from newsdesk.stages.actors import actors
from newsdesk.stages.quotes import quotes as quotes_stage


def analyse(text: str) -> Document:
    doc = Document(text=text)
    fill_from_parse(doc, nlp.parse(text))
    return quotes_stage(actors(doc))


def quotes_over(doc: Document, words: str) -> list:
    """The quotes one of whose parts overlaps `words`."""
    start = doc.text.index(words)
    end = start + len(words)
    return [q for q in doc.quotes
            if any(p["start"] < end and start < p["end"]
                   for p in q.content.get("parts") or [q.content])]


# --- a paragraph signed with a dash is its signer's, not the previous speaker's -------------

SIGNED = [
    ("“We warned them for months,” said Maria Lopez, a nurse at the clinic. “Nobody "
     "listened.”\n\n“The trucks were turned back at the border and the aid never arrived.” "
     "-- Jane Roe, Oxfam", "the aid never arrived", "Jane Roe", "Maria Lopez"),
    ("The mayor said the bridge would reopen in May. “It is safe,” she said.\n\n“We have seen "
     "no evidence of any repairs, and the cracks are getting wider.” — Commissioner Tom Hale",
     "the cracks are getting wider", "Tom Hale", "The mayor"),
    ("Officials said the vote would go ahead. “Turnout will be high,” said Ahmed Karim, the "
     "election chief.\n\n“People are afraid to leave their homes after dark.” – Sara Blum, "
     "Human Rights Watch", "afraid to leave their homes", "Sara Blum", "Ahmed Karim"),
    ("“The plant will close next year,” the company said in a statement.\n\n“Hundreds of "
     "families depend on these jobs and nobody asked us.” —Union leader Pat Moore",
     "nobody asked us", "Pat Moore", "the company"),
]


@pytest.mark.parametrize("text,signed,signer,before", SIGNED)
def test_signed_paragraph_is_the_signers_own_quote(text, signed, signer, before):
    doc = analyse(text)
    found = quotes_over(doc, signed)
    assert [q.source["name"] for q in found] == [signer]
    # the speaker before keeps her own words only
    earlier = [q for q in doc.quotes if q.source and q.source["name"] == before]
    assert earlier and all(q.content["end"] < doc.text.index(signed) for q in earlier)


def test_speech_reported_inside_a_signed_paragraph_stays():
    doc = analyse("“We will rebuild,” said Mayor Anne Roy.\n\n“The minister told us the money "
                  "would come in March, and it never did.” — Paul Grant, a shop owner")
    names = sorted(q.source["name"] for q in quotes_over(doc, "the money would come"))
    assert names == ["Paul Grant", "The minister"]
