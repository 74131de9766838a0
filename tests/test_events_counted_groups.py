"""A number noun counting three or more states ("the four states", "all three countries")
stands for the last list that named exactly that many states together, anywhere before it
in the article, not for the last states named (events/pairs._listed_together). Sentences
written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def doers(pipe, text, trigger):
    return {(e.source_actor or {}).get("country") for e in events_of(pipe, text)
            if trigger in e.evidence["text"]}


@pytest.mark.parametrize("text, trigger, group", [
    ("Mali, Burkina Faso and Niger left the regional bloc in January. Nigeria and Ghana "
     "regretted the move. The three countries expelled French diplomats in 2023.", "expelled",
     {"MLI", "BFA", "NER"}),
    ("Norway, Ireland, Spain and Slovenia recognised a Palestinian state last year. Israel "
     "protested. All four countries later criticised Israel over the siege of Gaza.", "criticised",
     {"NOR", "IRL", "ESP", "SVN"}),
])
def test_a_counted_group_is_the_list_that_named_it(pipe, text, trigger, group):
    assert doers(pipe, text, trigger) == group, [(e.cameo, e.source_actor)
                                              for e in events_of(pipe, text)]


def test_two_states_still_take_the_last_two_named(pipe):
    text = "Peru and Bolivia disputed their border for years. The two countries signed a " \
           "trade pact in Lima on Monday."
    assert doers(pipe, text, "signed") & {"PER", "BOL"}
