"""One person spelled two ways in one article is one entity (stages/actors/spellings.py): a
later name whose one non-first word is a single letter away from an earlier name's, or a
surname alone a letter away from an earlier full name's, takes the earlier name and actor;
given names a letter apart ("Mark" and "Mary") stay two people. Sentences written for this
test; the last test stores an article in a real DuckDB file."""
from __future__ import annotations

import pytest

import newsdesk
from newsdesk.pipeline import Pipeline
from newsdesk.stages.actors.spellings import one_edit_apart, respelled
from newsdesk.store import Store, queries


@pytest.mark.parametrize("a, b, expected", [
    ("Novakova", "Nowakova", True),     # a letter changed
    ("Rybarczyk", "Rybarczik", True),
    ("Petrenko", "Petrenkoo", True),    # a letter added
    ("Haddadi", "Hadadi", True),        # a letter dropped
    ("Haddadi", "Haddadi", False),      # the same word is no respelling
    ("Halvorsen", "Halvorson", True),
    ("Lindqvist", "Lindkvest", False),  # two edits
    ("Ortega", "Ortiz", False),
])
def test_one_edit_apart(a, b, expected):
    assert one_edit_apart(a, b) is expected


@pytest.mark.parametrize("later, earlier, expected", [
    ("Katarina Nowakova", "Katarina Novakova", True),
    ("Ingrid Halvorson", "Ingrid Halvorsen", True),
    ("Halvorson", "Ingrid Halvorsen", True),           # the surname alone, respelled
    ("Mary Kelly", "Mark Kelly", False),               # given names: two people of one family
    ("Lee Jae Won", "Lee Jae Woo", False),             # short words a letter apart: other names
    ("Ingrid Halvorsen Berg", "Ingrid Halvorsen", False),  # another name, not another spelling
    ("Borg", "Ingrid Berg", False),                    # too short a surname to judge
])
def test_respelled(later, earlier, expected):
    assert respelled(later, earlier) is expected


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def persons(record: dict) -> dict[str, str]:
    """Each PERSON mention's text -> the name the record gives it."""
    return {e["text"]: e["name"] for e in record["entities"] if e["label"] == "PERSON"}


def test_a_respelled_minister_is_the_minister(pipe):
    text = ("Interior Minister Katarina Novakova said on Monday that the northern border crossing "
            "would reopen next week.\n\nTruck drivers had waited for days in the cold. Katarina "
            "Nowakova told reporters that the decision was final.")
    record = newsdesk.analyze_text(text, pipeline=pipe, title="Border", published="2024-05-06")
    assert persons(record)["Katarina Nowakova"] == "Katarina Novakova"
    codes = {e["text"]: (e.get("actor") or {}).get("code") for e in record["entities"]}
    assert codes["Katarina Nowakova"] == codes["Katarina Novakova"] == "GOV"
    assert {(q["source"] or {}).get("name") for q in record["quotes"]} == {"Katarina Novakova"}


def test_a_respelled_surname_alone_is_the_person_named_before(pipe):
    text = ("Opposition leader Tomas Rybarczyk accused the government of hiding the cost of the "
            "bridge.\n\nThe finance ministry rejected the claim. Rybarczik said he would ask "
            "parliament for an inquiry.")
    record = newsdesk.analyze_text(text, pipeline=pipe, title="Bridge", published="2024-05-06")
    assert persons(record)["Rybarczik"] == "Tomas Rybarczyk"
    assert [(q["source"] or {}).get("name") for q in record["quotes"]] == ["Tomas Rybarczyk"]


def test_relatives_a_letter_apart_stay_two_people(pipe):
    text = ("Mark Kelly and his sister Mary Kelly opened a bakery in Leeds on Saturday.\n\n"
            "Mary Kelly said the shop had been their mother's dream.")
    record = newsdesk.analyze_text(text, pipeline=pipe, title="Bakery", published="2024-05-06")
    names = persons(record)
    assert names["Mark Kelly"] == "Mark Kelly" and names["Mary Kelly"] == "Mary Kelly"


def test_the_store_holds_one_entity_name_for_both_spellings(pipe, tmp_path):
    text = ("Fisheries commissioner Ingrid Halvorsen said the cod quota would be cut by a fifth "
            "next year.\n\nBoat owners in Tromso protested outside the town hall. Halvorson "
            "said the cut was needed to save the stock.")
    record = newsdesk.analyze_text(text, pipeline=pipe, title="Quota", published="2024-05-06")
    with Store(tmp_path / "s.duckdb") as store:
        store.write_record(record)
        names = {r["name"] for r in store.query(
            "SELECT name FROM entities WHERE label = 'PERSON'")}
        speakers = {q["speaker"] for q in queries.list_quotes(store)}
    assert names == {"Ingrid Halvorsen"}
    assert speakers == {"Ingrid Halvorsen"}
