"""A content's root is the root of its words, not the closing quotation mark (quotes/roots.py):
at a paragraph's end the line break hangs on the closing mark, so spaCy's Span.root took the
mark (hung on the first verb of the sentence) for the root of a content tagged up to it, and the
content went to that verb's cue as a second part of its quote."""
from __future__ import annotations

from spacy.tokens import Doc

from newsdesk import nlp
from newsdesk.stages.quotes.attribution import _group, _sentence_index
from newsdesk.stages.quotes.features import doc_context
from newsdesk.stages.quotes.roots import word_root
from newsdesk.stages.quotes.tagger import TagSpan

# 'Ms Ortega said the new ferry has given islanders hope and said that the toll was "too high."'
# closing a paragraph, parsed as the parser often reads it: the second "said" joined to "given"
# (inside the first statement), the stop and closing mark hung on the first "said", and the
# paragraph break hung on the closing mark.
WORDS = ["Ms", "Ortega", "said", "the", "new", "ferry", "has", "given", "islanders", "hope",
         "and", "said", "that", "the", "toll", "was", "\u201c", "too", "high", ".", "\u201d", "\n\n"]
HEADS = [1, 2, 2, 5, 5, 7, 7, 2, 7, 7, 7, 7, 15, 14, 15, 11, 18, 18, 15, 2, 2, 20]
DEPS = ["compound", "nsubj", "ROOT", "det", "amod", "nsubj", "aux", "ccomp", "dative", "dobj",
        "cc", "conj", "mark", "det", "nsubj", "ccomp", "punct", "advmod", "acomp", "punct",
        "punct", "dep"]
POS = ["PROPN", "PROPN", "VERB", "DET", "ADJ", "NOUN", "AUX", "VERB", "NOUN", "NOUN", "CCONJ",
       "VERB", "SCONJ", "DET", "NOUN", "AUX", "PUNCT", "ADV", "ADJ", "PUNCT", "PUNCT",
       "SPACE"]
TAGS = ["NNP", "NNP", "VBD", "DT", "JJ", "NN", "VBZ", "VBN", "NNS", "NN", "CC", "VBD", "IN", "DT",
        "NN", "VBD", "``", "RB", "JJ", ".", "''", "_SP"]
LEMMAS = ["Ms", "Ortega", "say", "the", "new", "ferry", "have", "give", "islander", "hope", "and",
          "say", "that", "the", "toll", "be", "\u201c", "too", "high", ".", "\u201d", "\n\n"]


def _sdoc():
    return Doc(nlp.load().vocab, words=WORDS, heads=HEADS, deps=DEPS, pos=POS, tags=TAGS,
               lemmas=LEMMAS, sent_starts=[True] + [False] * (len(WORDS) - 1))


def test_the_root_of_a_span_ending_in_a_stop_is_its_verb():
    sdoc = _sdoc()
    assert sdoc[12:21].root.text == "\u201d"  # what spaCy answers for the whole span
    assert word_root(sdoc, (12, 21)).text == "was"
    assert word_root(sdoc, (19, 21)).text == "\u201d"  # nothing but marks: the span's own


def test_a_content_closing_the_sentence_goes_to_the_cue_it_hangs_on():
    sdoc = _sdoc()
    spans = [TagSpan("source", 0, 2, 0), TagSpan("cue", 2, 3, 0), TagSpan("content", 3, 11, 0),
             TagSpan("cue", 11, 12, 0), TagSpan("content", 12, 21, 0)]
    drafts = _group(sdoc, spans, _sentence_index(sdoc), {**doc_context(sdoc), "regions": []})
    by_cue = {d.cue: d for d in drafts}
    assert by_cue[(2, 3)].contents == [(3, 11)]
    assert by_cue[(11, 12)].contents == [(12, 21)]
