"""One calendar date written in a sentence dates its undated acts when no act of the sentence
is dated by its own clause (discourse._date_of_the_sentence): "In 2019, the ELN's bombing of
a police academy ... led Duque to break off talks", "troops fought in the Galwan Valley in
June 2020, a clash that killed 20 soldiers" are of that date, and background when it is old.
A date of a noun's own ("over the 2013 attack") stays that act's, and one in a clause of
another time ("has sanctioned Russia since Russia invaded Ukraine in February 2022") that
clause's. Sentences written for these tests."""
from __future__ import annotations

import pytest

from newsdesk.model import Document, Meta
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def acts(pipe, text):
    doc = pipe.run(Document(text=text, meta=Meta(published="2025-06-10")))
    assert not doc.errors, doc.errors
    return [(e.cameo, (e.time or {}).get("date"), e.background) for e in doc.events]


@pytest.mark.parametrize("text, root, date", [
    ("Tensions rose sharply in May 2021 as Israeli police raided the Al-Aqsa compound and "
     "Hamas fired rockets at Jerusalem.", "19", "2021-05"),
    ("Armenian and Azerbaijani troops clashed near Tavush in September 2022, a flare-up that "
     "killed 200 soldiers.", "19", "2022-09"),
    ("The crisis deepened when Houthi rebels fired a missile at a Saudi airport on March 3, "
     "2021, a week after talks failed.", "19", "2021-03-03"),
])
def test_the_one_date_of_a_sentence_dates_its_past_acts(pipe, text, root, date):
    found = [a for a in acts(pipe, text) if a[0].startswith(root)]
    assert found and all(a[1] == date and a[2] for a in found), acts(pipe, text)


def test_a_nouns_own_date_does_not_date_the_sentence(pipe):
    found = [a for a in acts(pipe, "A Kenyan court sentenced two men over the 2013 attack on "
                                  "a Nairobi mall.") if a[0].startswith("11")]
    assert found and all(a[1] is None for a in found), found


def test_a_date_in_a_since_clause_does_not_date_the_main_clause(pipe):
    found = [a for a in acts(pipe, "Brussels has sanctioned Belarus repeatedly since Minsk "
                                  "forced down a Ryanair jet in May 2021.")
             if a[0].startswith("16")]
    assert found and all(a[1] is None for a in found), found
