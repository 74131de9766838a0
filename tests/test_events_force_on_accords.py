"""A verb of force whose object is an accord, a deal or a ruling is a metaphor, no assault
(issue 19, real news): "lawmakers attacked the deal", "Republicans attacked the nuclear deal
with Iran". Force on people, places and vehicles stays an assault. Sentences written for
these tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def force(events):
    # (protesters' force is a riot, CAMEO 145 "protest violently": still force, no metaphor)
    return [e for e in events if e.cameo[:2] in ("18", "19", "20") or e.cameo.startswith("145")]


@pytest.mark.parametrize("text", [
    "Lawmakers attacked the deal that freed three Americans.",
    "The senator attacked the agreement with Iran.",
    "Republicans attacked the nuclear deal with Iran.",
    "Polish farmers' unions attacked the trade pact with Ukraine.",
    "Hardliners in Tehran attacked the accord with Washington.",
    "The opposition leader attacked the court's ruling on the election.",
    "Nationalists attacked the treaty with Serbia.",
])
def test_force_on_an_accord_or_ruling_is_no_assault(pipe, text):
    assert not force(events_of(pipe, text))


@pytest.mark.parametrize("text", [
    "Rebels attacked the convoy near Goma.",
    "Protesters attacked the embassy in Tehran.",
    "Gunmen attacked a police station in Balochistan.",
])
def test_force_on_people_places_and_vehicles_stays(pipe, text):
    assert force(events_of(pipe, text))


# Violating a ceasefire (CAMEO 196) is done to an accord by its own definition.
@pytest.mark.parametrize("text", [
    "Both the army and the rebels are guilty of violating the ceasefire agreement signed in "
    "March.",
    "Russian forces violated the truce agreement overnight, Ukraine said.",
])
def test_violating_a_ceasefire_agreement_stays(pipe, text):
    assert [e for e in events_of(pipe, text) if e.cameo == "196"]
