"""Quotes against PolNeAR dev (84 articles): spans, whole attributions, source accuracy."""
from __future__ import annotations

from newsdesk.evaluate import evaluate
from newsdesk.evaluate.attribution import score_analysed
from newsdesk.model import Document, Quote

from conftest import assert_floors, gold

# Pinned a little under the scores measured on 2026-11-28: content 0.804, source 0.764,
# cue 0.762, whole 0.710 (overlap F1), source accuracy on matched 0.883.
FLOORS = {
    "content_overlap_f1": 0.795,
    "source_overlap_f1": 0.755,
    "cue_overlap_f1": 0.755,
    "whole_overlap_f1": 0.70,
    "source_accuracy_matched": 0.87,
}


def test_attribution_floors():
    scores = evaluate("attribution", gold("polnear/dev"))
    assert scores["documents"] == 84
    assert_floors(scores, FLOORS)


# The internal test part of PolNeAR dev (20 articles by name; the shipped CRF was trained on
# PolNeAR train only). Measured 2026-12-01 with `newsdesk eval attribution --data
# ../shared/data/polnear/dev --part test`: content 0.857, source 0.821, cue 0.824, whole 0.769
# (overlap F1), source accuracy on matched 0.910; strict: source right 0.900, cue right 0.936,
# whole F1 0.758, content exact F1 0.582.
TEST_FLOORS = {
    "content_overlap_f1": 0.84,
    "source_overlap_f1": 0.80,
    "cue_overlap_f1": 0.80,
    "whole_overlap_f1": 0.75,
    "source_accuracy_matched": 0.89,
    "strict_whole_f1": 0.74,
    "content_exact_f1": 0.56,
}


def test_attribution_internal_test_floors():
    scores = evaluate("attribution", gold("polnear/dev"), part="test")
    assert scores["documents"] == 20
    assert_floors(scores, TEST_FLOORS)


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
