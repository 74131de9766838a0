"""The field cases about events (../shared/data/field-cases 02, 03, 04, 17, 19, 20), each as a
test of its kind of fault, with sentences written for these tests (the case texts stay in
the shared folder). Expected values follow each case's expected.md."""
from __future__ import annotations

import pytest

from newsdesk.model import Document, Meta
from newsdesk.pipeline import Pipeline

VIOLENT = ("18", "19", "20")


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def run(pipe, text: str, published: str | None):
    return pipe.run(Document(text=text, meta=Meta(published=published)))


def code(actor) -> str:
    return (actor or {}).get("code") or ""


def in_sentence(doc, words: str):
    start = doc.text.index(words)
    sent = doc.sentence_at(start)
    return [e for e in doc.events if e.sentence == sent.i]


# 02: negation carried by a noun ("no reports that ...")
def test_02_no_reports_that_is_no_asserted_event(pipe):
    doc = run(pipe, "There were no reports that security forces tortured detainees in Belarus "
                    "last year, a rights group said in its annual review.\n\n"
                    "Belarusian police did not detain any reporters during the vote, the review "
                    "added.", "2024-02-01")
    first = in_sentence(doc, "no reports")
    assert first and all(e.modality == "negated" for e in first if e.cameo[:2] in VIOLENT)
    torture = [e for e in first if e.cameo.startswith("18")]
    assert torture and code(torture[0].source_actor).startswith("BLR") \
        and code(torture[0].target_actor).startswith("BLR")
    assert "detainees" in torture[0].target_actor["text"]
    control = [e for e in in_sentence(doc, "did not detain") if e.cameo.startswith("173")]
    assert control and control[0].modality == "negated"
    assert code(control[0].source_actor) == "BLRCOP"


# 03: a passive whose agent is an instrument ("killed by Russian shelling")
def test_03_an_instrument_agent_is_the_attackers_side(pipe):
    doc = run(pipe, "Three Ukrainian sailors were killed by Russian missile fire off Odesa on "
                    "Monday.\n\nA Ukrainian port was attacked by Russian drones overnight.",
              "2024-03-05")
    first = [e for e in in_sentence(doc, "sailors") if e.cameo.startswith("19")]
    assert first and code(first[0].source_actor).startswith("RUS")
    assert code(first[0].target_actor).startswith("UKR")
    assert first[0].time["date"] == "2024-03-04"
    control = [e for e in in_sentence(doc, "drones") if e.cameo.startswith("19")]
    assert control and code(control[0].source_actor).startswith("RUS")


# 04: a place name two countries share (Georgia the US state, Georgia the country)
def test_04_georgia_among_us_places_is_the_us_state(pipe):
    doc = run(pipe, "Police in Georgia arrested eleven students at a college in Atlanta on "
                    "Tuesday.\n\nGeorgia state troopers used tear gas to scatter the "
                    "marchers.", "2024-05-01")
    codes = [code(a) for e in doc.events for a in (e.source_actor, e.target_actor)]
    codes += [code(e.actor) for e in doc.entities]
    assert not [c for c in codes if c.startswith("GEO")], codes
    arrest = [e for e in in_sentence(doc, "eleven") if e.cameo.startswith("17")]
    assert arrest and code(arrest[0].source_actor).startswith("USA")
    assert code(arrest[0].target_actor).startswith("USA")
    scatter = in_sentence(doc, "troopers")
    assert [e for e in scatter if code(e.source_actor).startswith("USA")
            and code(e.target_actor).startswith("USA")]


# 17 (coding part): people seized are abducted; arriving is no visit
def test_17_seizing_pupils_is_an_abduction_and_arriving_no_visit(pipe):
    doc = run(pipe, "Bandits loyal to a local warlord seized 80 pupils from a boarding school "
                    "in Kaduna, Nigeria, on Sunday, parents said.\n\n"
                    "The bandits arrived on motorcycles and set fire to a dormitory.",
              "2024-03-12")
    seized = in_sentence(doc, "seized")
    assert [e.cameo for e in seized if e.cameo.startswith("1")] == ["181"]
    assert code(seized[0].target_actor).startswith("NGA")
    assert seized[0].time["date"] == "2024-03-10"
    assert not [e for e in in_sentence(doc, "arrived") if e.cameo.startswith("04")]


# 19: metaphors of war in an opinion piece
def test_19_metaphors_in_an_editorial_are_no_force(pipe):
    doc = run(pipe, "Opinion\n\nThe city has declared war on potholes more often than anyone "
                    "remembers, yet the roads keep losing.\n\n"
                    "Engineers attacked the problem with new asphalt in 2022, but the frost "
                    "simply invaded a new stretch of the ring road.\n\n"
                    "It is time the council stopped pretending.", "2024-02-20")
    assert not [e.cameo for e in doc.events if e.cameo[:2] in VIOLENT]


# 20: a passing reference to a years-old attack
@pytest.mark.parametrize("published", ["2024-07-02", None])
def test_20_an_old_attack_named_in_passing_is_background_and_dated(pipe, published):
    doc = run(pipe, "A comedian's tour drew complaints on Monday after a joke about the Nice "
                    "attack.\n\nThe 2016 Nice attack, in which a driver killed 86 people on "
                    "the promenade, remains the deadliest in the city's history.", published)
    violent = [e for e in doc.events if e.cameo[:2] in VIOLENT]
    assert violent
    for ev in violent:
        assert ev.background is True and ev.time["date"] == "2016", (ev.cameo, ev.time)
