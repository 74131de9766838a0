"""A pronoun standing for an unnamed speaker ("The health minister said ... '...,' she
said", "A Nigerian police spokesman said ... '...,' he said") speaks with that speaker's
actor, as it does with its name (sources.py; session 37, found by probing: the pronoun's
quote had no actor at all). Sentences written for this test."""
from __future__ import annotations

import pytest

from helpers.quotes import analyse, quote_with


@pytest.mark.parametrize("text, said, code", [
    ('The health minister, speaking after a cabinet meeting, said the clinics would reopen. '
     '"We have the money now," she said.', "We have the money now", "GOV"),
    ('A Nigerian police spokesman said 12 people had been arrested. "More arrests will '
     'follow," he said.', "More arrests will follow", "NGACOP"),
    ('A Ukrainian army spokesman said two drones had been shot down. "The rest hit empty '
     'fields," he told reporters.', "The rest hit empty fields", "UKRMIL"),
])
def test_the_pronoun_speaks_with_the_unnamed_speakers_actor(text, said, code):
    source = quote_with(analyse(text), said).source
    assert (source.get("actor") or {}).get("code") == code, source


# The city an international body sits in ("told the U.N. Security Council in New York") is no
# country of those who speak to it (actors.context.seat_of_a_body; session 37, from a dev37
# article: Mali's foreign minister spoke as the United States').
@pytest.mark.parametrize("text, said, code", [
    ("Sudan's army-led government rejected the report on Monday. \"Sudan rejects these lies,\" "
     "Foreign Minister Ali Youssef told the U.N. Security Council in New York.",
     "Sudan rejects these lies", "SDNGOV"),
    ("Mali's junta on Friday asked the United Nations to withdraw its mission. \"Mali asks for "
     "the withdrawal of the mission,\" Foreign Minister Abdoulaye Diop told the U.N. Security "
     "Council in New York.", "Mali asks for the withdrawal", "MLIGOV"),
])
def test_the_seat_of_a_body_spoken_to_is_no_speakers_country(text, said, code):
    source = quote_with(analyse(text), said).source
    assert (source.get("actor") or {}).get("code") == code, source
