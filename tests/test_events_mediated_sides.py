"""A mediation is between both sides of what it brings about. "Russia and Ukraine exchanged
150 prisoners in a swap mediated by the UAE" gave the UAE mediating with Ukraine alone (the
parse finds one party or none for "mediated"); a mediation naming one side or none of a
cooperative act (CAMEO roots 03-08) that two other parties do to each other in its sentence
now mediates between the two (clauses._mediated_parties), as hand coders list it. A strike in
the same sentence is nothing mediated. Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def _mediated(pipe, text):
    return {((e.source_actor or {}).get("code") or "")[:3] + ">" +
            ((e.target_actor or {}).get("code") or "")[:3]
            for e in events_of(pipe, text) if e.cameo in ("039", "045")}


@pytest.mark.parametrize("text, expected", [
    ("Armenia and Azerbaijan freed 32 detainees each in an exchange brokered by Washington.",
     {"USA>ARM", "USA>AZE"}),
    ("Ethiopia and Sudan signed a border accord mediated by Kenya.", {"KEN>ETH", "KEN>SDN"}),
    ("Colombia and the ELN agreed to a truce brokered by Cuba.", {"CUB>COL"}),
])
def test_a_mediation_is_between_the_two_sides(pipe, text, expected):
    assert expected <= _mediated(pipe, text), (_mediated(pipe, text), events_of(pipe, text))


def test_a_strike_in_the_sentence_is_nothing_mediated(pipe):
    found = _mediated(pipe, "Oman mediated the talks in Muscat, while Israel struck targets "
                            "in Lebanon.")
    assert not any(m.endswith(">LBN") for m in found), found
