"""Recall on real news (issue 19): a nominal event whose doer and counterpart are both named in
its own noun phrase ("Japanese tariffs on Korean steel", "Egypt's sanctions against Libya") is
coded even when no light verb carries the noun; one that names only a place ("the Nice
attack") or nobody ("the attack") is not. Sentences written for these tests."""
from __future__ import annotations

import pytest

from newsdesk.model import Document, Meta
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def events_of(pipe, text: str):
    doc = pipe.run(Document(text=text, meta=Meta(published="2024-05-10")))
    return [(e.cameo, (e.source_actor or {}).get("code") or "",
             (e.target_actor or {}).get("code") or "") for e in doc.events]


def countries(event) -> tuple[str, str, str]:
    code, source, target = event
    return code[:2], source[:3], target[:3]


@pytest.mark.parametrize("text, want", [
    ("Steel prices climbed after Japanese tariffs on Korean steel took effect in May.",
     ("16", "JPN", "KOR")),
    ("Exporters blamed Brazil's tariffs against Argentine beef for the slump.",
     ("16", "BRA", "ARG")),
    ("Fishermen fled the coast as Israeli airstrikes on Lebanon continued overnight.",
     ("19", "ISR", "LBN")),
])
def test_a_nominal_event_with_both_sides_in_its_phrase_is_coded(pipe, text, want):
    assert want in [countries(e) for e in events_of(pipe, text)]


@pytest.mark.parametrize("text", [
    "A comedian drew complaints after a joke about the Nice attack.",
    "Markets fell sharply after the attack on Monday.",
    "Analysts said Japanese tariffs would hurt exporters.",  # no counterpart named
])
def test_a_nominal_event_without_both_sides_is_not_coded_from_the_noun(pipe, text):
    assert not [e for e in events_of(pipe, text) if e[0][:2] in ("16", "18", "19")]


@pytest.mark.parametrize("text, want", [
    ("Kenyan police ordered the detention of three Somali journalists on Tuesday.",
     ("17", "KEN", "SOM")),
    ("Egyptian troops carried out the abduction of two Libyan officials near the border.",
     ("18", "EGY", "LBY")),
])
def test_nominal_forms_of_cameo_verbs_are_triggers(pipe, text, want):
    assert want in [countries(e) for e in events_of(pipe, text)]
