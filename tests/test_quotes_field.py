"""The field cases about quotes (../shared/data/field-cases 02, 06, 07, 10, 19, 20, 23), each as
a test of its kind of fault, with sentences written for these tests (the case texts stay in
the shared folder). Expected values follow each case's expected.md, never newsdesk's output."""
from __future__ import annotations

import pytest

from newsdesk.model import Document, Meta
from newsdesk.options import Options
from newsdesk.pipeline import Pipeline
from newsdesk.stages.quotes.tagger import tagger

pytestmark = pytest.mark.skipif(tagger() is None, reason="quote model not built")


@pytest.fixture(scope="module")
def pipe():
    # the linear voice models: the quotes and the events they carry are what is tested here
    return Pipeline(options=Options(voice_model="linear"))


def run(pipe, text: str) -> Document:
    return pipe.run(Document(text=text, meta=Meta(published="2025-03-04")))


def said(q) -> str:
    """What a quote says: its parts joined when the content is discontinuous."""
    return " ".join(p["text"] for p in q.content.get("parts") or [q.content])


def speaker(q) -> str:
    source = q.source or {}
    return f"{source.get('text') or ''} | {source.get('name') or ''}".lower()


def quotes_in(doc: Document, words: str) -> list:
    start = doc.text.index(words)
    end = start + len(words)
    return [q for q in doc.quotes if any(p["start"] < end and start < p["end"]
                                         for p in q.content.get("parts") or [q.content])]


# 02: a sentence-final attribution's content stops before its own source and cue
def test_02_content_holds_neither_its_source_nor_its_cue(pipe):
    doc = run(pipe, "No prisoners were freed during the holiday amnesty, the Interior Ministry "
                    "said in its weekly bulletin.")
    [q] = doc.quotes
    assert "interior ministry" in speaker(q)
    assert said(q).rstrip(" ,.") == "No prisoners were freed during the holiday amnesty"


# 06: a quotation opened in each paragraph and closed only at the end of the last
def test_06_quote_over_paragraphs_runs_to_its_closing_mark(pipe):
    doc = run(pipe, "“The harvest is the worst in a decade,” Agriculture Minister Lena Varga "
                    "said. “Rain came too late for the wheat.\n\n"
                    "“We have asked the banks to delay repayments for every farm in the north.\n\n"
                    "“Nobody should lose their land because of one bad summer.”\n\n"
                    "Farmers' leader Pal Kiss said the aid came too late.")
    varga = [q for q in doc.quotes if "lena varga" in speaker(q)]
    kiss = [q for q in doc.quotes if "pal kiss" in speaker(q)]
    assert len(kiss) == 1 and "too late" in said(kiss[0])
    assert len(varga) + len(kiss) == len(doc.quotes)
    assert 1 <= len(varga) <= 2
    assert any("worst in a decade" in said(q) for q in varga)
    whole = [q for q in varga if all(words in said(q) for words in (
        "Rain came too late", "delay repayments for every farm", "one bad summer"))]
    assert whole, [said(q) for q in varga]
    assert not any("Varga said" in said(q) or "Agriculture Minister" in said(q) for q in varga)


# 07: several speakers in a row, uncommon cue verbs, inverted order, speakers given by role
def test_07_each_quote_to_its_own_cue_and_speaker(pipe):
    doc = run(pipe, '"We cannot keep closing the clinics every winter," groaned Alderman '
                    'Ruth Okafor, glancing at the ledger.\n\n'
                    '"It is cruel to the old people who depend on them," added Alderman '
                    'Simon Lake.\n\n'
                    '"The sums simply do not work," muttered the harbour master.\n\n'
                    'The treasurer said wearily, "There is nothing left for the parks."')
    assert len(doc.quotes) == 4, [(said(q), speaker(q)) for q in doc.quotes]
    named = ("okafor", "lake", "alderman")
    [a] = quotes_in(doc, "We cannot keep closing")
    assert "okafor" in speaker(a) and "groan" in a.cue["text"]
    [b] = quotes_in(doc, "It is cruel")
    assert "lake" in speaker(b) and "add" in b.cue["text"]
    assert "sums simply" not in said(b) and "Lake" not in said(b)
    [c] = quotes_in(doc, "The sums simply")
    assert "harbour master" in speaker(c) and "mutter" in c.cue["text"]
    assert not any(n in (c.source or {}).get("name", "").lower() for n in named)
    [d] = quotes_in(doc, "There is nothing left")
    assert "treasurer" in speaker(d)
    assert not any(n in (d.source or {}).get("name", "").lower() for n in named)
    assert not any("ledger" in said(q) or "glanc" in q.cue["text"] for q in doc.quotes)


# 10: actions, protests, evidence and looking are no attributions
def test_10_non_speech_verbs_make_no_quote(pipe):
    doc = run(pipe, "Soldiers detained three reporters near the border on Monday.\n\n"
                    "Farmers marched against the new fuel tax on Tuesday.\n\n"
                    "The figures show that exports fell for a second year.\n\n"
                    "The regulator approved the merger and sent inspectors to the plant.\n\n"
                    "The inspector stared at the broken gauge.")
    assert doc.quotes == [], [(said(q), q.cue["text"]) for q in doc.quotes]


# 19: metaphors of war in an editorial are the writer's own words, no attribution
def test_19_editorial_metaphors_are_the_writers_voice(pipe):
    doc = run(pipe, "Opinion\n\nThe city has declared war on litter more times than anyone "
                    "remembers, yet the streets stay filthy.\n\n"
                    "Councillors attacked the problem with heavy fines in 2019, but the dumpers "
                    "simply moved to the next street.")
    assert doc.quotes == [], [(said(q), q.cue["text"]) for q in doc.quotes]
    for words in ("The city has declared war", "Councillors attacked the problem"):
        assert doc.sentence_at(doc.text.index(words)).voice == "author"


# 20: "joked about X" is no quote (and never one without a speaker)
def test_20_joking_about_something_is_no_quote(pipe):
    doc = run(pipe, "The podcast lost sponsors on Friday after a guest joked about the 2011 "
                    "earthquake.")
    assert doc.quotes == [], [(said(q), q.cue["text"]) for q in doc.quotes]


# 23: the sentence-final reporting clause, for any tense of the content
@pytest.mark.parametrize("sentence, who", [
    ("The ferry sank near the island, the coast guard said.", "coast guard"),
    ("Two soldiers died in the ambush on Sunday, officials said.", "officials"),
    ("Food prices climbed for a third month, the statistics office said.", "statistics office"),
    ("Militants shelled the airport, the army said on Monday.", "army"),
    ("The bridge collapsed overnight, the engineer's wife said.", "engineer's wife"),
    ("The strike will end on Friday, union leaders said.", "union leaders"),
    ("Gunmen stormed the bank on Tuesday, police told reporters.", "police"),
])
def test_23_sentence_final_attribution_gives_the_clause_before(pipe, sentence, who):
    doc = run(pipe, sentence)
    assert len(doc.quotes) == 1, [(said(q), speaker(q)) for q in doc.quotes]
    [q] = doc.quotes
    assert who in speaker(q)
    assert said(q).rstrip(" ,.") == sentence.split(",")[0]
    assert "reporters" not in said(q)
    assert all(e.attributed_to == q.id for e in doc.events)


def test_23_events_of_the_statement_are_attributed_to_it(pipe):
    doc = run(pipe, "Rebels ambushed the convoy near the river, the army said.")
    [q] = doc.quotes
    assert doc.events and all(e.attributed_to == q.id for e in doc.events)
