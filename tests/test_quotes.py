"""The quotes stage on small hand-made documents: each construction, resolved to its source."""
from __future__ import annotations

import pytest

from newsdesk import nlp
from newsdesk.model import Document
from newsdesk.nlp import fill_from_parse
from newsdesk.stages.quotes import quotes as quotes_stage
from newsdesk.stages.quotes.tagger import tagger

pytestmark = pytest.mark.skipif(tagger() is None, reason="quote model not built")


def analyse(text: str) -> Document:
    doc = Document(text=text)
    fill_from_parse(doc, nlp.parse(text))
    return quotes_stage(doc)


def quote_with(doc: Document, words: str):
    """The quote whose content contains `words` (the test fails if there is none)."""
    start = doc.text.index(words)
    end = start + len(words)
    for q in doc.quotes:
        parts = q.content.get("parts") or [q.content]
        if any(p["start"] < end and start < p["end"] for p in parts):
            return q
    raise AssertionError(f"no quote over {words!r}: {[q.content['text'] for q in doc.quotes]}")


def test_direct_quote_straight_marks():
    doc = analyse('"We will not back down on this bill," said John Smith, the mayor of '
                  'Springfield.')
    q = quote_with(doc, "We will not back down")
    assert q.kind == "direct"
    assert q.source["name"] == "John Smith"
    assert q.cue["text"] == "said"


def test_direct_quote_curly_over_two_sentences():
    doc = analyse("“The talks went well on Monday. We expect a deal within weeks,” Maria Lopez "
                  "told reporters in Brussels.")
    q = quote_with(doc, "The talks went well")
    assert q is quote_with(doc, "We expect a deal")
    assert q.kind == "direct"
    assert q.source["name"] == "Maria Lopez"


def test_quote_running_over_paragraphs():
    text = ("“We never agreed to this plan,” said Maria Lopez, the union leader. “The first "
            "problem is the cost.\n\n“The second problem is the time. Nobody has answered us.”\n")
    doc = analyse(text)
    assert quote_with(doc, "We never agreed").source["name"] == "Maria Lopez"
    later = quote_with(doc, "The second problem is the time")
    assert later.source is not None and later.source["name"] == "Maria Lopez"


def test_split_quote_has_both_parts_and_resolves_pronoun():
    doc = analyse('Angela Merkel spoke to the press in Berlin on Monday. "We agree," she said, '
                  '"but not yet."')
    q = quote_with(doc, "We agree")
    assert q is quote_with(doc, "but not yet")
    assert q.source["text"] == "she"
    assert q.source["name"] == "Angela Merkel"
    assert q.source["entity"] is not None


def test_mixed_quote_inside_reported_speech():
    doc = analyse('Senator Elizabeth Warren said the bill was "a disaster for working families" '
                  "and would not pass the Senate.")
    q = quote_with(doc, "a disaster for working families")
    assert q.kind == "mixed"
    assert q.source["name"] == "Elizabeth Warren"


def test_block_quote_after_he_said_resolves_to_the_spokesman():
    text = ("Igor Konashenkov, a spokesman for the Russian Defence Ministry, spoke to reporters "
            "in Moscow on Tuesday. He said:\n\nThe exercises are purely defensive and pose no "
            "threat to any of our neighbours.\n")
    doc = analyse(text)
    q = quote_with(doc, "The exercises are purely defensive")
    assert q.kind == "block"
    assert q.content["text"].startswith("The exercises")
    assert q.source["text"] == "He"
    assert q.source["name"] == "Igor Konashenkov"


@pytest.mark.parametrize("intro, source_word", [
    ("The ministry put it this way:", "ministry"),
    ("In a statement, the spokesman wrote:", "spokesman"),
])
def test_block_quote_after_other_colon_introductions(intro, source_word):
    doc = analyse(f"{intro}\n\nThe sanctions are illegal and will be answered in kind.\n")
    q = quote_with(doc, "The sanctions are illegal")
    assert q.kind == "block"
    assert q.source is not None and source_word in q.source["text"]


@pytest.mark.parametrize("sentence, source, content", [
    ("Prime Minister Justin Trudeau said that the pipeline would be finished next year.",
     "Justin Trudeau", "the pipeline would be finished"),
    ("Boris Johnson told reporters the negotiations were going nowhere.",
     "Boris Johnson", "the negotiations were going nowhere"),
    ("The economy will shrink by two percent next year, the International Monetary Fund said.",
     "the International Monetary Fund", "The economy will shrink"),
    ("According to the World Health Organization, the outbreak has peaked in the region.",
     "the World Health Organization", "the outbreak has peaked"),
    ("Microsoft announced that it would cut 10,000 jobs by the end of March.",
     "Microsoft", "it would cut 10,000 jobs"),
    ("Senator Mitch McConnell warned that the government could shut down within days.",
     "Mitch McConnell", "the government could shut down"),
    ("Donald Trump denied that he had ever met the Russian ambassador.",
     "Donald Trump", "he had ever met the Russian ambassador"),
    ("Hillary Clinton insisted that her email server had never been hacked.",
     "Hillary Clinton", "her email server had never been hacked"),
])
def test_indirect_speech(sentence, source, content):
    q = quote_with(analyse(sentence), content)
    assert q.kind == "indirect"
    assert q.source is not None
    assert source.lower() in q.source["name"].lower() or q.source["name"].lower() in source.lower()


