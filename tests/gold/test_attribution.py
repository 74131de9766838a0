"""Quotes against PolNeAR (spans, whole attributions, source accuracy) and BASIL (quoted phrases
and their speakers)."""
from __future__ import annotations

from newsdesk.evaluate import evaluate
from newsdesk.evaluate.attribution import score_analysed
from newsdesk.model import Document, Quote

from conftest import assert_floors, gold

# Pinned a little under the scores measured on 2026-12-01 (`newsdesk eval attribution --data
# ../shared/data/polnear/dev`): content 0.765, source 0.746, cue 0.744, whole 0.698 (overlap
# F1), source accuracy on matched 0.908; strict whole 0.687, content exact 0.522.
# The overlap floors are LOWER than the 2026-11-28 ones (content 0.795, source 0.755, cue 0.755,
# whole 0.70) on purpose: issue 15 changed what an attribution is. Actions ("attacked", "voted
# against", "signed"), negated or withheld speech ("has not said", "declined to comment") and
# attributions nobody makes are no longer output, and PolNeAR's gold counts them, so recall
# against it fell (0.76 -> 0.63 on the learn part) while precision rose (0.93) and real-news
# quote precision went from 0.65 to 0.88 (`newsdesk eval realnews`). Source accuracy rose and
# its floor with it.
# Raised 2026-12-01 after the content-boundary work (two-apostrophe quotation marks, sentence
# pieces, CRF retrained): content 0.773, source 0.759, cue 0.755, whole 0.715, source accuracy
# 0.915; strict whole 0.701, content exact 0.566 (same command).
FLOORS = {
    "content_overlap_f1": 0.765,
    "source_overlap_f1": 0.75,
    "cue_overlap_f1": 0.745,
    "whole_overlap_f1": 0.705,
    "source_accuracy_matched": 0.90,
}


def test_attribution_floors():
    scores = evaluate("attribution", gold("polnear/dev"))
    assert scores["documents"] == 84
    assert_floors(scores, FLOORS)


# The internal test part of PolNeAR dev (20 articles by name; the shipped CRF is trained on the
# learn part of PolNeAR train + dev, which never holds them). Measured 2026-12-01 with `newsdesk eval attribution --data
# ../shared/data/polnear/dev --part test`: content 0.798, source 0.772, cue 0.768, whole 0.723
# (overlap F1), source accuracy on matched 0.911; strict: source right 0.906, cue right 0.936,
# whole F1 0.713, content exact F1 0.559. (Before issue 15's speech-acts-only definition, see
# above: content 0.857, whole 0.769, strict whole 0.758, exact 0.582; these floors were pinned
# the same day, before that change landed.)
# Raised 2026-12-01 after the content-boundary work (issue 15; CRF retrained on the learn part
# of train + dev), same command: content 0.813, source 0.777, cue 0.779, whole 0.733, source
# accuracy 0.907; strict: source right 0.902, cue right 0.937, whole F1 0.724, content exact
# F1 0.589. 2026-12-02 (session 18: statements before their relays, title abbreviations,
# headlines, deeds): content 0.819, strict whole 0.726, content exact 0.598, source right 0.901.
# 2026-12-02 (session 19: stray leads before the cue, "It said" after a report, "on X."):
# content 0.819, strict whole 0.730, content exact 0.604, source right 0.906. Session 20
# (b800c72): content 0.819, strict whole 0.7322, content exact 0.6083, source right 0.9087.
# Session 23 (same command): content 0.825, source 0.7935, cue 0.7937, whole 0.7505, source
# accuracy 0.919; strict whole 0.7407, content exact 0.6248, source right 0.912.
# Raised 2026-12-03 (session 26: contact relatives, coordinated tails, relative clauses out of
# the source; same command): content 0.8243, source 0.7927, cue 0.7949, whole 0.7517, source
# accuracy 0.919; strict whole 0.7419, content exact 0.632, source right 0.9119.
# Raised 2026-12-05 (session 40: questions with no asker, refusals, stance verbs with a
# preposition, "told a gathering of X that"; same command): content 0.8249, source 0.7944, cue
# 0.7977, whole 0.7588, source accuracy 0.9245; strict whole 0.7471, content exact 0.644.
TEST_FLOORS = {
    "content_overlap_f1": 0.824,
    "source_overlap_f1": 0.794,
    "cue_overlap_f1": 0.797,
    "whole_overlap_f1": 0.758,
    "source_accuracy_matched": 0.924,
    "strict_whole_f1": 0.747,
    "content_exact_f1": 0.643,
}


def test_attribution_internal_test_floors():
    scores = evaluate("attribution", gold("polnear/dev"), part="test")
    assert scores["documents"] == 20
    assert_floors(scores, TEST_FLOORS)


