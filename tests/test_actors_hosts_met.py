"""An official no table knows who is the one a foreign visitor meets ("JAKARTA - Modi arrived
... He is due to meet Foreign Minister Retna Widyanti") is of the dateline's state, the host,
not of the visitor's (entities.met_at_home; the subject before used to lend its state).
Session 38, from a dev37 article's kind; articles written for this test with invented
names."""
from __future__ import annotations

import pytest

from helpers.events import code, events_of, find
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, visitor, host", [
    ("JAKARTA, May 6 (Reuters) - Indian Prime Minister Narendra Modi arrived in Jakarta on "
     "Monday for a two-day visit. He is due to meet Foreign Minister Retna Widyanti on "
     "Tuesday.", "IND", "IDN"),
    ("NAIROBI (Reuters) - French President Emmanuel Macron arrived in Nairobi on Monday. He "
     "held talks with Interior Minister Kiprono Otieno on security.", "FRA", "KEN"),
])
def test_the_official_met_is_the_host_s(pipe, text, visitor, host):
    got = find(events_of(pipe, text), "040")
    assert got and code(got[0].source_actor).startswith(visitor) and \
        code(got[0].target_actor).startswith(host), \
        [(e.cameo, code(e.source_actor), code(e.target_actor)) for e in got]


def test_an_official_met_at_home_by_a_compatriot_stays_theirs(pipe):
    text = ("TOKYO (Reuters) - Japan's prime minister returned from Washington on Sunday. He "
            "met Finance Minister Kenta Morimoto on Monday.")
    got = find(events_of(pipe, text), "040")
    assert not got or all(code(e.target_actor) in ("", "JPNGOV", "JPN") for e in got), \
        [(e.cameo, code(e.source_actor), code(e.target_actor)) for e in got]
