"""Whom a statement reached us through (issue 15): a journalist told ("told CNN's Jake Tapper"),
the press told in a clause on the source ("according to X, who spoke to Reuters"), an outlet
reporting the very words it cites ("X, Reuters reported, citing the ministry": one statement,
the ministry's, with the outlet as its hearer), and the hearer in `newsdesk analyze`'s table.
The sentences are made up for these tests."""
from __future__ import annotations

import pytest

from newsdesk.api import analyze_text
from newsdesk.cli.analyze import hearer_cell, quote_table
from newsdesk.stages.quotes.tagger import tagger

needs_model = pytest.mark.skipif(tagger() is None, reason="quote model not built")


def _quote_of(text: str, words: str) -> dict:
    quotes = [q for q in analyze_text(text)["quotes"] if words in q["content"]["text"]]
    assert len(quotes) == 1, quotes
    return quotes[0]


# --- a journalist as the one told ------------------------------------------------------------

@needs_model
@pytest.mark.parametrize("text, speaker, journalist, outlet, words", [
    ("The mayor told CNN's Dana Whitfield in an interview that the bridge would reopen in May.",
     "The mayor", "Dana Whitfield", "CNN", "the bridge would reopen in May"),
    ("The finance minister told Sky News presenter Ellen Marsh that taxes would not rise.",
     "The finance minister", "Ellen Marsh", "Sky News", "taxes would not rise"),
    ("The governor told Jake Tapper of CNN that the state would appeal the ruling.",
     "The governor", "Jake Tapper", "CNN", "the state would appeal the ruling"),
    ("The governor told Jake Tapper in an interview that the state would appeal the ruling.",
     "The governor", "Jake Tapper", None, "the state would appeal the ruling"),
])
def test_a_journalist_told_is_the_hearer_with_the_outlet_named(text, speaker, journalist,
                                                                 outlet, words):
    quote = _quote_of(text, words)
    assert quote["source"]["text"] == speaker
    hearer = quote["hearer"]
    assert hearer is not None and hearer["name"] == journalist, hearer
    assert hearer["relation"] == "told"
    assert text[hearer["start"]:hearer["end"]] == hearer["text"]
    assert journalist not in quote["content"]["text"]
    if outlet is None:
        assert hearer["outlet"] is None
    else:
        assert hearer["outlet"]["name"].endswith(outlet), hearer["outlet"]
        assert hearer["actor"]["sector"] == "JRN"


@needs_model
def test_a_surname_told_is_a_journalist_when_the_article_says_so_elsewhere():
    text = ("CNN's Jake Tapper pressed the senator on the vote. "
            "The senator told Tapper that he would vote against the bill.")
    quote = _quote_of(text, "vote against the bill")
    assert quote["hearer"] is not None and quote["hearer"]["text"] == "Tapper"


@needs_model
@pytest.mark.parametrize("text, words", [
    ("Police told the court that the suspect had fled the country.", "the suspect had fled"),
    ('"The deal is done," she told him.', "The deal is done"),
    ("The landlord told Ms. Ruiz that the rent would double.", "the rent would double"),
    ("The president told Prime Minister Ana Costa that the loan would be approved.",
     "the loan would be approved"),
])
def test_someone_told_who_is_not_the_press_is_no_hearer(text, words):
    assert _quote_of(text, words)["hearer"] is None


# --- the press told in a clause on the source -------------------------------------------------

@needs_model
@pytest.mark.parametrize("text, speaker, outlet, words", [
    ("Exports will recover by autumn, according to Maria Lopez, who spoke to Reuters.",
     "Maria Lopez", "Reuters", "Exports will recover by autumn"),
    ("The factory will close in March, according to a union official who spoke to The "
     "Associated Press on condition of anonymity.",
     "a union official", "Associated Press", "The factory will close in March"),
    ("The strike will end on Friday, according to two union leaders who talked to Bloomberg.",
     "two union leaders", "Bloomberg", "The strike will end on Friday"),
    ("A senior diplomat, who spoke to the BBC on condition of anonymity, said the talks had "
     "stalled.", "A senior diplomat", "BBC", "the talks had stalled"),
    ("Carlos Mendes told The Associated Press that the harvest had failed.",
     "Carlos Mendes", "Associated Press", "the harvest had failed"),
])
def test_the_one_who_spoke_to_the_press_is_the_source_and_the_press_the_hearer(
        text, speaker, outlet, words):
    quote = _quote_of(text, words)
    assert quote["source"]["text"] == speaker
    assert quote["hearer"] is not None and quote["hearer"]["name"].endswith(outlet)
    assert quote["hearer"]["relation"] == "told"
    assert outlet not in quote["content"]["text"] and quote["via"] == []


# --- one statement, one quote ---------------------------------------------------------------