# The quote tagger's own internal test: the test part of PolNeAR train + dev together (193
# articles by name; the CRF is trained on the learn part of the same folders, so it never saw
# them). Ten times the 20 dev articles above, so a change to the tagger is judged here too.
# Measured 2026-12-01 with `newsdesk eval attribution --data ../shared/data/polnear --part
# test`: content overlap 0.752, source 0.742, cue 0.729, whole 0.696 (overlap F1), source
# accuracy on matched 0.924; strict: whole F1 0.677, content exact F1 0.557. 2026-12-02, with a
# cue set off by commas inside its statement (forms.interjected): content exact 0.559, strict
# whole 0.678, the others unchanged. 2026-12-02 (session 16, content boundaries: hearers, times
# and second cues out of the content): content exact 0.5625, strict whole 0.678, the others
# unchanged. 2026-12-02 (session 18): content exact 0.566, strict whole 0.682. Session 19:
# content exact 0.569, strict whole 0.684, source accuracy on matched 0.927. Session 20
# (b800c72): content exact 0.5708, strict whole 0.6855, source accuracy on matched 0.9284.
# Session 23 (sessions 22-23: split quotations, stances, content roots, wh-leads, closing
# tails, opening marks): content overlap 0.760, source 0.752, cue 0.738, whole 0.7065,
# source accuracy on matched 0.929; strict whole 0.6895, content exact 0.5846.
# Raised 2026-12-03 (session 25: the tagger reads past blanks inside a phrase, quotes/tagger.py;
# same command): content overlap 0.7608, source 0.7537, cue 0.7388, whole 0.7084, source
# accuracy on matched 0.931; strict whole 0.6917, content exact 0.5881.
# Raised 2026-12-03 (session 26, same command; the shipped CRF unchanged: a retrained one was
# tried and dropped, training/quotes.py train()): content overlap 0.7608, source 0.7537, cue
# 0.7388, whole 0.7084, source accuracy on matched 0.931; strict whole 0.6917, content exact
# 0.5886.
# Raised 2026-12-03 (session 27, same command; "according to X" clauses, additions between a
# statement's parts): content overlap 0.7611, strict whole 0.6920, content exact 0.5911,
# source accuracy on matched 0.9311.
# Raised 2026-12-03 (session 28, same command; rules around the tagger: interjected cues'
# adjuncts, split quotations' gaps, "According to X," openings, relative pronouns before the
# speaker, telling with only the one told): content overlap 0.7617, source 0.7546, cue
# 0.7399, whole 0.7095, source accuracy on matched 0.9318; strict whole 0.6930, content exact
# 0.5927.
# Raised 2026-12-05 (session 40, same command; questions with no asker, "declined to", stance
# verbs with a preposition, "told a gathering of X that"): content overlap 0.7715, source
# 0.7605, cue 0.7489, whole 0.7187, source accuracy on matched 0.9316; strict whole 0.6969,
# content exact 0.5969 (learn part 0.5989 -> 0.6031).
TAGGER_TEST_FLOORS = {
    "content_overlap_f1": 0.771,
    "source_overlap_f1": 0.760,
    "cue_overlap_f1": 0.748,
    "whole_overlap_f1": 0.718,
    "source_accuracy_matched": 0.931,
    "strict_whole_f1": 0.696,
    "content_exact_f1": 0.596,
}


def test_attribution_tagger_internal_test_floors():
    scores = evaluate("attribution", gold("polnear"), part="test")
    assert scores["documents"] == 193
    assert_floors(scores, TAGGER_TEST_FLOORS)


def test_quotes_and_beliefs_are_scored_together_and_the_quotes_alone():
    """PolNeAR's gold holds statements and beliefs alike: both lists are scored against it,
    and the quotes alone as speech_*."""
    text = "Ann said the dam holds. Voters fear the dam breaks."

    def unit(cue, content, source, kind):
        span = lambda w: {"start": text.index(w), "end": text.index(w) + len(w), "text": w}
        return Quote(id=kind[0], kind=kind, content=span(content), source=span(source),
                     cue=span(cue))

    doc = Document(text=text)
    doc.quotes = [unit("said", "the dam holds", "Ann", "indirect")]
    doc.beliefs = [unit("fear", "the dam breaks", "Voters", "belief")]
    at = lambda w: [(text.index(w), text.index(w) + len(w))]
    gold = [{"content": at("the dam holds"), "source": at("Ann"), "cue": at("said")},
            {"content": at("the dam breaks"), "source": at("Voters"), "cue": at("fear")}]
    scores = score_analysed([({"gold": gold}, doc)])
    assert scores["content_overlap_f1"] == 1.0 and scores["strict_whole_f1"] == 1.0
    assert scores["speech_content_overlap_r"] == 0.5
    assert scores["predicted_quotes"] == 1 and scores["predicted_beliefs"] == 1


# BASIL's quoted biased phrases and their speakers, the internal test part (16 articles of
# whole events, by the event's id). Measured 2026-12-04 with `newsdesk eval basil-quotes
# --data ../shared/data/corpora/basil --part test`: recall 0.979, phrase precision 0.660,
# speaker right 0.815 of 27 (before session 35's speaker classes: 0.778; learn part 0.630 ->
# 0.685 of 92). BASIL names the side a speaker stands for as often as the person (a party's
# lawmakers for one of them), so speaker right is a lower bound.
def test_basil_quotes_internal_test():
    scores = evaluate("basil-quotes", gold("corpora/basil"), part="test")
    assert scores["records"] == 16 and scores["speakers_judged"] == 27
    assert_floors(scores, {"quote_recall": 0.97, "phrase_precision": 0.65,
                           "speaker_right": 0.81})
