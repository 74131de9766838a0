"""A quotation opening the sentence after a closing attribution goes on with that attribution's
main cue, not with a speech word in what the writer adds about the speaker (a relative clause,
"an early voice in urging ...") that stands nearer to it (quotes/owners.py under_other_cue)."""
from __future__ import annotations

import pytest

from newsdesk.stages.quotes.tagger import tagger

from helpers.quotes import analyse, quote_with

pytestmark = pytest.mark.skipif(tagger() is None, reason="quote model not built")


@pytest.mark.parametrize("text, first, second", [
    ('"We\'re ahead of schedule," said Maria Gomez, a spokeswoman for the builders, who said '
     'the bridge would open in May. "The steel arrived early."',
     "We're ahead of schedule", "The steel arrived early"),
    ('"The clinic cannot stay open," said Dr. Amal Haddad, a surgeon who has warned for years '
     'that the hospital lacks staff. "We turn patients away every night."',
     "The clinic cannot stay open", "We turn patients away every night"),
    ('"Nobody reads the fine print," said Tom Baker, a consumer lawyer and an early voice in '
     'urging regulators to cap the fees. "The banks count on that."',
     "Nobody reads the fine print", "The banks count on that"),
    ('"This is our best season," said Lena Fischer, who runs a bakery on the square and who '
     'said sales had doubled. "People come from all over."',
     "This is our best season", "People come from all over"),
])
def test_the_next_quotation_goes_on_with_the_main_cue(text, first, second):
    doc = analyse(text)
    quote = quote_with(doc, first)
    assert second in quote.content["text"], quote.content
    assert quote.cue["text"] == "said"
    others = [q for q in doc.quotes if q is not quote and second in q.content["text"]]
    assert not others, others
