"""A clause before the source that is no interjection is not part of the content after the
cue (bounds._without_stray_lead): 'X was the reason, the owner also noted Y' says Y; only
'X, the owner said, Y' (closed by a comma after the cue) runs one statement round the cue."""
import pytest
from helpers.quotes import analyse, quote_with

STRAY_LEAD = [
    ("Flood defences were a major reason the town was spared, the engineer also noted "
     "several pumps had failed overnight.", "several pumps had failed overnight"),
    ("Low prices were the main reason the farm went under, the owner also admitted several "
     "debts were never paid.", "several debts were never paid"),
    ("Bad weather was a big reason the harvest failed, the cooperative also said several "
     "storage sheds had flooded.", "several storage sheds had flooded"),
    ("Arguing the strike was illegal, the company told its staff that wages would be "
     "withheld.", "that wages would be withheld"),
]


@pytest.mark.parametrize("text,content", STRAY_LEAD)
def test_clause_before_the_source_is_left_out(text, content):
    q = quote_with(analyse(text), content)
    assert q.content["text"] == content


INTERJECTED = [
    ("The harbour, the minister said, will reopen next month.",
     ["The harbour", "will reopen next month"]),
    ("The new rules, the regulator argued, would protect small savers.",
     ["The new rules", "would protect small savers"]),
]


@pytest.mark.parametrize("text,parts", INTERJECTED)
def test_interjected_source_keeps_both_parts(text, parts):
    q = quote_with(analyse(text), parts[-1])
    assert [p["text"] for p in q.content.get("parts") or [q.content]] == parts


# A relative pronoun before the source is the subject of the words after the cue: it stays
# (a guard for the rule's exception; relative_pronoun adds it as a part of its own).
RELATIVE = [
    ("The council approved a new tram line, which the mayor said would open in May.",
     ["which", "would open in May"]),
    ("Voters backed the levy, which officials said would pay for two new schools.",
     ["which", "would pay for two new schools"]),
]


@pytest.mark.parametrize("text,parts", RELATIVE)
def test_relative_pronoun_lead_stays(text, parts):
    q = quote_with(analyse(text), parts[-1])
    assert [p["text"] for p in q.content.get("parts") or [q.content]] == parts
