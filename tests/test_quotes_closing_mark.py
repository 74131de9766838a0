"""A content that stops inside a quotation at its closing punctuation runs on through the
closing mark (records.closed_quotation): the words shown are quoted whole, never
'the plan was "dead on arrival' with the mark lost. The parse hangs the full stop and the
mark on the main verb, so a content read off an inner clause (a statement reported through
another, a participle's object) stopped short of them (newcomer 19, item 37)."""
from __future__ import annotations

import pytest

from helpers.quotes import analyse


@pytest.mark.parametrize("text, inner, words", [
    ('The coach told reporters that the captain, who was in the dressing room, told him the '
     'team was "ready to fight."', "captain", 'the team was "ready to fight."'),
    ('Ms. Okafor said that her lawyer, who had seen the file, told her the charges were '
     '"completely baseless."', "lawyer", 'the charges were "completely baseless."'),
    ('The mayor told reporters that the police chief had told him the crowd was "completely '
     'peaceful."', "police chief", 'the crowd was "completely peaceful."'),
    ('Ambassador Lee said that President Yoon told him the talks were "very productive!"',
     "Yoon", 'the talks were "very productive!"'),
])
def test_the_closing_mark_stays_with_the_quoted_words(text, inner, words):
    doc = analyse(text)
    q = next(q for q in doc.quotes if inner in (q.source or {}).get("text", ""))
    assert q.content["text"] == words


def test_a_content_outside_quotation_marks_is_left_as_it_was():
    doc = analyse("The minister said the port would reopen on Monday.")
    assert [q.content["text"] for q in doc.quotes] == ["the port would reopen on Monday"]
