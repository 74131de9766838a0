"""Responses to an act told in the same sentence: "X did Y, a move Z condemned" falls on X.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from newsdesk.model import Document, Meta
from newsdesk.pipeline import Pipeline

from helpers.events import events_of as coded


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def events_of(pipe, text: str):
    return [(e.cameo, (e.source_actor or {}).get("code") or "",
             (e.target_actor or {}).get("code") or "")
            for e in coded(pipe, text)]


@pytest.mark.parametrize("text, root, source, target", [
    ("Israel closed the Gaza crossings on Sunday, a step the United Nations criticized.",
     "11", "IGOUNO", "ISR"),
    ("Hungary blocked the aid package, a decision that Brussels condemned on Tuesday.",
     "11", "IGOEUR", "HUN"),
    ("Serbia recalled its envoy from Pristina, a move that Kosovo's government rejected.",
     "12", "XKX", "SRB"),
    ("Algeria shut its airspace to Moroccan planes, an action Rabat rejected.", "12", "MAR", "DZA"),
])
def test_a_response_to_the_summed_up_act_falls_on_its_doer(pipe, text, root, source, target):
    acts = [e for e in events_of(pipe, text) if e[0].startswith(root)]
    assert any(e[1].startswith(source) and e[2].startswith(target) for e in acts), \
        events_of(pipe, text)


@pytest.mark.parametrize("text, roots", [
    ("Armenia and Azerbaijan traded blame for the clashes on Monday.", ["11"]),
    ("Pakistan and India have exchanged recriminations over the attack.", ["11"]),
    ("Serbia and Kosovo exchanged accusations and threats on Tuesday.", ["11", "13"]),
    ("Ethiopia and Eritrea traded insults and barbs at the summit.", ["11"]),
])
def test_verbal_attacks_exchanged_go_each_way(pipe, text, roots):
    events = events_of(pipe, text)
    for root in roots:
        dyads = {(e[1][:3], e[2][:3]) for e in events if e[0].startswith(root)}
        assert len(dyads) == 2 and {a for a, _ in dyads} == {b for _, b in dyads}, events


@pytest.mark.parametrize("text, root, pair", [
    ("Erdogan said on Friday that he respects Assad. Any thaw between the two leaders, who "
     "have traded insults for years, would surprise diplomats.", "11", {"TUR", "SYR"}),
    ("India's prime minister said he spoke with Pakistan's leader about the floods. A meeting of the two leaders, who have "
     "exchanged accusations over Kashmir, could follow.", "11", {"IND", "PAK"}),
])
def test_a_pair_noun_may_be_a_speaker_of_an_earlier_sentence(pipe, text, root, pair):
    """The relative clause set off by commas asserts its own act, whatever the clause around
    it supposes; "the two leaders" are the two named before, the one who spoke included."""
    acts = [e for e in events_of(pipe, text) if e[0].startswith(root)]
    assert {(e[1][:3], e[2][:3]) for e in acts} == {tuple(pair), tuple(pair)[::-1]}, acts


def test_a_restrictive_relative_clause_keeps_its_nouns_supposition(pipe):
    doc = pipe.run(Document(text="Any militia that attacks Israeli troops would face "
                                 "retaliation, the army said.",
                            meta=Meta(published="2024-05-10")))
    acts = [e for e in doc.events if e.cameo[:2] in ("18", "19")]
    assert acts and all(e.modality != "asserted" for e in acts), [(e.cameo, e.modality)
                                                                   for e in doc.events]


@pytest.mark.parametrize("text", [
    "India and Pakistan exchanged accusations over Kashmir.",
    "Sudan and South Sudan traded blame over Abyei on Sunday.",
])
def test_the_topic_of_a_quarrel_is_no_party(pipe, text):
    acts = [e for e in events_of(pipe, text) if e[0].startswith("11")]
    assert len(acts) == 2 and all(e[1][:3] != e[2][:3] for e in acts), acts


@pytest.mark.parametrize("text, code, target", [
    ("The junta dismissed ECOWAS's demands for a return to civilian rule.", "124", "IGOWAS"),
    ("Moscow dismissed Kyiv's peace proposal.", "127", "UKR"),
    ("Beijing dismissed Canberra's concerns about the base.", "120", "AUS"),
])
def test_dismissing_what_another_asked_or_said_is_a_rejection(pipe, text, code, target):
    assert any(e[0] == code and e[2].startswith(target) for e in events_of(pipe, text)), \
        events_of(pipe, text)


def test_dismissing_an_official_is_no_rejection(pipe):
    assert not [e for e in events_of(pipe, "The president dismissed the army chief on Monday.")
                if e[0].startswith("12")]


@pytest.mark.parametrize("text, victim", [
    ("Turkey suffered two major bombing attacks last year.", "TUR"),
    ("Somalia suffered a deadly suicide bombing on Saturday.", "SOM"),
    ("Nigeria endured fresh attacks in its north on Sunday.", "NGA"),
])
def test_violence_a_state_suffered_is_an_attack_on_it(pipe, text, victim):
    """No giver is needed for violence: its doers are unidentified attackers of the place
    (here: of the state that suffered it)."""
    acts = [e for e in events_of(pipe, text) if e[0][:2] in ("18", "19")]
    assert any(e[2].startswith(victim) and e[1].startswith(victim) for e in acts), \
        events_of(pipe, text)


@pytest.mark.parametrize("text, victims", [
    ("A suicide bomber blew himself up in central Kabul on Monday, killing eight people, six "
     "of whom were Chinese engineers.", "CHN"),
    ("Gunmen opened fire in a crowded market in Mogadishu, killing 14 people, most of them "
     "Turkish contractors.", "TUR"),
    ("A car bomb exploded outside a cafe in Baghdad, killing nine people, including four "
     "Iranian pilgrims.", "IRN"),
])
def test_victims_whose_phrase_names_their_nationality_are_of_it(pipe, text, victims):
    """... not of the place, and the act stays one event (not one per verb of harm)."""
    acts = [e for e in events_of(pipe, text) if e[0][:2] in ("18", "19")]
    assert len(acts) == 1 and acts[0][2] == victims + "CVL", acts


def test_victims_named_by_place_stay_of_the_place(pipe):
    acts = [e for e in events_of(pipe, "A bomb exploded in a market in Kabul on Monday, "
                                       "killing 12 people and wounding 30 others.")
            if e[0][:2] in ("18", "19")]
    assert len(acts) == 1 and acts[0][2] == "AFGCVL", acts
