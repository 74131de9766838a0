"""A tariff by its other names: import taxes, import/customs/anti-dumping/retaliatory
duties are a reduction of relations (CAMEO 163) as "tariffs" are; a tax or a duty of another
kind is not. "taxes" is read "taxis" by the lemmatizer: a plural noun whose lemma the lexicon
does not know takes the singular its form allows (events/lemmas.py). Sentences written for
these tests (none from the gold data); the whole pipeline runs."""
from __future__ import annotations

import pytest

from helpers.events import check_act, code, events_of, find
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, source, target", [
    ("Canada imposed import taxes on American steel last week.", "CAN", "USA"),
    ("Turkey slapped retaliatory duties on American rice and cars.", "TUR", "USA"),
    ("The European Union imposed anti-dumping duties on Chinese solar panels.", "IGOEUR",
     "CHN"),
])
def test_other_names_of_a_tariff(pipe, text, source, target):
    check_act(pipe, text, "16", source, target)


@pytest.mark.parametrize("text", [
    "The government imposed new taxes on fuel to cut the deficit.",
    "The soldiers returned to duty after the holiday.",
])
def test_other_taxes_and_duties_are_no_tariff(pipe, text):
    events = events_of(pipe, text)
    assert not find(events, "16"), [(e.cameo, code(e.source_actor)) for e in events]
