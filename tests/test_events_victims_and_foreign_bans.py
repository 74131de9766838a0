"""Who is hurt and who is sanctioned (session 31; dev articles' misses, sentences written for
these tests):

- a subject that is the violence itself names its doer in its "by" phrase ("Attacks by
  Boko Haram fighters killed 30 villagers": the fighters, arguments._violence_by);
- a body named by its sector alone, acted on in a place, is of that place ("killed nine
  soldiers in Chad": TCDMIL, not the Chadian civilians, events/actors.py);
- killing people who do not fight is an assault (18), whoever kills (the guidelines' "18
  assault (kill ...)"; fighting between armed sides stays 19, actor_rules.KILL_VERBS);
- a ban one state imposes on another state's people is a sanction (163), not an
  administrative sanction at home (172; actor_rules._foreign);
- an article about a domestic conflict does not lend a foreign commentator as the target of
  every open act (discourse._partner)."""
from __future__ import annotations

import pytest

from helpers.events import code, events_of, find
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, doer", [
    ("Attacks by Boko Haram fighters killed 30 villagers in Borno state on Saturday.", "NGA"),
    ("A series of raids by Russian troops killed four farmers near Kupiansk.", "RUS"),
])
def test_the_by_phrase_of_violence_as_subject_is_its_doer(pipe, text, doer):
    evs = [e for e in events_of(pipe, text) if e.cameo[:2] in ("18", "19")]
    assert evs, [(e.cameo, code(e.source_actor)) for e in events_of(pipe, text)]
    assert (evs[0].source_actor or {}).get("country") == doer, evs[0].source_actor
    assert (evs[0].target_actor or {}).get("sector") in ("CVL", "AGR"), evs[0].target_actor


@pytest.mark.parametrize("text, target", [
    ("Militants killed nine soldiers in Chad on Tuesday.", "TCDMIL"),
    ("Gunmen wounded four police officers in northern Kenya.", "KENCOP"),
])
def test_a_sector_body_acted_on_in_a_place_is_of_that_place(pipe, text, target):
    evs = [e for e in events_of(pipe, text) if e.cameo[:2] in ("18", "19")]
    assert evs and code(evs[0].target_actor) == target, \
        [(e.cameo, code(e.source_actor), code(e.target_actor)) for e in evs]


@pytest.mark.parametrize("text", [
    "Sudanese soldiers killed dozens of civilians in a village near El Fasher.",
    "Myanmar troops murdered 14 villagers during a raid in Sagaing.",
])
def test_soldiers_killing_civilians_is_an_assault(pipe, text):
    evs = [e for e in events_of(pipe, text) if e.cameo[:2] in ("18", "19")]
    assert evs and evs[0].cameo[:2] == "18", [(e.cameo, code(e.target_actor)) for e in evs]


def test_soldiers_killing_fighters_stays_fighting(pipe):
    evs = [e for e in events_of(pipe, "Nigerian troops killed 20 Boko Haram fighters.")
           if e.cameo[:2] in ("18", "19")]
    assert evs and evs[0].cameo[:2] == "19"


@pytest.mark.parametrize("text, source, target", [
    ("Lithuania imposed travel bans on three Belarusian judges on Monday.", "LTU", "BLR"),
    ("Poland imposed an entry ban on two Russian journalists last week.", "POL", "RUS"),
])
def test_a_ban_on_another_states_people_is_a_sanction(pipe, text, source, target):
    evs = find(events_of(pipe, text), "16")
    assert evs, [(e.cameo, code(e.source_actor)) for e in events_of(pipe, text)]
    assert code(evs[0].source_actor).startswith(source)
    assert (evs[0].target_actor or {}).get("country") == target


def test_a_ban_at_home_stays_an_administrative_sanction(pipe):
    evs = events_of(pipe, "The Belarusian government imposed a ban on opposition rallies.")
    assert find(evs, "172"), [(e.cameo, code(e.source_actor)) for e in evs]


DOMESTIC = (
    "Peruvian troops clashed with Shining Path rebels in the VRAEM valley on Monday. "
    "The rebels ambushed an army patrol on Sunday. "
    "The government deployed 2,000 police officers to the valley. "
    "The United States condemned the ambush and said it supported the government's "
    "response. Washington also praised the Peruvian army. "
    "The rebels said they were ready to negotiate.")


def test_a_domestic_conflict_lends_no_foreign_commentator_as_target(pipe):
    evs = events_of(pipe, DOMESTIC)
    ready = [e for e in evs if "ready" in e.evidence.get("text", "") or
             e.evidence.get("text", "").startswith("negotiate")]
    deployed = [e for e in evs if e.evidence.get("text", "").startswith("deployed")]
    assert ready or deployed, [(e.cameo, e.evidence.get("text")) for e in evs]
    for e in ready + deployed:
        assert (e.target_actor or {}).get("country") != "USA", (e.cameo, e.target_actor)
