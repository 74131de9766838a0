"""Classes a dev39 article showed (session 38; sentences written for this test):

- a participle set off by a comma after the infinitive of an order ("ordered a Russian
  diplomat to leave the country, accusing Moscow of ...") is the act of the one who orders,
  not of the one ordered (arguments._controller_goes_on);
- "it" after a plural subject is the party the main clause acts on also when that party
  hangs on the main verb's object ("cut ties with Iran after it attacked": main_clause_it);
- a part of a named place ("seized most of Goma") is that place: an occupation (192), not an
  abduction;
- an armed group's attack on a place where civilians are ("stormed a hotel") is an assault
  (18), not a battle (19)."""
from __future__ import annotations

import pytest

from helpers.events import code, events_of, find
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, doer, accused", [
    ("Estonia ordered a Russian diplomat to leave the country on Friday, accusing Moscow of "
     "meddling in its elections.", "EST", "RUS"),
    ("Mali told the French ambassador to leave within 72 hours, accusing Paris of hostile "
     "remarks.", "MLI", "FRA"),
])
def test_the_one_who_orders_goes_on_to_accuse(pipe, text, doer, accused):
    got = find(events_of(pipe, text), "112")
    assert got and code(got[0].source_actor).startswith(doer) and \
        code(got[0].target_actor).startswith(accused), \
        [(e.cameo, code(e.source_actor), code(e.target_actor)) for e in got]


def test_it_after_a_plural_subject_is_the_party_of_the_object_s_phrase(pipe):
    got = find(events_of(pipe, "Several Arab states cut ties with Qatar after it backed "
                               "militant groups."), "")
    assert any(e.evidence["text"].startswith("backed") and
               code(e.source_actor).startswith("QAT") for e in got), \
        [(e.cameo, code(e.source_actor), e.evidence["text"]) for e in got]


@pytest.mark.parametrize("text", [
    "Islamist fighters seized most of Timbuktu on Sunday.",
    "The rebels captured parts of Kidal after heavy fighting.",
])
def test_a_part_of_a_place_seized_is_occupied(pipe, text):
    got = events_of(pipe, text)
    assert find(got, "192") and not find(got, "181"), [(e.cameo, e.evidence["text"]) for e in got]


@pytest.mark.parametrize("text", [
    "Al-Shabaab fighters stormed a hotel in Mogadishu, killing nine people.",
    "ADF rebels attacked a school in western Uganda.",
])
def test_an_armed_group_s_attack_on_a_civilian_place_is_an_assault(pipe, text):
    got = [e for e in events_of(pipe, text) if e.cameo[:2] in ("18", "19")]
    assert got and got[0].cameo[:2] == "18", [(e.cameo, e.evidence["text"]) for e in got]
