"""The press in the sourcing chain (issue 15): a statement made to an outlet keeps the outlet
as its `hearer` ("The ministry told Reuters that ..."), and an outlet that reports an
official's words gives the official as the speaker, through the outlet's quote (`via`)."""
from __future__ import annotations

import pytest

from newsdesk.api import analyze_text
from newsdesk.stages.quotes.tagger import tagger

pytestmark = pytest.mark.skipif(tagger() is None, reason="quote model not built")


def _only_quote(text: str) -> dict:
    quotes = analyze_text(text)["quotes"]
    assert len(quotes) == 1, quotes
    return quotes[0]


@pytest.mark.parametrize("text, speaker, hearer, words", [
    ("The energy ministry told Reuters on Monday that the refinery would restart in April.",
     "The energy ministry", "Reuters", "the refinery would restart in April"),
    ("A company spokeswoman told AFP the layoffs were only temporary.",
     "A company spokeswoman", "AFP", "the layoffs were only temporary"),
    ("The talks will continue next week, the foreign minister told reporters.",
     "the foreign minister", "reporters", "The talks will continue next week"),
    ('"Nobody is above the law," the prosecutor told The Guardian.',
     "the prosecutor", "Guardian", "Nobody is above the law"),
    ("The chief executive said in an interview with the BBC that the airline would add routes.",
     "The chief executive", "BBC", "the airline would add routes"),
    ("Speaking to journalists in Nairobi, the envoy said the truce was holding.",
     "the envoy", "journalists", "the truce was holding"),
    ("The harbour master told the Coastal Gazette that dredging would finish by June.",
     "The harbour master", "the Coastal Gazette", "dredging would finish by June"),
    ("The carrier told CNN in a statement that all flights would resume by Friday.",
     "The carrier", "CNN", "all flights would resume by Friday"),
])
def test_a_statement_made_to_the_press_keeps_the_outlet_as_its_hearer(text, speaker, hearer,
                                                                       words):
    quote = _only_quote(text)
    assert quote["source"]["text"] == speaker
    assert quote["hearer"] is not None and quote["hearer"]["name"] == hearer, quote["hearer"]
    # the hearer is its own span, and neither the speaker nor part of what was said
    h = quote["hearer"]
    assert text[h["start"]:h["end"]] == h["text"]
    assert hearer not in quote["content"]["text"] and words in quote["content"]["text"]
    assert quote["via"] == []


def test_an_outlet_hearer_carries_its_entity_and_media_actor():
    quote = _only_quote("The energy ministry told Reuters that the refinery would restart.")
    entity = {e["id"]: e for e in analyze_text(
        "The energy ministry told Reuters that the refinery would restart.")["entities"]}
    assert quote["hearer"]["entity"] in entity
    assert quote["hearer"]["actor"]["sector"] == "JRN"


@pytest.mark.parametrize("text, speaker", [
    ("Police told the court that the suspect had fled the country.", "Police"),
    ("The officer told him to leave the building.", "The officer"),
    ("The mayor told her staff that the budget would be cut.", "The mayor"),
])
def test_someone_told_who_is_not_the_press_is_no_hearer(text, speaker):
    quote = _only_quote(text)
    assert quote["source"]["text"] == speaker
    assert quote["hearer"] is None


def test_the_reuters_report_as_a_speaker_is_no_chain():
    quote = _only_quote("The Reuters report said the factory had been closed for months.")
    assert quote["source"]["text"] == "The Reuters report"
    assert quote["via"] == [] and quote["hearer"] is None


def _official_through_outlet(text: str, official: str, outlet: str, words: str) -> None:
    quotes = analyze_text(text)["quotes"]
    by_id = {q["id"]: q for q in quotes}
    inner = [q for q in quotes if q["source"]["text"] == official]
    assert len(inner) == 1, quotes
    inner = inner[0]
    assert inner["content"]["text"].strip('"').startswith(words), inner["content"]
    assert len(inner["via"]) == 1, inner
    reporter = by_id[inner["via"][0]]
    assert outlet in reporter["source"]["text"] and not reporter["via"]
    # the outlet is never the speaker of the official's words on its own
    assert outlet not in inner["source"]["text"]


