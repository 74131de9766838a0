"""Five classes found by probing with newly written wire copy (session 37); sentences written
for these tests, none the probe's own:

- a word after "after / following / since / amid" is no cue of the trigger ("suspended
  peace talks after the attack" halts talks, 164, not an attack, 087: coding.time_phrase);
- people "detained / arrested" told by a participle were seized by the state where it
  happened, as with a passive (build.py; was an arrest with no doer);
- the date of such a participle ("journalists arrested last month") is the arrest's, not
  the main act's (discourse._share_time);
- an act one is "considering / weighing / mulling" is hypothetical, not done (modality);
- a reason after "over" ("over the war in Gaza", "over its nuclear programme") and the
  places in it are no one the act is done to (targets.reason_over).
"""
from __future__ import annotations

import pytest

from helpers.events import code, events_of, find
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, root", [
    ("Mali's junta suspended negotiations with the Tuareg rebels after the attack.", "164"),
    ("Kenya halted aid to the region following the fighting.", "162"),
])
def test_an_act_in_a_time_phrase_cues_nothing(pipe, text, root):
    evs = events_of(pipe, text)
    assert find(evs, root), [(e.cameo, e.evidence["text"]) for e in evs]


@pytest.mark.parametrize("text, state", [
    ("The new government pardoned dozens of activists detained during the unrest in Tunisia.",
     "TUN"),
    ("Lawyers for three Georgian activists arrested in Tbilisi appealed the verdict.", "GEO"),
])
def test_people_seized_in_a_participle_were_seized_by_the_state(pipe, text, state):
    seized = find(events_of(pipe, text), "17")
    assert seized, [(e.cameo, e.evidence["text"]) for e in events_of(pipe, text)]
    assert (seized[0].source_actor or {}).get("country") == state, code(seized[0].source_actor)


def test_a_participle_date_is_not_the_main_acts(pipe):
    evs = events_of(pipe, "An Egyptian court released four students arrested in Cairo last "
                          "month.", published="2024-05-10")
    released = find(evs, "084")
    assert released and not (released[0].time or {}).get("text"), released
    assert not released[0].background


@pytest.mark.parametrize("text", [
    "Colombia is considering expelling the Israeli ambassador.",
    "Tokyo is weighing imposing tariffs on Chinese steel.",
    "Warsaw is mulling closing its border with Belarus.",
])
def test_a_weighed_act_is_hypothetical(pipe, text):
    acts = [e for e in events_of(pipe, text) if not e.cameo.startswith("01")]
    assert acts, text
    assert all(e.modality == "hypothetical" for e in acts), [(e.cameo, e.modality) for e in acts]


@pytest.mark.parametrize("text, not_target", [
    ("Belgium summoned the Israeli envoy and said it was weighing cutting ties over the "
     "blockade of Gaza.", "PSE"),
    ("Bolivia broke off relations with Israel over the war in Gaza.", "PSE"),
])
def test_a_reason_is_no_target(pipe, text, not_target):
    evs = [e for e in events_of(pipe, text) if e.cameo.startswith("16")]
    assert evs, [(e.cameo, e.evidence["text"]) for e in events_of(pipe, text)]
    assert all((e.target_actor or {}).get("country") != not_target for e in evs), \
        [(e.cameo, code(e.target_actor)) for e in evs]


# (session 37, from the dev37 articles' kinds) whom an act is for is no one it is done to:
# "in support of", "in solidarity with", "on behalf of" (targets.behalf_phrase).
@pytest.mark.parametrize("text, not_target", [
    ("Hezbollah began firing rockets in support of its ally Hamas.", "PSE"),
    ("Tens of thousands marched in Madrid in solidarity with Ukraine.", "UKR"),
])
def test_whom_the_act_is_for_is_no_target(pipe, text, not_target):
    evs = [e for e in events_of(pipe, text) if e.cameo[:2] in ("14", "18", "19")]
    assert evs, [(e.cameo, e.evidence["text"]) for e in events_of(pipe, text)]
    assert all((e.target_actor or {}).get("country") != not_target for e in evs), \
        [(e.cameo, code(e.target_actor)) for e in evs]


# "warned Iran that they would reimpose U.N. sanctions": the one warned is the target, not
# whose the sanctions are (build._warned_one).
def test_the_one_warned_is_the_threats_target(pipe):
    evs = find(events_of(pipe, "The United States warned Russia on Monday that it would "
                               "impose new sanctions on its banks."), "13")
    assert evs and all(code(e.target_actor).startswith("RUS") for e in evs), \
        [(e.cameo, code(e.target_actor)) for e in evs]
