"""A generic role word ("leaders", "chief", "head") after a word of a sector outside the
state takes that sector: whom the role leads, not the government (actors/phrase.py _sector).
Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import code, events_of, find
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, target", [
    ("The Ghanaian president met business leaders in Accra on Monday.", "GHABUS"),
    ("Spain's labour minister met union leaders in Madrid on Thursday.", "ESPLAB"),
    ("The Egyptian president met religious leaders in Cairo on Sunday.", "EGYREL"),
    ("The Indonesian president met school heads in Jakarta on Friday.", "IDNEDU"),
    # the role alone, or after a country, is the state's
    ("The Ghanaian president met Nigerian leaders in Accra on Monday.", "NGAGOV"),
    ("The Egyptian president met the Saudi press secretary in Cairo on Sunday.", "SAUGOV"),
])
def test_a_role_after_a_sector_word_leads_that_sector(pipe, text, target):
    evs = find(events_of(pipe, text), "04")
    assert evs and code(evs[0].target_actor) == target, [(e.cameo, e.target_actor) for e in evs]


# Leaders of people, not of a state (session 37, found by probing: "Protest leaders, who asked
# not to be named, said ..." was a government speaking): protest, community, tribal, clan and
# village leaders are civilians (institutions.tsv).
@pytest.mark.parametrize("text, target", [
    ("The Nigerian president met community leaders in Kano on Monday.", "NGACVL"),
    ("The Iraqi prime minister met tribal leaders in Anbar on Sunday.", "IRQCVL"),
    ("Serbia's president met protest leaders in Belgrade on Friday.", "SRBCVL"),
])
def test_leaders_of_people_are_civilians(pipe, text, target):
    evs = find(events_of(pipe, text), "04")
    assert evs and code(evs[0].target_actor) == target, [(e.cameo, e.target_actor) for e in evs]
