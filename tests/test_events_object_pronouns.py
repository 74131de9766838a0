"""An object pronoun is never its own clause's subject (a reflexive would say "itself"): it
stands for the party its sentence names nearest before it that is not that subject
(phrase_actors._other_party_before). And the one accused is the doer of the act imputed,
a pronoun too (arguments._prevented_doer). Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def country(actor) -> str:
    return (actor or {}).get("country") or ""


@pytest.mark.parametrize("text, root, source, target", [
    ("ABU DHABI - The Emirates recalled their envoy from Iran, accusing it of arming the rebels.",
     "11", "ARE", "IRN"),
    ("BRUSSELS - The EU criticised Poland and threatened it with fines.", "13", "IGO", "POL"),
    ("TOKYO - Japan protested to China and urged it to release the crew.", "02", "JPN", "CHN"),
])
def test_an_object_pronoun_stands_for_the_other_party_named_before_it(pipe, text, root,
                                                                       source, target):
    evs = [e for e in events_of(pipe, text) if e.cameo.startswith(root)]
    assert evs, [(e.cameo, e.source_actor, e.target_actor) for e in events_of(pipe, text)]
    assert (country(evs[0].source_actor), country(evs[0].target_actor)) == (source, target)


def test_the_one_accused_named_by_a_pronoun_does_the_act_imputed(pipe):
    text = "ABU DHABI - The Emirates recalled their envoy from Iran, accusing it of arming the rebels."
    imputed = [e for e in events_of(pipe, text) if e.modality == "hedged"]
    assert imputed and all(country(e.source_actor) == "IRN" for e in imputed), \
        [(e.cameo, e.source_actor, e.modality) for e in events_of(pipe, text)]


def test_a_pronoun_with_no_other_party_in_its_sentence_is_the_act_told_before(pipe):
    evs = [e for e in events_of(pipe, "Iraq shelled the border town on Monday. Syria "
                                      "condemned it on Tuesday.") if e.cameo.startswith("11")]
    assert evs and country(evs[0].target_actor) == "IRQ"
