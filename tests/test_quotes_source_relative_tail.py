"""A speaker after the cue whose description runs into a relative clause ('said Maria Lopez,
a lawmaker from the ruling party, who voted against the bill'): the source span ends before
", who", the clause it opens being no part of the speaker's name (speakerspans.repair_sources;
session 37, found by probing with new wire copy; sentences written for this test; the
tagger runs into such a clause after a party's name). When the relative pronoun is the cue's
own subject ("Mr. Obama, who told his advisers": PolNeAR marks "who" the source), it stays."""
from __future__ import annotations

import pytest

from helpers.quotes import analyse, quote_with


@pytest.mark.parametrize("text, said, source", [
    ('"We will fight this in court," said Pedro Alves, a deputy from the Workers\' Party, who '
     'voted against the measure.', "We will fight this in court",
     "Pedro Alves, a deputy from the Workers' Party"),
    ('"The reform is dead," said Karin Holm, a senator from the Social Democratic Party, who '
     'chairs the finance committee.', "The reform is dead",
     "Karin Holm, a senator from the Social Democratic Party"),
    ('"It is a historic day," said Anna Berg, a lawmaker from the Green Party, who sponsored '
     'the bill.', "It is a historic day", "Anna Berg, a lawmaker from the Green Party"),
])
def test_the_source_ends_before_the_relative_clause(text, said, source):
    assert quote_with(analyse(text), said).source["text"] == source


# A closing attribution whose speaker is a role and a name set off by commas ("..., the
# governor's spokesman, John Okafor, wrote on X."): the parse makes the verb a conjunct of
# the statement's, and the surface rule stopped at the comma before the verb
# (closing.closing_attribution; session 37, from a dev37 article).
@pytest.mark.parametrize("text, said, name", [
    ("Four protesters were shot dead near the palace, the opposition's spokesman, Ali Kone, "
     "wrote on X.", "Four protesters were shot dead near the palace", "Ali Kone"),
    ("The convoy was ambushed outside Gao, the governor's spokeswoman, Awa Diallo, wrote on "
     "Facebook.", "The convoy was ambushed outside Gao", "Awa Diallo"),
])
def test_a_closing_speaker_with_a_name_in_commas(text, said, name):
    source = quote_with(analyse(text), said).source
    assert name in source["text"], source
