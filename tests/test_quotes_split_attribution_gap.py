"""The text between the two halves of a split quotation is the attribution's: its speaker, cue
and the cue's adjuncts ('"These results," the chief scientist said [in her annual address to
the academy], "show ..."'). A half the tagger ran on over those adjuncts ends at its marks, so
the statement is the two quotations, not the first alone with the rest dropped as a tail
(splitquotes.rejoin_split_quotations, _off_gap); a content tagged over the whole sentence,
attribution and all, is the two halves with the speech verb between them left as the cue
(splitquotes.around_attribution)."""
from __future__ import annotations

import pytest

from newsdesk import nlp
from newsdesk.stages.quotes.features import doc_context
from newsdesk.stages.quotes.tagger import tagger

from helpers.quotes import analyse, content_parts

pytestmark = pytest.mark.skipif(tagger() is None, reason="quote model not built")


@pytest.mark.parametrize("text, halves, speaker", [
    ('"These results," the chief scientist said in her annual address to the academy, "show '
     'that the vaccine works."', ['"These results,"', '"show that the vaccine works."'],
     "the chief scientist"),
    ('"Most of the wells," the water board director said in a report to the regional council, '
     '"show that the aquifer is shrinking."',
     ['"Most of the wells,"', '"show that the aquifer is shrinking."'],
     "the water board director"),
    ('"These forecasts," the budget office director said in her yearly address to the senate, '
     '"show that the deficit will grow."',
     ['"These forecasts,"', '"show that the deficit will grow."'], "the budget office director"),
])
def test_a_half_run_over_the_attribution_ends_at_its_marks(text, halves, speaker):
    (q,) = analyse(text).quotes
    assert content_parts(q) == halves, content_parts(q)
    assert q.source["text"] == speaker


@pytest.mark.parametrize("text, halves", [
    ('"Our harvest," the cooperative chairman said in his speech to the growers, "was the best '
     'in a decade."', ['"Our harvest,"', '"was the best in a decade."']),
    ('"The old dam," the river authority engineer told the council on Monday, "will not hold '
     'another flood."', ['"The old dam,"', '"will not hold another flood."']),
])
def test_a_content_over_the_whole_split_quotation_is_its_two_halves(text, halves):
    from newsdesk.stages.quotes.attribution import quote_regions
    from newsdesk.stages.quotes.splitquotes import around_attribution
    sdoc = nlp.parse(text)
    ctx = doc_context(sdoc)
    pieces = around_attribution(sdoc, (0, len(sdoc)), quote_regions(ctx["quote"]), ctx["cats"])
    assert [sdoc[a:b].text for a, b in pieces] == halves