@needs_model
@pytest.mark.parametrize("text, official, outlet, words", [
    ("The dam will be finished next year, Reuters reported, citing the water board.",
     "the water board", "Reuters", "The dam will be finished next year"),
    ("AFP, citing two police officials, said the convoy had been ambushed near the border.",
     "two police officials", "AFP", "the convoy had been ambushed"),
    # the parser hangs the "that" clause on "citing": the outlet still only passes it on
    ("The Baltic Herald reported, citing two diplomats, that Latvia would expel the envoy.",
     "two diplomats", "The Baltic Herald", "that Latvia would expel the envoy"),
    ("The Harbour Gazette wrote, citing the port authority, that the terminal would close.",
     "the port authority", "The Harbour Gazette", "that the terminal would close"),
    ("The harbour will close for repairs, the Coastal Gazette reported, citing port officials.",
     "port officials", "the Coastal Gazette", "The harbour will close for repairs"),
    ("The ministry was quoted by the Daily Ledger as saying that wheat prices would fall.",
     "The ministry", "the Daily Ledger", "wheat prices would fall"),
])
def test_an_outlet_citing_an_official_is_one_statement_of_the_official(text, official, outlet,
                                                                         words):
    quotes = analyze_text(text)["quotes"]
    assert len(quotes) == 1, quotes
    quote = quotes[0]
    assert quote["source"]["text"] == official and words in quote["content"]["text"]
    assert quote["hearer"]["text"] == outlet and quote["hearer"]["relation"] == "reported"
    assert quote["via"] == [] and quote["id"] == "q0"


@needs_model
@pytest.mark.parametrize("text", [
    "The dam will be finished next year, Reuters reported, citing the water board. "
    '"We will not stop," the mayor said.',
    "Rice exports fell sharply, Bloomberg reported, citing the trade ministry. The ministry "
    "said in a statement that the harvest was poor, and AFP, citing two traders, said prices "
    "would rise.",
    "The Daily Ledger reports that the port authority said the harbour would reopen.",
])
def test_no_two_quotes_share_their_words_and_ids_stay_in_order(text):
    record = analyze_text(text)
    spans = [(q["content"]["start"], q["content"]["end"]) for q in record["quotes"]]
    assert len(spans) == len(set(spans)), record["quotes"]
    assert [q["id"] for q in record["quotes"]] == [f"q{n}" for n in range(len(spans))]
    ids = {q["id"] for q in record["quotes"]}
    for q in record["quotes"] + record.get("beliefs", []):
        assert set(q["via"]) <= ids and q["id"] not in q["via"]


@needs_model
def test_a_quote_reported_through_another_keeps_its_chain():
    text = "The Daily Ledger reports that the port authority said the harbour would reopen."
    quotes = analyze_text(text)["quotes"]
    inner = next(q for q in quotes if q["source"]["text"] == "the port authority")
    outer = next(q for q in quotes if q["id"] in inner["via"])
    assert outer["source"]["text"] == "The Daily Ledger"


# --- the table of `newsdesk analyze` --------------------------------------------------------

def _q(qid: str, hearer: dict | None) -> dict:
    return {"id": qid, "kind": "indirect", "source": {"name": "the ministry"},
            "content": {"text": "Exports fell."}, "hearer": hearer}


def test_the_hearer_cell_says_how_the_words_reached_us():
    assert hearer_cell(_q("q0", {"name": "Reuters", "relation": "told"})) == "to Reuters"
    assert hearer_cell(_q("q0", {"name": "Reuters", "relation": "reported"})) == "via Reuters"
    assert hearer_cell(_q("q0", {"name": "Jake Tapper", "relation": "told",
                                 "outlet": {"name": "CNN"}})) == "to Jake Tapper (CNN)"
    assert hearer_cell(_q("q0", None)) == ""
    long = {"name": "the Harbour and Coastal Shipping Gazette Weekly", "relation": "told"}
    assert len(hearer_cell(_q("q0", long))) <= 24


def test_the_table_has_a_hearer_column_only_when_a_quote_has_a_hearer():
    with_hearer = quote_table([_q("q0", {"name": "Reuters", "relation": "told"}),
                               _q("q1", None)])
    head = with_hearer.splitlines()[0].split()
    assert head == ["quote", "kind", "source", "through", "content"]
    assert "to Reuters" in with_hearer.splitlines()[2]
    without = quote_table([_q("q0", None)])
    assert without.splitlines()[0].split() == ["quote", "kind", "source", "content"]


@needs_model
def test_analyze_shows_the_hearer(tmp_path):
    from newsdesk.cli.analyze import summarise

    record = analyze_text("The energy ministry told Reuters that the refinery would restart.")
    assert "to Reuters" in summarise(record)
