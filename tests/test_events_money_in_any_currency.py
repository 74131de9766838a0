"""Money given, offered or pledged is aid in any currency ("250 million euros", "500 million
yen"), as in dollars (cameo_verbs.tsv rows of provide, give, grant, offer, pledge,
contribute). Session 38, from a dev39 article's kind; sentences written for this test."""
from __future__ import annotations

import pytest

from helpers.events import code, events_of, find
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, root, giver, receiver", [
    ("The EU said it would provide 250 million euros to Moldova.", "07", "IGOEUR", "MDA"),
    ("Japan gave 500 million yen to Sri Lanka for flood relief.", "07", "JPN", "LKA"),
    ("Britain pledged 40 million pounds to Sudan.", "03", "GBR", "SDN"),
])
def test_money_in_any_currency_is_aid(pipe, text, root, giver, receiver):
    got = find(events_of(pipe, text), root)
    assert got and code(got[0].source_actor).startswith(giver) and \
        code(got[0].target_actor).startswith(receiver), \
        [(e.cameo, code(e.source_actor), code(e.target_actor)) for e in events_of(pipe, text)]