@pytest.mark.parametrize("text, official, outlet, words", [
    ("Grain exports fell by a fifth in May, the ministry said, according to a Reuters report.",
     "the ministry", "Reuters", "Grain exports fell by a fifth in May"),
    ("The dam will be finished next year, the water board said, according to the Daily Ledger.",
     "the water board", "Daily Ledger", "The dam will be finished next year"),
    ("Reuters quoted the ministry as saying that rice exports had fallen sharply.",
     "the ministry", "Reuters", "that rice exports had fallen sharply"),
    ("State television reported that the health ministry said the clinics would reopen.",
     "the health ministry", "State television", "the clinics would reopen"),
])
def test_an_outlet_reporting_an_official_gives_the_official_through_the_outlet(
        text, official, outlet, words):
    # (an outlet that reports the very same words, citing the official, is no quote of its
    # own but the official's quote's hearer: tests/test_quotes_hearers.py)
    _official_through_outlet(text, official, outlet, words)


def test_the_one_quoted_as_saying_says_only_what_follows_saying():
    text = ("The Associated Press quoted Omar Nasser, a shop owner, as saying that the market "
            "had been shelled twice.")
    quotes = analyze_text(text)["quotes"]
    inner = next(q for q in quotes if "Omar Nasser" in q["source"]["text"])
    assert "Omar Nasser" not in inner["content"]["text"]
    assert "the market had been shelled twice" in inner["content"]["text"]
    outer = next(q for q in quotes if q["id"] == inner["via"][0])
    assert outer["source"]["text"] == "The Associated Press"


@pytest.mark.parametrize("text", [
    "The senator voted against the bill, citing its cost to farmers.",
    "The court struck down the law, citing precedent.",
])
def test_citing_a_reason_is_no_source(text):
    quotes = analyze_text(text)["quotes"]
    assert not any(q["cue"] and q["cue"]["text"].lower() == "citing" for q in quotes), quotes


def test_a_hearer_in_the_store_and_the_reader_chain(tmp_path):
    from newsdesk import Store
    from newsdesk.store import queries
    from newsdesk.web.reader import source_chain

    record = analyze_text("The energy ministry told Reuters that the refinery would restart.")
    quote = record["quotes"][0]
    assert source_chain(quote, {quote["id"]: quote}) == ["Reuters", "The energy ministry"]
    with Store(tmp_path / "n.duckdb") as store:
        store.write_record(record)
        rows = queries.list_quotes(store)
    assert rows[0]["hearer"] == "Reuters"


@pytest.mark.parametrize("phrase, press", [
    ("the recent news", False), ("the court", False), ("his website", False), ("him", False),
    ("reporters", True), ("Fox News", True), ("a news conference", True), ("the press", True),
    ("the Harbour Gazette", True), ("Reuters", True),
])
def test_what_counts_as_the_press(phrase, press):
    from newsdesk.model import Document
    from newsdesk.pipeline import Pipeline
    from newsdesk.stages.quotes.outlets import is_press

    text = f"The mayor spoke to {phrase} on Monday."
    doc = Pipeline().run(Document(text=text))
    first = next(t.i for t in doc.spacy if t.idx == len("The mayor spoke to "))
    last = next(t.i for t in doc.spacy if t.idx + len(t.text) == text.index(" on Monday"))
    assert is_press(doc, doc.spacy, (first, last + 1)) is press


# The relative clause on the outlet is no statement; it names whom the outlet cites, who say
# the statement through it (as "Bloomberg, citing a person ..., said": outlets.cited_sources).
@pytest.mark.parametrize("text, outlet, cited, words", [
    ("According to Bloomberg, which cited a person familiar with the matter, Rio Tinto had "
     "asked the ministry for a tax review.", "Bloomberg", "a person familiar with the matter",
     "Rio Tinto had asked the ministry"),
    ("According to the Gazette, which quoted two officials, the port will close in May.",
     "the Gazette", "two officials", "the port will close in May"),
])
def test_a_clause_on_the_source_of_according_to_is_not_what_it_says(text, outlet, cited,
                                                                     words):
    quotes = analyze_text(text)["quotes"]
    mine = [q for q in quotes if q["source"]["text"] == cited]
    assert mine and words in mine[0]["content"]["text"], quotes
    assert (mine[0]["hearer"] or {}).get("text") == outlet, mine[0]
    assert not any(q["content"]["text"].startswith("which") for q in quotes)
