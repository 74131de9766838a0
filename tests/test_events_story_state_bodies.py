"""Issue 19, event actors on real articles: a bare state body ("the government", "the
authorities") in a story about one state is not of another state whose word only names a
thing it gives or wants in the sentence before ("Japanese aid will arrive", "Brazil's
support has weakened"): that state is talked about, nobody of it acts
(actors/context.on_a_thing, used by countries_near, previous_subject_country and
events/state_bodies.subject_state). Articles written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, root, doer", [
    ("PORT VILA — Floods have destroyed hundreds of homes in northern Vanuatu, officials said "
     "on Monday. Vanuatu's parliament met to discuss relief, and the Vanuatu Red Cross sent "
     "volunteers to the islands. Japanese aid will arrive next month, but it will not be "
     "enough. The government declared a state of emergency on Friday.", "172", "VUT"),
    ("LA PAZ — Protests over fuel prices spread across Bolivia on Monday. Bolivian unions "
     "called a general strike, and Bolivia's congress postponed a vote. Brazil's support for "
     "the fuel plan has weakened this year. The authorities arrested dozens of protesters in "
     "the capital.", "173", "BOL"),
])
def test_a_bare_body_is_of_the_storys_state(pipe, text, root, doer):
    events = events_of(pipe, text)
    found = [e for e in events if e.cameo.startswith(root)]
    assert found and all((e.source_actor or {}).get("country") == doer for e in found), \
        [(e.cameo, e.source_actor) for e in events]


def test_a_states_force_still_lends_its_state():
    """ "Chinese troops" act: a later bare "the army" may still be theirs (not a thing)."""
    from newsdesk.model import Document, Meta
    from newsdesk.stages.actors import on_a_thing
    doc = Pipeline().run(Document(text="Chinese troops crossed the line. Chinese support grew.",
                                  meta=Meta(published="2024-05-10")))
    flags = [on_a_thing(doc, e) for e in doc.entities if e.label == "NORP"]
    assert flags == [False, True], flags
