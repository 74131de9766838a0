"""A report of a report: 'X reports that Y said Z' gives X's quote (all of 'Y said Z') and Y's
quote (Z) via X's, never Y speaking X's words."""
from __future__ import annotations

import pytest

from newsdesk.api import analyze_text

CASES = [
    ("The Harbour Gazette reports that port director Ana Ruiz said the cranes will be "
     "replaced by June.", "The Harbour Gazette", "Ana Ruiz", "the cranes will be replaced"),
    ("State television reported that Interior Minister Omar Haddad said the border would "
     "reopen on Friday.", "State television", "Omar Haddad", "the border would reopen"),
    ("The agency wrote that union leader Mark Bell said the strike would continue into May.",
     "The agency", "Mark Bell", "the strike would continue"),
]


@pytest.mark.parametrize("text, outer, inner, words", CASES)
def test_the_inner_speaker_says_only_the_inner_words(text, outer, inner, words):
    quotes = analyze_text(text)["quotes"]
    by_source = {q["source"]["text"]: q for q in quotes}
    inner_q = next(q for s, q in by_source.items() if inner in s)
    outer_q = by_source[outer]
    assert inner_q["content"]["text"].startswith(words), inner_q["content"]
    assert inner not in inner_q["content"]["text"]
    assert inner in outer_q["content"]["text"] and words in outer_q["content"]["text"]
    assert inner_q["via"] == [outer_q["id"]]


def test_a_content_that_hangs_on_the_inner_verb_goes_to_the_outer_cue():
    """The tagger may mark the complementiser 'that' as a content span of its own; it hangs on
    the inner 'said' in the parse but opens what the outer cue reports."""
    from spacy.tokens import Doc

    from newsdesk import nlp
    from newsdesk.stages.quotes.attribution import _group, _sentence_index
    from newsdesk.stages.quotes.features import doc_context
    from newsdesk.stages.quotes.tagger import TagSpan

    words = "The Gazette reports that the mayor said the bridge will close".split()
    heads = [1, 2, 2, 6, 5, 6, 2, 8, 10, 10, 6]
    deps = ["det", "nsubj", "ROOT", "mark", "det", "nsubj", "ccomp", "det", "nsubj", "aux",
            "ccomp"]
    pos = ["DET", "PROPN", "VERB", "SCONJ", "DET", "NOUN", "VERB", "DET", "NOUN", "AUX", "VERB"]
    tags = ["DT", "NNP", "VBZ", "IN", "DT", "NN", "VBD", "DT", "NN", "MD", "VB"]
    lemmas = ["the", "Gazette", "report", "that", "the", "mayor", "say", "the", "bridge", "will",
              "close"]
    sdoc = Doc(nlp.load().vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags,
               lemmas=lemmas, sent_starts=[True] + [False] * 10)
    spans = [TagSpan("source", 0, 2, 0), TagSpan("cue", 2, 3, 0), TagSpan("content", 3, 4, 0),
             TagSpan("source", 4, 6, 0), TagSpan("cue", 6, 7, 0), TagSpan("content", 7, 11, 0)]
    drafts = _group(sdoc, spans, _sentence_index(sdoc), {**doc_context(sdoc), "regions": []})
    by_cue = {sdoc[d.cue[0]].text: d for d in drafts}
    assert by_cue["reports"].contents == [(3, 4)] and by_cue["reports"].sources == [(0, 2)]
    assert by_cue["said"].contents == [(7, 11)] and by_cue["said"].sources == [(4, 6)]


@pytest.mark.parametrize("text, inner", [
    ("The Nation reported that Kenya's foreign minister said Nairobi would impose sanctions on "
     "Eritrea.", "foreign minister"),
    ("Al Jazeera reported that a Qatari official said Doha had expelled the Israeli "
     "ambassador.", "official"),
])
def test_an_event_in_a_nested_report_is_said_by_the_innermost_speaker(text, inner):
    record = analyze_text(text)
    by_id = {q["id"]: q for q in record["quotes"]}
    said = [by_id[e["attributed_to"]] for e in record["events"] if e.get("attributed_to")]
    assert said and all(inner in q["source"]["text"] for q in said), said
