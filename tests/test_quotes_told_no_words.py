"""A verb of telling whose content is only the one told and the verb's adjuncts ("notified
[the villagers only “two hours before,”]") says nothing, whatever the quotation marks hold:
no statement (speech._only_the_one_told); a writer's attribution around it stays."""
from __future__ import annotations

import pytest

from newsdesk.stages.quotes.tagger import tagger

from helpers.quotes import analyse

pytestmark = pytest.mark.skipif(tagger() is None, reason="quote model not built")


@pytest.mark.parametrize("text, cue", [
    ("The embassy informed the family “late on Friday,” a spokesman said.", "informed"),
    ("The agency notified the villagers only “two hours before,” the mayor said.", "notified"),
    ("The council told residents “on Monday morning,” according to the council.", "told"),
])
def test_telling_with_only_the_one_told_is_no_statement(text, cue):
    doc = analyse(text)
    assert not [q for q in doc.quotes if q.cue["text"] == cue]
    assert len(doc.quotes) == 1  # the spokesman's, the mayor's, the council's


def test_telling_what_was_said_stays_a_statement():
    (q,) = analyse("The embassy told the family “we are doing all we can.”").quotes
    assert q.cue["text"] == "told"
