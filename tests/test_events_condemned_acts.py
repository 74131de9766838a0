"""A condemnation of an act the article told before falls on that act's doers
(anaphora.condemned_doers): each of them when several did it together ("U.S. and British
warplanes struck ... Iran condemned the strikes"), and a state named in what the act is called
("as a violation of Yemen's sovereignty") is whose sovereignty, not the target. Session 38,
from a dev38 article's kind; articles written for this test."""
from __future__ import annotations

import pytest

from helpers.events import code, events_of, find
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, condemner, doers", [
    ("French and German jets bombed rebel bases in northern Mali on Monday. Algeria condemned "
     "the raids as a violation of Mali's sovereignty.", "DZA", {"FRA", "DEU"}),
    ("Israeli jets bombed a depot near Damascus overnight. Russia's foreign ministry condemned "
     "the strike as an attack on Syria's sovereignty.", "RUS", {"ISR"}),
])
def test_a_condemned_act_falls_on_each_of_its_doers(pipe, text, condemner, doers):
    got = [e for e in find(events_of(pipe, text), "11")
           if code(e.source_actor).startswith(condemner)]
    assert {code(e.target_actor)[:3] for e in got} == doers, \
        [(code(e.source_actor), code(e.target_actor)) for e in got]
