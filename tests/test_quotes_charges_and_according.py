"""Two attribution forms from a hand-coded dev article set:
- 'X accused Y of Z, a charge Y denies': the tagger read "a charge Abu Dhabi" as the source of
  "denies" and the accusation clause as what Abu Dhabi said. The tail answers an accusation;
  the clause before it is the accuser's charge, no words of the denier
  (speech.answers_a_charge);
- '<clause>, according to X, though Y has said ...': "according to" gave X the remark after
  it, because the sentence held another statement's cue; only a cue inside the clause it
  qualifies keeps the tagger's reading (according.according_clause).
Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.quotes import analyse


def _quotes(text):
    doc = analyse(text)
    return [(q.source.get("text") if q.source else None, q.content["text"]) for q in doc.quotes]


@pytest.mark.parametrize("text, denier", [
    ("Kenya accused Somalia of harbouring the gunmen, a charge Mogadishu denies.", "Mogadishu"),
    ("Rights groups have accused the police of torturing detainees, an accusation the "
     "interior ministry rejects.", "ministry"),
])
def test_a_denied_charge_is_no_quote_of_the_denier(text, denier):
    assert not any(source and denier in source for source, _ in _quotes(text)), _quotes(text)


@pytest.mark.parametrize("text, source, content", [
    ("Iran has accepted the proposal, according to European diplomats, though the foreign "
     "minister has said talks will not resume soon.", "European diplomats",
     "Iran has accepted the proposal"),
    ("The rebels have withdrawn from the town, according to local officials, but the army "
     "spokesman said fighting continued nearby.", "local officials",
     "The rebels have withdrawn from the town"),
])
def test_according_to_qualifies_the_clause_before_a_remark(text, source, content):
    found = _quotes(text)
    assert any(s == source and c.rstrip(" ,.") == content for s, c in found), found


def test_a_statement_inside_the_clause_keeps_its_reading():
    found = _quotes("The minister said the talks had failed, according to the transcript.")
    assert any(s == "The minister" and c.startswith("the talks had failed") for s, c in found), \
        found
