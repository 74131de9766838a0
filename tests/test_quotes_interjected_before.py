"""A speaker and cue set off by commas inside the sentence they report ('Donations, according
to the campaign, have doubled'): what was said is both pieces around them, also when the tagger
saw only the piece before the cue (quotes/interjections.py), as long as that piece goes on in
the piece after (its subject, its time); an apposition of the speaker after the cue is none."""
from __future__ import annotations

import pytest

from newsdesk.stages.quotes.tagger import tagger

from helpers.quotes import analyse, content_parts, quote_with

pytestmark = pytest.mark.skipif(tagger() is None, reason="quote model not built")


@pytest.mark.parametrize("text, before, after, source", [
    ("Donations, according to the campaign, have doubled since the debate.",
     "Donations", "have doubled since the debate", "the campaign"),
    ("Ticket sales, according to the organisers, fell by a third this year.",
     "Ticket sales", "fell by a third this year", "the organisers"),
    ("The next day, according to his lawyer, the landlord raised the rent again.",
     "The next day", "the landlord raised the rent again", "his lawyer"),
])
def test_the_piece_before_an_interjected_according_to_goes_on_after_it(
        text, before, after, source):
    q = quote_with(analyse(text), before)
    assert content_parts(q) == [before, after], content_parts(q)
    assert q.source["text"] == source


def test_an_apposition_of_the_speaker_after_the_cue_is_no_part_of_the_statement():
    text = "The strike will end by Friday, said Ann Lee, a union negotiator in the capital."
    q = quote_with(analyse(text), "The strike will end")
    assert content_parts(q) == ["The strike will end by Friday"], content_parts(q)
