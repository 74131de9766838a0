"""Report 19's threats, negated meetings, accusations after a quote and past acts inside a
quote, as classes (sentences written for these tests, not taken from any corpus).

- "X will pay a heavy price" / "X would face serious consequences", said by a state's or an
  armed group's speaker, is the speaker's threat against X (CAMEO 13x, asserted); said of
  the speaker's own side, by a commentator, in the past or negated, it is no threat.
"""
from __future__ import annotations

import pytest
from helpers.events import events_of, find

from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def country(actor) -> str:
    return (actor or {}).get("country") or ""


@pytest.mark.parametrize("text, pair", [
    ("Russian President Vladimir Putin said Ukraine will pay a heavy price for the incursion.",
     ("RUS", "UKR")),
    ("The Chinese Defence Ministry said Taiwan would face severe consequences for the arms "
     "purchase.", ("CHN", "TWN")),
    ("Turkish President Recep Tayyip Erdogan said Greece would pay dearly for its provocations.",
     ("TUR", "GRC")),
    ('"Washington will face grave consequences if it deploys the missiles," Russian Foreign '
     "Minister Sergei Lavrov told reporters.", ("RUS", "USA")),
    ("The Israeli military said Hamas would pay dearly for the rocket fire.", ("ISR", "PSE")),
])
def test_foe_told_it_will_pay_is_the_speakers_threat(pipe, text, pair):
    threats = find(events_of(pipe, text), "13")
    assert [(country(e.source_actor), country(e.target_actor)) for e in threats] == [pair]
    assert threats[0].modality == "asserted"


@pytest.mark.parametrize("text", [
    # the speaker's own side: a forecast
    "German Chancellor Olaf Scholz said Germany would pay a heavy price if it failed to act.",
    # commentators forecast, they do not threaten
    "Economists at the university said Russia would face severe consequences from the sanctions.",
    # a toll already paid, and a negated one
    "Ukraine has paid a heavy price for the war, Polish President Andrzej Duda said.",
    "Iran will not face any consequences, the Saudi foreign minister said.",
])
def test_forecasts_and_tolls_are_no_threat(pipe, text):
    events = events_of(pipe, text)
    assert not find(events, "13"), [(e.cameo, e.evidence) for e in events]
    assert not any(e.evidence["text"] in ("pay", "face", "paid") for e in events)


def test_a_warning_of_consequences_is_coded_once(pipe):
    text = "Iran's foreign minister warned that Israel would face serious consequences."
    threats = find(events_of(pipe, text), "13")
    assert [(country(e.source_actor), country(e.target_actor)) for e in threats] == \
        [("IRN", "ISR")]
