"""A doer named by its sector alone ("gang members", "gunmen") takes the country of the
place where its clause happens (implied.locate): a place after a preposition of place, or
the place it acts on ("stormed the Haitian town of Mirebalais": a nationality word makes a
place noun that state's), not a body or an act an adjunct names ("in the latest blow to a
Kenya-led force", "in a setback for the French-backed government"). Sentences written for
these tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, doer", [
    ("Gang members stormed the Haitian town of Saut-d'Eau on Sunday, in the latest blow to a "
     "Kenya-led police mission.", "HTI"),
    ("Gunmen attacked a Nigerian village in Zamfara overnight, in a fresh setback for a "
     "British-funded security programme.", "NGA"),
    ("Militants raided a Malian border town on Friday, in a blow to a Russian-backed "
     "junta offensive.", "MLI"),
])
def test_a_sector_doer_is_of_the_place_it_acts_on(pipe, text, doer):
    force = [e for e in events_of(pipe, text) if e.cameo[:2] in ("17", "18", "19")]
    assert force and (force[0].source_actor or {}).get("country") == doer, \
        [(e.cameo, e.source_actor) for e in events_of(pipe, text)]
