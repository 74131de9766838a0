"""An act a doer backs down, refrains, abstains or shies away from ("backed down from
imposing tariffs", "refrained from striking") was not done: negated
(modality.REFRAINING_VERBS). An act done after retreating is still done. An act ruled out
was not done either; one "not ruled out" is possible (modality.ruled_out); an act a threat or
warning is "of" is only threatened (undone.threatened). Sentences written
for these tests."""
from __future__ import annotations

import pytest

from helpers.events import code, events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, root", [
    ("Brazil backed down from imposing tariffs on Argentine wheat.", "16"),
    ("Pakistan refrained from striking Indian positions along the border.", "19"),
    ("The Turkish army shied away from attacking Kurdish fighters in Manbij.", "19"),
])
def test_an_act_backed_away_from_is_not_done(pipe, text, root):
    evs = [e for e in events_of(pipe, text) if e.cameo.startswith(root)]
    assert evs, [(e.cameo, code(e.source_actor)) for e in events_of(pipe, text)]
    assert all(e.modality == "negated" for e in evs), [(e.cameo, e.modality) for e in evs]


def test_an_act_done_after_a_retreat_stays_done(pipe):
    evs = [e for e in events_of(pipe, "Russian forces retreated from Kherson after shelling "
                                       "the city for days.") if e.cameo.startswith("19")]
    assert evs and all(e.modality == "asserted" for e in evs), evs


@pytest.mark.parametrize("text, root, modality", [
    ("France ruled out sanctions on Algeria after the row.", "16", "negated"),
    ("Seoul has not ruled out a strike on the North's launch sites.", "19", "hypothetical"),
    ("Kenya did not rule out sending troops into Somalia.", "", None),
])
def test_an_act_ruled_out_is_not_done_and_one_not_ruled_out_is_possible(pipe, text, root,
                                                                         modality):
    evs = events_of(pipe, text)
    assert not [e for e in evs if e.cameo.startswith("116")], evs  # no ruling
    if root:
        found = [e for e in evs if e.cameo.startswith(root)]
        assert found and found[0].modality == modality, [(e.cameo, e.modality) for e in evs]


@pytest.mark.parametrize("text, force", [
    ("The Nigerian president responded to the attack, saying the killers would be caught.",
     False),
    ("The Israeli army responded to the rocket fire with air strikes on Gaza.", True),
    ("Egypt said it would respond to any attack on its soldiers.", False),
])
def test_a_response_in_words_is_no_force(pipe, text, force):
    evs = [e for e in events_of(pipe, text) if e.cameo.startswith("19")]
    assert bool(evs) == force, [(e.cameo, code(e.source_actor)) for e in events_of(pipe, text)]


@pytest.mark.parametrize("text, threat_root, source", [
    ("Iran's threats of missile strikes against Saudi oil fields alarmed traders.", "13", "IRN"),
    ("The Houthis renewed their threats of attacks on ships in the Red Sea.", "", None),
    ("Beijing's warning of retaliatory tariffs on Australian wine came on Monday.", "", None),
])
def test_an_act_only_threatened_is_no_act(pipe, text, threat_root, source):
    evs = events_of(pipe, text)
    assert not [e for e in evs if e.cameo[:2] in ("16", "18", "19")], \
        [(e.cameo, code(e.source_actor)) for e in evs]
    if threat_root:
        threats = [e for e in evs if e.cameo.startswith(threat_root)]
        assert threats and code(threats[0].source_actor).startswith(source), evs
