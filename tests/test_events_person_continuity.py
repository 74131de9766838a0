"""Issue 19, event actors on real articles: a person no table knows keeps one state through
an article (stages/actors/counterparts.py, entities._fill_countries).

- "X and his Australian counterpart, Y": the state named on "counterpart" is Y's side, so X
  (and the body of X's title) is not of it; X is of the state the sentences before are about.
- A later mention of the name ("Kilala rejected the offer") is the same person, whatever
  state the sentence before it has as its subject.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of
from newsdesk.model import Document, Meta
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def people(pipe, text):
    doc = pipe.run(Document(text=text, meta=Meta(published="2024-05-10")))
    return doc, [(doc.text[e.start:e.end], (e.actor or {}).get("country"))
                 for e in doc.entities if e.label == "PERSON"]


COUNTERPARTS = [
    ("SUVA — Fiji and New Zealand signed a fisheries accord on Monday. Prime Minister Ratu "
     "Kelevi Tanoa and his New Zealand counterpart, Christopher Luxon, signed the accord in "
     "Wellington.", "Ratu Kelevi Tanoa", "FJI"),
    ("Vanuatu and Australia agreed on a police training plan on Friday. Defence Minister Joel "
     "Timakata and his Australian counterpart, Richard Marles, signed it in Canberra.",
     "Joel Timakata", "VUT"),
]


@pytest.mark.parametrize("text, name, country", COUNTERPARTS)
def test_who_has_a_counterpart_is_not_of_the_counterparts_state(pipe, text, name, country):
    _, found = people(pipe, text)
    assert (name, country) in found, found


@pytest.mark.parametrize("text, name, country", COUNTERPARTS)
def test_the_signing_is_done_by_the_home_state(pipe, text, name, country):
    signed = [e for e in events_of(pipe, text) if e.cameo.startswith("057")
              and (e.source_actor or {}).get("text", "").startswith(name.split()[0])]
    assert signed and all((e.source_actor or {}).get("country") == country for e in signed), \
        [(e.cameo, e.source_actor, e.target_actor) for e in events_of(pipe, text)]


LATER = [
    ("Prime Minister Jonah Kilala opened a new hospital in Fiji on Monday. Beijing offered "
     "Suva a loan for a second one, Chinese officials said. Kilala rejected the offer.",
     "Kilala", "FJI", "125"),
    ("Vanuatu and Australia agreed on a police training plan on Friday. Defence Minister Joel "
     "Timakata and his Australian counterpart, Richard Marles, signed it in Canberra. China "
     "has offered Vanuatu patrol boats. Timakata declined that offer.", "Timakata", "VUT",
     "125"),
]


@pytest.mark.parametrize("text, name, country, root", LATER)
def test_a_later_mention_keeps_the_first_mentions_state(pipe, text, name, country, root):
    events = events_of(pipe, text)
    later = [e for e in events if e.cameo.startswith(root)]
    assert later and all((e.source_actor or {}).get("country") == country for e in later), \
        [(e.cameo, e.source_actor) for e in events]
