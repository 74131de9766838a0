"""An armed group named by what it is ("Islamist militants", "a jihadist group") and said to be
behind or responsible for an act told before is that act's doer, of the country the act was
done in (a non-state armed group is coded by where it acts, realnews/GUIDELINES.md):
events/anaphora._blamed and _where_done. Sentences written for these tests (none from the gold
data); the whole pipeline runs."""
from __future__ import annotations

import pytest

from helpers.events import code, events_of
from newsdesk.pipeline import Pipeline


VIOLENCE = ("18", "19")


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, doer", [
    ("Gunmen raided an army post in eastern Burkina Faso on Monday. The government said "
     "jihadist fighters were behind the raid.", "BFAREB"),
    ("Unknown assailants attacked a bus in northern Nigeria on Friday. The governor said "
     "Islamist insurgents were responsible for the attack.", "NGAREB"),
])
def test_a_blamed_armed_group_is_the_doer_where_the_act_was_done(pipe, text, doer):
    events = [e for e in events_of(pipe, text) if e.cameo[:2] in VIOLENCE]
    assert len(events) == 2, [(e.cameo, code(e.source_actor)) for e in events_of(pipe, text)]
    assert code(events[-1].source_actor) == doer, events[-1].source_actor


def test_a_blamed_state_keeps_its_own_country(pipe):
    events = [e for e in events_of(pipe, "A drone hit a fuel depot in Iraq on Friday. US officials "
                                         "said Iran was behind the attack.")
              if e.cameo[:2] in VIOLENCE]
    assert events and code(events[-1].source_actor).startswith("IRN"), events
