"""What the events stage keeps in a sentence the voice stage calls the writer's opinion
(clauses._reported_in_opinion): a report of an act (a doer of a known country, told in the
past) and acts whose modality already says they did not happen; not a present-tense verdict.
The time an act is told in (clauses._told_tense) reads participles without an auxiliary as
told in the time of the verb they hang on."""
from __future__ import annotations

import pytest

from newsdesk import nlp
from newsdesk.model import Event
from newsdesk.stages.events.clauses import _reported_in_opinion, _told_tense


def _token(text: str, word: str):
    return next(t for t in nlp.parse(text) if t.text == word)


@pytest.mark.parametrize("text, word", [
    ("The army stormed the camp, arresting 40 fighters and seizing their rifles.", "arresting"),
    ("The army stormed the camp, arresting 40 fighters and seizing their rifles.", "seizing"),
    ("Police raided the offices on Monday, detaining two editors.", "detaining"),
    ("The coast guard intercepted a smuggling boat, detaining 14 crew members.", "detaining"),
    # a participle read as the clause's subject, or hung on its subject noun
    ("Coast guard boats patrolling the strait yesterday intercepted a smuggling vessel.",
     "patrolling"),
    ("The Turkish army shelling the villages on Sunday killed six civilians.", "shelling"),
    ("Police raiding the compound at dawn detained twelve suspects.", "raiding"),
])
def test_a_participle_adjunct_is_told_in_its_verbs_time(text, word):
    assert _told_tense(_token(text, word)) == "past"


@pytest.mark.parametrize("text, word", [
    ("Moscow is helping Tehran evade sanctions.", "helping"),
    ("Beijing keeps arming the junta, betraying its neighbours.", "betraying"),
    ("Diplomats watching the talks say Ankara is stalling.", "watching"),
])
def test_a_verdict_in_the_present_stays_present(text, word):
    assert _told_tense(_token(text, word)) == "present"


def _event(modality: str, source: dict | None, target: dict | None) -> Event:
    return Event(id="e", cameo="163", cameo_name="", quad_class=4, goldstein=-8.0, plover={},
                 source_actor=source, target_actor=target, modality=modality, time=None,
                 background=False, attributed_to=None, sentence=0, evidence={}, confidence=1.0)


PERU = {"code": "PER", "country": "PER"}
CHILE = {"code": "CHL", "country": "CHL"}


def test_an_act_that_did_not_happen_is_kept_with_a_known_doer():
    verb = _token("If Chile does not withdraw, Peru would impose sanctions.", "impose")
    assert _reported_in_opinion(_event("hypothetical", PERU, CHILE), verb)
    assert _reported_in_opinion(_event("hedged", {"code": "IGONAT"}, None), verb)
    assert not _reported_in_opinion(_event("hypothetical", None, CHILE), verb)


def test_a_present_verdict_is_dropped_and_a_past_report_on_a_group_is_kept():
    verdict = _token("Peru is strangling Chile with its sanctions.", "strangling")
    assert not _reported_in_opinion(_event("asserted", PERU, CHILE), verdict)
    report = _token("The Peruvian navy seized nine smugglers near the port.", "seized")
    assert _reported_in_opinion(_event("asserted", PERU, {"code": "CRM"}), report)
    assert not _reported_in_opinion(_event("asserted", {"code": "CRM"}, PERU), report)