def test_anonymous_sources_keep_their_words_and_no_entity():
    doc = analyse("Officials said the talks had stalled over the border question. A source "
                  "familiar with the talks said no date had been set.")
    q = quote_with(doc, "the talks had stalled")
    assert q.source["name"] == "Officials" and q.source["entity"] is None
    q = quote_with(doc, "no date had been set")
    assert "source familiar" in q.source["name"] and q.source["entity"] is None


def test_outlet_description_resolves_to_the_named_outlet():
    doc = analyse("The Washington Examiner reported on Monday that the deal was off. The "
                  "Examiner said the White House had declined to comment.")
    first = quote_with(doc, "the deal was off")
    second = quote_with(doc, "the White House had declined")
    assert "Washington Examiner" in first.source["name"]
    assert second.source["text"] == "The Examiner"
    assert second.source["name"] == first.source["name"]
    assert second.source["entity"] == first.source["entity"] is not None


def test_description_the_spokesman_resolves_to_the_person_named_earlier():
    doc = analyse("Dmitry Peskov, the Kremlin spokesman, met journalists on Friday. The "
                  "spokesman said the visit would go ahead as planned.")
    q = quote_with(doc, "the visit would go ahead")
    assert q.source["name"] == "Dmitry Peskov"


def test_chain_outlet_reports_that_ministry_said():
    doc = analyse("Bloomberg News reports that Russia's Defense Ministry said the drills would "
                  "end on Friday.")
    inner = quote_with(doc, "the drills would end on Friday")
    outer = [q for q in doc.quotes if q.source and "Bloomberg" in q.source["name"]]
    assert outer, [q.source for q in doc.quotes]
    if inner is outer[0]:  # the innermost quote over those words is the ministry's
        inner = [q for q in doc.quotes if q is not outer[0] and "drills" in q.content["text"]][0]
    assert "Defense Ministry" in inner.source["name"]
    assert inner.via == [outer[0].id]
    assert outer[0].via == []


def test_no_quotes_in_plain_reporting():
    doc = analyse("The bridge was closed for repairs on Sunday. Traffic was diverted through "
                  "the town centre.")
    assert doc.quotes == []


# Sentences from PolNeAR dev articles on which the stage once gave a fragment as the content
# ("that", "It", "nothing", "he is") or the same statement twice, once without a source.
FRAGMENTS = ("that", "it", "nothing", "them", "he is")


@pytest.mark.parametrize("text", [
    "The war on drugs began decades ago. It was first declared by President Richard Nixon in "
    "the 1970s.",
    "She knows nothing, but the mouth never stops.",
    "Nothing about them seems credible to me.",
    "“First, maybe he’s not as rich as he says he is. Maybe he is not as charitable as he "
    "says,” Clinton said.",
])
def test_no_fragment_is_a_quote(text):
    doc = analyse(text)
    contents = [q.content["text"].strip(" ,.”“\"").lower() for q in doc.quotes]
    assert not set(contents) & set(FRAGMENTS), contents


def test_a_bare_that_gives_way_to_the_clause_it_introduces():
    doc = analyse("He notes that the Commission on Presidential Debates announced earlier Friday "
                  "that there was an issue with Trump’s microphone.")
    assert all(q.content["text"] != "that" for q in doc.quotes)
    q = quote_with(doc, "Commission on Presidential Debates")
    assert q.source["text"] == "He" and q.cue["text"] == "notes"


def test_quoted_function_words_are_still_a_quote():
    doc = analyse("“It’s about me,” the president said.")
    assert quote_with(doc, "It’s about me").cue["text"] == "said"


def overlapping(a: dict, b: dict) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


@pytest.mark.parametrize("text, words, source", [
    # the tagger also read "to hold a record ..." as said by "has since exploded", unsourced
    ("America’s prison population stood at 200,000 in 1972 and has since exploded to hold a "
     "record of 2.3 million inmates as of 2008, according to the NAACP.", "to hold a record",
     "the NAACP"),
    ("More professor than politician, Scott struggles to deliver a sound bite. A simple "
     "question elicits a methodical treatise, full of facts and historical data, about why the "
     "other side must be wrong - which it often is, according to Scott.",
     "why the other side must be wrong", "Scott"),
    # the unsourced one around the sourced one ("knowing that ..., I tell myself that ...")
    ("As someone who has come out the other side knowing that love and kindness are the only "
     "way forward, I tell myself that Trump will not be the next president of the United "
     "States.", "Trump will not be the next president", "I"),
])
def test_one_statement_is_one_quote_with_its_source(text, words, source):
    doc = analyse(text)
    q = quote_with(doc, words)
    assert q.source is not None and q.source["text"] == source
    for other in doc.quotes:
        if other is not q and overlapping(other.content, q.content):
            assert other.source is not None, (other.content["text"], other.cue["text"])


def test_beliefs_are_in_the_record_apart_from_the_quotes():
    from newsdesk.model import to_record
    from newsdesk.stages.actors import actors

    doc = Document(text="Most voters believe that the tax is unfair. The minister said the tax "
                        "would stay.")
    fill_from_parse(doc, nlp.parse(doc.text))
    record = to_record(quotes_stage(actors(doc)))
    assert [q["content"]["text"] for q in record["quotes"]] == ["the tax would stay"]
    assert [(b["kind"], b["source"]["text"], b["content"]["text"]) for b in record["beliefs"]] \
        == [("belief", "Most voters", "that the tax is unfair")]
    assert not any(q["kind"] == "belief" for q in record["quotes"])
